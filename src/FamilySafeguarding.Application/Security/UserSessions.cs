using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Application.Auditing;
using FamilySafeguarding.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Security;

/// <summary>A session the person is signed in to, as the Security page lists it.</summary>
public sealed record OpenSession(Guid Id, DateTime CreatedAt, DateTime LastActiveAt, string? UserAgent);

/// <summary>
/// Ending signed-in sessions, and the person's own list of them (ADR-017). Whatever ends a session (signing out,
/// disabling the account, a role change, a new password, an administrator's "End all sessions") ends it here, so the
/// next request with any copy of its cookie is refused.
/// </summary>
public sealed class UserSessions(IAppDbContext db, AuditLog audit, TimeProvider time)
{
    /// <summary>
    /// Ends every open session of the account, except <paramref name="exceptSessionId"/>. Nothing is saved here: the
    /// caller's next save writes the ends with the change that causes them, in one transaction.
    /// </summary>
    public async Task EndAllAsync(Guid userId, SessionEndReason reason, Guid? exceptSessionId = null, CancellationToken ct = default)
    {
        var now = time.UtcNow();
        var open = await db.UserSessions
            .Where(s => s.UserId == userId && s.EndedAt == null && s.Id != exceptSessionId)
            .ToListAsync(ct);
        foreach (var session in open)
        {
            session.End(reason, now);
        }
    }

    /// <summary>Ends one session now (a no-op if it has already ended).</summary>
    public async Task EndNowAsync(Guid sessionId, SessionEndReason reason, CancellationToken ct = default)
    {
        if (await db.UserSessions.FindAsync([sessionId], ct) is { } session)
        {
            session.End(reason, time.UtcNow());
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>"Sign out everywhere else": ends every session of the signed-in person but the one they are using.</summary>
    public async Task SignOutOthersAsync(Actor actor, Guid currentSessionId, CancellationToken ct)
    {
        await EndAllAsync(actor.UserId, SessionEndReason.SignedOutElsewhere, currentSessionId, ct);
        audit.Record("SignedOutElsewhere", nameof(AppUser), actor.UserId);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The most sessions the Security page lists: more at once means sign-ins from many places, and "Sign out everywhere else" ends them all.</summary>
    public const int MostListed = 50;

    /// <summary>The account's sessions that can still be used, the latest sign-in first (at most <see cref="MostListed"/>, one SQL command).</summary>
    public async Task<IReadOnlyList<OpenSession>> OpenAsync(Guid userId, CancellationToken ct)
    {
        var now = time.UtcNow();
        return await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.EndedAt == null && s.IdleExpiresAt > now)
            .OrderByDescending(s => s.CreatedAt)
            .Take(MostListed)
            .Select(s => new OpenSession(s.Id, s.CreatedAt, s.LastActiveAt, s.UserAgent))
            .ToListAsync(ct);
    }
}
