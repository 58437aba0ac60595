namespace FamilySafeguarding.Application.Account;

/// <summary>The claims the application adds to a signed-in user's principal.</summary>
public static class AppClaims
{
    public const string PersonId = "fs:person";
    public const string JobRole = "fs:role";
    public const string DisplayName = "fs:name";
    public const string TwoFactorEnabled = "fs:2fa";
}
