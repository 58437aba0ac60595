using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.Workbook;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.Domain.Workbook;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Supervisions;

/// <summary>
/// What a supervision's pack covers: from <see cref="From"/> (exclusive) to <see cref="To"/> (inclusive).
/// <see cref="From"/> is the previous supervision's sign-off, or the start of the family's opening when there is none;
/// <see cref="To"/> is this one's sign-off, or now while it is still to be held (ADR-015).
/// </summary>
/// <param name="PreviousHeldOn">The day the previous supervision was held; events that happened after it are in the pack even when recorded late.</param>
/// <param name="OpenedOn">The opening the window starts at, when there was no previous supervision in it.</param>
public sealed record PackWindow(DateTime From, DateTime To, DateOnly? PreviousHeldOn, DateOnly OpenedOn)
{
    public bool HasPrevious => PreviousHeldOn is not null;

    /// <summary>A summary submitted at <paramref name="submittedAt"/> belongs to the window.</summary>
    public bool Holds(DateTime submittedAt) => submittedAt > From && submittedAt <= To;
}

/// <summary>The supervision the pack is for.</summary>
public sealed record PackSupervision(Guid Id, Guid FamilyId, SupervisionStatus Status, DateOnly DueOn, DateOnly ScheduledOn, TimeOnly ScheduledAt, DateOnly? HeldOn, DateTime? SignedOffAt);

/// <summary>The previous supervision's decision, as the pack recalls it.</summary>
public sealed record PreviousDecision(Guid SupervisionId, DateOnly HeldOn, SupervisionDecision Decision, string Rationale);

/// <summary>A submitted summary as the pack shows it: its month, what changed, next steps and each adult's stage of change.</summary>
public sealed record PackSummary(
    Guid Id,
    Guid AuthorPersonId,
    DateOnly Month,
    DateTime SubmittedAt,
    string WorkUndertaken,
    string WhatHasChanged,
    string Worries,
    string Strengths,
    string NextSteps,
    IReadOnlyList<(Guid MemberId, StageOfChange Stage)> Stages);

/// <summary>
/// A chapter in the pack: the summaries its worker submitted in the window, or, when there are none, the latest one
/// submitted before it (<see cref="IsLatestOnly"/>), or nothing at all.
/// </summary>
public sealed record PackChapter(Chapter Chapter, IReadOnlyList<PackSummary> Summaries, bool IsLatestOnly)
{
    /// <summary>The chapter's update as the record's form starts from it: what has changed and next steps of each summary in the window.</summary>
    public string SuggestedUpdate => IsLatestOnly ? string.Empty : string.Join(
        "\n\n",
        Summaries.OrderBy(s => s.Month).Select(s => $"{WorkbookNames.ShowMonth(s.Month)}\nWhat has changed: {s.WhatHasChanged}\nNext steps: {s.NextSteps}"));
}

/// <summary>A significant event in the pack, with the day it happened and when it was recorded.</summary>
/// <param name="IsRecordedLate">It happened before the previous supervision was held but was recorded after its sign-off, so that supervision could not discuss it.</param>
public sealed record PackEvent(Guid Id, DateOnly OccurredOn, SignificantEventKind Kind, string Account, string? RecordedBy, DateTime RecordedAt, bool IsRecordedLate = false);

/// <summary>An action in the pack, with its state now (the pack lists it by its state when the window closed).</summary>
public sealed record PackAction(Guid Id, Guid SupervisionId, DateOnly AgreedOn, string What, Guid OwnerPersonId, string OwnerName, DateOnly DueOn, ActionState State, DateOnly? ClosedOn, DateTime? ClosedAt, string? ClosingNote)
{
    public bool IsOverdueOn(DateOnly day) => State == ActionState.Open && DueOn < day;
}

