using System.Net;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;

namespace FamilySafeguarding.IntegrationTests.Workbooks;

/// <summary>
/// "Stay signed in" on the session timeout warning renews the idle timeout from the moment it is pressed, and each page
/// tells its script how long the session has left. Each test moves the clock, so each runs its own app.
/// </summary>
public sealed class SessionKeepAliveTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task KeepAlive_RenewsTheIdleTimeoutFromNow(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var client = await app.NewClient().SignInAsync(user);
        var token = await client.AntiforgeryTokenAsync("/");

        // Ten minutes in, the keep-alive renews the idle timeout from now, and says how long the session has left.
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/session/keep-alive");
        request.Headers.Add("RequestVerificationToken", token);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("1800", response.Headers.GetValues("X-Session-Expires-In").Single());

        app.Clock.Advance(TimeSpan.FromMinutes(25));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/teams")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Pages_TellTheirScriptHowLongTheSessionHasLeft(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var client = await app.NewClient().SignInAsync(user);

        // Half a minute in, nothing renews the session.
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var page = await client.GetHtmlAsync("/teams");
        Assert.Equal("1770", page.Body!.GetAttribute("data-session-expires-in"));
        Assert.Equal("1800", page.Body!.GetAttribute("data-session-idle-seconds"));
        Assert.Equal("/js/session-timeout.mjs", page.QuerySelector("script[src^='/js/session-timeout.mjs']")!.GetAttribute("src")!.Split('?')[0]);

        // Ten minutes later the request renews the idle timeout (its last renewal is over a minute old): the page says so.
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal("1800", (await client.GetHtmlAsync("/teams")).Body!.GetAttribute("data-session-expires-in"));

        // Anonymous pages have no warning.
        Assert.Null((await app.NewClient().GetHtmlAsync("/sign-in")).QuerySelector("script[src^='/js/session-timeout.mjs']"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task KeepAlive_WithoutTheAntiforgeryToken_IsBadRequest(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var client = await app.NewClient().SignInAsync(user);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/session/keep-alive", null)).StatusCode);
    }
}
