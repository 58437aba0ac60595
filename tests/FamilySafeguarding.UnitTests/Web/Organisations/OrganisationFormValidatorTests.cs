using FamilySafeguarding.UnitTests.Support;
using FamilySafeguarding.Web.Features.Organisations;

namespace FamilySafeguarding.UnitTests.Web.Organisations;

public sealed class OrganisationFormValidatorTests
{
    private readonly OrganisationFormValidator _validator = new();

    [Fact]
    public void Validate_NameAndKind_HasNoErrors() =>
        Assert.Empty(_validator.Errors(new OrganisationForm { Name = "Hertfordshire County Council", Kind = "Council" }));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_NoName_AsksForTheName(string? name) =>
        Assert.Equal([("Name", "Enter the organisation's name")], _validator.Errors(new OrganisationForm { Name = name, Kind = "Council" }));

    [Fact]
    public void Validate_NameTooLong_SaysTheLimit() =>
        Assert.Equal(
            [("Name", "The name must be 200 characters or fewer")],
            _validator.Errors(new OrganisationForm { Name = new string('a', 201), Kind = "Council" }));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Charity")]
    [InlineData("nhstrust")]
    [InlineData("2")]
    [InlineData("0")]
    [InlineData("Council, Police")]
    public void Validate_NotAKindFromTheList_AsksForOne(string? kind) =>
        Assert.Equal([("Kind", "Select the kind of organisation")], _validator.Errors(new OrganisationForm { Name = "Change Grow Live", Kind = kind }));

    [Fact]
    public void KindOptions_EveryKind_HasItsNameAsTheValueAndItsDisplayNameAsTheText()
    {
        Assert.Equal(7, OrganisationForm.KindOptions.Count);
        Assert.Contains(OrganisationForm.KindOptions, o => o.Value == "NhsTrust" && o.Text == "NHS trust");
        Assert.All(OrganisationForm.KindOptions, o => Assert.Empty(_validator.Errors(new OrganisationForm { Name = "A", Kind = o.Value })));
    }
}
