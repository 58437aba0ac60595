using FamilySafeguarding.UnitTests.Support;
using FamilySafeguarding.Web.Features.People;

namespace FamilySafeguarding.UnitTests.Web.People;

public sealed class CreateAccountFormValidatorTests
{
    private readonly CreateAccountFormValidator _validator = new();

    [Fact]
    public void Validate_Email_HasNoErrors() =>
        Assert.Empty(_validator.Errors(new CreateAccountForm { Email = "amara.okafor@example.gov.uk" }));

    [Fact]
    public void Validate_NoEmail_AsksForTheSignInAddress() =>
        // A blank or all-spaces box arrives as null: MVC's model binder turns empty strings into null.
        Assert.Equal([("Email", "Enter the email address the person signs in with")], _validator.Errors(new CreateAccountForm { Email = null }));

    [Theory]
    [InlineData("amara.okafor")]
    [InlineData("amara@okafor@example.gov.uk")]
    public void Validate_EmailNotAnEmail_GivesTheFormat(string email) =>
        Assert.Equal(
            [("Email", "Enter an email address in the correct format, like name@example.org")],
            _validator.Errors(new CreateAccountForm { Email = email }));

    [Fact]
    public void Validate_EmailTooLong_SaysTheLimit() =>
        Assert.Equal(
            [("Email", "The email address must be 256 characters or fewer")],
            _validator.Errors(new CreateAccountForm { Email = new string('a', 245) + "@example.org" }));
}
