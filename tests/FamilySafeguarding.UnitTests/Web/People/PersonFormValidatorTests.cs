using FamilySafeguarding.UnitTests.Support;
using FamilySafeguarding.Web.Features.People;
using FamilySafeguarding.Web.Infrastructure.Forms;

namespace FamilySafeguarding.UnitTests.Web.People;

public sealed class PersonFormValidatorTests
{
    private const string FteFormat = "FTE must be a number between 0.01 and 1, with up to 2 decimal places, like 0.5";

    private readonly PersonFormValidator _validator = new();

    [Fact]
    public void Validate_FilledPost_HasNoErrors() =>
        Assert.Empty(_validator.Errors(Form()));

    [Fact]
    public void Validate_VacancyWithoutNameOrEmail_HasNoErrors() =>
        Assert.Empty(_validator.Errors(Form(f =>
        {
            f.PostStatus = PersonForm.Vacant;
            f.FullName = null;
            f.WorkEmail = null;
        })));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Maybe")]
    [InlineData("filled")]
    public void Validate_NoPostStatus_AsksWhetherSomeoneIsInThePost(string? status) =>
        Assert.Equal([("PostStatus", "Select whether someone is in this post")], _validator.Errors(Form(f => f.PostStatus = status)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_FilledPostWithoutAName_AsksForIt(string? name) =>
        Assert.Equal([("FullName", "Enter the person's full name")], _validator.Errors(Form(f => f.FullName = name)));

    [Fact]
    public void Validate_NameAtTheMaximumLength_HasNoErrors() =>
        Assert.Empty(_validator.Errors(Form(f => f.FullName = new string('a', 200))));

    [Fact]
    public void Validate_NameTooLong_SaysTheLimit() =>
        Assert.Equal([("FullName", "The full name must be 200 characters or fewer")], _validator.Errors(Form(f => f.FullName = new string('a', 201))));

    [Fact]
    public void Validate_FilledPostWithoutAnEmail_HasNoErrors() =>
        Assert.Empty(_validator.Errors(Form(f => f.WorkEmail = null)));

    [Theory]
    [InlineData("amara.okafor")]
    [InlineData("@example.gov.uk")]
    [InlineData("amara.okafor@")]
    public void Validate_EmailNotAnEmail_GivesTheFormat(string email) =>
        Assert.Equal(
            [("WorkEmail", "Enter an email address in the correct format, like name@example.org")],
            _validator.Errors(Form(f => f.WorkEmail = email)));

    [Fact]
    public void Validate_EmailTooLong_SaysTheLimit() =>
        Assert.Equal(
            [("WorkEmail", "The email address must be 256 characters or fewer")],
            _validator.Errors(Form(f => f.WorkEmail = new string('a', 245) + "@example.org")));

    [Fact]
    public void Validate_VacancyWithLeftOverNameAndEmail_IgnoresThem() =>
        Assert.Empty(_validator.Errors(Form(f =>
        {
            f.PostStatus = PersonForm.Vacant;
            f.FullName = new string('a', 201);
            f.WorkEmail = "not an email";
        })));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Wizard")]
    [InlineData("socialworker")]
    [InlineData("6")]
    [InlineData("0")]
    [InlineData("10")]
    [InlineData("ServiceManager, TeamManager")]
    [InlineData(" SocialWorker")]
    public void Validate_NotAJobRoleFromTheList_AsksForOne(string? role) =>
        Assert.Equal([("JobRole", "Select a job role")], _validator.Errors(Form(f => f.JobRole = role)));

    [Theory]
    [InlineData("TeamManager")]
    [InlineData("DomesticAbusePerpetratorPractitioner")]
    [InlineData("Administrator")]
    public void Validate_JobRoleByName_HasNoErrors(string role) =>
        Assert.Empty(_validator.Errors(Form(f => f.JobRole = role)));

    [Fact]
    public void Validate_NoOrganisation_AsksForTheEmployer() =>
        Assert.Equal([("OrganisationId", "Select the employing organisation")], _validator.Errors(Form(f => f.OrganisationId = null)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_NoFte_AsksForItOnce(string? fte) =>
        Assert.Equal([("Fte", "Enter the full-time equivalent (FTE), like 1 or 0.5")], _validator.Errors(Form(f => f.Fte = fte)));

    [Theory]
    [InlineData("1")]
    [InlineData("1.0")]
    [InlineData("1.00")]
    [InlineData("0.5")]
    [InlineData(".5")]
    [InlineData(" 0.75 ")]
    [InlineData("0.01")]
    public void Validate_FteBetweenOneHundredthAndOne_HasNoErrors(string fte) =>
        Assert.Empty(_validator.Errors(Form(f => f.Fte = fte)));

    [Theory]
    [InlineData("0")]
    [InlineData("0.001")]
    [InlineData("1.01")]
    [InlineData("37.5")]
    [InlineData("0.333")]
    [InlineData("-0.5")]
    [InlineData("0,5")]
    [InlineData("half")]
    [InlineData("50%")]
    public void Validate_FteNotANumberInRangeToTwoPlaces_GivesTheFormat(string fte) =>
        Assert.Equal([("Fte", FteFormat)], _validator.Errors(Form(f => f.Fte = fte)));

    [Fact]
    public void Validate_NoDates_HasNoErrors() =>
        Assert.Empty(_validator.Errors(Form(f =>
        {
            f.StartDate = new DateInput();
            f.EndDate = new DateInput();
        })));

    [Fact]
    public void Validate_StartDateNotReal_SaysSo() =>
        Assert.Equal([("StartDate", "The start date must be a real date")], _validator.Errors(Form(f => f.StartDate = Date("29", "2", "2025"))));

    [Fact]
    public void Validate_EndDateNotReal_SaysSo() =>
        Assert.Equal([("EndDate", "The end date must be a real date")], _validator.Errors(Form(f => f.EndDate = Date("1", "", "2026"))));

    [Fact]
    public void Validate_EndDateBeforeStartDate_IsRefused() =>
        Assert.Equal(
            [("EndDate", "The end date must be the same as or after the start date")],
            _validator.Errors(Form(f => f.EndDate = Date("31", "3", "2025"))));

    [Fact]
    public void Validate_EndDateOnStartDate_HasNoErrors() =>
        Assert.Empty(_validator.Errors(Form(f => f.EndDate = Date("1", "4", "2025"))));

    [Fact]
    public void Validate_EndDateWithoutStartDate_HasNoErrors() =>
        Assert.Empty(_validator.Errors(Form(f =>
        {
            f.StartDate = new DateInput();
            f.EndDate = Date("31", "3", "2025");
        })));

    private static DateInput Date(string day, string month, string year) => new() { Day = day, Month = month, Year = year };

    private static PersonForm Form(Action<PersonForm>? change = null)
    {
        var form = new PersonForm
        {
            PostStatus = PersonForm.Filled,
            FullName = "Amara Okafor",
            WorkEmail = "amara.okafor@example.gov.uk",
            JobRole = "SocialWorker",
            OrganisationId = Guid.Parse("0b7e4c1e-5a0c-4f3a-9a55-000000000001"),
            Fte = "1",
            StartDate = Date("1", "4", "2025"),
        };
        change?.Invoke(form);
        return form;
    }
}
