using FamilySafeguarding.UnitTests.Support;
using FamilySafeguarding.Web.Features.Account;

namespace FamilySafeguarding.UnitTests.Web.Account;

public sealed class CodeFormValidatorTests
{
    private readonly CodeFormValidator _validator = new();

    [Theory]
    [InlineData("123456", "123456")]
    [InlineData("123 456", "123456")]
    [InlineData(" 123 456 ", "123456")]
    [InlineData("123-456", "123456")]
    [InlineData(null, "")]
    public void CleanCode_TypedCode_DropsSpacesAndHyphens(string? typed, string expected) =>
        Assert.Equal(expected, new CodeForm { Code = typed }.CleanCode);

    [Theory]
    [InlineData("123456")]
    [InlineData("012 345")]
    [InlineData("123-456")]
    public void Validate_SixDigits_HasNoErrors(string code) =>
        Assert.Empty(_validator.Errors(new CodeForm { Code = code }));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_NoCode_AsksForItOnce(string? code) =>
        Assert.Equal([("Code", "Enter the 6-digit code from your authenticator app")], _validator.Errors(new CodeForm { Code = code }));

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12345a")]
    [InlineData("１２３４５６")]
    [InlineData("123.456")]
    public void Validate_NotSixDigits_SaysSoBesideTheCode(string code) =>
        Assert.Equal([("Code", "The code must be 6 digits")], _validator.Errors(new CodeForm { Code = code }));
}
