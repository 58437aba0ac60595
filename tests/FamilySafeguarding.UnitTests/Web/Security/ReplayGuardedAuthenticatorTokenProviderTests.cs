using System.Text;
using FamilySafeguarding.Web.Infrastructure.Security;

namespace FamilySafeguarding.UnitTests.Web.Security;

/// <summary>
/// The codes authenticator apps show, checked against RFC 6238 Appendix B (HMAC-SHA1, 30-second steps). The RFC
/// lists 8-digit codes; an authenticator app shows the last 6 of them.
/// </summary>
public sealed class ReplayGuardedAuthenticatorTokenProviderTests
{
    private static readonly byte[] RfcSecret = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, 94287082)]
    [InlineData(1111111109L, 07081804)]
    [InlineData(1111111111L, 14050471)]
    [InlineData(1234567890L, 89005924)]
    [InlineData(2000000000L, 69279037)]
    [InlineData(20000000000L, 65353130)]
    public void CodeFor_Rfc6238TestVectors_IsTheLastSixDigits(long unixSeconds, int rfcEightDigitCode) =>
        Assert.Equal(rfcEightDigitCode % 1_000_000, ReplayGuardedAuthenticatorTokenProvider.CodeFor(RfcSecret, unixSeconds / 30));

    [Fact]
    public void CodeFor_KeyAsAnAppReadsIt_MatchesTheRawSecret() =>
        // "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" is the RFC secret in base32, as an authenticator app would be given it.
        Assert.Equal(287082, ReplayGuardedAuthenticatorTokenProvider.CodeFor(Base32.Decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), 1));

    [Fact]
    public void CodeFor_NeighbouringSteps_GiveDifferentCodes() =>
        Assert.NotEqual(
            ReplayGuardedAuthenticatorTokenProvider.CodeFor(RfcSecret, 37037036),
            ReplayGuardedAuthenticatorTokenProvider.CodeFor(RfcSecret, 37037037));
}
