using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Allocations;

/// <summary>Allocating workers to a family and ending allocations: the team's managers and the service manager only.</summary>
public sealed class AllocationService(IAppDbContext db, FamilyAccess access, FamilyService families, AllocationCandidates candidates, TimeProvider time)
{
    /// <summary>
    /// Allocates a candidate (<see cref="AllocationCandidates"/>). Returns the allocations the family's
    /// rules ended as a result (a new lead social worker ends the previous lead's allocation, and their own other one).
    /// </summary>
    public async Task<AllocationOutcome> AllocateAsync(Actor actor, Guid familyId, NewAllocation input, CancellationToken ct)
    {
        await access.EnsureMayManageAsync(actor, familyId, "Allocate a worker", ct);
        var family = await families.LoadAggregateAsync(familyId, ct);
        var worker = await candidates.RequireAsync(family.TeamId, input.PersonId, nameof(NewAllocation.PersonId), "Select a worker from the list", ct);
        var openBefore = family.Allocations.Where(a => a.IsOpen).ToList();
        Allocation added;
        List<EndedAllocation> ended;
        try
        {
            added = family.Allocate(worker, input.Role, input.StartDate, input.AdultMemberIds, time.UkToday());
            ended = [.. openBefore.Where(a => !a.IsOpen).Select(a => new EndedAllocation(a.PersonId, a.Role, a.EndDate!.Value))];
            await families.SaveAsync(ct);
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DomainRuleException)
        {
            db.DiscardChanges();
            throw;
        }

        var names = ended.Count == 0 ? [] : await NamesAsync(ended.Select(e => e.PersonId), ct);
        return new AllocationOutcome(added.Id, worker.Name, [.. ended.Select(e => e with { Name = names.GetValueOrDefault(e.PersonId, Person.VacantPostName) })]);
    }

    /// <summary>Ends an allocation of this family, answering whose it was; "not found" for an allocation of another family.</summary>
    public async Task<EndedAllocation> EndAsync(Actor actor, Guid familyId, Guid allocationId, DateOnly endDate, CancellationToken ct)
    {
        await access.EnsureMayManageAsync(actor, familyId, "End allocation", ct);
        var family = await families.LoadAggregateAsync(familyId, ct);
        var allocation = family.Allocations.SingleOrDefault(a => a.Id == allocationId) ?? throw new NotFoundException();

        try
        {
            family.EndAllocation(allocationId, endDate, time.UkToday());
            await families.SaveAsync(ct);
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DomainRuleException)
        {
            db.DiscardChanges();
            throw;
        }

        var names = await NamesAsync([allocation.PersonId], ct);
        return new EndedAllocation(allocation.PersonId, allocation.Role, endDate) { Name = names.GetValueOrDefault(allocation.PersonId, Person.VacantPostName) };
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> personIds, CancellationToken ct)
    {
        var ids = personIds.Distinct().ToList();
        return await db.People.AsNoTracking().Where(p => ids.Contains(p.Id) && p.FullName != null).ToDictionaryAsync(p => p.Id, p => p.FullName!, ct);
    }
}

public sealed record NewAllocation
{
    public required Guid PersonId { get; init; }

    public required AllocationRole Role { get; init; }

    public required DateOnly StartDate { get; init; }

    public IReadOnlyCollection<Guid> AdultMemberIds { get; init; } = [];
}

/// <summary>An allocation the family's rules ended because of another one.</summary>
public sealed record EndedAllocation(Guid PersonId, AllocationRole Role, DateOnly EndDate)
{
    public string Name { get; init; } = string.Empty;
}

public sealed record AllocationOutcome(Guid AllocationId, string WorkerName, IReadOnlyList<EndedAllocation> Ended);
