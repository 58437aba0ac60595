using System.Globalization;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.People;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Domain.People;

public sealed class PersonTests
{
    [Fact]
    public void New_FilledPost_KeepsTheDetailsTrimmed()
    {
        var person = new Person(Posts.FilledDetails() with
        {
            FullName = "  Amara Okafor  ",
            WorkEmail = " amara.okafor@example.gov.uk ",
            JobRole = JobRole.ConsultantSocialWorker,
            Fte = 0.8m,
            StartDate = Day("2025-04-01"),
            EndDate = Day("2026-03-31"),
        });

        Assert.False(person.IsVacancy);
        Assert.Equal("Amara Okafor", person.FullName);
        Assert.Equal("amara.okafor@example.gov.uk", person.WorkEmail);
        Assert.Equal(JobRole.ConsultantSocialWorker, person.JobRole);
        Assert.Equal(Posts.Council, person.OrganisationId);
        Assert.Equal(0.8m, person.Fte);
        Assert.Equal(Day("2025-04-01"), person.StartDate);
        Assert.Equal(Day("2026-03-31"), person.EndDate);
        Assert.Empty(person.Memberships);
    }

    [Fact]
    public void New_Vacancy_HasNoNameOrEmailEvenIfTyped()
    {
        var person = new Person(Posts.VacancyDetails(JobRole.MentalHealthPractitioner) with
        {
            FullName = "Someone left over in the form",
            WorkEmail = "left.over@example.org",
        });

        Assert.True(person.IsVacancy);
        Assert.Null(person.FullName);
        Assert.Null(person.WorkEmail);
        Assert.Equal(JobRole.MentalHealthPractitioner, person.JobRole);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void New_FilledPostWithoutAName_IsRefused(string? name)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Person(Posts.FilledDetails() with { FullName = name }));

