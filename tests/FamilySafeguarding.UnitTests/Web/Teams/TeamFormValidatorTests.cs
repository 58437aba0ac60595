using FamilySafeguarding.UnitTests.Support;
using FamilySafeguarding.Web.Features.Teams;

namespace FamilySafeguarding.UnitTests.Web.Teams;

public sealed class TeamFormValidatorTests
{
    private readonly TeamFormValidator _validator = new();

    [Fact]
    public void Validate_NameAndLocality_HasNoErrors() =>
        Assert.Empty(_validator.Errors(new TeamForm { Name = "Hertford North", Locality = "Hertford" }));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_NoName_AsksForTheName(string? name) =>
        Assert.Equal([("Name", "Enter the team's name")], _validator.Errors(new TeamForm { Name = name, Locality = "Hertford" }));

    [Fact]
    public void Validate_NameAtTheMaximumLength_HasNoErrors() =>
        Assert.Empty(_validator.Errors(new TeamForm { Name = new string('a', 120), Locality = "Hertford" }));

    [Fact]
    public void Validate_NameTooLong_SaysTheLimit() =>
        Assert.Equal(
            [("Name", "The team's name must be 120 characters or fewer")],
            _validator.Errors(new TeamForm { Name = new string('a', 121), Locality = "Hertford" }));

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Validate_NoLocality_AsksForTheLocality(string? locality) =>
        Assert.Equal([("Locality", "Enter the team's locality or office")], _validator.Errors(new TeamForm { Name = "Hertford North", Locality = locality }));

    [Fact]
    public void Validate_LocalityTooLong_SaysTheLimit() =>
        Assert.Equal(
            [("Locality", "The locality or office must be 120 characters or fewer")],
            _validator.Errors(new TeamForm { Name = "Hertford North", Locality = new string('a', 121) }));
}
