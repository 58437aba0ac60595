using System.Text.RegularExpressions;
using FamilySafeguarding.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FamilySafeguarding.BrowserTests.Journeys;

/// <summary>A social worker reads the teams and the people directory, and cannot change them.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SocialWorkerJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task SocialWorker_SeesTheirTeamWithoutAddAMember_AndFindsPeopleByDiscipline()
    {
        await using var journey = await fixture.StartJourneyAsync(output);
        var page = journey.Page;
        await journey.SignInAsync(Demo.SocialWorker, Demo.Password);
        await Expect(page.Locator(".app-header__person")).ToHaveTextAsync("Tom Fielding");

        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Organisations" })).ToHaveCountAsync(0);
        await menu.GetByRole(AriaRole.Link, new() { Name = "Teams" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Services and teams", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Add a service" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Riverside Team", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Riverside Team", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tom Fielding" }).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Add a member" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^End membership") })).ToHaveCountAsync(0);

        // Opening the form's address directly is refused with the permission page.
        var addMember = new Uri(page.Url).AbsolutePath + "/members/new";
        await journey.GoToAsync(addMember, expectedStatus: 403);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You do not have permission to do this", Level = 1 })).ToBeVisibleAsync();

        await menu.GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "People", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();
        await page.GetByLabel("Discipline").SelectOptionAsync(new SelectOptionValue { Label = "Domestic abuse" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(DomesticAbuseFilter());
        await journey.CheckPageAsync();
        await Expect(page.GetByLabel("Discipline")).ToHaveValueAsync("DomesticAbuse");
        var results = page.GetByRole(AriaRole.Table, new() { Name = "People" });
        await Expect(results.GetByRole(AriaRole.Link, new() { Name = "Aisha Rahman" })).ToBeVisibleAsync();
        await Expect(results.GetByRole(AriaRole.Link, new() { Name = "Tom Fielding" })).ToHaveCountAsync(0);
        await journey.ScreenshotAsync("04-people-filtered-by-discipline");

        await results.GetByRole(AriaRole.Link, new() { Name = "Aisha Rahman" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aisha Rahman", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();
        var memberships = page.GetByRole(AriaRole.Table, new() { Name = "Team memberships" });
        await Expect(memberships.GetByRole(AriaRole.Link, new() { Name = "Riverside Team" })).ToBeVisibleAsync();
        await Expect(memberships.GetByRole(AriaRole.Link, new() { Name = "Millbrook Team" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign-in account" })).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"/people\?.*discipline=DomesticAbuse")]
    private static partial Regex DomesticAbuseFilter();
}
