using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Allocations;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.FamilyMembers;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.Domain.Workbook;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Application.Workbook;

/// <summary>
/// Reads of a family's workbook. The caller of a page's read has already checked the actor may see the family and passes
/// their rights; the reads of the summary's page and form check it themselves (their header is the access check). A draft is shown only to its author and to those who manage the family; everyone else sees submitted summaries.
/// Every read issues a fixed number of SQL commands whatever the length of the family's history.
/// </summary>
public sealed class WorkbookQueries(IAppDbContext db, FamilyAccess access, FamilyHeaders headers, TimeProvider time, IOptions<WorkbookOptions> options)
{
    /// <summary>Months (with at least one summary) per page of the integrated view.</summary>
    public const int MonthsPerPage = 6;

    public WorkbookOptions Options => options.Value;

    /// <summary>
    /// The integrated view: month by month, latest first, every chapter's summary for the month together with the
    /// manager's record of the month (its signed-off group supervisions), filtered and paged by months, and each chapter's
    /// months owed. Seven SQL commands: chapters, members, the supervisions, the months, the page's summaries with their
    /// people, their notes, and the months submitted.
    /// </summary>
    public async Task<IntegratedWorkbook> WorkbookAsync(Actor actor, FamilyRights rights, Guid familyId, WorkbookFilter filter, int pageNumber, int monthsPerPage, CancellationToken ct)
    {
        var today = time.UkToday();
        var chapters = await db.ChaptersAsync(familyId, today, ct);
        var members = await MembersAsync(familyId, ct);
        var matching = Matching(Visible(actor, rights, familyId), filter, chapters);
        var supervisions = (await SupervisionsAsync(familyId, filter, ct)).ToLookup(s => MonthlySummary.MonthOf(s.HeldOn));

        var months = (await matching.Select(s => s.Month).Distinct().ToListAsync(ct))
            .Union(supervisions.Select(g => g.Key))
            .OrderDescending()
            .ToList();
        var total = months.Count;
        var page = Math.Clamp(pageNumber, 1, Math.Max(1, (int)Math.Ceiling(total / (double)monthsPerPage)));
        var pageMonths = months.Skip((page - 1) * monthsPerPage).Take(monthsPerPage).ToList();

        IReadOnlyList<SummaryView> summaries = [];
        if (pageMonths.Count > 0)
        {
            // The page's months are consecutive among the months with summaries or supervisions, so their range holds exactly the page's summaries.
            var (earliest, latest) = (pageMonths[^1], pageMonths[0]);
            summaries = await SummariesAsync(matching.Where(s => s.Month >= earliest && s.Month <= latest), members, ct);
        }

        var byMonth = summaries.ToLookup(s => s.Month);
        var items = pageMonths
            .Select(m => new WorkbookMonth(
                m,
                [.. chapters.Where(c => byMonth[m].Any(s => s.AuthorPersonId == c.PersonId))
                    .Select(c => new SummaryInChapter(c.PersonId, c.Title, byMonth[m].First(s => s.AuthorPersonId == c.PersonId)))],
                [.. chapters.Where(c => (filter.ChapterPersonId is null || filter.ChapterPersonId == c.PersonId)
                    && c.CoversMonth(m) && !byMonth[m].Any(s => s.AuthorPersonId == c.PersonId && s.IsSubmitted))],
                [.. supervisions[m]]))
            .ToList();

        var submittedMonths = (await db.MonthlySummaries.AsNoTracking()
                .Where(s => s.FamilyId == familyId && s.Status == SummaryStatus.Submitted)
                .Select(s => new { s.AuthorPersonId, s.Month })
                .ToListAsync(ct))
            .ToLookup(s => s.AuthorPersonId, s => s.Month);
        var gaps = chapters.ToDictionary(c => c.PersonId, c => c.Gaps(Options, submittedMonths[c.PersonId]));
        return new IntegratedWorkbook(chapters, members, new Page<WorkbookMonth>(items, page, monthsPerPage, total), MonthChoices(chapters, today), gaps);
    }

