using System.Net;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using static FamilySafeguarding.IntegrationTests.SignIn.SignInSteps;

namespace FamilySafeguarding.IntegrationTests.SignIn;

/// <summary>
/// A session ends after 30 minutes without activity and 10 hours after sign-in however active (ASVS 5.0 7.3.1, 7.3.2),
/// and signing out ends it on the server too, so a kept copy of the cookie stops working (7.4.1) within the security
/// stamp's one-minute validation interval. Each test moves the clock, so each runs its own app.
/// </summary>
public sealed class SessionLifetimeTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Session_WithNoActivityFor30Minutes_Ends(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var client = await app.NewClient().SignInAsync(user);

        app.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/teams")).StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(31));
        AssertSentToSignIn(await client.GetAsync("/teams"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Session_WithARequestEvery20Minutes_StaysOpen_UntilTenHoursAfterSignIn(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var client = await app.NewClient().SignInAsync(user);
        var signedIn = app.Clock.GetUtcNow();

        while (app.Clock.GetUtcNow() - signedIn < TimeSpan.FromHours(10))
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            var response = await client.GetAsync("/teams");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{app.Clock.GetUtcNow() - signedIn} after sign-in: {(int)response.StatusCode} {response.Headers.Location}");
        }

        app.Clock.Advance(TimeSpan.FromMinutes(20));
        AssertSentToSignIn(await client.GetAsync("/teams"));

        // Not just this request: the session is over, and the cookie with it.
        AssertSentToSignIn(await client.GetAsync("/people"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignOut_EndsTheSessionOnTheServer_SoAKeptCopyOfTheCookieIsRefused(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var client = app.NewClient();
        var signIn = await client.TryToSignInAsync(user.Email, user.Password);
        var copy = signIn.CookieSet(AuthCookie);
        Assert.NotNull(copy);
        using var replay = app.BareClient();
        Assert.Equal(HttpStatusCode.OK, (await replay.GetWithCookieAsync("/teams", copy)).StatusCode);

        await client.SignOutAsync();
        AssertSentToSignIn(await client.GetAsync("/teams"));

        // Sign-out renews the security stamp, and sessions check their stamp once a minute. The session lives in the
        // cookie, not on the server, so until that check a copy is still accepted (up to 60 seconds after sign-out).
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        AssertSentToSignIn(await replay.GetWithCookieAsync("/teams", copy));
        AssertSentToSignIn(await replay.GetWithCookieAsync("/people", copy));
    }
}