/// <summary>
/// A supervision's pack, assembled from what is already recorded (nothing is typed twice): the family's members with
/// their legal statuses and statutory dates, every chapter's summaries submitted since the previous supervision (or
/// its latest one), the significant events since then, the actions still open from earlier supervisions and those
/// closed since, and the previous decision with its rationale. See <see cref="PackWindow"/> for "since".
/// </summary>
public sealed record SupervisionPack(
    PackSupervision Supervision,
    PackWindow Window,
    IReadOnlyList<ChildRow> Children,
    IReadOnlyList<AdultRow> Adults,
    IReadOnlyList<PackChapter> Chapters,
    IReadOnlyList<PackEvent> Events,
    IReadOnlyList<PackAction> OpenActions,
    IReadOnlyList<PackAction> ClosedActions,
    PreviousDecision? Previous)
{
    /// <summary>Each adult's stage of change in the latest submitted summary that records one, for the record's form to start from.</summary>
    public StageOfChange? LatestStage(Guid memberId) =>
        Chapters.SelectMany(c => c.Summaries).OrderByDescending(s => s.SubmittedAt)
            .SelectMany(s => s.Stages).Where(s => s.MemberId == memberId).Select(s => (StageOfChange?)s.Stage).FirstOrDefault();
}

public static class SupervisionPacks
{
    /// <summary>
    /// The pack of a family's supervision, in eight SQL commands whatever the family's history (null when the family has
    /// no such supervision). "Since the last supervision" is the window (previous sign-off, this sign-off or now]:
    /// <list type="bullet">
    /// <item>the previous supervision is the family's latest one signed off before this one (in this opening); with none,
    /// the window starts at the start of the day the family's current opening began;</item>
    /// <item>a chapter's summaries are those submitted in the window; a chapter without any shows its latest submitted
    /// summary, marked as such;</item>
    /// <item>events are those that happened after the previous supervision was held, or were recorded after it was signed
    /// off, and were recorded no later than the window's end;</item>
    /// <item>actions are those agreed at earlier supervisions still open at the window's end, and those done or cancelled
    /// in the window.</item>
    /// </list>
    /// Sign-off times, not meeting days, bound the window: what was submitted on the day of a meeting but after it was
    /// signed off belongs to the next pack, and nothing falls between two packs. Because the end of a signed-off
    /// supervision's window is fixed, its pack reads the same whenever it is opened (ADR-015).
    /// </summary>
    public static async Task<SupervisionPack?> PackAsync(this IAppDbContext db, Guid familyId, Guid supervisionId, DateTime now, DateOnly today, CancellationToken ct)
    {
        var found = await db.Supervisions.AsNoTracking()
            .Where(s => s.Id == supervisionId && s.FamilyId == familyId)
            .Select(s => new
            {
                Supervision = new PackSupervision(s.Id, s.FamilyId, s.Status, s.DueOn, s.ScheduledOn, s.ScheduledAt, s.HeldOn, s.SignedOffAt),
                OpenedOn = db.FamilyOpenings
                    .Where(o => o.FamilyId == familyId && o.OpenedOn <= (s.HeldOn ?? s.ScheduledOn))
                    .OrderByDescending(o => o.OpenedOn).Select(o => (DateOnly?)o.OpenedOn).FirstOrDefault()
                    ?? db.Families.Where(f => f.Id == familyId).Select(f => f.OpenedOn).First(),
            })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var supervision = found.Supervision;
        var end = supervision.SignedOffAt ?? now;
        var previous = await db.Supervisions.AsNoTracking()
            .Where(s => s.FamilyId == familyId && s.Id != supervisionId && s.Status == SupervisionStatus.SignedOff
                && s.SignedOffAt < end && s.HeldOn >= found.OpenedOn)
            .OrderByDescending(s => s.SignedOffAt)
            .Select(s => new { s.Id, s.HeldOn, s.SignedOffAt, s.Decision, s.DecisionRationale })
            .FirstOrDefaultAsync(ct);
        var window = new PackWindow(
            previous?.SignedOffAt ?? found.OpenedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            end,
            previous?.HeldOn,
            found.OpenedOn);

        var (children, adults) = await db.MembersTodayAsync(familyId, today, ct);
        var chapters = await PackChaptersAsync(db, familyId, window, today, ct);
        var events = await EventsAsync(db, familyId, window, ct);
        var actions = await ActionsAsync(db, familyId, supervisionId, window, ct);
        return new SupervisionPack(
            supervision,
            window,
            children,
            adults,
            chapters,
            events,
            [.. actions.Where(a => a.ClosedAt is null || a.ClosedAt > window.To)],
            [.. actions.Where(a => a.ClosedAt is { } closed && window.Holds(closed))],
            previous is { HeldOn: { } held, Decision: { } decision } ? new PreviousDecision(previous.Id, held, decision, previous.DecisionRationale) : null);
    }

