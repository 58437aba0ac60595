using System.Globalization;
using FamilySafeguarding.BrowserTests.Infrastructure;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Infrastructure.DemoData;
using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FamilySafeguarding.BrowserTests.Journeys;

/// <summary>A team manager adds a child to a family, starts a Child in Need plan, then a Child Protection plan from it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FamilyMembersJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    [BrowserFact]
    public async Task TeamManager_AddsAChild_StartsChildInNeed_ThenChildProtection_AndSeesTheEscalationRecorded()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")));
        var familyId = await OpenFamilyAsync(today);
        await using var journey = await fixture.StartJourneyAsync(output);
        var page = journey.Page;
        await journey.SignInAsync(DemoDataSeeder.EmailFor("Joanne Price"), Demo.Password);

        await journey.GoToAsync($"/families/{familyId}/members");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Members", Level = 2 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a person" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add a person to the family", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();

        await page.GetByLabel("Full name", new() { Exact = true }).FillAsync("Maisie Brook");
        await page.GetByRole(AriaRole.Group, new() { Name = "Role in the family" }).GetByLabel("Child", new() { Exact = true }).CheckAsync();
        await FillDateAsync(page, "Date of birth", new DateOnly(2019, 4, 27));
        await page.GetByRole(AriaRole.Group, new() { Name = "Gender" }).GetByLabel("Female", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("NHS number (optional)").FillAsync("943 476 5919");
        await journey.ScreenshotAsync("members-01-add-a-child");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Maisie Brook", Level = 2 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Maisie Brook has been added to the family.");

        var cinStart = today.AddDays(-30);
        await page.GetByRole(AriaRole.Link, new() { Name = "Start a legal status" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Start a legal status for Maisie Brook", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();
        await page.GetByLabel("Child in Need plan", new() { Exact = true }).CheckAsync();
        await FillDateAsync(page, "Start date", cinStart);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start legal status" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The Child in Need plan has been recorded.");
        await journey.CheckPageAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Start a legal status" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Start a legal status for Maisie Brook", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckPageAsync();
        var category = page.GetByRole(AriaRole.Group, new() { Name = "Category of the Child Protection plan" });
        await page.GetByLabel("Child Protection plan", new() { Exact = true }).CheckAsync();
        await category.GetByLabel("Neglect").CheckAsync();
        await FillDateAsync(page, "Start date", today);
        await journey.ScreenshotAsync("members-02-start-a-cp-plan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start legal status" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(
            $"The Child in Need plan ended on {Show(today)} and the Child Protection plan is recorded as escalated from Child in Need.");
        await journey.CheckPageAsync();
        var history = page.GetByRole(AriaRole.Table, new() { Name = "Legal status history, latest first" });
        var cp = history.GetByRole(AriaRole.Row).Filter(new() { HasText = "Child Protection plan" }).Filter(new() { HasText = "Escalated from Child in Need plan" });
        await Expect(cp).ToHaveCountAsync(1);
        await Expect(cp).ToContainTextAsync("Open");
        await Expect(cp).ToContainTextAsync("Category: Neglect");
        await Expect(cp).ToContainTextAsync($"Review child protection conference: {Show(today.AddMonths(3))}");
        var cin = history.GetByRole(AriaRole.Row).Filter(new() { HasText = "Escalated to a Child Protection plan" });
        await Expect(cin).ToContainTextAsync(Show(cinStart));
        await Expect(cin).ToContainTextAsync(Show(today));
        await journey.ScreenshotAsync("members-03-escalation-recorded");

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the family's members" }).ClickAsync();
        await journey.CheckPageAsync();
        var children = page.GetByRole(AriaRole.Table, new() { Name = "Children" });
        await Expect(children.GetByRole(AriaRole.Row).Filter(new() { HasText = "Maisie Brook" })).ToContainTextAsync("Child Protection plan (Neglect)");
    }

    /// <summary>
    /// Opens a family in the demo team manager's team (Riverside Team) with a demo social worker (Tom Fielding) as lead,
    /// through the app's own domain and database, so the journey depends on no demo family.
    /// </summary>
    private async Task<Guid> OpenFamilyAsync(DateOnly today)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var teamId = await db.Teams.Where(t => t.Name == "Riverside Team").Select(t => t.Id).SingleAsync();
        var lead = await db.People.Where(p => p.FullName == "Tom Fielding").Select(p => new Worker(p.Id, p.JobRole, p.FullName!)).SingleAsync();
        var reference = Family.FormatReference(800000 + Random.Shared.Next(0, 99999));
        var family = Family.Open(reference, "Brook family", teamId, today.AddMonths(-2), lead, today);
        db.Families.Add(family);
        await db.SaveChangesAsync();
        return family.Id;
    }

    private static async Task FillDateAsync(IPage page, string legend, DateOnly date)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });
        await group.GetByLabel("Day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await group.GetByLabel("Month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await group.GetByLabel("Year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    private static string Show(DateOnly date) => date.ToString("d MMMM yyyy", UkCulture);
}
