using FamilySafeguarding.UnitTests.Support;
using FamilySafeguarding.Web.Features.Account;

namespace FamilySafeguarding.UnitTests.Web.Account;

/// <summary>The forms that change the second factor ask for the password, beside its own field on each form.</summary>
public sealed class ReauthenticationFormValidatorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void SetUp_WithoutAPassword_AsksForIt(string? password) =>
        Assert.Equal([("Password", "Enter your password")], new TwoFactorSetUpFormValidator().Errors(new TwoFactorSetUpForm { Code = "123 456", Password = password }));

    [Fact]
    public void SetUp_WithNeither_AsksForTheCodeAndThePassword() =>
        Assert.Equal(
            [("Code", "Enter the 6-digit code from your authenticator app"), ("Password", "Enter your password")],
            new TwoFactorSetUpFormValidator().Errors(new TwoFactorSetUpForm()));

    [Fact]
    public void SetUp_WithABadCode_SaysSoBesideTheCode() =>
        Assert.Equal([("Code", "The code must be 6 digits")], new TwoFactorSetUpFormValidator().Errors(new TwoFactorSetUpForm { Code = "12345", Password = "a password" }));

    [Fact]
    public void SetUp_WithACodeAndAPassword_HasNoErrors() =>
        Assert.Empty(new TwoFactorSetUpFormValidator().Errors(new TwoFactorSetUpForm { Code = "123-456", Password = "a password" }));

    [Fact]
    public void NewRecoveryCodes_WithoutAPassword_AsksForItBesideItsField()
    {
        Assert.Equal([("NewCodesPassword", "Enter your password")], new NewRecoveryCodesFormValidator().Errors(new NewRecoveryCodesForm()));
        Assert.Empty(new NewRecoveryCodesFormValidator().Errors(new NewRecoveryCodesForm { NewCodesPassword = "a password" }));
    }

    [Fact]
    public void TurnOff_WithoutAPassword_AsksForItBesideItsField()
    {
        Assert.Equal([("TurnOffPassword", "Enter your password")], new TurnOffTwoFactorFormValidator().Errors(new TurnOffTwoFactorForm()));
        Assert.Empty(new TurnOffTwoFactorFormValidator().Errors(new TurnOffTwoFactorForm { TurnOffPassword = "a password" }));
    }
}
