using FamilySafeguarding.UnitTests.Support;
using FamilySafeguarding.Web.Features.Teams;

namespace FamilySafeguarding.UnitTests.Web.Teams;

public sealed class ServiceFormValidatorTests
{
    private readonly ServiceFormValidator _validator = new();

    [Fact]
    public void Validate_NameWithoutAManager_HasNoErrors() =>
        Assert.Empty(_validator.Errors(new ServiceForm { Name = "Family Safeguarding Service, West" }));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_NoName_AsksForTheName(string? name) =>
        Assert.Equal([("Name", "Enter the service's name")], _validator.Errors(new ServiceForm { Name = name }));

    [Fact]
    public void Validate_NameAtTheMaximumLength_HasNoErrors() =>
        Assert.Empty(_validator.Errors(new ServiceForm { Name = new string('a', 200) }));

    [Fact]
    public void Validate_NameTooLong_SaysTheLimit() =>
        Assert.Equal([("Name", "The service's name must be 200 characters or fewer")], _validator.Errors(new ServiceForm { Name = new string('a', 201) }));
}
