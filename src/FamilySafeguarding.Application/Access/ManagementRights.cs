using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Teams;
using FamilySafeguarding.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Access;

/// <summary>
/// Who may change services, teams and people. Administrators may change everything. A service manager
/// may change the teams of the services they manage, and the people in them: a person whose current
/// memberships include one of those teams, or who is in no team at the moment (a new starter or a
/// vacancy not yet placed). Everyone signed in may read the directory. Only administrators may change
/// the post of an administrator or a service manager: those roles are what these rules turn on, and
/// their holders are in no team, so the new-starter rule would let any service manager demote them.
/// </summary>
public sealed class ManagementRights(IAppDbContext db, TimeProvider time)
{
    /// <summary>Whether the actor's role lets them change teams or people anywhere at all (to offer the pages).</summary>
    public static bool MayManageSomething(Actor actor) => actor.IsAdministrator || actor.IsServiceManager;

    public async Task<bool> CanManageServiceAsync(Actor actor, Guid serviceId, CancellationToken ct)
    {
        if (actor.IsAdministrator)
        {
            return true;
        }

        return actor.IsServiceManager
            && await db.Services.AnyAsync(s => s.Id == serviceId && s.ServiceManagerId == actor.PersonId, ct);
    }

    /// <summary>The services whose teams the actor may change, in one query (none for most roles).</summary>
    public async Task<IReadOnlySet<Guid>> ManagedServiceIdsAsync(Actor actor, CancellationToken ct)
    {
        if (!MayManageSomething(actor))
        {
            return new HashSet<Guid>();
        }

        var services = db.Services.AsNoTracking();
        if (!actor.IsAdministrator)
        {
            services = services.Where(s => s.ServiceManagerId == actor.PersonId);
        }

        return (await services.Select(s => s.Id).ToListAsync(ct)).ToHashSet();
    }

    public async Task<bool> CanManageTeamAsync(Actor actor, Guid teamId, CancellationToken ct)
    {
        if (actor.IsAdministrator)
        {
            return true;
        }

        return actor.IsServiceManager && await db.Teams.AnyAsync(
            t => t.Id == teamId && db.Services.Any(s => s.Id == t.ServiceId && s.ServiceManagerId == actor.PersonId),
            ct);
    }

    public async Task<bool> CanManagePersonAsync(Actor actor, Guid personId, CancellationToken ct)
    {
        if (actor.IsAdministrator)
        {
            return true;
        }

        if (!actor.IsServiceManager)
        {
            return false;
        }

        var today = time.UkToday();
        var currentTeams = db.CurrentMemberships(today).Where(m => m.PersonId == personId);
        return await db.People.AnyAsync(
            p => p.Id == personId
                && p.JobRole != JobRole.Administrator
                && p.JobRole != JobRole.ServiceManager
                && (!currentTeams.Any()
                    || currentTeams.Any(m => db.Teams.Any(t => t.Id == m.TeamId
                        && db.Services.Any(s => s.Id == t.ServiceId && s.ServiceManagerId == actor.PersonId)))),
            ct);
    }

    public static void EnsureAdministrator(Actor actor)
    {
        if (!actor.IsAdministrator)
        {
            throw new ForbiddenException("Only an administrator can change services, organisations and sign-in accounts.");
        }
    }

    public static void EnsureMayCreatePeople(Actor actor)
    {
        if (!MayManageSomething(actor))
        {
            throw new ForbiddenException("Only an administrator or a service manager can add people.");
        }
    }

    public async Task EnsureCanManageServiceAsync(Actor actor, Guid serviceId, CancellationToken ct)
    {
        if (!await CanManageServiceAsync(actor, serviceId, ct))
        {
            throw new ForbiddenException("Only an administrator or this service's own service manager can change its teams.");
        }
    }

    public async Task EnsureCanManageTeamAsync(Actor actor, Guid teamId, CancellationToken ct)
    {
        if (!await CanManageTeamAsync(actor, teamId, ct))
        {
            throw new ForbiddenException("Only an administrator or the service manager of this team's service can change the team or its members.");
        }
    }

    public async Task EnsureCanManagePersonAsync(Actor actor, Guid personId, CancellationToken ct)
    {
        if (!await CanManagePersonAsync(actor, personId, ct))
        {
            throw new ForbiddenException("Only an administrator, or the service manager of a service this person works in, can change their details. Only an administrator can change an administrator's or a service manager's details.");
        }
    }
}
