using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilySafeguarding.IntegrationTests.SignIn.SignInSteps;

namespace FamilySafeguarding.IntegrationTests.SignIn;

/// <summary>
/// The Security page lists the signed-in person's own open sessions (when they started, when last active, which
/// browser), marks the one in use, signs them out everywhere else, and leads to two-factor authentication.
/// </summary>
public sealed class SecurityPageTests(Apps apps) : IClassFixture<Apps>
{
    private const string ChromeOnWindows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    private const string FirefoxOnMac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101 Firefox/133.0";
    private const string SafariOnIPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SecurityPage_ListsThisPersonsSessionsOnly_AndMarksThisDevice(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var person = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var someoneElse = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var laptop = await SignedInWithAsync(app, person, ChromeOnWindows);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await SignedInWithAsync(app, person, FirefoxOnMac);
        var signedOut = await SignedInWithAsync(app, person, SafariOnIPhone);
        await signedOut.SignOutAsync();
        var other = await SignedInWithAsync(app, someoneElse, SafariOnIPhone);

        var page = await laptop.GetHtmlAsync("/account/security");

        Assert.Equal("Security", page.QuerySelector("h1")?.TextContent.Trim());
        var cards = page.QuerySelectorAll(".govuk-summary-card")
            .Select(c => (Browser: c.QuerySelector(".govuk-summary-card__title")!.TextContent.Trim(), ThisDevice: c.QuerySelector(".govuk-tag")?.TextContent.Trim()))
            .ToList();
        Assert.Equal([("Chrome on Windows", "This device"), ("Firefox on macOS", null)], cards);
        Assert.Contains("16 November 2026 at", page.QuerySelector(".govuk-summary-card .govuk-summary-list__value")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form[action='/account/security/sign-out-others'] button"));
        Assert.Equal("/account/two-factor", page.QuerySelector("main a.govuk-link[href='/account/two-factor']")?.GetAttribute("href"));

        // The other person sees their own session only, and nothing to sign out of.
        var theirs = await other.GetHtmlAsync("/account/security");
        Assert.Equal(["Safari on iPhone"], theirs.QuerySelectorAll(".govuk-summary-card__title").Select(t => t.TextContent.Trim()));
        Assert.Null(theirs.QuerySelector("form[action='/account/security/sign-out-others']"));
        Assert.Contains("You are not signed in anywhere else.", theirs.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task HeaderSecurityLink_LeadsToTheSecurityPage(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var client = await app.NewClient().SignInAsync(await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council));

        var home = await client.GetHtmlAsync("/teams");

        Assert.Equal("/account/security", home.QuerySelectorAll(".app-header__link").Single(a => a.TextContent.Trim() == "Security").GetAttribute("href"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SecurityPage_AndSignOutEverywhereElse_WhenAnonymous_AreRefused(string provider)
    {
        var (app, _) = await apps.GetAsync(provider);
        var client = app.NewClient();
        var sessionsBefore = await app.WithDbAsync(db => db.UserSessions.CountAsync(s => s.EndedAt == null));

        AssertSentToSignIn(await client.GetAsync("/account/security"));
        AssertSentToSignIn(await client.PostFormAsync("/account/security/sign-out-others", [], tokenFrom: "/sign-in"));

        Assert.Equal(sessionsBefore, await app.WithDbAsync(db => db.UserSessions.CountAsync(s => s.EndedAt == null)));
    }

    /// <summary>The page costs the same SQL commands with one session as with many, open and ended, and lists at most 50.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SecurityPage_CostsTheSameCommandsWhateverTheNumberOfSessions(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var person = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var client = await SignedInWithAsync(app, person, ChromeOnWindows);
        await client.GetAsync("/account/security");
        app.Commands.Reset();
        await client.GetHtmlAsync("/account/security");
        var withOne = app.Commands.Count;

        // 60 more sign-ins, every sixth signed out again: 51 open sessions and 10 ended.
        for (var i = 0; i < 60; i++)
        {
            var other = await SignedInWithAsync(app, person, FirefoxOnMac);
            if (i % 6 == 0)
            {
                await other.SignOutAsync();
            }
        }

        await client.GetAsync("/account/security");
        app.Commands.Reset();
        var page = await client.GetHtmlAsync("/account/security");

        Assert.Equal(withOne, app.Commands.Count);
        Assert.Equal(UserSessionsMostListed, page.QuerySelectorAll(".govuk-summary-card").Length);
    }

    private const int UserSessionsMostListed = FamilySafeguarding.Application.Security.UserSessions.MostListed;

    private static async Task<HttpClient> SignedInWithAsync(AppFactory app, TestUser user, string userAgent)
    {
        var client = app.NewClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);
        return await client.SignInAsync(user);
    }
}
