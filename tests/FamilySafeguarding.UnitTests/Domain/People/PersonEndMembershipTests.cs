using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.UnitTests.Support;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Domain.People;

public sealed class PersonEndMembershipTests
{
    private static readonly Guid TeamA = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    private static readonly Guid TeamB = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");
    private static readonly Guid TeamC = Guid.Parse("cccccccc-0000-0000-0000-000000000003");

    [Fact]
    public void EndMembership_OpenEnded_EndsOnThatDayInclusive()
    {
        var person = Posts.Filled();
        var membership = person.JoinTeam(TeamA, Day("2025-01-01"), null);

        person.EndMembership(membership.Id, Day("2025-06-30"));

        Assert.Equal(Day("2025-06-30"), membership.EndDate);
        Assert.True(membership.IsCurrentOn(Day("2025-06-30")));
        Assert.False(membership.IsCurrentOn(Day("2025-07-01")));
    }

    [Fact]
    public void EndMembership_OnItsStartDate_IsAllowed()
    {
        var person = Posts.Filled();
        var membership = person.JoinTeam(TeamA, Day("2025-01-01"), null);

        person.EndMembership(membership.Id, Day("2025-01-01"));

        Assert.Equal(Day("2025-01-01"), membership.EndDate);
    }

    [Fact]
    public void EndMembership_BeforeItStarts_IsRefused()
    {
        using var culture = CultureScope.EnglishUk();
        var person = Posts.Filled();
        var membership = person.JoinTeam(TeamA, Day("2025-01-01"), null);

        var ex = Assert.Throws<DomainRuleException>(() => person.EndMembership(membership.Id, Day("2024-12-31")));

        Assert.Equal("The end date must be the same as or after the membership's start date, 1 January 2025", ex.Message);
        Assert.Equal("EndDate", ex.Field);
        Assert.Null(membership.EndDate);
    }

    [Theory]
    [InlineData("2025-01-31")]
    [InlineData("2025-02-28")]
    public void EndMembership_AlreadyEndingOnOrBeforeThatDay_IsRefused(string endDate)
    {
        using var culture = CultureScope.EnglishUk();
        var person = Posts.Filled();
        var membership = person.JoinTeam(TeamA, Day("2025-01-01"), Day("2025-01-31"));

        var ex = Assert.Throws<DomainRuleException>(() => person.EndMembership(membership.Id, Day(endDate)));

        Assert.Equal("This membership already ends on 31 January 2025", ex.Message);
        Assert.Equal("EndDate", ex.Field);
        Assert.Equal(Day("2025-01-31"), membership.EndDate);
    }

    [Fact]
    public void EndMembership_AlreadyEndingLater_BringsTheEndForward()
    {
        var person = Posts.Filled();
        var membership = person.JoinTeam(TeamA, Day("2025-01-01"), Day("2025-12-31"));

        person.EndMembership(membership.Id, Day("2025-06-30"));

        Assert.Equal(Day("2025-06-30"), membership.EndDate);
    }

    [Fact]
    public void EndMembership_UnknownMembership_IsRefused()
    {
        var person = Posts.Filled();
        person.JoinTeam(TeamA, Day("2025-01-01"), null);

        var ex = Assert.Throws<DomainRuleException>(() => person.EndMembership(Guid.NewGuid(), Day("2025-06-30")));

        Assert.Equal("That team membership no longer exists", ex.Message);
        Assert.Null(ex.Field);
    }

    [Fact]
    public void EndMembership_OfAnotherPersonsMembership_IsRefused()
    {
        var other = Posts.Filled("Kwame Mensah");
        var theirs = other.JoinTeam(TeamA, Day("2025-01-01"), null);
        var person = Posts.Filled();
        person.JoinTeam(TeamA, Day("2025-01-01"), null);

        Assert.Throws<DomainRuleException>(() => person.EndMembership(theirs.Id, Day("2025-06-30")));
        Assert.Null(theirs.EndDate);
    }

    [Fact]
    public void EndMembership_OfOneOfTwoTeams_MakesRoomForAnother()
    {
        var person = Posts.Filled(role: JobRole.SubstanceMisuseRecoveryWorker);
        var a = person.JoinTeam(TeamA, Day("2025-01-01"), null);
        person.JoinTeam(TeamB, Day("2025-01-01"), null);

        person.EndMembership(a.Id, Day("2025-03-31"));
        person.JoinTeam(TeamC, Day("2025-04-01"), null);

        Assert.Equal([TeamB, TeamC], person.CurrentMemberships(Day("2025-04-01")).Select(m => m.TeamId));
    }
}
