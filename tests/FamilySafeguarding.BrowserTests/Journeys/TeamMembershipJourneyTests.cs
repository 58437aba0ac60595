using System.Globalization;
using System.Text.RegularExpressions;
using FamilySafeguarding.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FamilySafeguarding.BrowserTests.Journeys;

/// <summary>An administrator manages team membership: adding someone, and the errors the form can show.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TeamMembershipJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Administrator_AddsAPersonToATeam_SeesThemInTheTeam_AndAfterSigningOutIsAskedToSignIn()
    {
        await using var journey = await fixture.StartJourneyAsync(output);
        var page = journey.Page;
        await journey.SignInAsync(Demo.Administrator, Demo.Password);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Teams" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Services and teams", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Demo.WestService })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Demo.EastService })).ToBeVisibleAsync();
        foreach (var team in Demo.Teams)
        {
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = team, Exact = true })).ToBeVisibleAsync();
        }

        await journey.ScreenshotAsync("01-services-and-teams");

        await page.GetByRole(AriaRole.Link, new() { Name = "Riverside Team", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Riverside Team", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Jamal Carter" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a member" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add a team member", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();

        var person = page.GetByLabel("Person or vacant post");
        await Expect(person.Locator("option", new() { HasText = "Tom Fielding" })).ToHaveCountAsync(0); // already in the team
        var jamal = await person.Locator("option", new() { HasText = "Jamal Carter" }).GetAttributeAsync("value");
        await person.SelectOptionAsync(jamal!);
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        await FillDateAsync(page, "Date they join the team", start);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to team" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Riverside Team", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The team member has been added.");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "Jamal Carter" }) });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Also in Hillside Team");
        await Expect(row).ToContainTextAsync($"{start.ToString("d MMM yyyy", CultureInfo.CurrentCulture)} to no end date");
        await journey.ScreenshotAsync("02-team-after-adding-a-member");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(SignedOutUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have signed out", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);

        await journey.GoToAsync("/teams");
        await Expect(page).ToHaveURLAsync(SignInUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Family Safeguarding", Level = 1 })).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task AddMember_WithNoPersonAndAnImpossibleDate_ShowsTheErrorsBesideTheFields_AndKeepsWhatWasTyped()
    {
        await using var journey = await fixture.StartJourneyAsync(output);
        var page = journey.Page;
        await journey.SignInAsync(Demo.Administrator, Demo.Password);
        await OpenAddMemberAsync(journey, "Millbrook Team");

        await FillDateAsync(page, "Date they join the team", "31", "2", "2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to team" }).ClickAsync();

        await Expect(page).ToHaveTitleAsync(ErrorTitle());
        await journey.CheckPageAsync();
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        await Expect(summary).ToBeFocusedAsync(); // GOV.UK Frontend's error summary script ran, despite the CSP
        var personLink = summary.GetByRole(AriaRole.Link, new() { Name = "Select the person or vacant post to add" });
        var dateLink = summary.GetByRole(AriaRole.Link, new() { Name = "The date they join the team must be a real date" });
        await Expect(personLink).ToHaveAttributeAsync("href", "#PersonId");
        await Expect(dateLink).ToHaveAttributeAsync("href", "#StartDate");
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveCountAsync(2);

        await Expect(page.Locator("#PersonId-error")).ToHaveTextAsync("Error: Select the person or vacant post to add");
        await Expect(page.GetByLabel("Person or vacant post")).ToHaveAttributeAsync("aria-describedby", new Regex(@"\bPersonId-error\b"));
        var startDate = page.GetByRole(AriaRole.Group, new() { Name = "Date they join the team" });
        await Expect(startDate.Locator(".govuk-error-message")).ToHaveTextAsync("Error: The date they join the team must be a real date");
        await Expect(startDate.GetByLabel("Day")).ToHaveValueAsync("31");
        await Expect(startDate.GetByLabel("Month")).ToHaveValueAsync("2");
        await Expect(startDate.GetByLabel("Year")).ToHaveValueAsync("2026");
        await Expect(page.GetByLabel("Person or vacant post")).ToHaveValueAsync(string.Empty);
        await journey.ScreenshotAsync("03-add-member-with-errors");

        await dateLink.ClickAsync();
        await Expect(startDate.GetByLabel("Day")).ToBeFocusedAsync();
        await personLink.ClickAsync();
        await Expect(page.GetByLabel("Person or vacant post")).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task AddMember_ForASpecialistAlreadyInTwoTeams_IsRefused_AndTheFormKeepsTheChoices()
    {
        await using var journey = await fixture.StartJourneyAsync(output);
        var page = journey.Page;
        await journey.SignInAsync(Demo.Administrator, Demo.Password);
        await OpenAddMemberAsync(journey, "Hillside Team");

        var person = page.GetByLabel("Person or vacant post");
        var aisha = await person.Locator("option", new() { HasText = "Aisha Rahman" }).GetAttributeAsync("value");
        await person.SelectOptionAsync(aisha!);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (joins, leaves) = (today.AddMonths(-1), today.AddYears(1));
        await FillDateAsync(page, "Date they join the team", joins);
        await FillDateAsync(page, "Date they leave the team (optional)", leaves);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to team" }).ClickAsync();

        await Expect(page).ToHaveTitleAsync(ErrorTitle());
        await journey.CheckPageAsync();
        const string Refusal = "Aisha Rahman is already in 2 teams for some of those dates. A person can be in at most 2 teams at once: end one membership first";
        await Expect(page.Locator(".govuk-error-summary").GetByRole(AriaRole.Link, new() { Name = Refusal })).ToHaveAttributeAsync("href", "#PersonId");
        await Expect(page.Locator("#PersonId-error")).ToHaveTextAsync($"Error: {Refusal}");
        await Expect(person).ToHaveValueAsync(aisha!);
        var start = page.GetByRole(AriaRole.Group, new() { Name = "Date they join the team" });
        var end = page.GetByRole(AriaRole.Group, new() { Name = "Date they leave the team (optional)" });
        await ExpectDateAsync(start, joins);
        await ExpectDateAsync(end, leaves);

        await page.GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hillside Team", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Aisha Rahman" })).ToHaveCountAsync(0);
    }

    /// <summary>Services and teams, the team, then its "Add a member" button.</summary>
    private static async Task OpenAddMemberAsync(Journey journey, string team)
    {
        var page = journey.Page;
        await journey.GoToAsync("/teams");
        await page.GetByRole(AriaRole.Link, new() { Name = team, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = team, Level = 1 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a member" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add a team member", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();
    }

    private static async Task FillDateAsync(IPage page, string legend, string day, string month, string year)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });
        await group.GetByLabel("Day").FillAsync(day);
        await group.GetByLabel("Month").FillAsync(month);
        await group.GetByLabel("Year").FillAsync(year);
    }

    private static Task FillDateAsync(IPage page, string legend, DateOnly date) =>
        FillDateAsync(page, legend, Text(date.Day), Text(date.Month), Text(date.Year));

    private static async Task ExpectDateAsync(ILocator group, DateOnly date)
    {
        await Expect(group.GetByLabel("Day")).ToHaveValueAsync(Text(date.Day));
        await Expect(group.GetByLabel("Month")).ToHaveValueAsync(Text(date.Month));
        await Expect(group.GetByLabel("Year")).ToHaveValueAsync(Text(date.Year));
    }

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^Error: ")]
    private static partial Regex ErrorTitle();

    [GeneratedRegex("/signed-out$")]
    private static partial Regex SignedOutUrl();

    [GeneratedRegex(@"/sign-in\?returnUrl=%2Fteams$")]
    private static partial Regex SignInUrl();
}
