using FamilySafeguarding.Web.Infrastructure.Security;

namespace FamilySafeguarding.UnitTests.Web.Security;

public sealed class RecoveryCodeHashingTests
{
    private static readonly string[] Codes = ["BCDFG-HJKMN", "PQRTV-WXY23", "45678-9BCDF"];

    [Fact]
    public void Hash_KeepsNoCode_AndCountsThem()
    {
        var stored = RecoveryCodeHashing.Hash(Codes);

        Assert.StartsWith("$rc1$50000$", stored, StringComparison.Ordinal);
        Assert.All(Codes, c => Assert.DoesNotContain(c.Replace("-", string.Empty, StringComparison.Ordinal), stored, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(3, RecoveryCodeHashing.Count(stored));
        Assert.False(RecoveryCodeHashing.IsLegacy(stored));
    }

    [Fact]
    public void Hash_TheSameCodesTwice_UsesANewSaltEachTime() =>
        Assert.NotEqual(RecoveryCodeHashing.Hash(Codes), RecoveryCodeHashing.Hash(Codes));

    [Fact]
    public void Redeem_ACode_RemovesOnlyThatOne_AndItWorksOnce()
    {
        var stored = RecoveryCodeHashing.Hash(Codes);

        var remaining = RecoveryCodeHashing.Redeem(stored, "PQRTV-WXY23");

        Assert.NotNull(remaining);
        Assert.Equal(2, RecoveryCodeHashing.Count(remaining));
        Assert.Null(RecoveryCodeHashing.Redeem(remaining, "PQRTV-WXY23"));
        Assert.NotNull(RecoveryCodeHashing.Redeem(remaining, "BCDFG-HJKMN"));
    }

    [Theory]
    [InlineData("bcdfg-hjkmn")]
    [InlineData("BCDFGHJKMN")]
    [InlineData(" BCDFG HJKMN ")]
    public void Redeem_TheCodeTypedWithoutItsDashOrInSmallLetters_IsTheSameCode(string typed) =>
        Assert.NotNull(RecoveryCodeHashing.Redeem(RecoveryCodeHashing.Hash(Codes), typed));

    [Theory]
    [InlineData("BCDFG-HJKMP")]
    [InlineData("")]
    [InlineData("$rc1$")]
    public void Redeem_AnotherCode_IsRefused(string typed) =>
        Assert.Null(RecoveryCodeHashing.Redeem(RecoveryCodeHashing.Hash(Codes), typed));

    [Fact]
    public void Redeem_FromAnEmptySet_IsRefused()
    {
        Assert.Null(RecoveryCodeHashing.Redeem(string.Empty, "BCDFG-HJKMN"));
        var last = RecoveryCodeHashing.Redeem(RecoveryCodeHashing.Hash(["BCDFG-HJKMN"]), "BCDFG-HJKMN")!;
        Assert.Equal(0, RecoveryCodeHashing.Count(last));
        Assert.Null(RecoveryCodeHashing.Redeem(last, "BCDFG-HJKMN"));
    }

    [Fact]
    public void Redeem_FromAPlainTextSet_Works_AndLeavesTheRestHashed()
    {
        const string Legacy = "BCDFG-HJKMN;PQRTV-WXY23;45678-9BCDF";
        Assert.True(RecoveryCodeHashing.IsLegacy(Legacy));
        Assert.Equal(3, RecoveryCodeHashing.Count(Legacy));

        var remaining = RecoveryCodeHashing.Redeem(Legacy, "PQRTV-WXY23")!;

        Assert.False(RecoveryCodeHashing.IsLegacy(remaining));
        Assert.DoesNotContain("BCDFG", remaining, StringComparison.Ordinal);
        Assert.Equal(2, RecoveryCodeHashing.Count(remaining));
        Assert.NotNull(RecoveryCodeHashing.Redeem(remaining, "45678-9BCDF"));
        Assert.Null(RecoveryCodeHashing.Redeem(remaining, "PQRTV-WXY23"));
        Assert.Null(RecoveryCodeHashing.Redeem(Legacy, "BCDFG"));
    }
}
