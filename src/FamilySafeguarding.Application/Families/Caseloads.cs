using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Application.Families;

/// <summary>A worker's caseload today: the open families they have a current allocation to, and the children in them.</summary>
public sealed record Caseload(int Families, int Children, int Target)
{
    public bool IsOverTarget => Families > Target;

    /// <summary>"12 of 15".</summary>
    public string AgainstTarget => $"{Families} of {Target}";
}

/// <summary>
/// Caseloads against the configured target, for any number of workers in one query. The counts are numbers, not
/// personal data, so the team and person pages show them to everyone who may see those pages.
/// </summary>
public sealed class Caseloads(IAppDbContext db, TimeProvider time, IOptions<CaseloadOptions> options)
{
    public int Target => options.Value.Target;

    public async Task<IReadOnlyDictionary<Guid, Caseload>> ForPeopleAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct)
    {
        if (personIds.Count == 0)
        {
            return new Dictionary<Guid, Caseload>();
        }

        var today = time.UkToday();
        var ids = personIds.Distinct().ToList();
        var rows = await db.Allocations.AsNoTracking()
            .Where(a => ids.Contains(a.PersonId) && a.StartDate <= today && (a.EndDate == null || a.EndDate > today)
                && db.Families.Any(f => f.Id == a.FamilyId && f.ClosedOn == null))
            .Select(a => new { a.PersonId, a.FamilyId, Children = db.FamilyMembers.Count(m => m.FamilyId == a.FamilyId && m.Role == FamilyRole.Child) })
            .ToListAsync(ct);
        return ids.ToDictionary(
            id => id,
            id =>
            {
                var families = rows.Where(r => r.PersonId == id).DistinctBy(r => r.FamilyId).ToList();
                return new Caseload(families.Count, families.Sum(f => f.Children), Target);
            });
    }

    /// <summary>Whether a person in this job role can be allocated to families at all (so has a caseload to show).</summary>
    public static bool CanHoldCases(Domain.People.JobRole role) => Enum.GetValues<AllocationRole>().Any(r => r.Fits(role));

    public async Task<Caseload> ForPersonAsync(Guid personId, CancellationToken ct) => (await ForPeopleAsync([personId], ct))[personId];
}
