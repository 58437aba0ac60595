using System.Text.RegularExpressions;
using FamilySafeguarding.BrowserTests.Infrastructure;
using FamilySafeguarding.Infrastructure.DemoData;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FamilySafeguarding.BrowserTests.Journeys;

/// <summary>A team manager opens a family's case and lands on its overview. Depends on the demo teams and workers only.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class OpenFamilyJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly string TeamManager = DemoDataSeeder.EmailFor("Joanne Price");

    [BrowserFact]
    public async Task TeamManager_OpensAFamily_AfterFixingAMistake_AndSeesItsReferenceOnTheOverview()
    {
        await using var journey = await fixture.StartJourneyAsync(output);
        var page = journey.Page;
        await journey.SignInAsync(TeamManager, Demo.Password);
        // Her home is the team manager's (issue 14): she is allocated to no family herself.
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Summaries awaiting your oversight"), Level = 2 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Families" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My families", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Open a family's case" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open a family's case", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();
        await Expect(page.GetByLabel("Team that holds the family").Locator("option", new() { HasText = "Millbrook Team" })).ToHaveCountAsync(0);
        await page.GetByLabel("Team that holds the family").SelectOptionAsync(new SelectOptionValue { Label = "Riverside Team" });
        await page.GetByLabel("Lead social worker").SelectOptionAsync(new SelectOptionValue { Label = "Tom Fielding" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the case" }).ClickAsync();

        await Expect(page).ToHaveTitleAsync(ErrorTitle());
        await journey.CheckPageAsync();
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Enter the family's name" })).ToHaveAttributeAsync("href", "#DisplayName");
        await Expect(page.GetByLabel("Lead social worker")).ToHaveValueAsync(new Regex("^[0-9a-f-]{36}$"));
        await journey.ScreenshotAsync("open-family-with-errors");

        var name = $"Ashworth / Kaur family {Guid.NewGuid().ToString("N")[..4]}";
        await page.GetByLabel("Family's name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the case" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(new Regex(@"Its reference is FS-\d{6}\."));
        var reference = page.Locator(".govuk-summary-list__row").Filter(new() { HasText = "Reference" }).Locator("dd");
        await Expect(reference).ToHaveTextAsync(new Regex(@"^FS-\d{6}$"));
        await Expect(page.Locator(".govuk-summary-list__row").Filter(new() { HasText = "Lead social worker" }).Locator("dd")).ToHaveTextAsync("Tom Fielding");
        await Expect(page.GetByText("The genogram is drawn once the family's members are recorded.")).ToBeVisibleAsync();
        await journey.ScreenshotAsync("family-overview-after-opening");

        // The new family is found by its reference.
        var number = (await reference.TextContentAsync())!.Trim();
        await journey.GoToAsync($"/families?q={number}");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = number })).ToBeVisibleAsync();
    }

    [GeneratedRegex("^Error: ")]
    private static partial Regex ErrorTitle();
}
