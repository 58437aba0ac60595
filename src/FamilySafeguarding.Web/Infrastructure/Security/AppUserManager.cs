using FamilySafeguarding.Application.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Web.Infrastructure.Security;

/// <summary>
/// Identity's user manager without account lockout. A lockout counted per account is a way to deny a named worker the
/// service (five wrong passwords from anywhere lock them out), so attempts are throttled per client address and per
/// account at that address instead (<see cref="SignInThrottling"/>, ADR-019). With lockout unsupported, Identity's sign-in
/// manager neither counts failures nor refuses an account for having them.
/// </summary>
public sealed class AppUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger)
    : UserManager<AppUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override bool SupportsUserLockout => false;

    /// <summary>
    /// The user's authenticator key, creating one the first time. Identity's <c>ResetAuthenticatorKeyAsync</c> also renews
    /// the security stamp, which would end the user's own session a minute after they opened the set-up page.
    /// </summary>
    public async Task<string> GetOrCreateAuthenticatorKeyAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await GetAuthenticatorKeyAsync(user) is { Length: > 0 } existing)
        {
            return existing;
        }

        var keys = Store as IUserAuthenticatorKeyStore<AppUser> ?? throw new NotSupportedException("The user store does not support authenticator keys.");
        var key = GenerateNewAuthenticatorKey();
        await keys.SetAuthenticatorKeyAsync(user, key, CancellationToken);
        var result = await UpdateUserAsync(user);
        return result.Succeeded ? key : throw new InvalidOperationException("Could not store the authenticator key.");
    }
}
