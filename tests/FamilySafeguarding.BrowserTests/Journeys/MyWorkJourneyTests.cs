using FamilySafeguarding.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FamilySafeguarding.BrowserTests.Journeys;

/// <summary>A social worker finds their overdue monthly summaries from the home page and the menu.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MyWorkJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task SocialWorker_SeesOverdueSummariesOnTheHomePage_AndListsThemOnMyWork()
    {
        await using var journey = await fixture.StartJourneyAsync(output);
        var page = journey.Page;
        await journey.SignInAsync(Demo.SocialWorker, Demo.Password);

        var panel = page.Locator("#my-work-panel");
        await Expect(panel).ToContainTextAsync("overdue");
        await journey.CheckPageAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "My work" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My work", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();
        var rows = page.Locator("#my-work tbody tr");
        await Expect(rows.First).ToContainTextAsync("Overdue");
        await Expect(page.Locator("#my-work a[href$='/edit']").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"^/families/[0-9a-f-]+/workbook/chapters/[0-9a-f-]+/\d{4}-\d{2}/edit$"));
        await journey.ScreenshotAsync("my-work");
    }
}
