using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Web.Infrastructure.Security;

/// <summary>
/// How long the signed-in session has left before its idle timeout, as the response being written leaves it, so the
/// page's script can warn two minutes before the end. The sign-in cookie is renewed (for the whole idle timeout) by a
/// request made when more than half of the idle time has passed (the cookie handler's sliding expiration), and by one
/// that re-checks the security stamp (every minute, see IdentitySetup); this response then carries the renewal.
/// </summary>
public static class SessionExpiry
{
    public static async Task<int?> SecondsLeftAsync(HttpContext context, TimeProvider time)
    {
        var stampInterval = context.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval;
        var result = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!result.Succeeded || result.Properties is not { IssuedUtc: { } issued, ExpiresUtc: { } expires })
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (expires - now < now - issued || now - issued > stampInterval)
        {
            expires = now + (expires - issued);
        }

        return (int)Math.Max(0, (expires - now).TotalSeconds);
    }

    /// <summary>Renews the session's idle timeout from now (the absolute lifetime, counted from sign-in, is unchanged).</summary>
    public static async Task RenewAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!result.Succeeded || result.Principal is null)
        {
            return;
        }

        var properties = result.Properties ?? new AuthenticationProperties();
        properties.IssuedUtc = null;
        properties.ExpiresUtc = null;
        await context.SignInAsync(IdentityConstants.ApplicationScheme, result.Principal, properties);
    }
}
