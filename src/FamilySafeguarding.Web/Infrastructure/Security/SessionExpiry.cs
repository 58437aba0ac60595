using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Web.Infrastructure.Security;

/// <summary>
/// How long the signed-in session has left, for the session timeout warning (ADR-013), and "Stay signed in". The
/// session's row is the server's own limit (ADR-017): its idle expiry, renewed by a request a minute or more after the
/// last renewal and by keep-alive, and never later than the absolute limit, which nothing renews.
/// </summary>
public static class SessionExpiry
{
    /// <summary>The seconds this request's session has left, as this request leaves it; null when nobody is signed in.</summary>
    public static async Task<int?> SecondsLeftAsync(HttpContext context, TimeProvider time)
    {
        var result = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        return result.Succeeded && context.Features.Get<SignedInSession>() is { } session ? SecondsLeft(session, time) : null;
    }

    /// <summary>Renews the session's idle timeout from now (up to the absolute limit) and returns the seconds it then has left.</summary>
    public static async Task<int?> RenewAsync(HttpContext context, CancellationToken ct)
    {
        if (context.Features.Get<SignedInSession>() is not { } current)
        {
            return null;
        }

        var services = context.RequestServices;
        var time = services.GetRequiredService<TimeProvider>();
        var db = services.GetRequiredService<AppDbContext>();
        var now = time.UtcNow();
        var session = await db.UserSessions.FindAsync([current.Id], ct);
        if (session is null || session.HasEnded || session.LimitReachedAt(now) is not null)
        {
            return null;
        }

        session.Touch(now, TimeSpan.FromMinutes(services.GetRequiredService<IOptionsMonitor<SessionSettings>>().CurrentValue.IdleTimeoutMinutes));
        await db.SaveChangesAsync(ct);
        var renewed = current with { ExpiresAt = session.IdleExpiresAt };
        context.Features.Set(renewed);
        return SecondsLeft(renewed, time);
    }

    private static int SecondsLeft(SignedInSession session, TimeProvider time) =>
        (int)Math.Max(0, (session.ExpiresAt - time.UtcNow()).TotalSeconds);
}
