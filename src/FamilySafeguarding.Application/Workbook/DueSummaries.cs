using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain.Workbook;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Application.Workbook;

/// <summary>A monthly summary a worker owes in one of their open chapters, not yet submitted.</summary>
/// <param name="HasDraft">The worker has saved a draft of it.</param>
public sealed record DueSummary(Guid FamilyId, string FamilyReference, string FamilyName, Guid ChapterPersonId, string ChapterTitle, DateOnly Month, DateOnly DueOn, bool IsOverdue, bool HasDraft)
{
    /// <summary>The author's form for this month's summary (the workbook's URL contract).</summary>
    public string EditLink => WorkbookLinks.Edit(FamilyId, ChapterPersonId, Month);
}

/// <summary>A worker's summaries due and overdue across their families, overdue first.</summary>
public sealed record MyWork(Page<DueSummary> Summaries, int OverdueCount, int DueCount);

/// <summary>How many summaries a worker submitted for a month, of those they owed, and how many of the rest are overdue.</summary>
public sealed record SummaryCompletion(int Submitted, int Owed, int Overdue)
{
    /// <summary>"3 of 4".</summary>
    public string Text => $"{Submitted} of {Owed}";
}

/// <summary>The latest submitted summary of a chapter, at a glance.</summary>
public sealed record SummaryGlance(DateOnly Month, DateOnly SubmittedOn, string Excerpt)
{
    public const int ExcerptLength = 200;

    /// <summary>The text cut at a word boundary to about <see cref="ExcerptLength"/> characters, on one line.</summary>
    public static string Cut(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= ExcerptLength)
        {
            return line;
        }

        var cut = line[..ExcerptLength];
        var space = cut.LastIndexOf(' ');
        return (space > ExcerptLength / 2 ? cut[..space] : cut).TrimEnd() + "…";
    }
}

/// <summary>
/// A chapter on the family overview: its latest submitted summary, for an open chapter whether last month's summary
/// is missing (and overdue), and every month it owes and has not submitted (<paramref name="Gaps"/>, oldest first).
/// </summary>
public sealed record ChapterGlance(Guid PersonId, string Title, bool IsOpen, SummaryGlance? Latest, bool LastMonthSubmitted, bool LacksLastMonth, bool LastMonthOverdue, IReadOnlyList<SummaryGap> Gaps)
{
    /// <summary>The overdue months other than last month (which has its own column), oldest first.</summary>
    public IEnumerable<DateOnly> EarlierOverdue(DateOnly lastMonth) => Gaps.Where(g => g.IsOverdue && g.Month != lastMonth).Select(g => g.Month);
}

/// <summary>The family overview's workbook panel.</summary>
public sealed record WorkbookGlance(DateOnly LastMonth, DateOnly LastMonthDueOn, IReadOnlyList<ChapterGlance> Chapters);

/// <summary>
/// Which monthly summaries are due, overdue and done: a worker's "My work", a team's completion for last month, a
/// family's chapters at a glance. Chapters are derived from allocations (ADR-012); each read is a fixed number of SQL
/// commands whatever the number of families or months, and the months owed are worked out in memory.
/// </summary>
public sealed class DueSummaries(IAppDbContext db, TimeProvider time, IOptions<WorkbookOptions> options)
{
    public const int PageSize = 25;

    /// <summary>
    /// The actor's summaries not yet submitted in their open chapters: every month owed, and this month's (due, never
    /// overdue yet); overdue first, oldest due date first (three queries).
    /// </summary>
    public async Task<MyWork> MyWorkAsync(Actor actor, int pageNumber, CancellationToken ct)
    {
        var all = await DueForAsync(actor.PersonId, ct);
        var pageCount = Math.Max(1, (int)Math.Ceiling(all.Count / (double)PageSize));
        var page = Math.Clamp(pageNumber, 1, pageCount);
        return new MyWork(
            new Page<DueSummary>([.. all.Skip((page - 1) * PageSize).Take(PageSize)], page, PageSize, all.Count),
            all.Count(s => s.IsOverdue),
            all.Count(s => !s.IsOverdue));
    }

    /// <summary>Last month's completion for each of the workers, across the team's families they were allocated to (two queries).</summary>
    public async Task<IReadOnlyDictionary<Guid, SummaryCompletion>> TeamCompletionAsync(Guid teamId, IReadOnlyCollection<Guid> personIds, CancellationToken ct)
    {
        var ids = personIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, SummaryCompletion>();
        }

        var today = time.UkToday();
        var settings = options.Value;
        var lastMonth = MonthlySummary.MonthOf(today).AddMonths(-1);
        var teamFamilies = db.Families.Where(f => f.TeamId == teamId).Select(f => f.Id);
        var chapters = await Chapters.ForFamiliesAsync(db.Allocations.Where(a => ids.Contains(a.PersonId) && teamFamilies.Contains(a.FamilyId)), today, ct);
        var submitted = await db.MonthlySummaries.AsNoTracking()
            .Where(s => s.Month == lastMonth && s.Status == SummaryStatus.Submitted && ids.Contains(s.AuthorPersonId) && teamFamilies.Contains(s.FamilyId))
            .Select(s => new { s.FamilyId, s.AuthorPersonId })
            .ToListAsync(ct);
        var done = submitted.Select(s => (s.FamilyId, s.AuthorPersonId)).ToHashSet();
        var overdue = SummaryDueDates.IsOverdue(lastMonth, settings.SummaryDueWorkingDay, today);