    /// <summary>One chapter, its months (owed, written, and this month while open) with their state, latest first. Two SQL commands.</summary>
    public async Task<ChapterPage> ChapterAsync(Actor actor, FamilyRights rights, Guid familyId, Guid personId, CancellationToken ct)
    {
        var today = time.UkToday();
        var chapter = (await db.ChaptersAsync(familyId, today, ct)).SingleOrDefault(c => c.PersonId == personId) ?? throw new NotFoundException();
        var written = await Visible(actor, rights, familyId)
            .Where(s => s.AuthorPersonId == personId)
            .Select(s => new { s.Month, s.Status, s.SubmittedAt })
            .ToListAsync(ct);
        var thisMonth = MonthlySummary.MonthOf(today);
        var isAuthor = chapter.PersonId == actor.PersonId;
        var months = chapter.MonthsOwed(Options)
            .Concat(written.Select(w => w.Month))
            .Concat(isAuthor && chapter.MayWriteFor(thisMonth) ? [thisMonth] : [])
            .Distinct()
            .OrderDescending();

        var rows = months.Select(m =>
        {
            var summary = written.FirstOrDefault(w => w.Month == m);
            var due = SummaryDueDates.DueOn(m, Options.SummaryDueWorkingDay);
            var state = summary?.Status == SummaryStatus.Submitted ? MonthState.Submitted
                : today > due ? MonthState.Overdue
                : summary is not null ? MonthState.Draft
                : MonthState.NotYetDue;
            return new ChapterMonth(m, due, state, summary?.Status, summary?.SubmittedAt, isAuthor && summary?.Status != SummaryStatus.Submitted && chapter.MayWriteFor(m));
        });
        return new ChapterPage(chapter, [.. rows]);
    }

    /// <summary>
    /// A summary's page, in one read for its GET and for showing it again with a note's form: the header (the access
    /// check: "not found" unless the actor sees the family) and the chapter's summary for the month, if the actor may see
    /// it, with its people and notes; "not found" for a month without one that the chapter does not cover or that has not
    /// begun. Seven SQL commands (the header's three, then four).
    /// </summary>
    public async Task<SummaryScreen> SummaryPageAsync(Actor actor, Guid familyId, Guid personId, DateOnly month, CancellationToken ct)
    {
        var header = await headers.ViewAsync(actor, familyId, "Monthly summary", ct);
        var today = time.UkToday();
        var chapter = (await db.ChaptersAsync(familyId, today, ct)).SingleOrDefault(c => c.PersonId == personId) ?? throw new NotFoundException();
        var members = await MembersAsync(familyId, ct);
        var summary = (await SummariesAsync(Visible(actor, header.Rights, familyId).Where(s => s.AuthorPersonId == personId && s.Month == month), members, ct)).SingleOrDefault();
        return summary is null && (!chapter.CoversMonth(month) || month > MonthlySummary.MonthOf(today))
            ? throw new NotFoundException()
            : new SummaryScreen(header, new SummaryPage(chapter, month, summary, members));
    }

    /// <summary>
    /// A summary's page shown again with the form of a note beside it (<paramref name="kind"/>): as
    /// <see cref="SummaryPageAsync"/>, "not found" without a summary the actor may see, and 403 unless they may add the note.
    /// </summary>
    public async Task<SummaryScreen> NoteFormAsync(Actor actor, Guid familyId, Guid personId, DateOnly month, SummaryNoteKind kind, CancellationToken ct)
    {
        var screen = await SummaryPageAsync(actor, familyId, personId, month, ct);
        var summary = screen.Page.Summary ?? throw new NotFoundException();
        SummaryNoteRights.EnsureMayAdd(kind, summary.AuthorPersonId, actor, screen.Header.Rights);
        return screen;
    }

    /// <summary>
    /// Everything the author's summary form shows, in one read for its GET and for showing it again: the header (the
    /// access check: "not found" unless the actor sees the family), the chapter (403 unless it is the actor's own open
    /// chapter; "not found" for a month it does not cover), the family's members, and the summary as saved (null when not
    /// yet written; 403 once submitted). Seven or eight SQL commands.
    /// </summary>
    public async Task<SummaryFormPage> SummaryFormAsync(Actor actor, Guid familyId, Guid personId, DateOnly month, CancellationToken ct)
    {
        // The refusals come before the page's access-log row: only a form that is shown leaves one.
        const string Page = "Write a monthly summary";
        await access.RightsAsync(actor, familyId, Page, ct);
        var chapter = await db.ChapterToWriteAsync(actor, familyId, personId, month, time.UkToday(), ct);
        var members = await MembersAsync(familyId, ct);
        var saved = (await SummariesAsync(db.MonthlySummaries.AsNoTracking().Where(s => s.FamilyId == familyId && s.AuthorPersonId == chapter.PersonId && s.Month == month), members, ct, withNotes: false))
            .SingleOrDefault();
        return saved is { IsSubmitted: true }
            ? throw new ForbiddenException(MonthlySummary.SubmittedCannotChange)
            : new SummaryFormPage(await headers.ViewAsync(actor, familyId, Page, ct), chapter, month, members, saved, Options.SummaryDueWorkingDay);
    }

    /// <summary>Everyone in the family, children first.</summary>
    public Task<IReadOnlyList<MemberChoice>> MembersAsync(Guid familyId, CancellationToken ct) => db.MemberChoicesAsync(familyId, ct);

