using FamilySafeguarding.Application.Allocations;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.FamilyMembers;
using FamilySafeguarding.Application.SupervisionSchedule;
using FamilySafeguarding.Application.Workbook;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.Domain.Workbook;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Chronology;

/// <summary>The kinds of entry in a family's chronology; each is read from one source. Later sources (supervisions, summaries) add a kind here.</summary>
public enum ChronologyType
{
    Event = 1,
    LegalStatus = 2,
    Allocation = 3,
    Opening = 4,
    Summary = 5,
    SummaryNote = 6,
    Supervision = 7,

    /// <summary>Significant events of the child protection meetings group (conferences, strategy discussions, core groups, MARAC, legal planning and pre-proceedings meetings, assessments completed); every other event is an <see cref="Event"/>.</summary>
    ChildProtectionMeeting = 8,
}

/// <summary>
/// One line of a family's chronology, whatever it was built from.
/// </summary>
/// <param name="Date">The day it happened.</param>
/// <param name="Who">The people it is about (the people involved in an event, the child whose status changed, the worker allocated).</param>
/// <param name="MemberIds">The family members it relates to, for the filter by person.</param>
public sealed record ChronologyEntry(DateOnly Date, ChronologyType Type, string Title, string? Detail, string? Who, IReadOnlyList<Guid> MemberIds)
{
    /// <summary>Who recorded it, where the source says.</summary>
    public string? By { get; init; }

    /// <summary>Orders entries on the same day, oldest first: an opening, then endings, then starts, then events, then a closure.</summary>
    public int Sequence { get; init; }

    /// <summary>When it was recorded: the last tie-break between entries on the same day.</summary>
    public DateTime RecordedAt { get; init; }

    /// <summary>Where the record it was built from is read in full, if it has a page of its own.</summary>
    public string? Link { get; init; }
}

/// <summary>
/// What to show. With a member, only entries related to them: events they were involved in, their legal statuses, and
/// allocations of workers who work with them, monthly summaries that speak of them (and their addenda and oversight),
/// group supervisions whose record speaks of them.
/// Openings and closures concern the whole family, so they are left out
/// when filtering by a person. No types means every type.
/// </summary>
public sealed record ChronologyFilter(Guid? MemberId, IReadOnlySet<ChronologyType> Types)
{
    public static ChronologyFilter All { get; } = new(null, new HashSet<ChronologyType>());

    public bool Includes(ChronologyType type) => (Types.Count == 0 || Types.Contains(type)) && (MemberId is null || type != ChronologyType.Opening);
}

public sealed record FamilyChronology(IReadOnlyList<MemberChoice> Members, Page<ChronologyEntry> Entries);

/// <summary>
/// A family's chronology, built from what is recorded. One SQL command per source whatever the family's history, the
/// entries merged and sorted in memory, newest first, then paged. To add a source: add a <see cref="ChronologyType"/>
/// and a method that reads it in one query and returns its entries, and call it from <see cref="ChronologyAsync"/>.
/// </summary>
public sealed class ChronologyQueries(IAppDbContext db, TimeProvider time)
{
    public const int PageSize = 50;

    /// <summary>The most entries the print view shows at once.</summary>
    public const int PrintLimit = 2000;

