using System.Text;
using FamilySafeguarding.Web.Infrastructure.Security;

namespace FamilySafeguarding.UnitTests.Web.Security;

/// <summary>RFC 4648 section 10 test vectors, and the forgiving forms people type keys in.</summary>
public sealed class Base32Tests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("MY======", "f")]
    [InlineData("MZXQ====", "fo")]
    [InlineData("MZXW6===", "foo")]
    [InlineData("MZXW6YQ=", "foob")]
    [InlineData("MZXW6YTB", "fooba")]
    [InlineData("MZXW6YTBOI======", "foobar")]
    public void Decode_Rfc4648TestVectors_GivesTheBytes(string encoded, string expected) =>
        Assert.Equal(expected, Encoding.ASCII.GetString(Base32.Decode(encoded)));

    [Theory]
    [InlineData("mzxw6ytboi")]
    [InlineData("MZXW 6YTB OI")]
    [InlineData("  mzxw 6ytb oi======  ")]
    public void Decode_LowercaseSpacesOrNoPadding_AreAccepted(string encoded) =>
        Assert.Equal("foobar", Encoding.ASCII.GetString(Base32.Decode(encoded)));

    [Fact]
    public void Decode_AllThirtyTwoCharacters_DecodeToTheirFiveBitValues() =>
        Assert.Equal(
            [0x00, 0x44, 0x32, 0x14, 0xC7, 0x42, 0x54, 0xB6, 0x35, 0xCF, 0x84, 0x65, 0x3A, 0x56, 0xD7, 0xC6, 0x75, 0xBE, 0x77, 0xDF],
            Base32.Decode("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));

    [Theory]
    [InlineData("MZXW6YTB0I")] // zero, not the letter O
    [InlineData("MZXW1YTB")] // 1 is not in the alphabet
    [InlineData("MZXW8YTB")]
    [InlineData("MZ=XW6YTB")] // padding in the middle
    [InlineData("MZXW-6YTB")]
    public void Decode_CharacterOutsideTheAlphabet_IsAFormatError(string encoded) =>
        Assert.Throws<FormatException>(() => Base32.Decode(encoded));
}