    /// <summary>The family's children (with the legal statuses open today and the next statutory date of each) and adults (with their current worries): three SQL commands.</summary>
    public static async Task<(IReadOnlyList<ChildRow> Children, IReadOnlyList<AdultRow> Adults)> MembersTodayAsync(this IAppDbContext db, Guid familyId, DateOnly today, CancellationToken ct)
    {
        var members = await db.FamilyMembers.AsNoTracking()
            .Where(m => m.FamilyId == familyId)
            .Select(m => new { m.Id, m.FullName, m.PreferredName, m.Role, m.DateOfBirth, m.ExpectedDateOfDelivery })
            .ToListAsync(ct);
        var statuses = (await db.LegalStatusEpisodes.AsNoTracking()
                .Where(e => e.FamilyId == familyId && e.StartDate <= today && (e.EndDate == null || e.EndDate > today))
                .Select(e => new { e.MemberId, e.Kind, e.Category, e.StartDate, e.EscalatedFrom })
                .ToListAsync(ct))
            .ToLookup(e => e.MemberId, e => new StatusRow(e.Kind, e.Category, e.StartDate, e.EscalatedFrom, StatutoryDates.Next(e.Kind, e.StartDate, today)));
        var worries = (await db.AdultWorries.AsNoTracking()
                .Where(w => w.FamilyId == familyId && w.IdentifiedOn <= today && (w.EndedOn == null || w.EndedOn > today))
                .Select(w => new { w.MemberId, w.Kind })
                .ToListAsync(ct))
            .ToLookup(w => w.MemberId, w => w.Kind);

        IReadOnlyList<ChildRow> children = [.. members.Where(m => m.Role == FamilyRole.Child)
            .OrderBy(m => m.DateOfBirth ?? m.ExpectedDateOfDelivery)
            .Select(m => new ChildRow(m.Id, m.FullName, m.PreferredName, m.DateOfBirth, m.ExpectedDateOfDelivery, [.. statuses[m.Id].OrderBy(s => s.Kind)]))];
        IReadOnlyList<AdultRow> adults = [.. members.Where(m => m.Role != FamilyRole.Child)
            .OrderBy(m => m.Role).ThenBy(m => m.FullName, StringComparer.CurrentCulture)
            .Select(m => new AdultRow(m.Id, m.FullName, m.PreferredName, m.Role, m.DateOfBirth, [.. worries[m.Id].Order()]))];
        return (children, adults);
    }