    /// <summary>
    /// The family's signed-off group supervisions, the manager's record of the month each was held (never a scheduled
    /// one or a draft record), latest first, in one SQL command. A supervision is no chapter's, so a chapter filter leaves
    /// them out; a person filter keeps those that speak of the person.
    /// </summary>
    private async Task<IReadOnlyList<WorkbookSupervision>> SupervisionsAsync(Guid familyId, WorkbookFilter filter, CancellationToken ct)
    {
        if (filter.ChapterPersonId is not null)
        {
            return [];
        }

        var supervisions = db.Supervisions.AsNoTracking().Where(s => s.FamilyId == familyId && s.Status == SupervisionStatus.SignedOff);
        if (filter.MemberId is { } member)
        {
            supervisions = supervisions.Where(s => s.People.Any(p => p.MemberId == member));
        }

        if (filter.From is { } from)
        {
            var first = MonthlySummary.MonthOf(from);
            supervisions = supervisions.Where(s => s.HeldOn >= first);
        }

        if (filter.To is { } to)
        {
            var after = MonthlySummary.MonthOf(to).AddMonths(1);
            supervisions = supervisions.Where(s => s.HeldOn < after);
        }

        return await supervisions
            .OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.SignedOffAt)
            .Select(s => new WorkbookSupervision(
                s.Id,
                s.HeldOn!.Value,
                s.Decision,
                s.SignedOffBy!.FullName ?? Person.VacantPostName))
            .ToListAsync(ct);
    }

    private IQueryable<MonthlySummary> Visible(Actor actor, FamilyRights rights, Guid familyId) =>
        db.MonthlySummaries.AsNoTracking().Where(s => s.FamilyId == familyId).ReadableBy(actor, rights);

    private static IQueryable<MonthlySummary> Matching(IQueryable<MonthlySummary> summaries, WorkbookFilter filter, IReadOnlyList<Chapter> chapters)
    {
        if (filter.ChapterPersonId is { } chapter)
        {
            summaries = summaries.Where(s => s.AuthorPersonId == chapter);
        }

        if (filter.MemberId is { } member)
        {
            // The summaries that speak of them, and every summary of a chapter about them.
            var about = chapters.Where(c => c.AdultIds.Contains(member)).Select(c => c.PersonId).ToList();
            summaries = summaries.Where(s => s.People.Any(p => p.MemberId == member) || about.Contains(s.AuthorPersonId));
        }

        if (filter.From is { } from)
        {
            var first = MonthlySummary.MonthOf(from);
            summaries = summaries.Where(s => s.Month >= first);
        }

        if (filter.To is { } to)
        {
            var last = MonthlySummary.MonthOf(to);
            summaries = summaries.Where(s => s.Month <= last);
        }

        return summaries;
    }

    /// <summary>The summaries with their people (one SQL command) and, unless not wanted, their notes (one more).</summary>
    private async Task<IReadOnlyList<SummaryView>> SummariesAsync(IQueryable<MonthlySummary> summaries, IReadOnlyList<MemberChoice> members, CancellationToken ct, bool withNotes = true)
    {
        var rows = await summaries
            .OrderByDescending(s => s.Month)
            .Select(s => new
            {
                s.Id,
                s.AuthorPersonId,
                s.Month,
                s.Status,
                s.SubmittedAt,
                s.WorkUndertaken,
                s.WhatHasChanged,
                s.Worries,
                s.Strengths,
                s.NextSteps,
                s.Version,
                People = s.People.Select(p => new { p.MemberId, p.Impact, p.Stage, p.Importance, p.Confidence, p.ChangeTalk }).ToList(),
            })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToList();
        var notes = withNotes
            ? (await db.SummaryNotes.AsNoTracking()
                    .Where(n => ids.Contains(n.SummaryId))
                    .OrderBy(n => n.WrittenAt)
                    .Select(n => new SummaryNoteView(n.Id, n.SummaryId, n.Kind, n.Author!.FullName ?? "Unknown worker", n.Text, n.WrittenAt))
                    .ToListAsync(ct))
                .ToLookup(n => n.SummaryId)
            : Enumerable.Empty<SummaryNoteView>().ToLookup(n => n.SummaryId);
        var names = members.ToDictionary(m => m.MemberId);
        var order = members.Select((m, i) => (m.MemberId, i)).ToDictionary(x => x.MemberId, x => x.i);

        return [.. rows.Select(r => new SummaryView(
            r.Id,
            r.AuthorPersonId,
            r.Month,
            r.Status,
            r.SubmittedAt,
            r.WorkUndertaken,
            r.WhatHasChanged,
            r.Worries,
            r.Strengths,
            r.NextSteps,
            r.Version,
            [.. r.People
                .OrderBy(p => order.GetValueOrDefault(p.MemberId, int.MaxValue))
                .Select(p => new SummaryPersonView(
                    p.MemberId,
                    names.TryGetValue(p.MemberId, out var m) ? m.Name : "Someone no longer in the family",
                    m?.Role ?? FamilyRole.Other,
                    p.Impact,
                    p.Stage,
                    p.Importance,
                    p.Confidence,
                    p.ChangeTalk))],
            [.. notes[r.Id]]))];
    }

    /// <summary>The months a filter may choose from: from the first chapter's start to this month, latest first.</summary>
    private static List<DateOnly> MonthChoices(IReadOnlyList<Chapter> chapters, DateOnly today)
    {
        var last = MonthlySummary.MonthOf(today);
        var first = chapters.Count == 0 ? last : MonthlySummary.MonthOf(chapters.Min(c => c.StartedOn));
        var months = new List<DateOnly>();
        for (var m = last; m >= first && months.Count < 240; m = m.AddMonths(-1))
        {
            months.Add(m);
        }

        return months;
    }
}

