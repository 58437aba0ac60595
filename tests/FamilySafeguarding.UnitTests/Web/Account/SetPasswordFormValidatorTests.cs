using FamilySafeguarding.UnitTests.Support;
using FamilySafeguarding.Web.Features.Account;

namespace FamilySafeguarding.UnitTests.Web.Account;

public sealed class SetPasswordFormValidatorTests
{
    private readonly SetPasswordFormValidator _validator = new();

    [Fact]
    public void Validate_MatchingPasswords_HasNoErrors() =>
        Assert.Empty(_validator.Errors(new SetPasswordForm { Password = "Hertford North 2025", ConfirmPassword = "Hertford North 2025" }));

    [Fact]
    public void Validate_NothingEntered_AsksOnlyForTheNewPassword() =>
        Assert.Equal([("Password", "Enter a new password")], _validator.Errors(new SetPasswordForm()));

    [Fact]
    public void Validate_PasswordNotRepeated_AsksForItAgainOnce() =>
        Assert.Equal(
            [("ConfirmPassword", "Enter the password again")],
            _validator.Errors(new SetPasswordForm { Password = "Hertford North 2025" }));

    [Fact]
    public void Validate_PasswordsDiffer_SaysTheyDoNotMatch() =>
        Assert.Equal(
            [("ConfirmPassword", "The passwords do not match")],
            _validator.Errors(new SetPasswordForm { Password = "Hertford North 2025", ConfirmPassword = "Hertford North 2024" }));

    [Fact]
    public void Validate_PasswordsDifferOnlyInCase_DoNotMatch() =>
        Assert.Equal(
            [("ConfirmPassword", "The passwords do not match")],
            _validator.Errors(new SetPasswordForm { Password = "Hertford North 2025", ConfirmPassword = "hertford north 2025" }));
}
