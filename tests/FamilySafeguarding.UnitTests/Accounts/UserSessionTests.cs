using FamilySafeguarding.Application.Security;

namespace FamilySafeguarding.UnitTests.Accounts;

public sealed class UserSessionTests
{
    private static readonly DateTime SignedIn = new(2026, 11, 16, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    [Fact]
    public void New_IsOpen_WithTheIdleTimeoutFromSignIn_AndARandomId()
    {
        var session = NewSession();

        Assert.False(session.HasEnded);
        Assert.Equal(SignedIn, session.LastActiveAt);
        Assert.Equal(SignedIn + Idle, session.IdleExpiresAt);
        Assert.NotEqual(session.Id, NewSession().Id);
    }

    [Fact]
    public void Touch_RenewsTheIdleTimeoutFromNow_ButNeverPastTheAbsoluteLimit()
    {
        var session = NewSession();

        session.Touch(SignedIn.AddMinutes(20), Idle);
        Assert.Equal(SignedIn.AddMinutes(20) + Idle, session.IdleExpiresAt);

        KeepActive(session, SignedIn.AddHours(9).AddMinutes(50));
        Assert.Equal(SignedIn.AddHours(10), session.IdleExpiresAt);
        Assert.Equal(SignedIn.AddHours(10), session.AbsoluteExpiresAt);
    }

    [Fact]
    public void LimitReachedAt_TellsIdleFromAbsolute()
    {
        var session = NewSession();

        Assert.Null(session.LimitReachedAt(SignedIn.AddMinutes(29)));
        Assert.Equal(SessionEndReason.IdleTimeout, session.LimitReachedAt(SignedIn.AddMinutes(30)));

        KeepActive(session, SignedIn.AddHours(9).AddMinutes(45));
        Assert.Equal(SessionEndReason.AbsoluteLimit, session.LimitReachedAt(SignedIn.AddHours(10)));
    }

    [Fact]
    public void Touch_AfterALimit_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => NewSession().Touch(SignedIn.AddMinutes(31), Idle));

    [Fact]
    public void End_RecordsWhenAndWhy_DropsTheTicket_AndKeepsTheFirstReason()
    {
        var session = NewSession();

        session.End(SessionEndReason.SignedOut, SignedIn.AddMinutes(5));
        session.End(SessionEndReason.AccountDisabled, SignedIn.AddMinutes(6));

        Assert.Equal((SignedIn.AddMinutes(5), SessionEndReason.SignedOut), (session.EndedAt, session.EndReason));
        Assert.Null(session.Ticket);
        Assert.Throws<InvalidOperationException>(() => session.ReplaceTicket([1]));
    }

    [Fact]
    public void End_OfASessionAlreadyPastALimit_RecordsTheLimit_WhenItWasReached()
    {
        var idle = NewSession();
        idle.End(SessionEndReason.AccountDisabled, SignedIn.AddHours(2));
        Assert.Equal((SignedIn + Idle, SessionEndReason.IdleTimeout), (idle.EndedAt, idle.EndReason));

        var old = NewSession();
        KeepActive(old, SignedIn.AddHours(9).AddMinutes(40));
        old.End(SessionEndReason.SignedOut, SignedIn.AddHours(11));
        Assert.Equal((SignedIn.AddHours(10), SessionEndReason.AbsoluteLimit), (old.EndedAt, old.EndReason));
    }

    [Fact]
    public void UserAgent_IsKeptWithoutControlCharacters_AndCutToItsLimit()
    {
        Assert.Equal("Mozilla/5.0 x", NewSession("Mozilla/5.0\0 x\n").UserAgent);
        Assert.Equal(UserSession.UserAgentMaxLength, NewSession(new string('a', 1000)).UserAgent!.Length);
        Assert.Null(NewSession("  ").UserAgent);
    }

    /// <summary>A request every 20 minutes until <paramref name="until"/>.</summary>
    private static void KeepActive(UserSession session, DateTime until)
    {
        for (var at = session.LastActiveAt.AddMinutes(20); at < until; at = at.AddMinutes(20))
        {
            session.Touch(at, Idle);
        }

        session.Touch(until, Idle);
    }

    private static UserSession NewSession(string? userAgent = "Mozilla/5.0") =>
        new(Guid.NewGuid(), SignedIn, SignedIn.AddHours(10), SignedIn, Idle, userAgent, [1, 2, 3]);
}
