using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Security;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.People;

/// <summary>Posts and the people in them.</summary>
public sealed class PeopleService(IAppDbContext db, ManagementRights rights, UserSessions sessions, TimeProvider time)
{
    public async Task<Guid> CreateAsync(Actor actor, PostDetails details, CancellationToken ct)
    {
        ManagementRights.EnsureMayCreatePeople(actor);
        await EnsureOrganisationExistsAsync(details.OrganisationId, ct);
        EnsureMayGiveRole(actor, details.JobRole, currentRole: null);
        var person = new Person(details);
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return person.Id;
    }

    public async Task UpdateAsync(Actor actor, Guid personId, PostDetails details, Guid versionSeen, CancellationToken ct)
    {
        await rights.EnsureCanManagePersonAsync(actor, personId, ct);
        var person = await db.People.Include(p => p.Memberships).SingleOrDefaultAsync(p => p.Id == personId, ct) ?? throw new NotFoundException();
        await EnsureOrganisationExistsAsync(details.OrganisationId, ct);
        EnsureMayGiveRole(actor, details.JobRole, person.JobRole);
        var roleChanged = person.JobRole != details.JobRole;
        if (roleChanged && personId == actor.PersonId)
        {
            throw new DomainRuleException("You cannot change your own job role. Ask another administrator to change it", nameof(PostDetails.JobRole));
        }

        var today = time.UkToday();
        if (roleChanged && details.JobRole == JobRole.Administrator
            && await db.Allocations.AnyAsync(a => a.PersonId == personId && (a.EndDate == null || a.EndDate > today), ct))
        {
            throw new DomainRuleException($"{person.FullName} is allocated to a family. An administrator cannot be allocated to families: end their allocations first", nameof(PostDetails.JobRole));
        }

        if (details.IsVacancy && await db.Users.AnyAsync(u => u.PersonId == personId, ct))
        {
            throw new DomainRuleException("This person has a sign-in account, so the post cannot be marked vacant. Disable the account and end the post instead.", nameof(PostDetails.FullName));
        }

        person.Update(details, today);
        if (roleChanged && await db.Users.SingleOrDefaultAsync(u => u.PersonId == personId, ct) is { } user)
        {
            // The role is a claim of the person's sessions: they end with the change (one transaction), and the next sign-in has the new role.
            user.SecurityStamp = Guid.NewGuid().ToString();
            await sessions.EndAllAsync(user.Id, SessionEndReason.RoleChanged, ct: ct);
        }

        await db.SaveEditAsync(person, versionSeen, ct);
    }

    /// <summary>The roles the management rules turn on are handed out by administrators only, on a new post or a changed one.</summary>
    private static void EnsureMayGiveRole(Actor actor, JobRole role, JobRole? currentRole)
    {
        if (!actor.IsAdministrator && role is JobRole.Administrator or JobRole.ServiceManager && role != currentRole)
        {
            throw new DomainRuleException("Only an administrator can give someone the Administrator or Service Manager role", nameof(PostDetails.JobRole));
        }
    }

    private async Task EnsureOrganisationExistsAsync(Guid organisationId, CancellationToken ct)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
        {
            throw new DomainRuleException("Select the employing organisation", nameof(PostDetails.OrganisationId));
        }
    }
}
