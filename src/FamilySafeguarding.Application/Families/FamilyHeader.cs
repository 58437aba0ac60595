using FamilySafeguarding.Application.Access;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Families;

/// <summary>What every page of a family shows at the top, and what the actor may do there.</summary>
public sealed record FamilyHeader(Guid Id, string Reference, string DisplayName, Guid TeamId, string TeamName, DateOnly OpenedOn, DateOnly? ClosedOn, FamilyRights Rights)
{
    public bool IsOpen => ClosedOn is null;
}

/// <summary>The header of a family's page, read once access to the page has been checked and logged.</summary>
public sealed class FamilyHeaders(FamilyAccess access, IAppDbContext db)
{
    /// <summary>Checks access (and the <paramref name="need"/> of a form), writes the access-log row for the page, and reads the header (two SQL commands and one insert).</summary>
    public async Task<FamilyHeader> ViewAsync(Actor actor, Guid familyId, string page, CancellationToken ct, FamilyNeed need = FamilyNeed.See)
    {
        var rights = await access.ViewAsync(actor, familyId, page, ct, need);
        return await db.Families.AsNoTracking()
            .Where(f => f.Id == familyId)
            .Select(f => new FamilyHeader(f.Id, f.Reference, f.DisplayName, f.TeamId, db.Teams.Where(t => t.Id == f.TeamId).Select(t => t.Name).Single(), f.OpenedOn, f.ClosedOn, rights))
            .SingleAsync(ct);
    }
}
