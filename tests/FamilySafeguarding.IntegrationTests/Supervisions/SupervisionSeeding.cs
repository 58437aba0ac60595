using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Supervisions;

/// <summary>An action to agree at a seeded supervision.</summary>
internal sealed record AgreedAction(string What, Guid OwnerPersonId, DateOnly DueOn);

/// <summary>A seeded signed-off supervision and the ids of the actions it agreed, in order.</summary>
internal sealed record SignedOffSupervision(Guid Id, IReadOnlyList<Guid> ActionIds);

/// <summary>Group supervisions and their actions written straight through the domain, for the tests of what is built on them.</summary>
internal static class SupervisionSeeding
{
    /// <summary>A supervision scheduled for a day (at 10:00), due on <paramref name="dueOn"/> (default: the same day).</summary>
    public static Task<Guid> ScheduledSupervisionAsync(this AppFactory app, Guid familyId, DateOnly on, DateOnly? dueOn = null) =>
        app.WithDbAsync(async db =>
        {
            var supervision = Supervision.Schedule(familyId, dueOn ?? on, on, new TimeOnly(10, 0), on);
            db.Supervisions.Add(supervision);
            await db.SaveChangesAsync();
            return supervision.Id;
        });

    /// <summary>
    /// A supervision held on <paramref name="heldOn"/>, attended by <paramref name="signerId"/>, signed off by them at
    /// <paramref name="signedOffAt"/> (default: 16:00 UTC that day) with the actions given.
    /// </summary>
    public static Task<SignedOffSupervision> SignedOffSupervisionAsync(
        this AppFactory app,
        Guid familyId,
        Guid signerId,
        DateOnly heldOn,
        IReadOnlyList<AgreedAction>? actions = null,
        SupervisionDecision decision = SupervisionDecision.ContinuePlan,
        string rationale = "The plan is working; the children are safer.",
        DateTime? signedOffAt = null,
        DateOnly? dueOn = null) =>
        app.WithDbAsync(async db =>
        {
            var supervision = Supervision.Schedule(familyId, dueOn ?? heldOn, heldOn, new TimeOnly(10, 0), heldOn);
            var record = Record(signerId, heldOn, decision, rationale, actions ?? []);
            var at = signedOffAt ?? heldOn.ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc);
            var agreed = supervision.SignOff(signerId, record, dueOn ?? heldOn, heldOn, at);
            db.Supervisions.Add(supervision);
            db.FamilyActions.AddRange(agreed);
            await db.SaveChangesAsync();
            return new SignedOffSupervision(supervision.Id, [.. agreed.Select(a => a.Id)]);
        });

    /// <summary>A complete record, as a manager would sign it off.</summary>
    public static SupervisionRecord Record(Guid chairId, DateOnly heldOn, SupervisionDecision decision, string rationale, IReadOnlyList<AgreedAction> actions) => new()
    {
        HeldOn = heldOn,
        Attendees = [new AttendeeContent(chairId, null, null, Attendance.Attended)],
        Worries = "Dad's drinking at weekends.",
        WorkingWell = "Mum is engaging with the Freedom Programme.",
        Decision = decision,
        DecisionRationale = rationale,
        Actions = [.. actions.Select(a => new ActionContent(a.What, a.OwnerPersonId, a.DueOn))],
    };

    /// <summary>The owner marks an action done on a day, at a moment.</summary>
    public static Task ActionDoneAsync(this AppFactory app, Guid actionId, DateOnly doneOn, DateTime at, string note = "Done at the home visit.") =>
        app.WithDbAsync(async db =>
        {
            var action = await db.FamilyActions.Include(a => a.History).SingleAsync(a => a.Id == actionId);
            action.MarkDone(action.OwnerPersonId, doneOn, note, doneOn, at);
            await db.SaveChangesAsync();
            return 0;
        });

    /// <summary>A manager cancels an action on a day, at a moment.</summary>
    public static Task ActionCancelledAsync(this AppFactory app, Guid actionId, Guid managerId, DateOnly on, DateTime at, string reason = "No longer needed.") =>
        app.WithDbAsync(async db =>
        {
            var action = await db.FamilyActions.Include(a => a.History).SingleAsync(a => a.Id == actionId);
            action.Cancel(managerId, reason, on, at);
            await db.SaveChangesAsync();
            return 0;
        });
}
