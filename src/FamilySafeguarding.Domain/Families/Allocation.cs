using FamilySafeguarding.Domain.Common;
using FamilySafeguarding.Domain.People;

namespace FamilySafeguarding.Domain.Families;

/// <summary>
/// A worker allocated to a family in a role, from a start date until an end date (the first day they are no longer allocated),
/// optionally working with particular adults in the family.
/// </summary>
public sealed class Allocation : TrackedEntity, IFamilyPart
{
    private readonly List<AllocationAdult> _adults = [];

    private Allocation()
    {
    }

    internal Allocation(Guid familyId, Guid personId, AllocationRole role, DateOnly startDate, IEnumerable<Guid> adultMemberIds)
    {
        FamilyId = familyId;
        PersonId = personId;
        Role = role;
        StartDate = startDate;
        _adults.AddRange(adultMemberIds.Distinct().Select(m => new AllocationAdult(Id, m)));
    }

    public Guid FamilyId { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>For queries only (EF joins the person's name through it): domain code never sets or relies on it; <see cref="PersonId"/> is the record.</summary>
    public Person? Person { get; private set; }

    public AllocationRole Role { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public IReadOnlyCollection<AllocationAdult> Adults => _adults.AsReadOnly();

    public bool IsOpen => EndDate is null;

    public bool IsCurrentOn(DateOnly day) => StartDate <= day && (EndDate is null || EndDate > day);

    public bool Overlaps(DateOnly start, DateOnly? end) => Dates.Overlap(StartDate, EndDate, start, end);

    internal void End(DateOnly endDate) => EndDate = endDate;
}

/// <summary>An adult in the family an allocated worker works with.</summary>
public sealed class AllocationAdult
{
    private AllocationAdult()
    {
    }

    internal AllocationAdult(Guid allocationId, Guid memberId)
    {
        AllocationId = allocationId;
        MemberId = memberId;
    }

    public Guid AllocationId { get; private set; }

    public Guid MemberId { get; private set; }
}
