using FamilySafeguarding.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FamilySafeguarding.BrowserTests.Journeys;

/// <summary>Signing in.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task SignIn_WithAWrongPassword_ShowsTheError_KeepsTheEmail_AndEmptiesThePassword()
    {
        await using var journey = await fixture.StartJourneyAsync(output);
        var page = journey.Page;
        await journey.GoToAsync("/sign-in");

        await page.GetByLabel("Email address").FillAsync(Demo.Auditor);
        await page.GetByLabel("Password").FillAsync("not the right password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page).ToHaveTitleAsync("Error: Sign in – Family Safeguarding");
        await journey.CheckPageAsync();
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Enter a correct email address and password" })).ToHaveAttributeAsync("href", "#Email");
        await Expect(page.Locator("#Email-error")).ToHaveTextAsync("Error: Enter a correct email address and password");
        await Expect(page.GetByLabel("Email address")).ToHaveValueAsync(Demo.Auditor);
        await Expect(page.GetByLabel("Password")).ToBeEmptyAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);
    }
}