        Assert.Equal("Enter the person's full name", ex.Message);
        Assert.Equal(nameof(Person.FullName), ex.Field);
    }

    [Fact]
    public void New_NameAtTheMaximumLength_IsAccepted()
    {
        var name = new string('a', Person.NameMaxLength);

        Assert.Equal(name, Posts.Filled(name).FullName);
    }

    [Fact]
    public void New_NameOverTheMaximumLength_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Posts.Filled(new string('a', Person.NameMaxLength + 1)));

        Assert.Equal("The person's full name must be 200 characters or fewer", ex.Message);
        Assert.Equal(nameof(Person.FullName), ex.Field);
    }

    [Fact]
    public void New_NameOverTheMaximumLengthOnlyBecauseOfSpaces_IsAccepted()
    {
        var name = new string('a', Person.NameMaxLength);

        Assert.Equal(name, Posts.Filled($"  {name}  ").FullName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void New_BlankWorkEmail_IsStoredAsNone(string? email)
    {
        var person = new Person(Posts.FilledDetails() with { WorkEmail = email });

        Assert.Null(person.WorkEmail);
    }

    [Fact]
    public void New_WorkEmailOverTheMaximumLength_IsRefused()
    {
        var email = new string('a', Person.EmailMaxLength - "@example.org".Length + 1) + "@example.org";

        var ex = Assert.Throws<DomainRuleException>(() => new Person(Posts.FilledDetails() with { WorkEmail = email }));

        Assert.Equal("The work email address must be 256 characters or fewer", ex.Message);
        Assert.Equal(nameof(Person.WorkEmail), ex.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(99)]
    public void New_UnknownJobRole_IsRefused(int role)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Person(Posts.FilledDetails() with { JobRole = (JobRole)role }));

        Assert.Equal("Select a job role", ex.Message);
        Assert.Equal(nameof(Person.JobRole), ex.Field);
    }

    [Fact]
    public void New_NoOrganisation_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Person(Posts.FilledDetails() with { OrganisationId = Guid.Empty }));

        Assert.Equal("Select the employing organisation", ex.Message);
        Assert.Equal(nameof(Person.OrganisationId), ex.Field);
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("0.5")]
    [InlineData("0.50")]
    [InlineData("0.500")]
    [InlineData("0.99")]
    [InlineData("1")]
    [InlineData("1.00")]
    public void New_FteWithinBoundsToTwoPlaces_IsAccepted(string fte)
    {
        var value = decimal.Parse(fte, CultureInfo.InvariantCulture);

        Assert.Equal(value, new Person(Posts.FilledDetails() with { Fte = value }).Fte);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.009")]
    [InlineData("-0.5")]
    [InlineData("1.01")]
    [InlineData("1.001")]
    [InlineData("2")]
    public void New_FteOutOfBounds_IsRefused(string fte)
    {
        var value = decimal.Parse(fte, CultureInfo.InvariantCulture);

        var ex = Assert.Throws<DomainRuleException>(() => new Person(Posts.FilledDetails() with { Fte = value }));

        Assert.Equal("FTE must be between 0.01 and 1.00", ex.Message);
        Assert.Equal(nameof(Person.Fte), ex.Field);
    }

    [Theory]
    [InlineData("0.333")]
    [InlineData("0.015")]
    [InlineData("0.9999")]
    public void New_FteWithMoreThanTwoDecimalPlaces_IsRefused(string fte)
    {
        var value = decimal.Parse(fte, CultureInfo.InvariantCulture);

        var ex = Assert.Throws<DomainRuleException>(() => new Person(Posts.FilledDetails() with { Fte = value }));

        Assert.Equal("FTE must have no more than 2 decimal places", ex.Message);
        Assert.Equal(nameof(Person.Fte), ex.Field);
    }

    [Fact]
    public void New_EndDateBeforeStartDate_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            new Person(Posts.FilledDetails() with { StartDate = Day("2025-04-01"), EndDate = Day("2025-03-31") }));

        Assert.Equal("The end date must be the same as or after the start date", ex.Message);
        Assert.Equal(nameof(Person.EndDate), ex.Field);
    }

    [Fact]
    public void New_EndDateOnTheStartDate_IsAccepted()
    {
        var person = new Person(Posts.FilledDetails() with { StartDate = Day("2025-04-01"), EndDate = Day("2025-04-01") });

        Assert.Equal(Day("2025-04-01"), person.EndDate);
    }

    [Fact]
    public void New_EndDateWithoutStartDate_IsAccepted()
    {
        var person = new Person(Posts.FilledDetails() with { EndDate = Day("2025-04-01") });

        Assert.Null(person.StartDate);
        Assert.Equal(Day("2025-04-01"), person.EndDate);
    }

    [Fact]
    public void Update_Refused_LeavesThePostUnchanged()
    {
        var person = Posts.Filled("Amara Okafor");

        Assert.Throws<DomainRuleException>(() => person.Update(Posts.FilledDetails("Amara Okafor-Smith") with { Fte = 1.5m }, Today));

        Assert.Equal("Amara Okafor", person.FullName);
        Assert.Equal(1.0m, person.Fte);
    }

    [Fact]
    public void Update_VacancyFilled_TakesTheName()
    {
        var person = Posts.Vacancy();
        person.JoinTeam(Guid.NewGuid(), Day("2025-01-01"), null);

        person.Update(Posts.FilledDetails("Kwame Mensah"), Today);

        Assert.False(person.IsVacancy);
        Assert.Equal("Kwame Mensah", person.FullName);
        Assert.Single(person.Memberships);
    }

    [Fact]
    public void Update_FilledPostWithNoTeams_CanBeMadeAVacancy()
    {
        var person = Posts.Filled();

        person.Update(Posts.VacancyDetails(), Today);

        Assert.True(person.IsVacancy);
        Assert.Null(person.WorkEmail);
    }

    [Fact]
    public void Update_FilledPostInATeam_CannotBeMadeAVacancy()
    {
        var person = Posts.Filled("Amara Okafor");
        person.JoinTeam(Guid.NewGuid(), Day("2025-01-01"), null);

        var ex = Assert.Throws<DomainRuleException>(() => person.Update(Posts.VacancyDetails(), Today));

        Assert.Contains("cannot be made a vacancy", ex.Message, StringComparison.Ordinal);
        Assert.Contains("End their team memberships and post", ex.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(Person.FullName), ex.Field);
        Assert.Equal("Amara Okafor", person.FullName);
    }

    [Fact]
    public void Update_VacancyInATeam_CanStillBeChangedAsAVacancy()
    {
        var person = Posts.Vacancy();
        person.JoinTeam(Guid.NewGuid(), Day("2025-01-01"), null);

        person.Update(Posts.VacancyDetails() with { Fte = 0.5m }, Today);

        Assert.True(person.IsVacancy);
        Assert.Equal(0.5m, person.Fte);
    }

    [Fact]
    public void Update_ToAdministrator_WhileInATeam_IsRefusedAndLeavesTheRole()
    {
        var person = Posts.Filled("Amara Okafor");
        person.JoinTeam(Guid.NewGuid(), Day("2025-01-01"), Day("2026-12-31"));

        var ex = Assert.Throws<DomainRuleException>(() => person.Update(Posts.FilledDetails("Amara Okafor") with { JobRole = JobRole.Administrator }, Today));

        Assert.Equal("Amara Okafor is in a team. An administrator cannot be a member of a team: end their team memberships first", ex.Message);
        Assert.Equal(nameof(Person.JobRole), ex.Field);
        Assert.NotEqual(JobRole.Administrator, person.JobRole);
    }

    [Fact]
    public void Update_ToAdministrator_AfterEveryMembershipEnded_IsAccepted()
    {
        var person = Posts.Filled("Amara Okafor");
        person.JoinTeam(Guid.NewGuid(), Day("2025-01-01"), Day("2026-06-30"));

        person.Update(Posts.FilledDetails("Amara Okafor") with { JobRole = JobRole.Administrator }, Today);

        Assert.Equal(JobRole.Administrator, person.JobRole);
    }

    private static readonly DateOnly Today = Day("2026-11-16");
}
