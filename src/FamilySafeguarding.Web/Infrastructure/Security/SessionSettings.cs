namespace FamilySafeguarding.Web.Infrastructure.Security;

/// <summary>Sign-in settings a council's IT team can change (section "Authentication").</summary>
public sealed class SessionSettings
{
    public const string Section = "Authentication";

    /// <summary>Everyone must set up an authenticator app before they can use the service.</summary>
    public bool RequireTwoFactor { get; set; } = true;

    /// <summary>A session with no activity for this long ends.</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>
    /// Cookies are Secure-only with the __Host- prefix. Turned off only for running on plain http://127.0.0.1 in
    /// Development: browsers and ASP.NET Core refuse Secure cookies on a plain HTTP connection.
    /// </summary>
    public bool SecureCookies { get; set; } = true;

    /// <summary>A session ends this long after sign-in, however active.</summary>
    public int AbsoluteSessionHours { get; set; } = 10;
}
