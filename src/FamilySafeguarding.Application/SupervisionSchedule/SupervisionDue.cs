using FamilySafeguarding.Application.Supervisions;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.Supervisions;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.SupervisionSchedule;

/// <summary>The next scheduled (not yet signed off) supervision of a family.</summary>
public sealed record ScheduledSupervision(Guid Id, DateOnly On, TimeOnly At);

/// <summary>Where a family stands for group supervision today.</summary>
/// <param name="LastHeldOn">The last supervision signed off in the family's current opening, if any.</param>
/// <param name="DueOn">When the next one is due (<see cref="SupervisionDueDates"/>).</param>
public sealed record FamilySupervisionDue(
    Guid FamilyId,
    string Reference,
    string DisplayName,
    Guid TeamId,
    DateOnly OpenedOn,
    DateOnly? LastHeldOn,
    DateOnly DueOn,
    ScheduledSupervision? Next,
    DateOnly Today)
{
    public bool IsOverdue => SupervisionDueDates.IsOverdue(DueOn, Today);

    /// <summary>Scheduled for after the due date.</summary>
    public bool IsScheduledLate => Next is { } next && next.On > DueOn;
}

public static class SupervisionDue
{
    /// <summary>
    /// Where each of the open <paramref name="families"/> stands for supervision, in one SQL command whatever their
    /// history. Closed families owe no supervision and are left out. The caller has applied the visibility rule.
    /// </summary>
    public static async Task<IReadOnlyList<FamilySupervisionDue>> ForFamiliesAsync(this IAppDbContext db, IQueryable<Family> families, SupervisionOptions options, DateOnly today, CancellationToken ct)
    {
        var rows = await families.AsNoTracking()
            .Where(f => f.ClosedOn == null)
            .Select(f => new
            {
                f.Id,
                f.Reference,
                f.DisplayName,
                f.TeamId,
                f.OpenedOn,
                LastHeldOn = db.Supervisions
                    .Where(s => s.FamilyId == f.Id && s.Status == SupervisionStatus.SignedOff && s.HeldOn >= f.OpenedOn)
                    .Max(s => s.HeldOn),
                Next = db.Supervisions
                    .Where(s => s.FamilyId == f.Id && s.Status == SupervisionStatus.Scheduled)
                    .OrderBy(s => s.ScheduledOn).ThenBy(s => s.ScheduledAt)
                    .Select(s => new ScheduledSupervision(s.Id, s.ScheduledOn, s.ScheduledAt))
                    .FirstOrDefault(),
            })
            .ToListAsync(ct);

        return [.. rows.Select(r => new FamilySupervisionDue(
            r.Id, r.Reference, r.DisplayName, r.TeamId, r.OpenedOn, r.LastHeldOn,
            SupervisionDueDates.NextDue(r.OpenedOn, r.LastHeldOn, options.FirstSupervisionDays), r.Next, today))];
    }

    /// <summary>When the family's next supervision is due, in one SQL command; null for a closed or unknown family.</summary>
    public static async Task<DateOnly?> DueOnAsync(this IAppDbContext db, Guid familyId, SupervisionOptions options, DateOnly today, CancellationToken ct) =>
        (await db.ForFamiliesAsync(db.Families.Where(f => f.Id == familyId), options, today, ct)).SingleOrDefault()?.DueOn;
}
