using FamilySafeguarding.UnitTests.Support;
using FamilySafeguarding.Web.Features.Families;
using FamilySafeguarding.Web.Infrastructure.Forms;

namespace FamilySafeguarding.UnitTests.Web.Families;

public sealed class FamilyFormValidatorTests
{
    [Fact]
    public void OpenFamily_Complete_HasNoErrors() =>
        Assert.Empty(new OpenFamilyFormValidator().Errors(Open()));

    [Fact]
    public void OpenFamily_Empty_AsksForEachField() =>
        Assert.Equal(
            [
                ("DisplayName", "Enter the family's name"),
                ("TeamId", "Select the team that holds the family"),
                ("LeadPersonId", "Select the lead social worker"),
                ("OpenedOn", "Enter the date the case opened"),
            ],
            new OpenFamilyFormValidator().Errors(new OpenFamilyForm()));

    [Fact]
    public void OpenFamily_NameTooLongAndDateNotReal_SaysSo()
    {
        var form = Open();
        form.DisplayName = new string('x', 201);
        form.OpenedOn = new DateInput { Day = "30", Month = "2", Year = "2026" };

        Assert.Equal(
            [("DisplayName", "The family's name must be 200 characters or fewer"), ("OpenedOn", "The date the case opened must be a real date")],
            new OpenFamilyFormValidator().Errors(form));
    }

    [Fact]
    public void EditFamily_BlankName_AsksForIt() =>
        Assert.Equal([("DisplayName", "Enter the family's name")], new EditFamilyFormValidator().Errors(new EditFamilyForm { DisplayName = " ", TeamId = Guid.NewGuid() }));

    [Theory]
    [InlineData("NoFurtherAction", "")]
    [InlineData("Other", "Moved in with an aunt in another county")]
    public void CloseFamily_WithAReason_HasNoErrors(string reason, string detail) =>
        Assert.Empty(new CloseFamilyFormValidator().Errors(Close(reason, detail)));

    [Theory]
    [InlineData("")]
    [InlineData("noFurtherAction")]
    [InlineData("2")]
    public void CloseFamily_WithoutAnExactReason_AsksForOne(string reason) =>
        Assert.Equal([("Reason", "Select why the case is closing")], new CloseFamilyFormValidator().Errors(Close(reason, string.Empty)));

    [Fact]
    public void CloseFamily_OtherWithoutDetail_AsksForIt() =>
        Assert.Equal([("Detail", "Enter why the case is closing")], new CloseFamilyFormValidator().Errors(Close("Other", "   ")));

    [Fact]
    public void ReopenFamily_Empty_AsksForTheDateAndLead() =>
        Assert.Equal(
            [("OpenedOn", "Enter the date the case reopens"), ("LeadPersonId", "Select the lead social worker")],
            new ReopenFamilyFormValidator().Errors(new ReopenFamilyForm()));

    private static OpenFamilyForm Open() => new()
    {
        DisplayName = "Smith / Jones family",
        TeamId = Guid.NewGuid(),
        LeadPersonId = Guid.NewGuid(),
        OpenedOn = new DateInput { Day = "2", Month = "11", Year = "2026" },
    };

    private static CloseFamilyForm Close(string reason, string detail) => new()
    {
        ClosedOn = new DateInput { Day = "2", Month = "11", Year = "2026" },
        Reason = reason,
        Detail = detail,
    };
}
