using FamilySafeguarding.Application.People;
using FamilySafeguarding.Domain.Organisations;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Web.Features.People;
using FamilySafeguarding.Web.Infrastructure.Forms;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Web.People;

public sealed class PersonFormTests
{
    private static readonly Guid OrganisationId = Guid.Parse("0b7e4c1e-5a0c-4f3a-9a55-000000000001");

    [Fact]
    public void ToDetails_FilledPost_CarriesWhatWasTyped()
    {
        var form = new PersonForm
        {
            PostStatus = PersonForm.Filled,
            FullName = "Amara Okafor",
            WorkEmail = "amara.okafor@example.gov.uk",
            JobRole = "ConsultantSocialWorker",
            OrganisationId = OrganisationId,
            Fte = " 0.8 ",
            StartDate = new DateInput { Day = "1", Month = "4", Year = "2025" },
        };

        var details = form.ToDetails();

        Assert.False(details.IsVacancy);
        Assert.Equal("Amara Okafor", details.FullName);
        Assert.Equal("amara.okafor@example.gov.uk", details.WorkEmail);
        Assert.Equal(JobRole.ConsultantSocialWorker, details.JobRole);
        Assert.Equal(OrganisationId, details.OrganisationId);
        Assert.Equal(0.8m, details.Fte);
        Assert.Equal(Day("2025-04-01"), details.StartDate);
        Assert.Null(details.EndDate);
    }

    [Fact]
    public void ToDetails_Vacancy_DropsAnyNameOrEmailLeftInTheForm()
    {
        var form = new PersonForm
        {
            PostStatus = PersonForm.Vacant,
            FullName = "Left over",
            WorkEmail = "left.over@example.org",
            JobRole = "MentalHealthPractitioner",
            OrganisationId = OrganisationId,
            Fte = "1",
        };

        var details = form.ToDetails();

        Assert.True(details.IsVacancy);
        Assert.Null(details.FullName);
        Assert.Null(details.WorkEmail);
    }

    [Fact]
    public void ToDetails_FormNotValidated_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new PersonForm { Fte = "half" }.ToDetails());

    [Theory]
    [InlineData(0.5, "0.5")]
    [InlineData(1.0, "1")]
    [InlineData(0.75, "0.75")]
    public void From_Person_ShowsTheFteWithoutTrailingZeros(double fte, string expected) =>
        Assert.Equal(expected, PersonForm.From(Detail("Amara Okafor", (decimal)fte)).Fte);

    [Fact]
    public void From_Person_RoundTripsToTheSameDetails()
    {
        var form = PersonForm.From(Detail("Amara Okafor", 0.6m));

        var details = form.ToDetails();

        Assert.Equal(PersonForm.Filled, form.PostStatus);
        Assert.Equal("Amara Okafor", details.FullName);
        Assert.Equal(JobRole.SeniorSocialWorker, details.JobRole);
        Assert.Equal(0.6m, details.Fte);
        Assert.Equal(Day("2024-09-02"), details.StartDate);
        Assert.Equal(Day("2026-08-31"), details.EndDate);
    }

    [Fact]
    public void From_Vacancy_IsMarkedVacant() =>
        Assert.Equal(PersonForm.Vacant, PersonForm.From(Detail(null, 1m)).PostStatus);

    private static PersonDetail Detail(string? name, decimal fte) => new(
        Guid.NewGuid(),
        name,
        name is null ? null : "amara.okafor@example.gov.uk",
        JobRole.SeniorSocialWorker,
        OrganisationId,
        "Hertfordshire County Council",
        OrganisationKind.Council,
        fte,
        Day("2024-09-02"),
        Day("2026-08-31"),
        Guid.NewGuid(),
        [],
        null);
}
