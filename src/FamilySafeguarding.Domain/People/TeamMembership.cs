namespace FamilySafeguarding.Domain.People;

/// <summary>
/// A person's membership of a team from <see cref="StartDate"/> to <see cref="EndDate"/> (both inclusive;
/// no end date means it is open-ended). Owned by the <see cref="Person"/> aggregate, which guards the rules.
/// </summary>
public sealed class TeamMembership
{
    private TeamMembership()
    {
    }

    internal TeamMembership(Guid personId, Guid teamId, DateOnly startDate, DateOnly? endDate)
    {
        Id = Guid.CreateVersion7();
        PersonId = personId;
        TeamId = teamId;
        StartDate = startDate;
        EndDate = endDate;
    }

    public Guid Id { get; private init; }

    public Guid PersonId { get; private init; }

    public Guid TeamId { get; private init; }

    public DateOnly StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public bool IsCurrentOn(DateOnly day) => StartDate <= day && (EndDate is null || EndDate >= day);

    public bool Overlaps(DateOnly start, DateOnly? end) =>
        (end is null || StartDate <= end) && (EndDate is null || EndDate >= start);

    internal void End(DateOnly endDate) => EndDate = endDate;
}
