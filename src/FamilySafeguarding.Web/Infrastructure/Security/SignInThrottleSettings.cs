namespace FamilySafeguarding.Web.Infrastructure.Security;

/// <summary>
/// How many sign-in attempts are allowed before the answer is "Too many attempts" (section "Authentication"; ADR-019).
/// Every POST to sign-in, the second factor, set-password and the pages that re-check the password counts, whether it
/// succeeds or not; counts start again every <see cref="SignInThrottleMinutes"/>.
/// </summary>
public sealed class SignInThrottleSettings
{
    public const string Section = "Authentication";

    /// <summary>Attempts for one account from one client address. Throttling at one address never affects another.</summary>
    public int SignInAttemptsPerAccount { get; set; } = 10;

    /// <summary>
    /// Attempts from one client address, whatever the account. A council office behind one public address makes about two
    /// posts per person signing in, so this must stay above its busiest quarter of an hour.
    /// </summary>
    public int SignInAttemptsPerAddress { get; set; } = 300;

    /// <summary>The length of the window the attempts are counted in, and so the longest anyone waits.</summary>
    public int SignInThrottleMinutes { get; set; } = 15;
}