/// <summary>What the integrated view is narrowed to: one chapter (its worker), one person, a range of months.</summary>
public sealed record WorkbookFilter(Guid? ChapterPersonId, Guid? MemberId, DateOnly? From, DateOnly? To)
{
    public bool IsFiltered => ChapterPersonId is not null || MemberId is not null || From is not null || To is not null;
}

/// <param name="Gaps">Each chapter's months owed and not submitted, oldest first, whatever the filter (empty for a closed chapter).</param>
public sealed record IntegratedWorkbook(IReadOnlyList<Chapter> Chapters, IReadOnlyList<MemberChoice> Members, Page<WorkbookMonth> Months, IReadOnlyList<DateOnly> MonthChoices, IReadOnlyDictionary<Guid, IReadOnlyList<SummaryGap>> Gaps);

/// <summary>
/// A month of the integrated view: the chapters' summaries for it, the chapters that covered it without a submitted
/// summary, and the group supervisions held in it (the manager's record of the month).
/// </summary>
public sealed record WorkbookMonth(DateOnly Month, IReadOnlyList<SummaryInChapter> Summaries, IReadOnlyList<Chapter> WithoutSubmittedSummary, IReadOnlyList<WorkbookSupervision> Supervisions);

/// <summary>A signed-off group supervision in the workbook: when it was held, the decision, and who signed it off.</summary>
public sealed record WorkbookSupervision(Guid Id, DateOnly HeldOn, SupervisionDecision? Decision, string SignedOffBy);

public sealed record SummaryInChapter(Guid ChapterPersonId, string ChapterTitle, SummaryView Summary);

public sealed record SummaryView(
    Guid Id,
    Guid AuthorPersonId,
    DateOnly Month,
    SummaryStatus Status,
    DateTime? SubmittedAt,
    string WorkUndertaken,
    string WhatHasChanged,
    string Worries,
    string Strengths,
    string NextSteps,
    Guid Version,
    IReadOnlyList<SummaryPersonView> People,
    IReadOnlyList<SummaryNoteView> Notes)
{
    public bool IsSubmitted => Status == SummaryStatus.Submitted;

    public IEnumerable<SummaryPersonView> Children => People.Where(p => p.Role == FamilyRole.Child);

    public IEnumerable<SummaryPersonView> Adults => People.Where(p => p.Role != FamilyRole.Child);
}

public sealed record SummaryPersonView(Guid MemberId, string Name, FamilyRole Role, string? Impact, StageOfChange? Stage, int? Importance, int? Confidence, ChangeTalk ChangeTalk);

public sealed record SummaryNoteView(Guid Id, Guid SummaryId, SummaryNoteKind Kind, string AuthorName, string Text, DateTime WrittenAt);

public enum MonthState
{
    NotYetDue,
    Draft,
    Overdue,
    Submitted,
}

/// <summary>A month of a chapter: when its summary falls due, where it stands, and whether the actor may write it now.</summary>
public sealed record ChapterMonth(DateOnly Month, DateOnly DueOn, MonthState State, SummaryStatus? Status, DateTime? SubmittedAt, bool MayWrite)
{
    public bool HasSummary => Status is not null;
}

public sealed record ChapterPage(Chapter Chapter, IReadOnlyList<ChapterMonth> Months);

public sealed record SummaryPage(Chapter Chapter, DateOnly Month, SummaryView? Summary, IReadOnlyList<MemberChoice> Members);

/// <summary>A summary's page: its family's header and the summary (or its month without one).</summary>
public sealed record SummaryScreen(FamilyHeader Header, SummaryPage Page);

/// <summary>The summary form's page: its header, the chapter, the month, the members to arrange, the summary as saved, and the working day it is due on.</summary>
public sealed record SummaryFormPage(FamilyHeader Header, Chapter Chapter, DateOnly Month, IReadOnlyList<MemberChoice> Members, SummaryView? Saved, int DueWorkingDay);
