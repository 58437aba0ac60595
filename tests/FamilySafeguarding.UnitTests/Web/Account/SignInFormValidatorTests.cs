using FamilySafeguarding.UnitTests.Support;
using FamilySafeguarding.Web.Features.Account;

namespace FamilySafeguarding.UnitTests.Web.Account;

public sealed class SignInFormValidatorTests
{
    private readonly SignInFormValidator _validator = new();

    [Fact]
    public void Validate_EmailAndPassword_HasNoErrors() =>
        Assert.Empty(_validator.Errors(new SignInForm { Email = "amara.okafor@example.gov.uk", Password = "correct horse battery" }));

    [Fact]
    public void Validate_NothingEntered_AsksForBoth() =>
        Assert.Equal(
            [("Email", "Enter your email address"), ("Password", "Enter your password")],
            _validator.Errors(new SignInForm()));

    [Fact]
    public void Validate_NoPassword_AsksForIt() =>
        Assert.Equal([("Password", "Enter your password")], _validator.Errors(new SignInForm { Email = "amara.okafor@example.gov.uk", Password = "" }));

    [Fact]
    public void Validate_AnythingAsTheEmail_IsLeftToSignInToRefuse() =>
        Assert.Empty(_validator.Errors(new SignInForm { Email = "not an email", Password = "x" }));
}
