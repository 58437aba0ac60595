namespace FamilySafeguarding.Application.Security;

/// <summary>Why a signed-in session ended (stored as its number: add new reasons at the end).</summary>
public enum SessionEndReason
{
    /// <summary>The person signed out in this session.</summary>
    SignedOut = 1,

    /// <summary>No request for the idle timeout (Authentication:IdleTimeoutMinutes).</summary>
    IdleTimeout = 2,

    /// <summary>The absolute limit after sign-in (Authentication:AbsoluteSessionHours), however active.</summary>
    AbsoluteLimit = 3,

    AccountDisabled = 4,

    /// <summary>The person's job role changed: the role is a claim of the session.</summary>
    RoleChanged = 5,

    /// <summary>A password was set or reset through a set-password link.</summary>
    PasswordChanged = 6,

    /// <summary>An administrator chose "End all sessions" on the person's page.</summary>
    EndedByAdministrator = 7,

    /// <summary>The person chose "Sign out everywhere else" in another session.</summary>
    SignedOutElsewhere = 8,

    /// <summary>An administrator reset the person's two-factor authentication.</summary>
    TwoFactorReset = 9,

    /// <summary>A new sign-in in the same browser (a refreshed sign-in, or signing in again) replaced it with a new session id.</summary>
    Replaced = 10,

    /// <summary>
    /// The account's security stamp changed by some other route (Identity renews it when two-factor authentication is
    /// turned on or off, for example), so the session's copy of the account is out of date.
    /// </summary>
    AccountChanged = 11,
}
