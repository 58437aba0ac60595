using FamilySafeguarding.UnitTests.Support;
using FamilySafeguarding.Web.Features.FamilyMembers;
using FamilySafeguarding.Web.Infrastructure.Forms;

namespace FamilySafeguarding.UnitTests.Web.FamilyMembers;

public sealed class MemberFormValidatorTests
{
    private readonly MemberFormValidator _validator = new();

    [Fact]
    public void Validate_AChildWithADateOfBirth_HasNoErrors() => Assert.Empty(_validator.Errors(Form()));

    [Fact]
    public void Validate_AnUnbornChildWithADueDate_HasNoErrors()
    {
        var form = Form();
        form.DateOfBirth = new DateInput();
        form.ExpectedDateOfDelivery = Date("20", "3", "2027");

        Assert.Empty(_validator.Errors(form));
    }

    [Fact]
    public void Validate_Empty_AsksForNameRoleGenderAndHousehold() =>
        Assert.Equal(
            [
                ("FullName", "Enter the person's full name"),
                ("Role", "Select the person's role in the family"),
                ("Gender", "Select the person's gender"),
                ("LivesInHousehold", "Select whether they live in the household"),
            ],
            _validator.Errors(new MemberForm()));

    [Theory]
    [InlineData("943 476 5918")]
    [InlineData("12345")]
    [InlineData("ABC")]
    public void Validate_AnInvalidNhsNumber_SaysSo(string nhs)
    {
        var form = Form();
        form.NhsNumber = nhs;

        Assert.Equal([("NhsNumber", "Enter a valid NHS number: 10 digits, like 943 476 5919")], _validator.Errors(form));
    }

    [Theory]
    [InlineData("943-476-5919")]
    [InlineData("")]
    [InlineData(null)]
    public void Validate_AValidOrNoNhsNumber_IsAccepted(string? nhs)
    {
        var form = Form();
        form.NhsNumber = nhs;

        Assert.Empty(_validator.Errors(form));
    }

    [Fact]
    public void Validate_AChildWithNoDates_AsksForTheDateOfBirthOrDueDate()
    {
        var form = Form();
        form.DateOfBirth = new DateInput();

        Assert.Equal([("DateOfBirth", "Enter the child's date of birth, or the expected date of delivery if the baby is not born yet")], _validator.Errors(form));
    }

    [Fact]
    public void Validate_AnAdultWithNoDateOfBirth_IsAccepted()
    {
        var form = Form();
        form.Role = "Father";
        form.DateOfBirth = new DateInput();

        Assert.Empty(_validator.Errors(form));
    }

    [Fact]
    public void Validate_BothDates_SaysOnlyOne()
    {
        var form = Form();
        form.ExpectedDateOfDelivery = Date("20", "3", "2027");

        Assert.Equal([("ExpectedDateOfDelivery", "Enter a date of birth or an expected date of delivery, not both")], _validator.Errors(form));
    }

    [Fact]
    public void Validate_ADateThatIsNotReal_SaysSo()
    {
        var form = Form();
        form.DateOfBirth = Date("31", "2", "2019");

        Assert.Contains(("DateOfBirth", "The date of birth must be a real date"), _validator.Errors(form));
    }

    [Theory]
    [InlineData("child")]
    [InlineData("1")]
    [InlineData("Uncle")]
    public void Validate_ARoleThatIsNotAnExactName_IsRefused(string role)
    {
        var form = Form();
        form.Role = role;

        Assert.Contains(("Role", "Select the person's role in the family"), _validator.Errors(form));
    }

    private static MemberForm Form() => new()
    {
        FullName = "Kayla Okonkwo",
        Role = "Child",
        DateOfBirth = Date("1", "5", "2019"),
        Gender = "Female",
        LivesInHousehold = MemberForm.Yes,
    };

    private static DateInput Date(string day, string month, string year) => new() { Day = day, Month = month, Year = year };
}

public sealed class LegalStatusFormValidatorTests
{
    private readonly LegalStatusFormValidator _validator = new();

    [Fact]
    public void Validate_ChildInNeedWithADate_HasNoErrors() =>
        Assert.Empty(_validator.Errors(new LegalStatusForm { Kind = "ChildInNeedPlan", StartDate = new DateInput { Day = "1", Month = "9", Year = "2026" } }));

    [Fact]
    public void Validate_Empty_AsksForTheStatusAndDate() =>
        Assert.Equal([("Kind", "Select the legal status"), ("StartDate", "Enter the start date")], _validator.Errors(new LegalStatusForm()));

    [Fact]
    public void Validate_ChildProtectionWithoutACategory_AsksForIt() =>
        Assert.Equal(
            [("Category", "Select the category of the Child Protection plan")],
            _validator.Errors(new LegalStatusForm { Kind = "ChildProtectionPlan", StartDate = new DateInput { Day = "1", Month = "9", Year = "2026" } }));
}

public sealed class EndLegalStatusFormValidatorTests
{
    private readonly EndLegalStatusFormValidator _validator = new();

    [Fact]
    public void Validate_AReasonTheSystemSets_IsRefused() =>
        Assert.Equal(
            [("Reason", "Select why the episode ended")],
            _validator.Errors(new EndLegalStatusForm { Reason = "EscalatedToChildProtection", EndDate = new DateInput { Day = "1", Month = "9", Year = "2026" } }));

    [Fact]
    public void Validate_AChoosableReasonAndDate_HasNoErrors() =>
        Assert.Empty(_validator.Errors(new EndLegalStatusForm { Reason = "OutcomesAchieved", EndDate = new DateInput { Day = "1", Month = "9", Year = "2026" } }));
}

public sealed class RelationshipFormValidatorTests
{
    private readonly RelationshipFormValidator _validator = new();

    [Fact]
    public void Validate_TheSamePersonTwice_IsRefused()
    {
        var id = Guid.NewGuid();

        Assert.Equal([("ToMemberId", "Select two different people")], _validator.Errors(new RelationshipForm { FromMemberId = id, ToMemberId = id, Kind = "SiblingOf" }));
    }

    [Fact]
    public void Validate_OtherWithoutADescription_AsksForIt() =>
        Assert.Equal(
            [("Description", "Enter what the relationship is")],
            _validator.Errors(new RelationshipForm { FromMemberId = Guid.NewGuid(), ToMemberId = Guid.NewGuid(), Kind = "Other" }));
}
