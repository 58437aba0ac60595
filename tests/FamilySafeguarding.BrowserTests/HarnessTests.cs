using FamilySafeguarding.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace FamilySafeguarding.BrowserTests;

/// <summary>
/// The set-up every journey relies on is what it claims: HTTPS with production cookies, the CSP in force, and an axe
/// check that does find violations.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HarnessTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task App_RunsOverHttps_AndSignsInWithASecureHostOnlyCookie()
    {
        await using var journey = await fixture.StartJourneyAsync(output);
        Assert.Equal("https", fixture.App.BaseAddress.Scheme);
        await journey.SignInAsync(Demo.Auditor, Demo.Password);

        var session = Assert.Single(await journey.Page.Context.CookiesAsync(), c => c.Name == "__Host-FamilySafeguarding");
        Assert.True(session.Secure);
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, session.SameSite);
        Assert.Equal("/", session.Path);
    }

    [BrowserFact]
    public async Task Pages_RunUnderTheirContentSecurityPolicy_WhichRefusesInlineScript_YetAxeIsInThePage()
    {
        await using var journey = await fixture.StartJourneyAsync(output);
        var page = journey.Page;
        await journey.GoToAsync("/sign-in");

        var refusal = await Assert.ThrowsAsync<PlaywrightException>(() => page.AddScriptTagAsync(new() { Content = "window.inlineScriptRan = true;" }));
        Assert.Contains("Content Security Policy", refusal.Message, StringComparison.Ordinal);
        Assert.False(await page.EvaluateAsync<bool>("() => window.inlineScriptRan === true"));
        Assert.NotEmpty(await page.EvaluateAsync<string>("() => axe.version"));
    }

    [BrowserFact]
    public async Task Axe_FailsAPage_WithASeriousViolation()
    {
        await using var journey = await fixture.StartJourneyAsync(output);
        var page = journey.Page;
        await journey.GoToAsync("/sign-in");

        // An input with no label (axe rule "label", critical).
        await page.EvaluateAsync("() => document.querySelector('form').append(Object.assign(document.createElement('input'), { type: 'text', id: 'unlabelled' }))");

        var violations = await Accessibility.CheckAsync(page);
        var failure = Assert.Throws<FailException>(() => Accessibility.AssertNoSeriousViolations("the sign-in page", violations));
        Assert.Contains("label (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#unlabelled", failure.Message, StringComparison.Ordinal);
    }
}
