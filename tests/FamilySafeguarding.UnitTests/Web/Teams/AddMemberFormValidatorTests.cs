using FamilySafeguarding.UnitTests.Support;
using FamilySafeguarding.Web.Features.Teams;
using FamilySafeguarding.Web.Infrastructure.Forms;

namespace FamilySafeguarding.UnitTests.Web.Teams;

public sealed class AddMemberFormValidatorTests
{
    private readonly AddMemberFormValidator _validator = new();

    [Fact]
    public void Validate_PersonAndStartDate_HasNoErrors() =>
        Assert.Empty(_validator.Errors(Form()));

    [Fact]
    public void Validate_PersonStartAndEndDate_HasNoErrors() =>
        Assert.Empty(_validator.Errors(Form(end: Date("31", "3", "2026"))));

    [Fact]
    public void Validate_NoPerson_AsksForOne()
    {
        var form = Form();
        form.PersonId = null;

        Assert.Equal([("PersonId", "Select the person or vacant post to add")], _validator.Errors(form));
    }

    [Fact]
    public void Validate_NoStartDate_AsksForIt() =>
        Assert.Equal([("StartDate", "Enter the date they join the team")], _validator.Errors(Form(start: new DateInput())));

    [Fact]
    public void Validate_StartDateNotReal_SaysSo() =>
        Assert.Equal([("StartDate", "The date they join the team must be a real date")], _validator.Errors(Form(start: Date("30", "2", "2025"))));

    [Fact]
    public void Validate_EndDateNotReal_SaysSo() =>
        Assert.Equal([("EndDate", "The date they leave the team must be a real date")], _validator.Errors(Form(end: Date("1", "13", "2025"))));

    [Fact]
    public void Validate_EndDateBeforeStartDate_IsRefused() =>
        Assert.Equal(
            [("EndDate", "The date they leave must be the same as or after the date they join")],
            _validator.Errors(Form(start: Date("1", "4", "2025"), end: Date("31", "3", "2025"))));

    [Fact]
    public void Validate_EndDateOnStartDate_HasNoErrors() =>
        Assert.Empty(_validator.Errors(Form(start: Date("1", "4", "2025"), end: Date("1", "4", "2025"))));

    [Fact]
    public void Validate_EndDateWithStartDateNotReal_OnlyComplainsAboutTheStartDate() =>
        Assert.Equal(
            [("StartDate", "The date they join the team must be a real date")],
            _validator.Errors(Form(start: Date("31", "4", "2025"), end: Date("1", "1", "2025"))));

    private static DateInput Date(string day, string month, string year) => new() { Day = day, Month = month, Year = year };

    private static AddMemberForm Form(DateInput? start = null, DateInput? end = null) => new()
    {
        PersonId = Guid.Parse("6e6e6e6e-0000-0000-0000-000000000001"),
        StartDate = start ?? Date("1", "4", "2025"),
        EndDate = end ?? new DateInput(),
    };
}
