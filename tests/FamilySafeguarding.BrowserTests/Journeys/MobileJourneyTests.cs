using FamilySafeguarding.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace FamilySafeguarding.BrowserTests.Journeys;

/// <summary>
/// On a phone 390 px wide no page scrolls sideways: wide tables stack their cells into rows, so a worker's Write and
/// Continue links and a manager's figures stay in view. Checks the pages social workers and managers use most.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MobileJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const int PhoneWidth = 390;

    [BrowserFact]
    public async Task SocialWorker_OnAPhone_ReadsMyWorkAndAFamilysOverviewAndWorkbook_WithoutScrollingSideways()
    {
        await using var journey = await fixture.StartJourneyAsync(output, PhoneWidth);
        await journey.SignInAsync(Demo.SocialWorker, Demo.Password);
        await journey.AssertNoSidewaysScrollAsync();

        await journey.GoToAsync("/families");
        await journey.AssertNoSidewaysScrollAsync();
        var family = await journey.Page.Locator("tr", new() { HasText = Demo.OverdueSupervisionFamily }).Locator("a[href^='/families/']").First.GetAttributeAsync("href");
        foreach (var (path, name) in new[] { (family!, "overview"), ($"{family}/workbook", "workbook") })
        {
            await journey.GoToAsync(path);
            await journey.AssertNoSidewaysScrollAsync();
            await journey.ScreenshotAsync($"mobile-{name}");
        }

        await journey.GoToAsync("/my-work");
        await journey.AssertNoSidewaysScrollAsync();
        var write = journey.Page.Locator("#my-work a[href$='/edit']").First;
        await Assertions.Expect(write).ToBeInViewportAsync(new() { Ratio = 1 });
        await journey.ScreenshotAsync("mobile-my-work");
    }

    [BrowserFact]
    public async Task TeamManager_OnAPhone_ReadsHerTeamAndItsSupervisions_WithoutScrollingSideways()
    {
        await using var journey = await fixture.StartJourneyAsync(output, PhoneWidth);
        await journey.SignInAsync(Demo.TeamManager, Demo.Password);
        await journey.AssertNoSidewaysScrollAsync();

        await journey.GoToAsync("/teams");
        var team = await journey.Page.GetByRole(AriaRole.Link, new() { Name = "Riverside Team", Exact = true }).First.GetAttributeAsync("href");
        foreach (var (path, name) in new[] { (team!, "team"), ($"{team}/supervisions", "team-supervisions"), ($"{team}/caseload", "team-caseload"), ("/my-work", "manager-my-work") })
        {
            await journey.GoToAsync(path);
            await journey.AssertNoSidewaysScrollAsync();
            await journey.ScreenshotAsync($"mobile-{name}");
        }
    }
}