    public async Task<FamilyChronology> ChronologyAsync(Guid familyId, ChronologyFilter filter, int pageNumber, int pageSize, CancellationToken ct)
    {
        var members = await db.MemberChoicesAsync(familyId, ct);
        var names = members.ToDictionary(m => m.MemberId, m => m.Name);

        var entries = new List<ChronologyEntry>();
        if (filter.Includes(ChronologyType.Event) || filter.Includes(ChronologyType.ChildProtectionMeeting))
        {
            entries.AddRange(await EventsAsync(familyId, filter, names, ct));
        }

        if (filter.Includes(ChronologyType.LegalStatus))
        {
            entries.AddRange(await LegalStatusesAsync(familyId, filter.MemberId, names, ct));
        }

        if (filter.Includes(ChronologyType.Allocation))
        {
            entries.AddRange(await AllocationsAsync(familyId, filter.MemberId, names, ct));
        }

        if (filter.Includes(ChronologyType.Opening))
        {
            entries.AddRange(await OpeningsAsync(familyId, ct));
        }

        if (filter.Includes(ChronologyType.Summary) || filter.Includes(ChronologyType.SummaryNote))
        {
            var chapters = (await db.ChaptersAsync(familyId, time.UkToday(), ct)).ToDictionary(c => c.PersonId, c => c.Title);
            if (filter.Includes(ChronologyType.Summary))
            {
                entries.AddRange(await SummariesAsync(familyId, filter.MemberId, names, chapters, ct));
            }

            if (filter.Includes(ChronologyType.SummaryNote))
            {
                entries.AddRange(await SummaryNotesAsync(familyId, filter.MemberId, names, chapters, ct));
            }
        }

        if (filter.Includes(ChronologyType.Supervision))
        {
            entries.AddRange(await SupervisionsAsync(familyId, filter.MemberId, ct));
        }

        var sorted = entries
            .OrderByDescending(e => e.Date)
            .ThenByDescending(e => e.Sequence)
            .ThenByDescending(e => e.RecordedAt)
            .ThenBy(e => e.Title, StringComparer.Ordinal)
            .ToList();
        var pageCount = Math.Max(1, (int)Math.Ceiling(sorted.Count / (double)pageSize));
        var page = Math.Clamp(pageNumber, 1, pageCount);
        return new FamilyChronology(members, new Page<ChronologyEntry>([.. sorted.Skip((page - 1) * pageSize).Take(pageSize)], page, pageSize, sorted.Count));
    }

