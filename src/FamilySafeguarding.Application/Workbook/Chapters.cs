using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.Workbook;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Workbook;

/// <summary>A period a worker was allocated to a family: from its start to the first day no longer allocated (null while allocated).</summary>
public sealed record ChapterPeriod(DateOnly Start, DateOnly? End);

/// <summary>
/// A worker's chapter of a family's workbook. A chapter is not stored: it is the worker's allocations to the family
/// (ADR-012). It opens with their first allocation, is named by their latest role, is about the adults that allocation
/// names (or the whole family when it names none), and is open for writing while they are allocated.
/// </summary>
public sealed record Chapter(Guid FamilyId, Guid PersonId, string? WorkerName, AllocationRole Role, IReadOnlyList<ChapterPeriod> Periods, IReadOnlyList<Guid> AdultIds, DateOnly Today)
{
    public string Title => WorkbookNames.ChapterTitle(Role, WorkerName);

    public DateOnly StartedOn => Periods.Min(p => p.Start);

    /// <summary>Open for writing: the worker is allocated today.</summary>
    public bool IsOpen => Periods.Any(p => p.Start <= Today && (p.End is null || p.End > Today));

    /// <summary>When a closed chapter closed (the first day no longer allocated).</summary>
    public DateOnly? ClosedOn => IsOpen ? null : Periods.Max(p => p.End);

    /// <summary>Whether the worker was allocated for at least a day of <paramref name="month"/>.</summary>
    public bool CoversMonth(DateOnly month) =>
        Periods.Any(p => p.Start < month.AddMonths(1) && (p.End is null || p.End > month));

    /// <summary>The months that have ended for which this chapter owes a summary, latest first.</summary>
    public IEnumerable<DateOnly> MonthsOwed(WorkbookOptions options) =>
        Periods
            .SelectMany(p => SummaryDueDates.MonthsOwed(
                options.SummariesExpectedFrom is { } from && from > p.Start ? from : p.Start, p.End, Today))
            .Distinct()
            .OrderDescending();

    /// <summary>
    /// While the chapter is open, the months that have ended for which it owes a summary not yet submitted, oldest first:
    /// the overdue ones and last month's while it is still within its due date. A closed chapter owes nothing more.
    /// </summary>
    public IReadOnlyList<SummaryGap> Gaps(WorkbookOptions options, IEnumerable<DateOnly> submittedMonths)
    {
        if (!IsOpen)
        {
            return [];
        }

        var submitted = submittedMonths.ToHashSet();
        return [.. MonthsOwed(options).Where(m => !submitted.Contains(m)).Order().Select(m =>
        {
            var dueOn = SummaryDueDates.DueOn(m, options.SummaryDueWorkingDay);
            return new SummaryGap(m, dueOn, Today > dueOn);
        })];
    }

    /// <summary>The months this chapter may have a summary written for now: the months it covers up to this one.</summary>
    public bool MayWriteFor(DateOnly month) => IsOpen && month <= MonthlySummary.MonthOf(Today) && CoversMonth(month);
}

/// <summary>A month a chapter owes a summary for and has not submitted: overdue once its due date has passed.</summary>
public sealed record SummaryGap(DateOnly Month, DateOnly DueOn, bool IsOverdue);

/// <summary>One allocation as a chapter is derived from it.</summary>
public sealed record ChapterAllocation(Guid PersonId, string? WorkerName, AllocationRole Role, DateOnly StartDate, DateOnly? EndDate, IReadOnlyList<Guid> AdultIds);

public static class Chapters
{
    /// <summary>The chapters of a family's workbook, ordered lead social worker first, in one SQL command.</summary>
    public static async Task<IReadOnlyList<Chapter>> ChaptersAsync(this IAppDbContext db, Guid familyId, DateOnly today, CancellationToken ct) =>
        (await ForFamiliesAsync(db.Allocations.Where(a => a.FamilyId == familyId), today, ct)).GetValueOrDefault(familyId, []);

    /// <summary>
    /// The chapter <paramref name="chapterPersonId"/> writes in, if the actor may write its summary for <paramref name="month"/>
    /// (one SQL command; the caller has checked the actor may see the family): "not found" if the family has no such
    /// chapter or it does not cover the month; 403 unless it is the actor's own open chapter.
    /// </summary>
    public static async Task<Chapter> ChapterToWriteAsync(this IAppDbContext db, Actor actor, Guid familyId, Guid chapterPersonId, DateOnly month, DateOnly today, CancellationToken ct)
    {
        var chapter = (await db.ChaptersAsync(familyId, today, ct)).SingleOrDefault(c => c.PersonId == chapterPersonId)
            ?? throw new NotFoundException();
        if (chapter.PersonId != actor.PersonId)
        {
            throw new ForbiddenException("Only the worker whose chapter this is can write in it.");
        }

        if (!chapter.IsOpen)
        {
            throw new ForbiddenException("This chapter closed when the allocation ended. It can be read but not written in.");
        }

        if (month.Day != 1 || !chapter.CoversMonth(month) || month > MonthlySummary.MonthOf(today))
        {
            throw new NotFoundException();
        }

        return chapter;
    }

    /// <summary>The chapters of many families at once (one SQL command), by family.</summary>
    public static async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Chapter>>> ForFamiliesAsync(IQueryable<Allocation> allocations, DateOnly today, CancellationToken ct)
    {
        var rows = await allocations.AsNoTracking()
            .Select(a => new
            {
                a.FamilyId,
                Allocation = new ChapterAllocation(
                    a.PersonId,
                    a.Person!.FullName,
                    a.Role,
                    a.StartDate,
                    a.EndDate,
                    a.Adults.Select(x => x.MemberId).ToList()),
            })
            .ToListAsync(ct);

        return rows
            .GroupBy(r => r.FamilyId)
            .ToDictionary(f => f.Key, f => From(f.Key, f.Select(r => r.Allocation), today));
    }

    /// <summary>A family's chapters from its allocations (all of them, or all of some workers'), as <see cref="ForFamiliesAsync"/> orders them.</summary>
    public static IReadOnlyList<Chapter> From(Guid familyId, IEnumerable<ChapterAllocation> allocations, DateOnly today) =>
        [.. allocations
            .GroupBy(a => a.PersonId)
            .Select(g =>
            {
                var latest = g.OrderBy(r => r.EndDate is null ? 1 : 0).ThenBy(r => r.StartDate).Last();
                return new Chapter(familyId, g.Key, latest.WorkerName, latest.Role, [.. g.OrderBy(r => r.StartDate).Select(r => new ChapterPeriod(r.StartDate, r.EndDate))], latest.AdultIds, today);
            })
            .OrderBy(c => c.IsOpen ? 0 : 1)
            .ThenBy(c => c.Role)
            .ThenBy(c => c.WorkerName, StringComparer.OrdinalIgnoreCase)];
}
