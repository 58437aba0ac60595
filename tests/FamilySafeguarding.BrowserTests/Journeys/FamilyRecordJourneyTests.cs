using FamilySafeguarding.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FamilySafeguarding.BrowserTests.Journeys;

/// <summary>
/// A social worker goes from their families to every page of one family's record (overview, members, a member, workers,
/// events, chronology and its print view) and records a significant event, which then appears in the chronology; axe
/// checks each page. The Administrator, who may see no family, gets "Page not found" for the same address.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FamilyRecordJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task SocialWorker_ReadsEveryPageOfAFamily_AndRecordsAnEvent_ButTheAdministratorCannotSeeIt()
    {
        string familyPath;
        await using (var journey = await fixture.StartJourneyAsync(output))
        {
            var page = journey.Page;
            await journey.SignInAsync(Demo.SocialWorker, Demo.Password);
            await journey.GoToAsync("/families");
            // A demo family Tom leads (other journeys add families of their own with no members yet).
            var first = page.GetByRole(AriaRole.Link, new() { Name = "FS-000002", Exact = true });
            familyPath = (await first.GetAttributeAsync("href"))!;
            await first.ClickAsync();
            await journey.CheckPageAsync();
            await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Family record" })).ToBeVisibleAsync();
            await Expect(page.Locator("svg.app-genogram")).ToBeVisibleAsync();
            await journey.ScreenshotAsync("family-overview-demo");

            await journey.GoToAsync(familyPath + "/members");
            await page.Locator("main table a[href*='/members/']").First.ClickAsync();
            await journey.CheckPageAsync();
            await journey.GoToAsync(familyPath + "/workers");
            await journey.GoToAsync(familyPath + "/events");

            await journey.GoToAsync(familyPath + "/events/new");
            var today = DateTime.Now;
            var date = page.GetByRole(AriaRole.Group, new() { Name = "Date of the event" });
            await date.GetByLabel("Day").FillAsync(today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await date.GetByLabel("Month").FillAsync(today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await date.GetByLabel("Year").FillAsync(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByLabel("Visit (child seen)").CheckAsync();
            var account = $"Home visit; the children were seen alone in their bedroom and spoke about school ({Guid.NewGuid().ToString("N")[..6]}).";
            await page.GetByLabel("What happened").FillAsync(account);
            await page.GetByRole(AriaRole.Button, new() { Name = "Record event" }).ClickAsync();
            await journey.CheckPageAsync();
            await Expect(page.GetByText(account)).ToBeVisibleAsync();

            await journey.GoToAsync(familyPath + "/chronology");
            await Expect(page.Locator(".moj-timeline")).ToContainTextAsync(account);
            await journey.GoToAsync(familyPath + "/chronology/print");
            await Expect(page.GetByText(account)).ToBeVisibleAsync();

            await journey.GoToAsync("/teams");
            await page.GetByRole(AriaRole.Link, new() { Name = "Riverside Team" }).First.ClickAsync();
            await journey.CheckPageAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "The team's open families and caseloads" }).ClickAsync();
            await journey.CheckPageAsync();
        }

        await using (var administrator = await fixture.StartJourneyAsync(output))
        {
            await administrator.SignInAsync(Demo.Administrator, Demo.Password);
            await administrator.GoToAsync(familyPath, expectedStatus: 404);
            await Expect(administrator.Page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        }
    }
}
