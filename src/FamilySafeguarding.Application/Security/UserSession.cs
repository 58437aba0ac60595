using System.Security.Cryptography;

namespace FamilySafeguarding.Application.Security;

/// <summary>
/// One signed-in session: a row per sign-in (ADR-017). The sign-in cookie holds only its id; the row holds the
/// authentication ticket and the limits the server enforces on every request. An ended session keeps its row (when and
/// why it ended) but not its ticket.
/// </summary>
public sealed class UserSession
{
    /// <summary>The browser's User-Agent header is kept up to this length, for the Security page's description.</summary>
    public const int UserAgentMaxLength = 256;

    /// <param name="createdAt">When the person signed in (for a refreshed sign-in, the sign-in it refreshes).</param>
    /// <param name="now">When this session starts being used.</param>
    public UserSession(Guid userId, DateTime createdAt, DateTime absoluteExpiresAt, DateTime now, TimeSpan idleTimeout, string? userAgent, byte[] ticket)
    {
        // The session key: 128 random bits from the system's CSPRNG, not a version 7 id (whose time part is guessable).
        Id = new Guid(RandomNumberGenerator.GetBytes(16));
        UserId = userId;
        CreatedAt = createdAt;
        AbsoluteExpiresAt = absoluteExpiresAt;
        LastActiveAt = now;
        IdleExpiresAt = IdleExpiry(now, idleTimeout, absoluteExpiresAt);
        UserAgent = Clean(userAgent);
        Ticket = ticket;
    }

    private UserSession()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>When the person signed in.</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>The last request that renewed the idle timeout (written at most about once a minute, and by keep-alive).</summary>
    public DateTime LastActiveAt { get; private set; }

    /// <summary>The session ends here unless a request renews it; never later than <see cref="AbsoluteExpiresAt"/>.</summary>
    public DateTime IdleExpiresAt { get; private set; }

    /// <summary>The session ends here however active it is.</summary>
    public DateTime AbsoluteExpiresAt { get; private set; }

    public DateTime? EndedAt { get; private set; }

    public SessionEndReason? EndReason { get; private set; }

    /// <summary>The browser's User-Agent header, without control characters, cut to <see cref="UserAgentMaxLength"/>.</summary>
    public string? UserAgent { get; private set; }

    /// <summary>The serialized authentication ticket (the principal and its properties); removed when the session ends.</summary>
    public byte[]? Ticket { get; private set; }

    public bool HasEnded => EndedAt is not null;

    /// <summary>The idle expiry of a request at <paramref name="now"/>: the idle timeout from now, but never past the absolute limit.</summary>
    public static DateTime IdleExpiry(DateTime now, TimeSpan idleTimeout, DateTime absoluteExpiresAt) =>
        now + idleTimeout < absoluteExpiresAt ? now + idleTimeout : absoluteExpiresAt;

    /// <summary>The limit the session has reached at <paramref name="now"/>, if it has reached one.</summary>
    public SessionEndReason? LimitReachedAt(DateTime now) =>
        now >= AbsoluteExpiresAt ? SessionEndReason.AbsoluteLimit
        : now >= IdleExpiresAt ? SessionEndReason.IdleTimeout
        : null;

    /// <summary>Activity at <paramref name="now"/> renews the idle timeout (never the absolute limit).</summary>
    public void Touch(DateTime now, TimeSpan idleTimeout)
    {
        if (HasEnded || LimitReachedAt(now) is not null)
        {
            throw new InvalidOperationException("An ended or expired session cannot be renewed.");
        }

        LastActiveAt = now;
        IdleExpiresAt = IdleExpiry(now, idleTimeout, AbsoluteExpiresAt);
    }

    /// <summary>A renewed ticket for the same account (the cookie handler renews tickets it has refreshed).</summary>
    public void ReplaceTicket(byte[] ticket)
    {
        if (HasEnded)
        {
            throw new InvalidOperationException("An ended session cannot be given a new ticket.");
        }

        Ticket = ticket;
    }

    /// <summary>
    /// Ends the session (once: a session already ended keeps its first reason). If it had already reached a limit, that
    /// limit is the reason, at the moment it was reached.
    /// </summary>
    public void End(SessionEndReason reason, DateTime now)
    {
        if (HasEnded)
        {
            return;
        }

        var limit = LimitReachedAt(now);
        EndReason = limit ?? reason;
        EndedAt = limit switch
        {
            SessionEndReason.AbsoluteLimit => AbsoluteExpiresAt,
            SessionEndReason.IdleTimeout => IdleExpiresAt,
            _ => now,
        };
        Ticket = null;
    }

    private static string? Clean(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return null;
        }

        var text = new string([.. userAgent.Where(c => !char.IsControl(c))]).Trim();
        return text.Length == 0 ? null : text[..Math.Min(text.Length, UserAgentMaxLength)];
    }
}
