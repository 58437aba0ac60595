using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Teams;

public sealed record ServiceInput
{
    public required string? Name { get; init; }

    public Guid? ServiceManagerId { get; init; }
}

public sealed record TeamInput
{
    public required string? Name { get; init; }

    public required string? Locality { get; init; }
}

public sealed record NewMembership
{
    public required Guid PersonId { get; init; }

    public required DateOnly StartDate { get; init; }

    public DateOnly? EndDate { get; init; }
}

/// <summary>Services, their teams, and who is in each team.</summary>
public sealed class TeamService(IAppDbContext db, ManagementRights rights)
{
    public async Task<Guid> CreateServiceAsync(Actor actor, ServiceInput input, CancellationToken ct)
    {
        ManagementRights.EnsureAdministrator(actor);
        await EnsureIsServiceManagerAsync(input.ServiceManagerId, ct);
        var service = new Service(input.Name, input.ServiceManagerId);
        await EnsureServiceNameFreeAsync(service, ct);
        db.Services.Add(service);
        await db.SaveChangesAsync(ct);
        return service.Id;
    }

    public async Task UpdateServiceAsync(Actor actor, Guid serviceId, ServiceInput input, Guid versionSeen, CancellationToken ct)
    {
        ManagementRights.EnsureAdministrator(actor);
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == serviceId, ct) ?? throw new NotFoundException();
        await EnsureIsServiceManagerAsync(input.ServiceManagerId, ct);
        service.Rename(input.Name);
        service.AppointManager(input.ServiceManagerId);
        await EnsureServiceNameFreeAsync(service, ct);
        await db.SaveEditAsync(service, versionSeen, ct);
    }

    public async Task<Guid> CreateTeamAsync(Actor actor, Guid serviceId, TeamInput input, CancellationToken ct)
    {
        await rights.EnsureCanManageServiceAsync(actor, serviceId, ct);
        if (!await db.Services.AnyAsync(s => s.Id == serviceId, ct))
        {
            throw new NotFoundException();
        }

        var team = new Team(serviceId, input.Name, input.Locality);
        await EnsureTeamNameFreeAsync(team, ct);
        db.Teams.Add(team);
        await db.SaveChangesAsync(ct);
        return team.Id;
    }

    public async Task UpdateTeamAsync(Actor actor, Guid teamId, TeamInput input, Guid versionSeen, CancellationToken ct)
    {
        await rights.EnsureCanManageTeamAsync(actor, teamId, ct);
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == teamId, ct) ?? throw new NotFoundException();
        team.Update(input.Name, input.Locality);
        await EnsureTeamNameFreeAsync(team, ct);
        await db.SaveEditAsync(team, versionSeen, ct);
    }

    public async Task<Guid> AddMemberAsync(Actor actor, Guid teamId, NewMembership input, CancellationToken ct)
    {
        await EnsureMayChangeTeamAsync(actor, teamId, ct);

        EnsureNotOwnMembership(actor, input.PersonId, "You cannot add yourself to a team. Ask another manager or an administrator to do it", nameof(NewMembership.PersonId));
        var person = await db.People.Include(p => p.Memberships).SingleOrDefaultAsync(p => p.Id == input.PersonId, ct)
            ?? throw new DomainRuleException("Select a person or vacant post from the list", nameof(NewMembership.PersonId));
        var membership = person.JoinTeam(teamId, input.StartDate, input.EndDate);
        await SaveMembershipChangeAsync(ct);
        return membership.Id;
    }

    public async Task EndMembershipAsync(Actor actor, Guid teamId, Guid membershipId, DateOnly endDate, CancellationToken ct)
    {
        await rights.EnsureCanManageTeamAsync(actor, teamId, ct);
        var personId = await db.TeamMemberships.Where(m => m.Id == membershipId && m.TeamId == teamId)
            .Select(m => (Guid?)m.PersonId).SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
        EnsureNotOwnMembership(actor, personId, "You cannot change your own team membership. Ask another manager or an administrator to do it", "EndDate");
        var person = await db.People.Include(p => p.Memberships).SingleAsync(p => p.Id == personId, ct);
        person.EndMembership(membershipId, endDate);
        await SaveMembershipChangeAsync(ct);
    }

    /// <summary>
    /// The team exists and the actor may change it, in one command on the way through. A refusal asks the rule for its
    /// reason (403, as <see cref="ManagementRights.EnsureCanManageTeamAsync"/> gives it); a team that does not exist is
    /// "not found" to those who may change any team.
    /// </summary>
    private async Task EnsureMayChangeTeamAsync(Actor actor, Guid teamId, CancellationToken ct)
    {
        var (administrator, serviceManager, actorId) = (actor.IsAdministrator, actor.IsServiceManager, actor.PersonId);
        var mayChange = await db.Teams.Where(t => t.Id == teamId)
            .Select(t => (bool?)(administrator || (serviceManager && db.Services.Any(s => s.Id == t.ServiceId && s.ServiceManagerId == actorId))))
            .SingleOrDefaultAsync(ct);
        if (mayChange == true)
        {
            return;
        }

        await rights.EnsureCanManageTeamAsync(actor, teamId, ct);
        throw new NotFoundException();
    }

    /// <summary>Team memberships decide who sees which families: nobody changes their own, another authorised person must.</summary>
    private static void EnsureNotOwnMembership(Actor actor, Guid personId, string message, string field)
    {
        if (personId == actor.PersonId)
        {
            throw new DomainRuleException(message, field);
        }
    }

    /// <summary>
    /// Membership changes renew the person's version (see the persistence interceptor), so two managers adding the same
    /// person to different teams at the same moment cannot both succeed and break the two-team rule.
    /// </summary>
    private async Task SaveMembershipChangeAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException("Someone else changed this person's teams at the same time. Check their teams and try again.", ex);
        }
    }

    private async Task EnsureIsServiceManagerAsync(Guid? personId, CancellationToken ct)
    {
        if (personId is { } id && !await db.People.AnyAsync(p => p.Id == id && p.JobRole == JobRole.ServiceManager && p.FullName != null, ct))
        {
            throw new DomainRuleException("Select a service manager from the list", nameof(ServiceInput.ServiceManagerId));
        }
    }

    private async Task EnsureServiceNameFreeAsync(Service service, CancellationToken ct)
    {
        if (await db.Services.AnyAsync(s => s.NormalizedName == service.NormalizedName && s.Id != service.Id, ct))
        {
            throw new DomainRuleException($"A service called {service.Name} already exists", nameof(ServiceInput.Name));
        }
    }

    private async Task EnsureTeamNameFreeAsync(Team team, CancellationToken ct)
    {
        if (await db.Teams.AnyAsync(t => t.ServiceId == team.ServiceId && t.NormalizedName == team.NormalizedName && t.Id != team.Id, ct))
        {
            throw new DomainRuleException($"This service already has a team called {team.Name}", nameof(TeamInput.Name));
        }
    }
}
