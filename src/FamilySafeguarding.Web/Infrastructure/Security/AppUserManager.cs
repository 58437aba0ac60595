using FamilySafeguarding.Application.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Web.Infrastructure.Security;

/// <summary>
/// Identity's user manager with lockouts on the app's clock. Identity sets and checks the end of a lockout against the
/// system clock (<c>DateTimeOffset.UtcNow</c>); everything else about a session (cookie expiry, the security stamp
/// check, authenticator codes, the lockout shown on a person's page) runs on the app's <see cref="TimeProvider"/>.
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
    ILogger<UserManager<AppUser>> logger,
    TimeProvider time)
    : UserManager<AppUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<bool> IsLockedOutAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var lockout = LockoutStore;
        if (!await lockout.GetLockoutEnabledAsync(user, CancellationToken))
        {
            return false;
        }

        return await lockout.GetLockoutEndDateAsync(user, CancellationToken) >= time.GetUtcNow();
    }

    /// <summary>As Identity's own: the failure that reaches the limit locks the account and starts the count again.</summary>
    public override async Task<IdentityResult> AccessFailedAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var lockout = LockoutStore;
        var count = await lockout.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (count >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await lockout.SetLockoutEndDateAsync(user, time.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken);
            await lockout.ResetAccessFailedCountAsync(user, CancellationToken);
        }

        return await UpdateUserAsync(user);
    }

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

    private IUserLockoutStore<AppUser> LockoutStore =>
        Store as IUserLockoutStore<AppUser> ?? throw new NotSupportedException("The user store does not support lockout.");
}
