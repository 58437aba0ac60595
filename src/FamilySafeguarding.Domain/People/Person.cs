using FamilySafeguarding.Domain.Common;

namespace FamilySafeguarding.Domain.People;

/// <summary>
/// A post in the service and the person in it. A post with no person yet (no name) is a vacancy:
/// councils count adult specialist posts filled against the 70% launch-readiness criterion.
/// A person belongs to at most two teams at once (adult specialists are shared across two teams).
/// </summary>
public sealed class Person : TrackedEntity
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 256;
    public const int MaxTeamsAtOnce = 2;
    public const decimal MinFte = 0.01m;
    public const decimal MaxFte = 1.00m;

    /// <summary>What a post with no person in it (no name) is called wherever a name is shown.</summary>
    public const string VacantPostName = "Vacant post";

    private readonly List<TeamMembership> _memberships = [];

    private Person()
    {
    }

    public Person(PostDetails details)
    {
        Apply(details);
    }

    /// <summary>The person's name; null while the post is vacant.</summary>
    public string? FullName { get; private set; }

    public string? WorkEmail { get; private set; }

    public JobRole JobRole { get; private set; }

    public Guid OrganisationId { get; private set; }

    public decimal Fte { get; private set; }

    public DateOnly? StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public bool IsVacancy => FullName is null;

    public IReadOnlyCollection<TeamMembership> Memberships => _memberships.AsReadOnly();

    /// <summary>
    /// Changes the post. An administrator belongs to no team (the family access rule turns on teams, and administrators see
    /// no family), so a person in a team today or later cannot be given the Administrator role until those memberships end.
    /// </summary>
    public void Update(PostDetails details, DateOnly today)
    {
        if (details.JobRole == JobRole.Administrator && JobRole != JobRole.Administrator && _memberships.Any(m => m.EndDate is null || m.EndDate >= today))
        {
            throw new DomainRuleException($"{Describe()} is in a team. An administrator cannot be a member of a team: end their team memberships first", nameof(JobRole));
        }

        Apply(details);
    }

    private void Apply(PostDetails details)
    {
        if (!Enum.IsDefined(details.JobRole))
        {
            throw new DomainRuleException("Select a job role", nameof(JobRole));
        }

        if (details.OrganisationId == Guid.Empty)
        {
            throw new DomainRuleException("Select the employing organisation", nameof(OrganisationId));
        }

        if (details.Fte < MinFte || details.Fte > MaxFte)
        {
            throw new DomainRuleException("FTE must be between 0.01 and 1.00", nameof(Fte));
        }

        if (details.Fte != decimal.Round(details.Fte, 2))
        {
            throw new DomainRuleException("FTE must have no more than 2 decimal places", nameof(Fte));
        }

        if (details.StartDate is { } start && details.EndDate is { } end && end < start)
        {
            throw new DomainRuleException("The end date must be the same as or after the start date", nameof(EndDate));
        }

        var name = details.IsVacancy ? null : Text.Required(details.FullName, NameMaxLength, "the person's full name", nameof(FullName));
        var email = details.IsVacancy ? null : Text.Optional(details.WorkEmail, EmailMaxLength, "the work email address", nameof(WorkEmail));
        if (details.IsVacancy && _memberships.Count > 0 && FullName is not null)
        {
            throw new DomainRuleException("A person in a team cannot be made a vacancy. End their team memberships and post instead.", nameof(FullName));
        }

        FullName = name;
        WorkEmail = email;
        JobRole = details.JobRole;
        OrganisationId = details.OrganisationId;
        Fte = details.Fte;
        StartDate = details.StartDate;
        EndDate = details.EndDate;
    }

    /// <summary>
    /// Adds a membership of a team, refusing an administrator (who belongs to no team), a second overlapping membership of
    /// the same team and a third team at once.
    /// </summary>
    public TeamMembership JoinTeam(Guid teamId, DateOnly startDate, DateOnly? endDate)
    {
        if (JobRole == JobRole.Administrator)
        {
            throw new DomainRuleException($"{Describe()} is an administrator. An administrator cannot be a member of a team", "PersonId");
        }

        if (endDate is { } end && end < startDate)
        {
            throw new DomainRuleException("The membership's end date must be the same as or after its start date", "EndDate");
        }

        if (EndDate is { } postEnd && startDate > postEnd)
        {
            throw new DomainRuleException($"This post ends on {postEnd:d MMMM yyyy}, so it cannot join a team after that date", "StartDate");
        }

        if (_memberships.Any(m => m.TeamId == teamId && m.Overlaps(startDate, endDate)))
        {
            throw new DomainRuleException($"{Describe()} is already a member of this team for some of those dates", "PersonId");
        }

        if (MostTeamsAtOnce(startDate, endDate) >= MaxTeamsAtOnce)
        {
            throw new DomainRuleException(
                $"{Describe()} is already in {MaxTeamsAtOnce} teams for some of those dates. A person can be in at most {MaxTeamsAtOnce} teams at once: end one membership first",
                "PersonId");
        }

        var membership = new TeamMembership(Id, teamId, startDate, endDate);
        _memberships.Add(membership);
        return membership;
    }

    public void EndMembership(Guid membershipId, DateOnly endDate)
    {
        var membership = _memberships.SingleOrDefault(m => m.Id == membershipId)
            ?? throw new DomainRuleException("That team membership no longer exists");
        if (membership.EndDate is { } ended && ended <= endDate)
        {
            throw new DomainRuleException($"This membership already ends on {ended:d MMMM yyyy}", "EndDate");
        }

        if (endDate < membership.StartDate)
        {
            throw new DomainRuleException($"The end date must be the same as or after the membership's start date, {membership.StartDate:d MMMM yyyy}", "EndDate");
        }

        membership.End(endDate);
    }

    public IEnumerable<TeamMembership> CurrentMemberships(DateOnly today) => _memberships.Where(m => m.IsCurrentOn(today));

    private string Describe() => FullName ?? "This vacant post";

    /// <summary>
    /// The most existing memberships in force on any one day of the given period. The count can only rise
    /// on a day some membership starts, so it is enough to look at the period's first day and at each
    /// start that falls inside it.
    /// </summary>
    private int MostTeamsAtOnce(DateOnly start, DateOnly? end)
    {
        var overlapping = _memberships.Where(m => m.Overlaps(start, end)).ToList();
        var days = overlapping.Select(m => m.StartDate).Where(d => d > start).Append(start);
        return days.Max(day => overlapping.Count(m => m.IsCurrentOn(day)));
    }
}

/// <summary>What an administrator records about a post and the person in it.</summary>
public sealed record PostDetails
{
    public required bool IsVacancy { get; init; }

    public string? FullName { get; init; }

    public string? WorkEmail { get; init; }

    public required JobRole JobRole { get; init; }

    public required Guid OrganisationId { get; init; }

    public required decimal Fte { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }
}
