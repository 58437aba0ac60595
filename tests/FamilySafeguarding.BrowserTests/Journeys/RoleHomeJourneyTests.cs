using FamilySafeguarding.BrowserTests.Infrastructure;
using FamilySafeguarding.Infrastructure.DemoData;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FamilySafeguarding.BrowserTests.Journeys;

/// <summary>
/// Each role's home page, signed in as the demo's people, on a desktop and on a phone: it loads without browser errors
/// or serious accessibility violations, names what that person acts on, and does not scroll sideways at 390 px. Then
/// the pages issue 14 changed that a worker reads: search with its kind filters, the event form's grouped kinds and
/// the chronology's child-protection filter.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RoleHomeJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    public static TheoryData<string, string, int> Homes => new()
    {
        { "Joanne Price", "Summaries awaiting your oversight", 1280 },
        { "Joanne Price", "Summaries awaiting your oversight", 390 },
        { "Gareth Hughes", "Group supervisions", 390 },
        { "Helen Okafor", "Riverside Team", 390 },
        { "Nadia Kowalski", "performance", 390 },
        { "Robert Chen", "audit", 390 },
        { "Tom Fielding", "My work", 390 },
    };

    [BrowserTheory]
    [MemberData(nameof(Homes))]
    public async Task HomePage_ShowsWhatThePersonActsOn_WithoutErrorsOrSidewaysScroll(string person, string expected, int width)
    {
        await using var journey = await fixture.StartJourneyAsync(output, width);
        await journey.SignInAsync(DemoDataSeeder.EmailFor(person), Demo.Password);

        await Expect(journey.Page.Locator("main")).ToContainTextAsync(expected, new() { IgnoreCase = true });
        await journey.AssertNoSidewaysScrollAsync();
        await journey.ScreenshotAsync($"home-{person}-{width}");
    }

    [BrowserFact]
    public async Task SocialWorker_SearchesByKind_RecordsAConference_AndFiltersTheChronologyByIt()
    {
        await using var journey = await fixture.StartJourneyAsync(output, 390);
        var page = journey.Page;
        await journey.SignInAsync(Demo.SocialWorker, Demo.Password);

        await journey.GoToAsync("/search?q=Nowak");
        await journey.AssertNoSidewaysScrollAsync();
        await Expect(page.Locator("main h2 a").First).ToContainTextAsync(Demo.OverdueSupervisionFamily);
        await journey.GoToAsync("/search?q=school&kind=summaries");
        await journey.AssertNoSidewaysScrollAsync();
        await journey.ScreenshotAsync("search-summaries");

        await journey.GoToAsync("/families");
        var family = await page.Locator("tr", new() { HasText = Demo.OverdueSupervisionFamily }).Locator("a[href^='/families/']").First.GetAttributeAsync("href");
        await journey.GoToAsync($"{family}/events/new");
        await journey.AssertNoSidewaysScrollAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Child protection meetings and assessments" })).ToBeVisibleAsync();
        await journey.GoToAsync($"{family}/chronology?type=ChildProtectionMeeting");
        await journey.AssertNoSidewaysScrollAsync();
        await journey.ScreenshotAsync("chronology-cp-meetings");
    }
}