    /// <summary>Significant events: the child protection meetings as their own type, the rest as events (one SQL command for either or both).</summary>
    private async Task<IEnumerable<ChronologyEntry>> EventsAsync(Guid familyId, ChronologyFilter filter, IReadOnlyDictionary<Guid, string> names, CancellationToken ct)
    {
        var events = db.SignificantEvents.AsNoTracking().Where(e => e.FamilyId == familyId);
        if (filter.MemberId is { } id)
        {
            events = events.Where(e => e.People.Any(p => p.MemberId == id));
        }

        var meetings = FamilyNames.ChildProtectionMeetingKinds.ToList();
        if (!filter.Includes(ChronologyType.Event))
        {
            events = events.Where(e => meetings.Contains(e.Kind));
        }
        else if (!filter.Includes(ChronologyType.ChildProtectionMeeting))
        {
            events = events.Where(e => !meetings.Contains(e.Kind));
        }

        var rows = await events
            .Select(e => new
            {
                e.OccurredOn,
                e.Kind,
                e.Account,
                e.CreatedAt,
                By = e.RecordedBy!.FullName,
                MemberIds = e.People.Select(p => p.MemberId).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new ChronologyEntry(r.OccurredOn, TypeOf(r.Kind), r.Kind.DisplayName(), r.Account, NamesOf(r.MemberIds, names), r.MemberIds)
        {
            By = r.By ?? Person.VacantPostName,
            Sequence = 3,
            RecordedAt = r.CreatedAt,
        });
    }

    private static ChronologyType TypeOf(SignificantEventKind kind) =>
        kind.Group() == SignificantEventGroup.ChildProtectionMeetings ? ChronologyType.ChildProtectionMeeting : ChronologyType.Event;

    private async Task<IEnumerable<ChronologyEntry>> LegalStatusesAsync(Guid familyId, Guid? memberId, IReadOnlyDictionary<Guid, string> names, CancellationToken ct)
    {
        var episodes = db.LegalStatusEpisodes.AsNoTracking().Where(e => e.FamilyId == familyId);
        if (memberId is { } id)
        {
            episodes = episodes.Where(e => e.MemberId == id);
        }

        var rows = await episodes
            .Select(e => new { e.MemberId, e.Kind, e.Category, e.StartDate, e.EndDate, e.EndReason, e.EscalatedFrom, e.CreatedAt, e.ModifiedAt })
            .ToListAsync(ct);
        var entries = new List<ChronologyEntry>();
        foreach (var r in rows)
        {
            var child = names.GetValueOrDefault(r.MemberId);
            var escalated = r.EscalatedFrom switch
            {
                EscalatedFrom.ChildInNeed => " (escalated from CIN)",
                EscalatedFrom.ChildProtection => " (escalated from CP)",
                _ => string.Empty,
            };
            var started = r.Kind == LegalStatusKind.LookedAfter ? "Became looked after" : $"{StatusName(r.Kind)} started";
            entries.Add(new ChronologyEntry(
                r.StartDate, ChronologyType.LegalStatus, started + escalated, r.Category is { } category ? $"Category: {category.DisplayName()}" : null, child, [r.MemberId])
            {
                Sequence = 2,
                RecordedAt = r.CreatedAt,
            });

            if (r.EndDate is { } ended)
            {
                var reason = r.EndReason switch
                {
                    EpisodeEndReason.EscalatedToChildProtection => ": escalated to CP plan",
                    { } other => ": " + Lower(other.DisplayName()),
                    null => string.Empty,
                };
                var title = r.Kind == LegalStatusKind.LookedAfter ? "Stopped being looked after" : $"{StatusName(r.Kind)} ended";
                entries.Add(new ChronologyEntry(ended, ChronologyType.LegalStatus, title + reason, null, child, [r.MemberId])
                {
                    Sequence = 1,
                    RecordedAt = r.ModifiedAt,
                });
            }
        }

        return entries;
    }

    /// <summary>A worker's allocation relates to the adults they work with (none chosen: to nobody in particular).</summary>
    private async Task<IEnumerable<ChronologyEntry>> AllocationsAsync(Guid familyId, Guid? memberId, IReadOnlyDictionary<Guid, string> names, CancellationToken ct)
    {
        var allocations = db.Allocations.AsNoTracking().Where(a => a.FamilyId == familyId);
        if (memberId is { } id)
        {
            allocations = allocations.Where(a => a.Adults.Any(x => x.MemberId == id));
        }

        var rows = await allocations
            .Select(a => new
            {
                a.Role,
                a.StartDate,
                a.EndDate,
                a.CreatedAt,
                a.ModifiedAt,
                Worker = a.Person!.FullName,
                Adults = a.Adults.Select(x => x.MemberId).ToList(),
            })
            .ToListAsync(ct);
        var entries = new List<ChronologyEntry>();
        foreach (var r in rows)
        {
            var worker = r.Worker ?? Person.VacantPostName;
            var detail = r.Adults.Count == 0 ? null : "Works with " + NamesOf(r.Adults, names);
            entries.Add(new ChronologyEntry(r.StartDate, ChronologyType.Allocation, $"{r.Role.DisplayName()} allocated", detail, worker, r.Adults)
            {
                Sequence = 2,
                RecordedAt = r.CreatedAt,
            });
            if (r.EndDate is { } ended)
            {
                entries.Add(new ChronologyEntry(ended, ChronologyType.Allocation, $"{r.Role.DisplayName()} allocation ended", detail, worker, r.Adults)
                {
                    Sequence = 1,
                    RecordedAt = r.ModifiedAt,
                });
            }
        }

        return entries;
    }

    private async Task<IEnumerable<ChronologyEntry>> OpeningsAsync(Guid familyId, CancellationToken ct)
    {
        var rows = await db.FamilyOpenings.AsNoTracking()
            .Where(o => o.FamilyId == familyId)
            .OrderBy(o => o.OpenedOn)
            .Select(o => new { o.OpenedOn, o.ClosedOn, o.ClosureReason, o.ClosureDetail, o.CreatedAt, o.ModifiedAt })
            .ToListAsync(ct);
        var entries = new List<ChronologyEntry>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            entries.Add(new ChronologyEntry(r.OpenedOn, ChronologyType.Opening, i == 0 ? "Case opened" : "Case reopened", null, null, [])
            {
                Sequence = 0,
                RecordedAt = r.CreatedAt,
            });
            if (r.ClosedOn is { } closed)
            {
                var reason = r.ClosureReason is { } why ? ": " + Lower(why.DisplayName()) : string.Empty;
                entries.Add(new ChronologyEntry(closed, ChronologyType.Opening, "Case closed" + reason, r.ClosureDetail, null, [])
                {
                    Sequence = 4,
                    RecordedAt = r.ModifiedAt,
                });
            }
        }

        return entries;
    }

