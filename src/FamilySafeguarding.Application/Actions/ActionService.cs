using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Supervisions;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Supervisions;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Actions;

/// <summary>
/// Tracking the actions agreed at group supervision. The action's owner marks it done; the team manager or assistant
/// team manager of the family's team cancels it or gives it to someone else or a new date (<see cref="SupervisionRights.MaySignOff"/>).
/// Everyone else who may see the family reads it only (403); anyone who may not see the family gets "not found". Each
/// form carries the version it was opened at: a save after someone else changed the action is refused with
/// <see cref="ConcurrencyConflictException"/>, and nothing is saved.
/// </summary>
public sealed class ActionService(IAppDbContext db, FamilyAccess access, TimeProvider time)
{
    /// <summary>
    /// The owner marks the action done on <paramref name="doneOn"/> with a short note. The same form sent twice (the
    /// action already done by its owner with the same note) is the same change, not an error.
    /// </summary>
    public async Task MarkDoneAsync(Actor actor, Guid familyId, Guid actionId, DateOnly doneOn, string? note, Guid versionSeen, CancellationToken ct)
    {
        await access.RightsAsync(actor, familyId, "Mark an action done", ct);
        var action = await LoadAsync(familyId, actionId, ct);
        EnsureMayMarkDone(actor, action.OwnerPersonId);
        if (IsDoneAs(action, note))
        {
            return;
        }

        try
        {
            action.MarkDone(actor.PersonId, doneOn, note, time.UkToday(), time.UtcNow());
            await SaveAsync(action, versionSeen, ct);
        }
        catch (ConcurrencyConflictException)
        {
            // Two sends of the same form raced: the other one marked it done, and this is it.
            if (!await DoneAsAsync(actionId, note, ct))
            {
                throw;
            }
        }
    }

    /// <summary>A manager of the family's team cancels the action, with a reason.</summary>
    public async Task CancelAsync(Actor actor, Guid familyId, Guid actionId, string? reason, Guid versionSeen, CancellationToken ct)
    {
        await EnsureMayManageAsync(actor, familyId, "Cancel an action", ct);
        var action = await LoadAsync(familyId, actionId, ct);
        action.Cancel(actor.PersonId, reason, time.UkToday(), time.UtcNow());
        await SaveAsync(action, versionSeen, ct);
    }

    /// <summary>
    /// A manager of the family's team gives the action to someone else or moves its due date. The new owner must be
    /// someone allocated to the family today or a current member of its team.
    /// </summary>
    public async Task ChangeAsync(Actor actor, Guid familyId, Guid actionId, Guid ownerPersonId, DateOnly dueOn, string? reason, Guid versionSeen, CancellationToken ct)
    {
        await EnsureMayManageAsync(actor, familyId, "Change an action", ct);
        var action = await LoadAsync(familyId, actionId, ct);
        if (ownerPersonId != action.OwnerPersonId && !await MayOwnAsync(familyId, ownerPersonId, ct))
        {
            throw new DomainRuleException("Select someone allocated to the family or in its team", nameof(FamilyAction.OwnerPersonId));
        }

        action.Change(actor.PersonId, ownerPersonId, dueOn, reason, time.UtcNow());
        await SaveAsync(action, versionSeen, ct);
    }

    /// <summary>Only the person responsible for an action marks it done: not even a manager (403).</summary>
    public static void EnsureMayMarkDone(Actor actor, Guid ownerPersonId)
    {
        if (ownerPersonId != actor.PersonId)
        {
            throw new ForbiddenException("Only the person responsible for the action can mark it done.");
        }
    }

    /// <summary>Only the team manager or assistant team manager of the family's team cancels or changes an action (403).</summary>
    public static void EnsureMayManage(Actor actor, FamilyRights rights)
    {
        if (!SupervisionRights.For(actor, rights).MaySignOff)
        {
            throw new ForbiddenException("Only the team manager or assistant team manager of the family's team can change or cancel an action.");
        }
    }

    /// <summary>Whether the person may be made responsible for the family's actions (<see cref="ActionOwnership.ActionOwners"/>).</summary>
    public Task<bool> MayOwnAsync(Guid familyId, Guid personId, CancellationToken ct) =>
        db.ActionOwners(familyId, time.UkToday()).AnyAsync(p => p.Id == personId, ct);

    private async Task EnsureMayManageAsync(Actor actor, Guid familyId, string page, CancellationToken ct) =>
        EnsureMayManage(actor, await access.RightsAsync(actor, familyId, page, ct));

    private async Task<FamilyAction> LoadAsync(Guid familyId, Guid actionId, CancellationToken ct) =>
        await db.FamilyActions.Include(a => a.History).SingleOrDefaultAsync(a => a.Id == actionId && a.FamilyId == familyId, ct)
            ?? throw new NotFoundException();

    private async Task SaveAsync(FamilyAction action, Guid versionSeen, CancellationToken ct)
    {
        try
        {
            await db.SaveEditAsync(action, versionSeen, ct);
        }
        catch (ConcurrencyConflictException)
        {
            db.DiscardChanges();
            throw new ConcurrencyConflictException("This action was changed by someone else after you opened it.");
        }
    }

    private static bool IsDoneAs(FamilyAction action, string? note) =>
        action.State == ActionState.Done && string.Equals(action.ClosingNote, note?.Trim(), StringComparison.Ordinal);

    private async Task<bool> DoneAsAsync(Guid actionId, string? note, CancellationToken ct)
    {
        var saved = await db.FamilyActions.AsNoTracking().SingleAsync(a => a.Id == actionId, ct);
        return IsDoneAs(saved, note);
    }
}
