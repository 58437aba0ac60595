using FamilySafeguarding.Domain.Families;

namespace FamilySafeguarding.UnitTests.Domain.Families;

/// <summary>The NHS number's Modulus 11 check digit.</summary>
public sealed class NhsNumberTests
{
    [Theory]
    [InlineData("9434765919")]
    [InlineData("4010232137")]
    public void Valid_Numbers_AreAccepted(string number)
    {
        Assert.True(NhsNumber.IsValid(number));
        Assert.Equal(number, NhsNumber.Normalise(number));
    }

    [Theory]
    [InlineData("9434765918")]
    [InlineData("9434765910")]
    [InlineData("4010232138")]
    [InlineData("4857773456")] // the GOV.UK pattern's example shows the format only: its check digit should be 7
    public void AWrongCheckDigit_IsRefused(string number) => Assert.Null(NhsNumber.Normalise(number));

    [Fact]
    public void ACheckDigitOf10_MeansTheNumberIsInvalid()
    {
        // The first nine digits of a number whose weighted sum leaves a remainder of 1: 11 - 1 = 10, which no digit can be.
        var nine = Enumerable.Range(0, 1_000_000)
            .Select(n => "123" + n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture))
            .First(d => WeightedSum(d) % 11 == 1);

        foreach (var last in "0123456789")
        {
            Assert.False(NhsNumber.IsValid(nine + last), $"{nine}{last} has check digit 10, so no last digit makes it valid");
        }
    }

    [Fact]
    public void ARemainderOf0_GivesCheckDigit0()
    {
        var nine = Enumerable.Range(0, 1_000_000)
            .Select(n => "401" + n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture))
            .First(d => WeightedSum(d) % 11 == 0);

        Assert.True(NhsNumber.IsValid(nine + "0"));
        Assert.False(NhsNumber.IsValid(nine + "1"));
    }

    [Theory]
    [InlineData("943 476 5919")]
    [InlineData("943-476-5919")]
    [InlineData(" 9434765919 ")]
    public void SpacesAndHyphens_AreIgnored(string typed) => Assert.Equal("9434765919", NhsNumber.Normalise(typed));

    [Theory]
    [InlineData("94347659")]
    [InlineData("94347659190")]
    [InlineData("943476591A")]
    [InlineData("ABCDEFGHIJ")]
    [InlineData("")]
    [InlineData(null)]
    public void LettersAndWrongLengths_AreRefused(string? typed) => Assert.Null(NhsNumber.Normalise(typed));

    [Fact]
    public void Format_WritesThreeThreeFour() => Assert.Equal("943 476 5919", NhsNumber.Format("9434765919"));

    private static int WeightedSum(string nine) => nine.Select((c, i) => (c - '0') * (10 - i)).Sum();
}
