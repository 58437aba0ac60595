using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace FamilySafeguarding.Web.Infrastructure.Security;

/// <summary>
/// Identity's EF user store, keeping the second factor's secrets unreadable at rest (ASVS 5.0 6.5.2, 11.4.2): recovery
/// codes hashed (<see cref="RecoveryCodeHashing"/>), the authenticator key encrypted with Data Protection under a purpose
/// of its own and the user's id, so a value copied to another account's row does not decrypt. Values stored in plain text
/// before this store still work: a recovery code set is stored hashed once a code from it is redeemed, and a plain
/// authenticator key is stored encrypted at the account's next save (a successful code check saves it).
/// </summary>
public sealed class AppUserStore(AppDbContext context, IDataProtectionProvider dataProtection, IdentityErrorDescriber describer)
    : UserStore<AppUser, IdentityRole<Guid>, AppDbContext, Guid>(context, describer)
{
    public const string AuthenticatorKeyPurpose = "FamilySafeguarding.AuthenticatorKey.v1";

    // Identity's own names for the rows in AspNetUserTokens, so existing rows are found.
    private const string InternalLoginProvider = "[AspNetUserStore]";
    private const string AuthenticatorKeyTokenName = "AuthenticatorKey";
    private const string RecoveryCodeTokenName = "RecoveryCodes";

    /// <summary>Marks an encrypted key; a plain key is base32 and never contains a colon.</summary>
    private const string ProtectedKeyPrefix = "dp1:";

    public override Task SetAuthenticatorKeyAsync(AppUser user, string key, CancellationToken cancellationToken) =>
        SetTokenAsync(user, InternalLoginProvider, AuthenticatorKeyTokenName, ProtectedKeyPrefix + Protector(user).Protect(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(AppUser user, CancellationToken cancellationToken)
    {
        var stored = await GetTokenAsync(user, InternalLoginProvider, AuthenticatorKeyTokenName, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        if (stored.StartsWith(ProtectedKeyPrefix, StringComparison.Ordinal))
        {
            return Protector(user).Unprotect(stored[ProtectedKeyPrefix.Length..]);
        }

        await SetAuthenticatorKeyAsync(user, stored, cancellationToken); // saved with the account's next update
        return stored;
    }

    public override Task ReplaceCodesAsync(AppUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        SetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, RecoveryCodeHashing.Hash(recoveryCodes), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(AppUser user, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var stored = await GetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, cancellationToken) ?? string.Empty;
        if (RecoveryCodeHashing.Redeem(stored, code) is not { } remaining)
        {
            return false;
        }

        await SetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, remaining, cancellationToken);
        return true;
    }

    public override async Task<int> CountCodesAsync(AppUser user, CancellationToken cancellationToken) =>
        RecoveryCodeHashing.Count(await GetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, cancellationToken) ?? string.Empty);

    private IDataProtector Protector(AppUser user) => dataProtection.CreateProtector(AuthenticatorKeyPurpose, user.Id.ToString());
}
