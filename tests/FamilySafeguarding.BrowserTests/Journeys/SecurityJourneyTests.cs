using System.Text.RegularExpressions;
using FamilySafeguarding.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FamilySafeguarding.BrowserTests.Journeys;

/// <summary>
/// The Security page, from the header's link: where the person is signed in (this browser marked), read at desktop width
/// and on a 390 px phone, and "Sign out everywhere else", after which the other browser is back at sign-in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SecurityJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task SecurityPage_ShowsWhereYouAreSignedIn_AndSignsYouOutEverywhereElse()
    {
        await using var elsewhere = await fixture.StartJourneyAsync(output);
        await elsewhere.SignInAsync(Demo.Auditor, Demo.Password);
        await using var journey = await fixture.StartJourneyAsync(output);
        var page = journey.Page;
        await journey.SignInAsync(Demo.Auditor, Demo.Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "Security", Exact = true }).ClickAsync();
        await journey.CheckPageAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Security", Level = 1 })).ToBeVisibleAsync();
        var thisDevice = page.Locator(".govuk-summary-card", new() { HasText = "This device" });
        await Expect(thisDevice).ToHaveCountAsync(1);
        await Expect(thisDevice.Locator(".govuk-summary-card__title")).ToHaveTextAsync("Chrome on Linux");
        Assert.True(await page.Locator(".govuk-summary-card").CountAsync() >= 2);
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = TwoFactorLink() })).ToHaveAttributeAsync("href", "/account/two-factor");

        await page.SetViewportSizeAsync(390, 844);
        await journey.CheckPageAsync();
        Assert.False(
            await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"),
            "The Security page scrolls sideways at 390 px");
        await journey.ScreenshotAsync("security-page-390px");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out everywhere else" }).ClickAsync();
        await journey.CheckPageAsync();
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("You have been signed out everywhere else.");
        await Expect(page.Locator(".govuk-summary-card")).ToHaveCountAsync(1);
        await Expect(page.Locator("main")).ToContainTextAsync("You are not signed in anywhere else.");

        await elsewhere.Page.ReloadAsync();
        await elsewhere.CheckPageAsync();
        await Expect(elsewhere.Page).ToHaveURLAsync(SignInPage());
    }

    [GeneratedRegex("two-factor authentication$", RegexOptions.IgnoreCase)]
    private static partial Regex TwoFactorLink();

    [GeneratedRegex("/sign-in\\?returnUrl=")]
    private static partial Regex SignInPage();
}
