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

public sealed record OrganisationRow(Guid Id, string Name, OrganisationKind Kind, int PeopleCount);

public sealed record OrganisationForEdit(Guid Id, string Name, OrganisationKind Kind, Guid Version);

/// <summary>Employing organisations: the council and its partner agencies. Administrators keep the list.</summary>
public sealed class OrganisationService(IAppDbContext db)
{
    public async Task<IReadOnlyList<OrganisationRow>> ListAsync(CancellationToken ct) =>
        await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new OrganisationRow(o.Id, o.Name, o.Kind, db.People.Count(p => p.OrganisationId == o.Id)))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<(Guid Id, string Name)>> OptionsAsync(CancellationToken ct) =>
        (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
        .Select(o => (o.Id, o.Name)).ToList();

    public async Task<OrganisationForEdit> GetForEditAsync(Guid id, CancellationToken ct) =>
        await db.Organisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OrganisationForEdit(o.Id, o.Name, o.Kind, o.Version))
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();

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