    /// <summary>
    /// Each chapter with its summaries in the window, or its latest before it: one SQL command for both, the latest
    /// found by "no later one submitted before the window" so the history's length does not matter.
    /// </summary>
    private static async Task<IReadOnlyList<PackChapter>> PackChaptersAsync(IAppDbContext db, Guid familyId, PackWindow window, DateOnly today, CancellationToken ct)
    {
        var chapters = await db.ChaptersAsync(familyId, today, ct);
        var (from, to) = (window.From, window.To);
        var submitted = db.MonthlySummaries.AsNoTracking().Where(s => s.FamilyId == familyId && s.Status == SummaryStatus.Submitted);
        var rows = await submitted
            .Where(s => (s.SubmittedAt > from && s.SubmittedAt <= to)
                || (s.SubmittedAt <= from && !submitted.Any(o => o.AuthorPersonId == s.AuthorPersonId && o.SubmittedAt <= from && o.SubmittedAt > s.SubmittedAt)))
            .OrderBy(s => s.Month)
            .Select(s => new
            {
                s.Id,
                s.AuthorPersonId,
                s.Month,
                SubmittedAt = s.SubmittedAt!.Value,
                s.WorkUndertaken,
                s.WhatHasChanged,
                s.Worries,
                s.Strengths,
                s.NextSteps,
                Stages = s.People.Where(p => p.Stage != null).Select(p => new { p.MemberId, Stage = p.Stage!.Value }).ToList(),
            })
            .ToListAsync(ct);
        var byAuthor = rows
            .Select(r => new PackSummary(r.Id, r.AuthorPersonId, r.Month, r.SubmittedAt, r.WorkUndertaken, r.WhatHasChanged, r.Worries, r.Strengths, r.NextSteps, [.. r.Stages.Select(p => (p.MemberId, p.Stage))]))
            .ToLookup(s => s.AuthorPersonId);

        return [.. chapters
            .Select(c =>
            {
                var inWindow = byAuthor[c.PersonId].Where(s => window.Holds(s.SubmittedAt)).ToList();
                return inWindow.Count > 0
                    ? new PackChapter(c, inWindow, IsLatestOnly: false)
                    : new PackChapter(c, [.. byAuthor[c.PersonId].Where(s => s.SubmittedAt <= window.From)], IsLatestOnly: true);
            })
            .Where(c => c.Chapter.IsOpen || (c.Summaries.Count > 0 && !c.IsLatestOnly))];
    }

    private static async Task<IReadOnlyList<PackEvent>> EventsAsync(IAppDbContext db, Guid familyId, PackWindow window, CancellationToken ct)
    {
        var (from, to, openedOn) = (window.From, window.To, window.OpenedOn);
        var events = db.SignificantEvents.AsNoTracking().Where(e => e.FamilyId == familyId && e.CreatedAt <= to);
        events = window.PreviousHeldOn is { } held
            ? events.Where(e => e.OccurredOn > held || e.CreatedAt > from)
            : events.Where(e => e.OccurredOn >= openedOn || e.CreatedAt > from);
        var rows = await events
            .OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.CreatedAt)
            .Select(e => new PackEvent(e.Id, e.OccurredOn, e.Kind, e.Account, e.RecordedBy!.FullName, e.CreatedAt, false))
            .ToListAsync(ct);

        // Recorded since the previous sign-off but dated before that supervision was held: "recorded late".
        return [.. rows.Select(e => e with { IsRecordedLate = window.PreviousHeldOn is { } previous && e.OccurredOn < previous && e.RecordedAt > from })];
    }

    /// <summary>The actions agreed at the family's earlier supervisions that were open at the window's end or closed in it (one SQL command).</summary>
    private static async Task<IReadOnlyList<PackAction>> ActionsAsync(IAppDbContext db, Guid familyId, Guid supervisionId, PackWindow window, CancellationToken ct)
    {
        var (start, end) = (window.From, window.To);
        return await (
                from a in db.FamilyActions.AsNoTracking()
                join s in db.Supervisions on a.SupervisionId equals s.Id
                where a.FamilyId == familyId && a.SupervisionId != supervisionId && s.SignedOffAt < end
                    && (a.ClosedAt == null || a.ClosedAt > start)
                orderby a.DueOn, a.What
                select new PackAction(
                    a.Id,
                    a.SupervisionId,
                    s.HeldOn ?? s.ScheduledOn,
                    a.What,
                    a.OwnerPersonId,
                    a.Owner!.FullName ?? Person.VacantPostName,
                    a.DueOn,
                    a.State,
                    a.ClosedOn,
                    a.ClosedAt,
                    a.ClosingNote))
            .ToListAsync(ct);
    }
}