    /// <summary>
    /// Submitted monthly summaries, dated the UK day they were submitted. Drafts are never in the chronology: only their
    /// author and the family's managers may read them. A summary relates to the people it speaks of.
    /// </summary>
    private async Task<IEnumerable<ChronologyEntry>> SummariesAsync(Guid familyId, Guid? memberId, IReadOnlyDictionary<Guid, string> names, IReadOnlyDictionary<Guid, string> chapters, CancellationToken ct)
    {
        var summaries = db.MonthlySummaries.AsNoTracking().Where(s => s.FamilyId == familyId && s.Status == SummaryStatus.Submitted);
        if (memberId is { } id)
        {
            summaries = summaries.Where(s => s.People.Any(p => p.MemberId == id));
        }

        var rows = await summaries
            .Select(s => new
            {
                s.AuthorPersonId,
                s.Month,
                s.SubmittedAt,
                Work = s.WorkUndertaken.Substring(0, SummaryGlance.ExcerptLength + 1),
                Author = s.Author!.FullName,
                MemberIds = s.People.Select(p => p.MemberId).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new ChronologyEntry(
            Clock.UkDate(r.SubmittedAt ?? default),
            ChronologyType.Summary,
            $"Monthly summary submitted: {ChapterTitle(chapters, r.AuthorPersonId, r.Author)}, {WorkbookNames.ShowMonth(r.Month)}",
            r.Work.Length == 0 ? null : SummaryGlance.Cut(r.Work),
            NamesOf(r.MemberIds, names),
            r.MemberIds)
        {
            By = r.Author ?? Person.VacantPostName,
            Sequence = 3,
            RecordedAt = r.SubmittedAt ?? default,
            Link = WorkbookLinks.Summary(familyId, r.AuthorPersonId, r.Month),
        });
    }

    /// <summary>Addenda and management oversight notes on submitted summaries, dated the UK day they were written.</summary>
    private async Task<IEnumerable<ChronologyEntry>> SummaryNotesAsync(Guid familyId, Guid? memberId, IReadOnlyDictionary<Guid, string> names, IReadOnlyDictionary<Guid, string> chapters, CancellationToken ct)
    {
        var notes =
            from n in db.SummaryNotes.AsNoTracking()
            where n.FamilyId == familyId
            join s in db.MonthlySummaries on n.SummaryId equals s.Id
            where s.Status == SummaryStatus.Submitted
            select new { Note = n, Summary = s };
        if (memberId is { } id)
        {
            notes = notes.Where(x => x.Summary.People.Any(p => p.MemberId == id));
        }

        var rows = await notes
            .Select(x => new
            {
                x.Note.Kind,
                x.Note.Text,
                x.Note.WrittenAt,
                x.Summary.AuthorPersonId,
                x.Summary.Month,
                By = x.Note.Author!.FullName,
                ChapterWorker = x.Summary.Author!.FullName,
                MemberIds = x.Summary.People.Select(p => p.MemberId).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new ChronologyEntry(
            Clock.UkDate(r.WrittenAt),
            ChronologyType.SummaryNote,
            $"{(r.Kind == SummaryNoteKind.Addendum ? "Addendum to the monthly summary" : "Management oversight of the monthly summary")}: {ChapterTitle(chapters, r.AuthorPersonId, r.ChapterWorker)}, {WorkbookNames.ShowMonth(r.Month)}",
            r.Text,
            NamesOf(r.MemberIds, names),
            r.MemberIds)
        {
            By = r.By ?? Person.VacantPostName,
            Sequence = 3,
            RecordedAt = r.WrittenAt,
            Link = WorkbookLinks.Summary(familyId, r.AuthorPersonId, r.Month),
        });
    }

    /// <summary>
    /// Group supervisions held, dated the day they were held, with the decision and its rationale. Only signed-off
    /// records: a scheduled supervision or a draft record is not yet part of the family's record.
    /// </summary>
    private async Task<IEnumerable<ChronologyEntry>> SupervisionsAsync(Guid familyId, Guid? memberId, CancellationToken ct)
    {
        var supervisions = db.Supervisions.AsNoTracking().Where(s => s.FamilyId == familyId && s.Status == SupervisionStatus.SignedOff);
        if (memberId is { } id)
        {
            supervisions = supervisions.Where(s => s.People.Any(p => p.MemberId == id));
        }

        var rows = await supervisions
            .Select(s => new
            {
                s.Id,
                s.HeldOn,
                s.Decision,
                s.DecisionRationale,
                s.SignedOffAt,
                By = s.SignedOffBy!.FullName,
                MemberIds = s.People.Select(p => p.MemberId).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new ChronologyEntry(
            r.HeldOn!.Value,
            ChronologyType.Supervision,
            "Group supervision held" + (r.Decision is { } decision ? ": " + Lower(decision.DisplayName()) : string.Empty),
            r.DecisionRationale.Length == 0 ? null : r.DecisionRationale,
            null,
            r.MemberIds)
        {
            By = r.By ?? Person.VacantPostName,
            Sequence = 3,
            RecordedAt = r.SignedOffAt ?? default,
            Link = SupervisionLinks.Supervision(familyId, r.Id),
        });
    }

    /// <summary>A chapter's title; a summary's author always has a chapter, but the worker's name stands in if not.</summary>
    private static string ChapterTitle(IReadOnlyDictionary<Guid, string> chapters, Guid personId, string? workerName) =>
        chapters.GetValueOrDefault(personId) ?? WorkbookNames.ShortName(workerName);

    private static string StatusName(LegalStatusKind kind) => kind switch
    {
        LegalStatusKind.ChildInNeedPlan => "CIN plan",
        LegalStatusKind.ChildProtectionPlan => "CP plan",
        LegalStatusKind.PreProceedings => "Pre-proceedings (PLO)",
        LegalStatusKind.CareProceedings => "Care proceedings",
        _ => kind.DisplayName(),
    };

    private static string? NamesOf(IEnumerable<Guid> memberIds, IReadOnlyDictionary<Guid, string> names)
    {
        var list = memberIds.Select(id => names.GetValueOrDefault(id)).OfType<string>().Order(StringComparer.CurrentCulture).ToList();
        return list.Count == 0 ? null : string.Join(", ", list);
    }

    /// <summary>A display name inside a sentence: "Moved out of area" becomes "moved out of area"; capitalised words such as "Child" stay.</summary>
    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}

public static class ChronologyTypes
{
    /// <summary>Every type, in the order the filter lists them (child protection meetings beside the other events).</summary>
    public static IReadOnlyList<ChronologyType> All { get; } =
    [
        ChronologyType.Event, ChronologyType.ChildProtectionMeeting, ChronologyType.LegalStatus, ChronologyType.Allocation, ChronologyType.Opening,
        ChronologyType.Summary, ChronologyType.SummaryNote, ChronologyType.Supervision,
    ];

    public static string DisplayName(this ChronologyType type) => type switch
    {
        ChronologyType.Event => "Significant events",
        ChronologyType.LegalStatus => "Legal status",
        ChronologyType.Allocation => "Allocations",
        ChronologyType.Opening => "Openings and closures",
        ChronologyType.Summary => "Monthly summaries",
        ChronologyType.SummaryNote => "Addenda and management oversight",
        ChronologyType.Supervision => "Group supervisions",
        ChronologyType.ChildProtectionMeeting => "Child protection meetings and assessments",
        _ => type.ToString(),
    };
}
