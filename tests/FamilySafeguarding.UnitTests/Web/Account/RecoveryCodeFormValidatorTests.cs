using FamilySafeguarding.UnitTests.Support;
using FamilySafeguarding.Web.Features.Account;

namespace FamilySafeguarding.UnitTests.Web.Account;

public sealed class RecoveryCodeFormValidatorTests
{
    private readonly RecoveryCodeFormValidator _validator = new();

    [Fact]
    public void Validate_Code_HasNoErrors() =>
        Assert.Empty(_validator.Errors(new RecoveryCodeForm { RecoveryCode = "X7K2M-9QF4T" }));

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Validate_NoCode_AsksForOne(string? code) =>
        Assert.Equal([("RecoveryCode", "Enter one of your recovery codes")], _validator.Errors(new RecoveryCodeForm { RecoveryCode = code }));
}
