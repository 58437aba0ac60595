using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.UnitTests.Support;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Domain.People;

/// <summary>
/// Joining a team. Membership dates are inclusive and a missing end date is open-ended; a person may be in at most
/// two teams on any one day (adult specialists are shared by two teams), and never twice in the same team.
/// </summary>
public sealed class PersonJoinTeamTests
{
    private static readonly Guid TeamA = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    private static readonly Guid TeamB = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");
    private static readonly Guid TeamC = Guid.Parse("cccccccc-0000-0000-0000-000000000003");

    [Fact]
    public void JoinTeam_FirstTeam_AddsTheMembership()
    {
        var person = Posts.Filled();

        var membership = person.JoinTeam(TeamA, Day("2025-01-06"), Day("2025-12-31"));

        Assert.Equal(person.Id, membership.PersonId);
        Assert.Equal(TeamA, membership.TeamId);
        Assert.Equal(Day("2025-01-06"), membership.StartDate);
        Assert.Equal(Day("2025-12-31"), membership.EndDate);
        Assert.NotEqual(Guid.Empty, membership.Id);
        Assert.Same(membership, Assert.Single(person.Memberships));
    }

    [Fact]
    public void JoinTeam_Administrator_IsRefused()
    {
        var person = new Person(Posts.FilledDetails("Priya Natarajan") with { JobRole = JobRole.Administrator });

        var ex = Assert.Throws<DomainRuleException>(() => person.JoinTeam(TeamA, Day("2025-01-06"), null));

        Assert.Equal("Priya Natarajan is an administrator. An administrator cannot be a member of a team", ex.Message);
        Assert.Equal("PersonId", ex.Field);
        Assert.Empty(person.Memberships);
    }

    [Fact]
    public void JoinTeam_Vacancy_CanJoinATeam()
    {
        var person = Posts.Vacancy(JobRole.DomesticAbuseVictimPractitioner);

        person.JoinTeam(TeamA, Day("2025-01-06"), null);

        Assert.Single(person.Memberships);
    }

    [Fact]
    public void JoinTeam_SameTeamForOverlappingDates_IsRefused()
    {
        var person = Posts.Filled("Amara Okafor");
        person.JoinTeam(TeamA, Day("2025-01-01"), null);

        var ex = Assert.Throws<DomainRuleException>(() => person.JoinTeam(TeamA, Day("2025-06-01"), Day("2025-06-30")));

        Assert.Equal("Amara Okafor is already a member of this team for some of those dates", ex.Message);
        Assert.Equal("PersonId", ex.Field);
        Assert.Single(person.Memberships);
    }

