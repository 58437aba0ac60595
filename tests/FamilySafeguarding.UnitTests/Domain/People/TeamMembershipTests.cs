using FamilySafeguarding.Domain.People;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Domain.People;

/// <summary>A membership runs from its start to its end date, both inclusive; with no end date it is open-ended.</summary>
public sealed class TeamMembershipTests
{
    [Theory]
    [InlineData("2024-12-31", false)]
    [InlineData("2025-01-01", true)]
    [InlineData("2025-01-15", true)]
    [InlineData("2025-01-31", true)]
    [InlineData("2025-02-01", false)]
    public void IsCurrentOn_EndedMembership_IsCurrentFromStartToEndInclusive(string day, bool expected) =>
        Assert.Equal(expected, Membership("2025-01-01", "2025-01-31").IsCurrentOn(Day(day)));

    [Theory]
    [InlineData("2024-12-31", false)]
    [InlineData("2025-01-01", true)]
    [InlineData("2099-12-31", true)]
    public void IsCurrentOn_OpenEndedMembership_IsCurrentFromItsStartOn(string day, bool expected) =>
        Assert.Equal(expected, Membership("2025-01-01", null).IsCurrentOn(Day(day)));

    [Theory]
    [InlineData("2024-12-01", "2024-12-31", false)] // wholly before
    [InlineData("2024-12-01", "2025-01-01", true)] // ends on its first day
    [InlineData("2025-01-10", "2025-01-20", true)] // inside
    [InlineData("2024-12-01", "2025-02-28", true)] // around
    [InlineData("2025-01-31", "2025-02-28", true)] // starts on its last day
    [InlineData("2025-02-01", "2025-02-28", false)] // wholly after
    [InlineData("2025-02-01", null, false)] // open-ended, starting after
    [InlineData("2024-01-01", null, true)] // open-ended, starting before
    public void Overlaps_EndedMembership_ComparesInclusiveDates(string start, string? end, bool expected) =>
        Assert.Equal(expected, Membership("2025-01-01", "2025-01-31").Overlaps(Day(start), OptionalDay(end)));

    [Theory]
    [InlineData("2024-12-01", "2024-12-31", false)]
    [InlineData("2024-12-01", "2025-01-01", true)]
    [InlineData("2030-01-01", "2030-01-31", true)]
    [InlineData("2030-01-01", null, true)]
    public void Overlaps_OpenEndedMembership_OverlapsAnythingEndingOnOrAfterItsStart(string start, string? end, bool expected) =>
        Assert.Equal(expected, Membership("2025-01-01", null).Overlaps(Day(start), OptionalDay(end)));

    private static TeamMembership Membership(string start, string? end) =>
        Posts.Filled().JoinTeam(Guid.NewGuid(), Day(start), OptionalDay(end));
}
