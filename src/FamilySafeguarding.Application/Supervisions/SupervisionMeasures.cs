using FamilySafeguarding.Application.SupervisionSchedule;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Application.Supervisions;

/// <summary>A worker's open actions past their due date.</summary>
public sealed record OverdueActionsOwner(Guid PersonId, string Name, int Count);

/// <summary>
/// The group supervision measures of a set of families (a team's, and later a service's) on a day.
/// </summary>
/// <param name="OpenFamilies">Open families in the set.</param>
/// <param name="SupervisedRecently">
/// Open families with a supervision signed off whose day held is within the last <see cref="RecentDays"/> days: on or
/// after <c>Today − 31 days</c> and on or before <c>Today</c>, both inclusive (so on 16 November one held on 16 October
/// counts, one held on 15 October does not), in the family's current opening.
/// </param>
/// <param name="SupervisionsOverdue">Open families whose next supervision was due before <c>Today</c> (<see cref="SupervisionDueDates.IsOverdue"/>).</param>
/// <param name="ActionsOverdue">Open actions of the open families due before <c>Today</c>.</param>
/// <param name="ActionsOverdueByOwner">The same actions by the person responsible, most first, then by name.</param>
/// <param name="HeldInLastYear">
/// Supervisions of the families (open or closed) signed off whose day held is within the last 12 months: on or after
/// <c>Today</c> less 12 calendar months, and on or before <c>Today</c>, both inclusive.
/// </param>
/// <param name="AverageDaysDueToHeld">
/// The mean of (day held − day due) over those <paramref name="HeldInLastYear"/> supervisions, in days, signed (one held
/// early counts negative), rounded to one decimal place (half away from zero); null when there are none.
/// </param>
public sealed record SupervisionFigures(
    DateOnly Today,
    int OpenFamilies,
    int SupervisedRecently,
    int SupervisionsOverdue,
    int ActionsOverdue,
    IReadOnlyList<OverdueActionsOwner> ActionsOverdueByOwner,
    int HeldInLastYear,
    decimal? AverageDaysDueToHeld)
{
    public const int RecentDays = 31;

    /// <summary><see cref="SupervisedRecently"/> as a share of <see cref="OpenFamilies"/> from 0 to 1; null with no open families.</summary>
    public decimal? SupervisedShare => OpenFamilies == 0 ? null : (decimal)SupervisedRecently / OpenFamilies;

    /// <summary>The share as a whole percentage ("75%"), or null.</summary>
    public string? SupervisedShareText => SupervisedShare is { } share
        ? Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%"
        : null;
}

/// <summary>
/// The group supervision measures (issue 5, point 6): share of open families supervised in the last 31 days,
/// supervisions overdue, actions overdue (and by owner) and the average days from due to held. Three SQL commands
/// whatever the history: the due dates are one row per open family (<see cref="SupervisionDue"/>, where the due-date
/// rule lives); the actions and the average are aggregated in the database.
/// </summary>
public sealed class SupervisionMeasures(IAppDbContext db, IOptions<SupervisionOptions> options)
{
    /// <summary>The measures of the families the team holds, on <paramref name="today"/>.</summary>
    public Task<SupervisionFigures> ForTeamAsync(Guid teamId, DateOnly today, CancellationToken ct) =>
        ForFamiliesAsync(db.Families.Where(f => f.TeamId == teamId), today, ct);

    /// <summary>The measures of any set of families (the caller has applied any visibility rule), on <paramref name="today"/>.</summary>
    public async Task<SupervisionFigures> ForFamiliesAsync(IQueryable<Family> families, DateOnly today, CancellationToken ct)
    {
        var due = await db.ForFamiliesAsync(families, options.Value, today, ct);
        var recentFrom = today.AddDays(-SupervisionFigures.RecentDays);
        var openIds = families.Where(f => f.ClosedOn == null).Select(f => f.Id);
        var byOwner = await (
            from g in db.FamilyActions.AsNoTracking()
                .Where(a => a.State == ActionState.Open && a.DueOn < today && openIds.Contains(a.FamilyId))
                .GroupBy(a => a.OwnerPersonId)
                .Select(g => new { PersonId = g.Key, Count = g.Count() })
            join p in db.People on g.PersonId equals p.Id into people
            from p in people.DefaultIfEmpty()
            select new { g.PersonId, Name = p == null ? null : p.FullName, g.Count })
            .ToListAsync(ct);

        var yearFrom = today.AddMonths(-12);
        var familyIds = families.Select(f => f.Id);
        var held = db.Supervisions.AsNoTracking()
            .Where(s => s.Status == SupervisionStatus.SignedOff && s.HeldOn >= yearFrom && s.HeldOn <= today && familyIds.Contains(s.FamilyId));
        var timeliness = await held
            .GroupBy(s => 1)
            .Select(g => new { Count = g.Count(), Average = g.Average(s => (double)(s.HeldOn!.Value.DayNumber - s.DueOn.DayNumber)) })
            .SingleOrDefaultAsync(ct);

        var owners = byOwner
            .Select(o => new OverdueActionsOwner(o.PersonId, o.Name ?? Person.VacantPostName, o.Count))
            .OrderByDescending(o => o.Count).ThenBy(o => o.Name, StringComparer.CurrentCulture)
            .ToList();
        return new SupervisionFigures(
            today,
            due.Count,
            due.Count(f => f.LastHeldOn >= recentFrom && f.LastHeldOn <= today),
            due.Count(f => f.IsOverdue),
            owners.Sum(o => o.Count),
            owners,
            timeliness?.Count ?? 0,
            timeliness is null ? null : Math.Round((decimal)timeliness.Average, 1, MidpointRounding.AwayFromZero));
    }
}
