using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Organisations;

public sealed record OrganisationInput
{
    public required string? Name { get; init; }

    public required OrganisationKind Kind { get; init; }
}

/// <summary>Employing organisations: the council and its partner agencies. Administrators keep the list (reads in <see cref="OrganisationQueries"/>).</summary>
public sealed class OrganisationService(IAppDbContext db)
{
    public async Task<Guid> CreateAsync(Actor actor, OrganisationInput input, CancellationToken ct)
    {
        ManagementRights.EnsureAdministrator(actor);
        var organisation = new Organisation(input.Name, input.Kind);
        await EnsureNameFreeAsync(organisation, ct);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return organisation.Id;
    }

    public async Task UpdateAsync(Actor actor, Guid id, OrganisationInput input, Guid versionSeen, CancellationToken ct)
    {
        ManagementRights.EnsureAdministrator(actor);
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException();
        organisation.Rename(input.Name);
        organisation.ChangeKind(input.Kind);
        await EnsureNameFreeAsync(organisation, ct);
        await db.SaveEditAsync(organisation, versionSeen, ct);
    }

    private async Task EnsureNameFreeAsync(Organisation organisation, CancellationToken ct)
    {
        if (await db.Organisations.AnyAsync(o => o.NormalizedName == organisation.NormalizedName && o.Id != organisation.Id, ct))
        {
            throw new DomainRuleException($"An organisation called {organisation.Name} already exists", nameof(OrganisationInput.Name));
        }
    }
}