        var owed = chapters.Values.SelectMany(c => c).Where(c => c.MonthsOwed(settings).Contains(lastMonth)).ToList();
        return ids.ToDictionary(
            id => id,
            id =>
            {
                var theirs = owed.Where(c => c.PersonId == id).ToList();
                var made = theirs.Count(c => done.Contains((c.FamilyId, c.PersonId)));
                return new SummaryCompletion(made, theirs.Count, overdue ? theirs.Count - made : 0);
            });
    }

    /// <summary>The family's chapters with their latest submitted summaries, last month's gaps and every month owed (two queries).</summary>
    public async Task<WorkbookGlance> FamilyAsync(Guid familyId, CancellationToken ct)
    {
        var today = time.UkToday();
        var settings = options.Value;
        var lastMonth = MonthlySummary.MonthOf(today).AddMonths(-1);
        var chapters = await db.ChaptersAsync(familyId, today, ct);

        // Every submitted month of each author (to find the months owed), with the excerpt of each author's latest only, in one query.
        var submitted = db.MonthlySummaries.AsNoTracking().Where(s => s.FamilyId == familyId && s.Status == SummaryStatus.Submitted);
        var rows = await submitted
            .Select(s => new
            {
                s.AuthorPersonId,
                s.Month,
                s.SubmittedAt,
                Excerpt = submitted.Any(t => t.AuthorPersonId == s.AuthorPersonId && t.Month > s.Month)
                    ? null
                    : new
                    {
                        Work = s.WorkUndertaken.Substring(0, SummaryGlance.ExcerptLength + 1),
                        Changed = s.WhatHasChanged.Substring(0, SummaryGlance.ExcerptLength + 1),
                    },
            })
            .ToListAsync(ct);

        var lastMonthOverdue = SummaryDueDates.IsOverdue(lastMonth, settings.SummaryDueWorkingDay, today);
        var glances = chapters
            .Select(c =>
            {
                var latest = rows.Where(r => r.AuthorPersonId == c.PersonId).MaxBy(r => r.Month);
                var made = rows.Any(r => r.AuthorPersonId == c.PersonId && r.Month == lastMonth);
                var lacks = c.IsOpen && !made && c.MonthsOwed(settings).Contains(lastMonth);
                return new ChapterGlance(
                    c.PersonId,
                    c.Title,
                    c.IsOpen,
                    latest is null ? null : new SummaryGlance(latest.Month, Clock.UkDate(latest.SubmittedAt ?? default), SummaryGlance.Cut(latest.Excerpt!.Work.Length > 0 ? latest.Excerpt.Work : latest.Excerpt.Changed)),
                    made,
                    lacks,
                    lacks && lastMonthOverdue,
                    c.Gaps(settings, rows.Where(r => r.AuthorPersonId == c.PersonId).Select(r => r.Month)));
            })
            .ToList();
        return new WorkbookGlance(lastMonth, SummaryDueDates.DueOn(lastMonth, settings.SummaryDueWorkingDay), glances);
    }

    private async Task<List<DueSummary>> DueForAsync(Guid personId, CancellationToken ct)
    {
        var today = time.UkToday();
        var settings = options.Value;
        var thisMonth = MonthlySummary.MonthOf(today);
        var openFamilies = db.Families.Where(f => f.ClosedOn == null).Select(f => f.Id);
        var chapters = (await Chapters.ForFamiliesAsync(db.Allocations.Where(a => a.PersonId == personId && openFamilies.Contains(a.FamilyId)), today, ct))
            .Values.SelectMany(c => c)
            .Where(c => c.IsOpen && c.PersonId == personId)
            .ToList();
        if (chapters.Count == 0)
        {
            return [];
        }

        var familyIds = chapters.Select(c => c.FamilyId).Distinct().ToList();
        var summaries = (await db.MonthlySummaries.AsNoTracking()
                .Where(s => s.AuthorPersonId == personId && familyIds.Contains(s.FamilyId))
                .Select(s => new { s.FamilyId, s.Month, s.Status })
                .ToListAsync(ct))
            .ToDictionary(s => (s.FamilyId, s.Month), s => s.Status);
        var families = await db.Families.AsNoTracking()
            .Where(f => familyIds.Contains(f.Id))
            .Select(f => new { f.Id, f.Reference, f.DisplayName })
            .ToDictionaryAsync(f => f.Id, ct);

        var due = new List<DueSummary>();
        foreach (var chapter in chapters)
        {
            var family = families[chapter.FamilyId];
            foreach (var month in chapter.MonthsOwed(settings).Append(thisMonth).Distinct())
            {
                var status = summaries.TryGetValue((chapter.FamilyId, month), out var s) ? s : (SummaryStatus?)null;
                if (status == SummaryStatus.Submitted)
                {
                    continue;
                }

                var dueOn = SummaryDueDates.DueOn(month, settings.SummaryDueWorkingDay);
                due.Add(new DueSummary(chapter.FamilyId, family.Reference, family.DisplayName, chapter.PersonId, chapter.Title, month, dueOn, today > dueOn, status == SummaryStatus.Draft));
            }
        }

        return due
            .OrderBy(d => d.IsOverdue ? 0 : 1)
            .ThenBy(d => d.DueOn)
            .ThenBy(d => d.FamilyName, StringComparer.CurrentCulture)
            .ThenBy(d => d.FamilyReference, StringComparer.Ordinal)
            .ToList();
    }
}