    [Fact]
    public void JoinTeam_SameTeamStartingEarlierAndRunningIntoTheMembership_IsRefused()
    {
        var person = Posts.Filled();
        person.JoinTeam(TeamA, Day("2025-03-01"), Day("2025-03-31"));

        var ex = Assert.Throws<DomainRuleException>(() => person.JoinTeam(TeamA, Day("2025-01-01"), null));

        Assert.Contains("already a member of this team", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JoinTeam_VacancyAlreadyInTheTeam_IsRefusedAsAVacantPost()
    {
        var person = Posts.Vacancy();
        person.JoinTeam(TeamA, Day("2025-01-01"), null);

        var ex = Assert.Throws<DomainRuleException>(() => person.JoinTeam(TeamA, Day("2025-02-01"), null));

        Assert.StartsWith("This vacant post is already a member of this team", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JoinTeam_SameTeamAfterLeavingIt_IsAllowed()
    {
        var person = Posts.Filled();
        person.JoinTeam(TeamA, Day("2025-01-01"), Day("2025-01-31"));

        person.JoinTeam(TeamA, Day("2025-02-01"), null);

        Assert.Equal(2, person.Memberships.Count(m => m.TeamId == TeamA));
    }

    [Fact]
    public void JoinTeam_SameTeamOnTheDayTheLastMembershipEnds_IsRefused()
    {
        var person = Posts.Filled();
        person.JoinTeam(TeamA, Day("2025-01-01"), Day("2025-01-31"));

        Assert.Throws<DomainRuleException>(() => person.JoinTeam(TeamA, Day("2025-01-31"), null));
    }

    [Fact]
    public void JoinTeam_SameTeamEndingTheDayBeforeALaterMembershipStarts_IsAllowed()
    {
        var person = Posts.Filled();
        person.JoinTeam(TeamA, Day("2025-03-01"), null);

        person.JoinTeam(TeamA, Day("2025-01-01"), Day("2025-02-28"));

        Assert.Equal(2, person.Memberships.Count);
    }

    [Fact]
    public void JoinTeam_SecondTeamAtOnce_IsAllowed()
    {
        var person = Posts.Filled(role: JobRole.MentalHealthPractitioner);
        person.JoinTeam(TeamA, Day("2025-01-01"), null);

        person.JoinTeam(TeamB, Day("2025-01-01"), null);

        Assert.Equal(2, person.CurrentMemberships(Day("2025-01-01")).Count());
    }

    [Fact]
    public void JoinTeam_ThirdTeamAtOnce_IsRefused()
    {
        var person = Posts.Filled("Amara Okafor");
        person.JoinTeam(TeamA, Day("2025-01-01"), null);
        person.JoinTeam(TeamB, Day("2025-01-01"), null);

        var ex = Assert.Throws<DomainRuleException>(() => person.JoinTeam(TeamC, Day("2025-06-01"), Day("2025-06-30")));

        Assert.StartsWith("Amara Okafor is already in 2 teams for some of those dates", ex.Message, StringComparison.Ordinal);
        Assert.Contains("at most 2 teams at once", ex.Message, StringComparison.Ordinal);
        Assert.Contains("end one membership first", ex.Message, StringComparison.Ordinal);
        Assert.Equal("PersonId", ex.Field);
        Assert.Equal(2, person.Memberships.Count);
    }

    [Fact]
    public void JoinTeam_ThirdTeamAfterAnotherMembershipEnded_IsAllowed()
    {
        var person = Posts.Filled();
        person.JoinTeam(TeamA, Day("2025-01-01"), Day("2025-01-31"));
        person.JoinTeam(TeamB, Day("2025-01-01"), null);

        person.JoinTeam(TeamC, Day("2025-02-01"), null);

        Assert.Equal([TeamB, TeamC], person.CurrentMemberships(Day("2025-02-01")).Select(m => m.TeamId));
    }

    [Fact]
    public void JoinTeam_ThirdTeamStartingOnTheLastDayOfAnother_IsRefused()
    {
        var person = Posts.Filled();
        person.JoinTeam(TeamA, Day("2025-01-01"), Day("2025-01-31"));
        person.JoinTeam(TeamB, Day("2025-01-01"), null);

        Assert.Throws<DomainRuleException>(() => person.JoinTeam(TeamC, Day("2025-01-31"), null));
    }

    [Fact]
    public void JoinTeam_ThirdTeamEndingTheDayBeforeAnotherStarts_IsAllowed()
    {
        var person = Posts.Filled();
        person.JoinTeam(TeamA, Day("2025-01-01"), null);
        person.JoinTeam(TeamB, Day("2025-03-01"), null);

        person.JoinTeam(TeamC, Day("2025-01-01"), Day("2025-02-28"));

        Assert.Equal(3, person.Memberships.Count);
    }

    [Fact]
    public void JoinTeam_ThirdTeamEndingOnTheDayAnotherStarts_IsRefused()
    {
        var person = Posts.Filled();
        person.JoinTeam(TeamA, Day("2025-01-01"), null);
        person.JoinTeam(TeamB, Day("2025-03-01"), null);

        Assert.Throws<DomainRuleException>(() => person.JoinTeam(TeamC, Day("2025-01-01"), Day("2025-03-01")));
    }

    [Fact]
    public void JoinTeam_OpenEndedThirdTeam_WhenTheOtherTwoOverlapLater_IsRefused()
    {
        // On 1 February only A is current, but from 1 June A and B both are: an open-ended C would make three.
        var person = Posts.Filled();
        person.JoinTeam(TeamA, Day("2025-01-01"), null);
        person.JoinTeam(TeamB, Day("2025-06-01"), null);

        Assert.Throws<DomainRuleException>(() => person.JoinTeam(TeamC, Day("2025-02-01"), null));
    }

    [Fact]
    public void JoinTeam_ThirdTeamEndingBeforeTheOtherTwoOverlap_IsAllowed()
    {
        var person = Posts.Filled();
        person.JoinTeam(TeamA, Day("2025-01-01"), null);
        person.JoinTeam(TeamB, Day("2025-06-01"), null);

        person.JoinTeam(TeamC, Day("2025-02-01"), Day("2025-05-31"));

        Assert.Equal(3, person.Memberships.Count);
    }

    [Fact]
    public void JoinTeam_ThirdTeamAcrossTwoMembershipsThatNeverOverlap_IsAllowed()
    {
        // C spans both A and B, but A ends before B starts, so no day has more than two teams.
        var person = Posts.Filled();
        person.JoinTeam(TeamA, Day("2025-01-01"), Day("2025-01-31"));
        person.JoinTeam(TeamB, Day("2025-02-01"), Day("2025-02-28"));

        person.JoinTeam(TeamC, Day("2025-01-15"), Day("2025-02-15"));

        Assert.Equal(3, person.Memberships.Count);
    }

    [Theory]
    [InlineData("2025-01-15", "2025-01-16")] // wholly inside the days A and B share (10 to 20 January)
    [InlineData("2024-12-01", "2025-01-10")] // ends on the first shared day
    [InlineData("2025-01-20", null)] // starts on the last shared day
    [InlineData("2024-12-01", null)] // covers everything
    public void JoinTeam_ThirdTeamTouchingTheDaysTheOtherTwoOverlap_IsRefused(string start, string? end)
    {
        var person = PersonInAFromFirstToTwentiethAndBFromTenthOn();

        Assert.Throws<DomainRuleException>(() => person.JoinTeam(TeamC, Day(start), OptionalDay(end)));
    }

    [Theory]
    [InlineData("2024-12-01", "2025-01-09")] // ends the day before B starts: only A
    [InlineData("2025-01-21", null)] // starts the day after A ends: only B
    [InlineData("2024-06-01", "2024-12-31")] // before either
    public void JoinTeam_ThirdTeamMissingTheDaysTheOtherTwoOverlap_IsAllowed(string start, string? end)
    {
        var person = PersonInAFromFirstToTwentiethAndBFromTenthOn();

        person.JoinTeam(TeamC, Day(start), OptionalDay(end));

        Assert.Equal(3, person.Memberships.Count);
    }

    [Fact]
    public void JoinTeam_TeamsThatHaveAllEnded_DoNotCount()
    {
        var person = Posts.Filled();
        person.JoinTeam(TeamA, Day("2023-01-01"), Day("2023-12-31"));
        person.JoinTeam(TeamB, Day("2023-01-01"), Day("2023-12-31"));
        person.JoinTeam(TeamC, Day("2024-01-01"), null);

        person.JoinTeam(TeamA, Day("2024-01-01"), null);

        Assert.Equal(2, person.CurrentMemberships(Day("2024-06-01")).Count());
    }

    [Fact]
    public void JoinTeam_EndDateBeforeStartDate_IsRefused()
    {
        var person = Posts.Filled();

        var ex = Assert.Throws<DomainRuleException>(() => person.JoinTeam(TeamA, Day("2025-02-01"), Day("2025-01-31")));

        Assert.Equal("The membership's end date must be the same as or after its start date", ex.Message);
        Assert.Equal("EndDate", ex.Field);
        Assert.Empty(person.Memberships);
    }

    [Fact]
    public void JoinTeam_ForASingleDay_IsAllowed()
    {
        var person = Posts.Filled();

        var membership = person.JoinTeam(TeamA, Day("2025-02-01"), Day("2025-02-01"));

        Assert.True(membership.IsCurrentOn(Day("2025-02-01")));
    }

    [Fact]
    public void JoinTeam_AfterThePostEnds_IsRefused()
    {
        using var culture = CultureScope.EnglishUk();
        var person = new Person(Posts.FilledDetails() with { EndDate = Day("2025-03-31") });

        var ex = Assert.Throws<DomainRuleException>(() => person.JoinTeam(TeamA, Day("2025-04-01"), null));

        Assert.Equal("This post ends on 31 March 2025, so it cannot join a team after that date", ex.Message);
        Assert.Equal("StartDate", ex.Field);
        Assert.Empty(person.Memberships);
    }

    [Fact]
    public void JoinTeam_OnTheDayThePostEnds_IsAllowed()
    {
        var person = new Person(Posts.FilledDetails() with { EndDate = Day("2025-03-31") });

        person.JoinTeam(TeamA, Day("2025-03-31"), Day("2025-03-31"));

        Assert.Single(person.Memberships);
    }

    private static Person PersonInAFromFirstToTwentiethAndBFromTenthOn()
    {
        var person = Posts.Filled();
        person.JoinTeam(TeamA, Day("2025-01-01"), Day("2025-01-20"));
        person.JoinTeam(TeamB, Day("2025-01-10"), null);
        return person;
    }
}
