using System.Globalization;
using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Supervisions;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Supervisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Application.SupervisionSchedule;

/// <summary>A supervision's time of day as people write it: "09:30".</summary>
public static class SupervisionTimes
{
    public static string Show(TimeOnly at) => at.ToString("HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>A scheduled supervision as its reschedule and cancel forms show it.</summary>
public sealed record SupervisionToChange(Guid Id, Guid FamilyId, string FamilyName, Guid TeamId, DateOnly DueOn, DateOnly ScheduledOn, TimeOnly ScheduledAt, Guid Version);

/// <summary>
/// Putting a family's group supervision in the diary: its team manager, assistant team manager or team coordinator
/// schedules, reschedules or cancels it (<see cref="SupervisionRights.MaySchedule"/>); anyone else who sees the family
/// is refused (403), and anyone who does not is told it does not exist (404). A family has at most one scheduled
/// supervision at a time, and a closed family none.
/// </summary>
public sealed class SupervisionScheduleService(IAppDbContext db, FamilyAccess access, TimeProvider time, IOptions<SupervisionOptions> options)
{
    public const string ScheduledOnField = nameof(Supervision.ScheduledOn);

    public const string MayNotSchedule = "Only the team manager, assistant team manager or team coordinator of the family's team can schedule its supervisions.";

    /// <summary>
    /// Schedules the family's next supervision for a day and time; its due date is the family's as it stands
    /// (<see cref="SupervisionDue"/>). Refused when one is already scheduled (reschedule that one) or the case is closed.
    /// </summary>
    public async Task<SupervisionToChange> ScheduleAsync(Actor actor, Guid familyId, DateOnly date, TimeOnly at, CancellationToken ct)
    {
        await EnsureMayScheduleAsync(actor, familyId, "Schedule a supervision", ct);
        var today = time.UkToday();
        var due = (await db.ForFamiliesAsync(db.Families.Where(f => f.Id == familyId), options.Value, today, ct)).SingleOrDefault()
            ?? throw new DomainRuleException("The family's case is closed. Reopen it before scheduling a supervision");
        if (due.Next is { } next)
        {
            throw new DomainRuleException(
                $"A supervision is already scheduled for {next.On.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} at {SupervisionTimes.Show(next.At)}. Reschedule that one instead", ScheduledOnField);
        }

        var supervision = Supervision.Schedule(familyId, due.DueOn, date, at, today);
        db.Supervisions.Add(supervision);
        await db.SaveChangesAsync(ct);
        return new SupervisionToChange(supervision.Id, familyId, due.DisplayName, due.TeamId, supervision.DueOn, date, at, supervision.Version);
    }

    /// <summary>
    /// Moves a scheduled supervision to another day or time ("not found" unless it is the family's and still scheduled).
    /// The form was opened at <paramref name="versionSeen"/>: if the supervision was changed since, nothing is saved and
    /// <see cref="ConcurrencyConflictException"/> is thrown. Answers with the supervision as it now is.
    /// </summary>
    public async Task<SupervisionToChange> RescheduleAsync(Actor actor, Guid familyId, Guid supervisionId, DateOnly date, TimeOnly at, Guid versionSeen, CancellationToken ct)
    {
        await EnsureMayScheduleAsync(actor, familyId, "Reschedule a supervision", ct);
        var (supervision, family) = await ScheduledAsync(db.Supervisions, familyId, supervisionId, ct);
        if (family.ClosedOn is not null)
        {
            throw new DomainRuleException("The family's case is closed. Reopen it before rescheduling its supervision");
        }

        supervision.Reschedule(date, at, time.UkToday());
        await db.SaveEditAsync(supervision, versionSeen, ct);
        return family.Of(supervision);
    }

    /// <summary>Takes a scheduled supervision off the diary ("not found" unless it is the family's and still scheduled); answers with it as it was.</summary>
    public async Task<SupervisionToChange> CancelAsync(Actor actor, Guid familyId, Guid supervisionId, CancellationToken ct)
    {
        await EnsureMayScheduleAsync(actor, familyId, "Cancel a supervision", ct);

        // With its draft minutes, so a supervision whose record has been started is not cancelled.
        var supervisions = db.Supervisions.Include(s => s.Attendees).Include(s => s.Updates).Include(s => s.People).Include(s => s.Actions).AsSplitQuery();
        var (supervision, family) = await ScheduledAsync(supervisions, familyId, supervisionId, ct);
        var cancelled = family.Of(supervision);
        supervision.Cancel();
        await db.SaveChangesAsync(ct);
        return cancelled;
    }

    /// <summary>"Not found" if the actor may not see the family, 403 unless they schedule for its team.</summary>
    private async Task EnsureMayScheduleAsync(Actor actor, Guid familyId, string page, CancellationToken ct)
    {
        if (!SupervisionRights.For(actor, await access.RightsAsync(actor, familyId, page, ct)).MaySchedule)
        {
            throw new ForbiddenException(MayNotSchedule);
        }
    }

    private async Task<(Supervision Supervision, FamilyOfSupervision Family)> ScheduledAsync(IQueryable<Supervision> supervisions, Guid familyId, Guid supervisionId, CancellationToken ct)
    {
        var supervision = await supervisions.SingleOrDefaultAsync(s => s.Id == supervisionId && s.FamilyId == familyId && s.Status == SupervisionStatus.Scheduled, ct)
            ?? throw new NotFoundException();
        var family = await db.Families.AsNoTracking().Where(f => f.Id == familyId).Select(f => new FamilyOfSupervision(f.DisplayName, f.TeamId, f.ClosedOn)).SingleAsync(ct);
        return (supervision, family);
    }

    private sealed record FamilyOfSupervision(string DisplayName, Guid TeamId, DateOnly? ClosedOn)
    {
        public SupervisionToChange Of(Supervision s) => new(s.Id, s.FamilyId, DisplayName, TeamId, s.DueOn, s.ScheduledOn, s.ScheduledAt, s.Version);
    }
}
