using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Organisations;

public sealed record OrganisationRow(Guid Id, string Name, OrganisationKind Kind, int PeopleCount);

public sealed record OrganisationForEdit(Guid Id, string Name, OrganisationKind Kind, Guid Version);

/// <summary>Reads of the employing organisations: the list, the choices other forms offer, and the form to change one.</summary>
public sealed class OrganisationQueries(IAppDbContext db)
{
    public async Task<IReadOnlyList<OrganisationRow>> ListAsync(CancellationToken ct) =>
        await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new OrganisationRow(o.Id, o.Name, o.Kind, db.People.Count(p => p.OrganisationId == o.Id)))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<(Guid Id, string Name)>> OptionsAsync(CancellationToken ct) =>
        (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
        .Select(o => (o.Id, o.Name)).ToList();

    /// <summary>The organisation form's one read for changing an organisation (administrators only): the organisation as saved; "not found" for no such organisation.</summary>
    public async Task<OrganisationForEdit> FormAsync(Actor actor, Guid id, CancellationToken ct)
    {
        ManagementRights.EnsureAdministrator(actor);
        return await db.Organisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OrganisationForEdit(o.Id, o.Name, o.Kind, o.Version))
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
    }
}
