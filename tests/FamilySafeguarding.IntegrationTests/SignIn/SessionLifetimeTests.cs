using System.Globalization;
using System.Net;
using FamilySafeguarding.Application.Security;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using static FamilySafeguarding.IntegrationTests.SignIn.SignInSteps;

namespace FamilySafeguarding.IntegrationTests.SignIn;

/// <summary>
/// The server enforces a session's limits on its row (ADR-017): it ends after 30 minutes without activity and 10 hours
/// after sign-in however active (ASVS 5.0 7.3.1, 7.3.2); keep-alive renews the idle timeout only; a refreshed sign-in
/// gets a new session id but not a new absolute limit (7.2.4). Each row records why its session ended. Each test moves
/// the clock by hours, so each runs its own app.
/// </summary>
public sealed class SessionLifetimeTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Session_WithNoActivityFor30Minutes_Ends_AndItsRowSaysItWentIdle(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var (client, copy) = await app.SignInKeepingACopyAsync(user);

        app.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/teams")).StatusCode);
        var lastActive = app.Clock.GetUtcNow().UtcDateTime;

        app.Clock.Advance(TimeSpan.FromMinutes(29) + TimeSpan.FromSeconds(59));
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/people")).StatusCode);

        // Just before the end, that request (a copy's, as good as any) renewed the idle timeout; 30 minutes without one end it.
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        AssertSentToSignIn(await client.GetAsync("/teams"));
        AssertSentToSignIn(await copy.GetAsync("/teams"));

        var session = await app.SessionAsync(app.SessionIdOf(copy.Cookie));
        Assert.Equal(SessionEndReason.IdleTimeout, session.EndReason);
        Assert.Equal(lastActive + TimeSpan.FromMinutes(59) + TimeSpan.FromSeconds(59), session.EndedAt);
        Assert.Null(session.Ticket);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Session_WithARequestEvery20Minutes_StaysOpen_UntilTenHoursAfterSignIn(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var (client, copy) = await app.SignInKeepingACopyAsync(user);
        var signedIn = app.Clock.GetUtcNow();

        await StayActiveAsync(app, client, until: signedIn + TimeSpan.FromMinutes((9 * 60) + 40));

        app.Clock.Set(signedIn + TimeSpan.FromHours(10) - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/teams")).StatusCode);

        app.Clock.Set(signedIn + TimeSpan.FromHours(10));
        AssertSentToSignIn(await client.GetAsync("/teams"));
        AssertSentToSignIn(await copy.GetAsync("/people"));

        var session = await app.SessionAsync(app.SessionIdOf(copy.Cookie));
        Assert.Equal((SessionEndReason.AbsoluteLimit, (signedIn + TimeSpan.FromHours(10)).UtcDateTime), (session.EndReason, session.EndedAt));
    }

    /// <summary>
    /// A request renews the idle timeout only when its last renewal is a minute old or more, so the session's row is
    /// written about once a minute, not on every request.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task LastActivity_IsWrittenAtMostOnceAMinute(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var (client, copy) = await app.SignInKeepingACopyAsync(user);
        var id = app.SessionIdOf(copy.Cookie);
        var signedIn = (await app.SessionAsync(id)).LastActiveAt;

        app.Clock.Advance(TimeSpan.FromSeconds(50));
        await client.GetAsync("/teams");
        Assert.Equal(signedIn, (await app.SessionAsync(id)).LastActiveAt);

        app.Clock.Advance(TimeSpan.FromSeconds(10));
        await client.GetAsync("/teams");
        var session = await app.SessionAsync(id);
        Assert.Equal(signedIn.AddMinutes(1), session.LastActiveAt);
        Assert.Equal(signedIn.AddMinutes(31), session.IdleExpiresAt);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task KeepAliveEvery40Seconds_KeepsTheSessionPastTheIdleTimeout_ButTheAbsoluteLimitStillEndsItAtTenHours(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var (_, copy) = await app.SignInKeepingACopyAsync(user);
        var signedIn = app.Clock.GetUtcNow();
        var end = signedIn + TimeSpan.FromHours(10);

        // Nothing but keep-alive for ten hours: every 40 seconds well past the idle timeout, then (to keep the test short)
        // every 20 minutes, then every 40 seconds again up to the limit. Each is accepted, and says how long the session
        // then has left: the idle timeout, until the absolute limit is nearer.
        await KeepAliveAsync(app, copy, TimeSpan.FromSeconds(40), until: signedIn + TimeSpan.FromMinutes(35), end);
        await KeepAliveAsync(app, copy, TimeSpan.FromMinutes(20), until: signedIn + TimeSpan.FromHours(9.5), end);
        await KeepAliveAsync(app, copy, TimeSpan.FromSeconds(40), until: end - TimeSpan.FromSeconds(1), end);

        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/teams")).StatusCode);
        app.Clock.Set(end);
        AssertSentToSignIn(await copy.KeepAliveAsync());
        AssertSentToSignIn(await copy.GetAsync("/teams"));
        Assert.Equal(SessionEndReason.AbsoluteLimit, (await app.SessionAsync(app.SessionIdOf(copy.Cookie))).EndReason);
    }

    /// <summary>
    /// Turning two-factor authentication on refreshes the sign-in (the session's claims change): the browser gets a new
    /// session id, the old one is refused, and the new session ends when the one it replaced would have.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RefreshedSignIn_GetsANewSessionId_RefusesTheOldOne_AndKeepsTheAbsoluteLimit(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var (client, copy) = await app.SignInKeepingACopyAsync(user);
        var signedIn = app.Clock.GetUtcNow();
        await StayActiveAsync(app, client, until: signedIn + TimeSpan.FromHours(5));

        var page = await client.GetHtmlAsync("/account/two-factor");
        var key = page.QuerySelector(".app-key")!.TextContent;
        var turnedOn = await client.PostFormAsync("/account/two-factor", new() { ["Code"] = CodeNow(app, key), ["Password"] = user.Password }, tokenFrom: "/account/two-factor");
        Assert.Equal(HttpStatusCode.OK, turnedOn.StatusCode);
        var renewed = turnedOn.CookieSet(AuthCookie);
        Assert.NotNull(renewed);
        Assert.NotEqual(app.SessionIdOf(copy.Cookie), app.SessionIdOf(renewed));

        AssertSentToSignIn(await copy.GetAsync("/teams"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/teams")).StatusCode);
        var old = await app.SessionAsync(app.SessionIdOf(copy.Cookie));
        var current = await app.SessionAsync(app.SessionIdOf(renewed));
        Assert.Equal(SessionEndReason.Replaced, old.EndReason);
        Assert.Equal((old.CreatedAt, old.AbsoluteExpiresAt), (current.CreatedAt, current.AbsoluteExpiresAt));

        await StayActiveAsync(app, client, until: signedIn + TimeSpan.FromMinutes((9 * 60) + 40));

        app.Clock.Set(signedIn + TimeSpan.FromHours(10));
        AssertSentToSignIn(await client.GetAsync("/teams"));
        Assert.Equal(SessionEndReason.AbsoluteLimit, (await app.SessionAsync(current.Id)).EndReason);
    }

    /// <summary>A page request every 20 minutes until <paramref name="until"/>, each of them served.</summary>
    private static async Task StayActiveAsync(AppFactory app, HttpClient client, DateTimeOffset until)
    {
        while (app.Clock.GetUtcNow() + TimeSpan.FromMinutes(20) <= until)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            var response = await client.GetAsync("/teams");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"At {app.Clock.GetUtcNow():HH:mm}: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    private static async Task KeepAliveAsync(AppFactory app, CopiedSession copy, TimeSpan every, DateTimeOffset until, DateTimeOffset end)
    {
        while (app.Clock.GetUtcNow() + every <= until)
        {
            app.Clock.Advance(every);
            var response = await copy.KeepAliveAsync();
            Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"{end - app.Clock.GetUtcNow()} before the limit: {(int)response.StatusCode}");
            var left = TimeSpan.FromSeconds(int.Parse(response.Headers.GetValues("X-Session-Expires-In").Single(), CultureInfo.InvariantCulture));
            Assert.Equal(TimeSpan.FromMinutes(30) < end - app.Clock.GetUtcNow() ? TimeSpan.FromMinutes(30) : end - app.Clock.GetUtcNow(), left);
        }
    }
}
