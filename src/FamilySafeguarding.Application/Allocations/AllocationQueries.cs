using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.FamilyMembers;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Allocations;

/// <summary>
/// Reads for the family's workers page (its caller has already checked access) and the allocation forms (each form's one
/// read checks it: its header is the access check).
/// </summary>
public sealed class AllocationQueries(IAppDbContext db, FamilyHeaders headers, AllocationCandidates candidates)
{
    /// <summary>
    /// Everything the allocation form shows, in one read for its GET and for showing it again: the header (the access
    /// check: "not found" unless the actor sees the family, 403 unless they manage it), the candidates and the family's adults.
    /// </summary>
    public async Task<AllocateFormPage> AllocateFormAsync(Actor actor, Guid familyId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(actor, familyId, "Allocate a worker", ct, FamilyNeed.Manage);
        return new AllocateFormPage(header, await CandidatesAsync(familyId, ct), await AdultsAsync(familyId, ct));
    }

    /// <summary>
    /// The form that ends an allocation, in one read for its GET and for showing it again: the header (the access check,
    /// as for <see cref="AllocateFormAsync"/>) and the allocation ("not found" if it belongs to another family).
    /// </summary>
    public async Task<EndFormPage> EndFormAsync(Actor actor, Guid familyId, Guid allocationId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(actor, familyId, "End allocation", ct, FamilyNeed.Manage);
        return new EndFormPage(header, await AllocationToEndAsync(familyId, allocationId, ct));
    }

    /// <summary>The family's allocations, current and past, with each worker's job role, employer and the adults they work with (two SQL commands).</summary>
    public async Task<FamilyAllocations> WorkersAsync(Guid familyId, CancellationToken ct)
    {
        var rows = await (
                from a in db.Allocations.AsNoTracking()
                where a.FamilyId == familyId
                join p in db.People on a.PersonId equals p.Id
                join o in db.Organisations on p.OrganisationId equals o.Id
                select new { a.Id, a.PersonId, Name = p.FullName, p.JobRole, Employer = o.Name, a.Role, a.StartDate, a.EndDate })
            .ToListAsync(ct);
        var adults = await (
                from x in db.AllocationAdults.AsNoTracking()
                join a in db.Allocations on x.AllocationId equals a.Id
                where a.FamilyId == familyId
                join m in db.FamilyMembers on x.MemberId equals m.Id
                select new { x.AllocationId, m.FullName })
            .ToListAsync(ct);
        var adultsOf = adults.ToLookup(x => x.AllocationId, x => x.FullName);

        var workers = rows
            .Select(r => new AllocationRow(
                r.Id, r.PersonId, r.Name ?? Person.VacantPostName, r.JobRole, r.Employer, r.Role, r.StartDate, r.EndDate,
                [.. adultsOf[r.Id].Order(StringComparer.CurrentCulture)]))
            .ToList();
        return new FamilyAllocations(
            [.. workers.Where(w => w.EndDate is null).OrderBy(w => w.Role).ThenBy(w => w.StartDate).ThenBy(w => w.Name, StringComparer.CurrentCulture)],
            [.. workers.Where(w => w.EndDate is not null).OrderByDescending(w => w.EndDate).ThenByDescending(w => w.StartDate)]);
    }

    /// <summary>Who may be allocated to the family (<see cref="AllocationCandidates"/>), with the teams that make them eligible (one SQL command).</summary>
    public async Task<IReadOnlyList<AllocationCandidate>> CandidatesAsync(Guid familyId, CancellationToken ct) =>
        (await candidates.ForFamilyAsync(familyId, ct))
            .GroupBy(c => c.PersonId)
            .Select(g => new AllocationCandidate(g.Key, g.First().Name, g.First().JobRole, [.. g.Select(c => c.ViaTeamName).Distinct().Order(StringComparer.CurrentCulture)]))
            .OrderBy(w => w.JobRole)
            .ThenBy(w => w.Name, StringComparer.CurrentCulture)
            .ToList();

    /// <summary>The family's adults, for choosing whom a worker works with.</summary>
    public Task<IReadOnlyList<MemberChoice>> AdultsAsync(Guid familyId, CancellationToken ct) => db.MemberChoicesAsync(familyId, ct, adultsOnly: true);

    /// <summary>An allocation of this family, for the form that ends it; "not found" if it belongs to another family.</summary>
    public async Task<AllocationToEnd> AllocationToEndAsync(Guid familyId, Guid allocationId, CancellationToken ct) =>
        await (
            from a in db.Allocations.AsNoTracking()
            where a.Id == allocationId && a.FamilyId == familyId
            join p in db.People on a.PersonId equals p.Id
            select new AllocationToEnd(a.Id, p.FullName ?? Person.VacantPostName, a.Role, a.StartDate, a.EndDate))
            .SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException();
}

public sealed record FamilyAllocations(IReadOnlyList<AllocationRow> Current, IReadOnlyList<AllocationRow> Past);

/// <param name="EndDate">The first day the worker was no longer allocated; null while allocated.</param>
public sealed record AllocationRow(
    Guid AllocationId,
    Guid PersonId,
    string Name,
    JobRole JobRole,
    string Employer,
    AllocationRole Role,
    DateOnly StartDate,
    DateOnly? EndDate,
    IReadOnlyList<string> Adults);

/// <summary>A person who may be allocated, with the teams that make them eligible.</summary>
public sealed record AllocationCandidate(Guid PersonId, string Name, JobRole JobRole, IReadOnlyList<string> Teams);

/// <summary>A member of the family as a form offers them.</summary>
public sealed record MemberChoice(Guid MemberId, string Name, FamilyRole Role)
{
    public bool IsChild => Role == FamilyRole.Child;
}

/// <summary>The allocation form's page: its header, who may be allocated, and the adults a worker may work with.</summary>
public sealed record AllocateFormPage(FamilyHeader Header, IReadOnlyList<AllocationCandidate> Candidates, IReadOnlyList<MemberChoice> Adults);

/// <summary>The page of the form that ends an allocation: its header and the allocation.</summary>
public sealed record EndFormPage(FamilyHeader Header, AllocationToEnd Allocation);

public sealed record AllocationToEnd(Guid AllocationId, string WorkerName, AllocationRole Role, DateOnly StartDate, DateOnly? EndDate);
