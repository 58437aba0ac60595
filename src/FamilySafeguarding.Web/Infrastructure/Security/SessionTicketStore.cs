using System.Runtime.ExceptionServices;
using System.Security.Claims;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Security;
using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Web.Infrastructure.Security;

/// <summary>The request's signed-in session, as its row stood once this request had checked it.</summary>
/// <param name="ExpiresAt">When the session ends unless another request renews it (never past <paramref name="AbsoluteExpiresAt"/>).</param>
public sealed record SignedInSession(Guid Id, DateTime CreatedAt, DateTime AbsoluteExpiresAt, DateTime ExpiresAt);

/// <summary>A session check that failed, kept to be thrown again after authentication.</summary>
public sealed record SessionCheckFailure(ExceptionDispatchInfo Exception);

public static class SessionCheckFailures
{
    /// <summary>Placed straight after authentication: a request whose session could not be checked fails here, with the error page.</summary>
    public static IApplicationBuilder UseSessionCheckFailures(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Features.Get<SessionCheckFailure>() is { } failure)
        {
            context.Features.Set<SessionCheckFailure?>(null);
            failure.Exception.Throw();
        }

        await next(context);
    });
}

/// <summary>
/// The server side of the sign-in cookie (ADR-017): the cookie holds only a session id, and the session's row
/// (<see cref="UserSession"/>) holds the ticket. Every request looks its row up by primary key, with the account's
/// security stamp and disabled flag in the same query, and refuses a session that has ended, been idle too long, reached
/// its absolute limit, or whose account has changed since sign-in, marking it ended with the reason. The idle timeout
/// is renewed (one UPDATE) by a request at least a minute after the last renewal, not by every request. Nothing is
/// cached, so every instance sees an end at once.
/// </summary>
public sealed class SessionTicketStore : ITicketStore
{
    /// <summary>A request renews the idle timeout only if the last renewal is at least this old.</summary>
    public static readonly TimeSpan RenewalInterval = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The <see cref="AuthenticationProperties"/> parameter a refreshed sign-in carries: the <see cref="SignedInSession"/>
    /// it replaces, whose sign-in time and absolute limit the new session keeps.
    /// </summary>
    public const string RefreshOfParameter = "fs:refresh-of";

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var (db, settings, now) = Resolve(httpContext);
        var userId = UserIdOf(ticket.Principal) ?? throw new InvalidOperationException("A session needs a signed-in account.");
        var refreshOf = ticket.Properties.GetParameter<SignedInSession>(RefreshOfParameter);
        var session = new UserSession(
            userId,
            createdAt: refreshOf?.CreatedAt ?? now,
            absoluteExpiresAt: refreshOf?.AbsoluteExpiresAt ?? now.AddHours(settings.AbsoluteSessionHours),
            now,
            TimeSpan.FromMinutes(settings.IdleTimeoutMinutes),
            httpContext.Request.Headers.UserAgent.ToString(),
            TicketSerializer.Default.Serialize(ticket));
        db.UserSessions.Add(session);

        // Sessions left to expire (a closed browser) are marked ended now, so an account's open rows stay few.
        foreach (var expired in await db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null && s.IdleExpiresAt <= now).ToListAsync(cancellationToken))
        {
            expired.End(SessionEndReason.IdleTimeout, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        httpContext.Features.Set(Current(session));
        return session.Id.ToString("N");
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(key, "N", out var id))
        {
            return null;
        }

        try
        {
            return await CheckAsync(id, httpContext, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The session could not be checked (the database is unreachable, say). The request must fail, but not in
            // here: the cookie handler keeps a failed read for the whole request, so the error page, which authenticates
            // again, would fail too and the browser would get an empty 500. The request carries on unauthenticated and
            // UseSessionCheckFailures throws it again once authentication is done.
            httpContext.Features.Set(new SessionCheckFailure(ExceptionDispatchInfo.Capture(ex)));
            return null;
        }
    }

    private static async Task<AuthenticationTicket?> CheckAsync(Guid id, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var (db, settings, now) = Resolve(httpContext);
        var found = await (
                from s in db.UserSessions
                join u in db.Users on s.UserId equals u.Id
                where s.Id == id
                select new { Session = s, u.SecurityStamp, u.IsDisabled })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is not { Session: { HasEnded: false, Ticket: { } bytes } session })
        {
            return null;
        }

        if (TicketSerializer.Default.Deserialize(bytes) is not { } ticket)
        {
            return null;
        }

        var refusal = found.IsDisabled ? SessionEndReason.AccountDisabled
            : ticket.Principal.FindFirstValue(StampClaimType(httpContext)) != found.SecurityStamp ? SessionEndReason.AccountChanged
            : session.LimitReachedAt(now);
        if (refusal is { } reason)
        {
            session.End(reason, now);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        if (now - session.LastActiveAt >= RenewalInterval)
        {
            session.Touch(now, TimeSpan.FromMinutes(settings.IdleTimeoutMinutes));
            await db.SaveChangesAsync(cancellationToken);
        }

        ticket.Properties.ExpiresUtc = new DateTimeOffset(DateTime.SpecifyKind(session.IdleExpiresAt, DateTimeKind.Utc));
        httpContext.Features.Set(Current(session));
        return ticket;
    }

    /// <summary>
    /// The cookie handler renews a ticket it has refreshed. Sliding expiration is off and nothing asks for a refresh (the
    /// idle timeout is the row's), so this is not expected; if it happens it may only update an open session's ticket for
    /// the same account, never revive an ended one or move it to another account.
    /// </summary>
    public async Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var (db, _, _) = Resolve(httpContext);
        var session = Guid.TryParseExact(key, "N", out var id) ? await db.UserSessions.FindAsync([id], cancellationToken) : null;
        if (session is null || session.UserId != UserIdOf(ticket.Principal))
        {
            throw new InvalidOperationException("Only an open session of the same account can be renewed.");
        }

        session.ReplaceTicket(TicketSerializer.Default.Serialize(ticket));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Signing out: the session ends for every copy of its cookie.</summary>
    public async Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        if (Guid.TryParseExact(key, "N", out var id))
        {
            await httpContext.RequestServices.GetRequiredService<UserSessions>().EndNowAsync(id, SessionEndReason.SignedOut, cancellationToken);
            if (httpContext.Features.Get<SignedInSession>()?.Id == id)
            {
                httpContext.Features.Set<SignedInSession?>(null);
            }
        }
    }

    public Task<string> StoreAsync(AuthenticationTicket ticket) => throw WithoutHttpContext();

    public Task RenewAsync(string key, AuthenticationTicket ticket) => throw WithoutHttpContext();

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => throw WithoutHttpContext();

    public Task RemoveAsync(string key) => throw WithoutHttpContext();

    private static SignedInSession Current(UserSession session) => new(session.Id, session.CreatedAt, session.AbsoluteExpiresAt, session.IdleExpiresAt);

    private static (AppDbContext Db, SessionSettings Settings, DateTime Now) Resolve(HttpContext httpContext)
    {
        var services = httpContext.RequestServices;
        return (
            services.GetRequiredService<AppDbContext>(),
            services.GetRequiredService<IOptionsMonitor<SessionSettings>>().CurrentValue,
            services.GetRequiredService<TimeProvider>().UtcNow());
    }

    private static Guid? UserIdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private static string StampClaimType(HttpContext httpContext) =>
        httpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;

    private static NotSupportedException WithoutHttpContext() =>
        new("The session store needs the request's HttpContext (the cookie handler passes it).");
}
