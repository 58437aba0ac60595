using System.Text.RegularExpressions;
using FamilySafeguarding.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FamilySafeguarding.BrowserTests.Journeys;

/// <summary>
/// A worker writes in their chapter of a family's workbook: writes and submits this month's summary, reads it in the
/// integrated view, its chapter and the printed workbook; and, in another family, has a draft saved automatically,
/// which is still there after a reload. Two tabs saving the same draft: the second sees both texts. axe checks each page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class WorkbookJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Worker_WritesAndSubmitsThisMonthsSummary_AndReadsItInTheWorkbook()
    {
        await using var journey = await fixture.StartJourneyAsync(output);
        var page = journey.Page;
        await journey.SignInAsync(Demo.SocialWorker, Demo.Password);
        var familyPath = await OpenFamilyAsync(journey, "Popescu family");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Family record" }).GetByRole(AriaRole.Link, new() { Name = "Workbook" }).ClickAsync();
        await journey.CheckPageAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = WriteSummary() }).First.ClickAsync();
        await journey.CheckPageAsync();

        var words = $"Two home visits with a Romanian interpreter; Elena seen alone ({Guid.NewGuid().ToString("N")[..6]}).";
        await page.GetByLabel("Work undertaken", new() { Exact = true }).FillAsync(words + "\nIoana attended the Freedom Programme.");
        await page.GetByLabel("What has changed", new() { Exact = true }).FillAsync("Andrei has moved out to his brother's.");
        await page.GetByLabel("Next steps", new() { Exact = true }).FillAsync("Core group on the 12th.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit summary" }).ClickAsync();
        await journey.CheckPageAsync();
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("has been submitted");
        await Expect(page.Locator(".app-summary")).ToContainTextAsync(words);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add addendum" })).ToBeVisibleAsync();

        await journey.GoToAsync(familyPath + "/workbook");
        await Expect(page.Locator("section.app-workbook-month").First).ToContainTextAsync(words);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Lead social worker - T. Fielding$") }).First.ClickAsync();
        await journey.CheckPageAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Submitted");
        await journey.GoToAsync(familyPath + "/workbook/print");
        await Expect(page.GetByText(words)).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Autosave_KeepsTheDraftAcrossAReload_AndASecondTabSeesBothTexts()
    {
        await using var journey = await fixture.StartJourneyAsync(output);
        var page = journey.Page;
        await journey.SignInAsync(Demo.SocialWorker, Demo.Password);
        var familyPath = await OpenFamilyAsync(journey, "Nowak family");
        await journey.GoToAsync(familyPath + "/workbook");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = WriteSummary() }).First.ClickAsync();
        await journey.CheckPageAsync();
        var editPath = new Uri(page.Url).AbsolutePath;

        var words = $"Zofia and Jakub seen at home; Piotr still sober ({Guid.NewGuid().ToString("N")[..6]}).";
        await page.GetByLabel("Work undertaken", new() { Exact = true }).FillAsync(words);

        // Leaving the page (here: the page told it is being left) saves the draft at once.
        await page.EvaluateAsync("() => window.dispatchEvent(new PageTransitionEvent('pagehide'))");
        await Expect(page.Locator("#autosave-status")).ToContainTextAsync(new Regex(@"Draft saved at \d\d:\d\d"));

        await page.ReloadAsync();
        await journey.CheckPageAsync();
        await Expect(page.GetByLabel("Work undertaken", new() { Exact = true })).ToHaveValueAsync(words);

        // A second tab opened now, then the first tab saves again: the second tab's save shows both texts.
        var second = await page.Context.NewPageAsync();
        await second.GotoAsync(editPath);
        await page.GetByLabel("Work undertaken", new() { Exact = true }).FillAsync(words + " First tab.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await journey.CheckPageAsync();
        await second.GetByLabel("Work undertaken", new() { Exact = true }).FillAsync("Typed in the second tab.");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(second.Locator(".govuk-error-summary")).ToContainTextAsync("another tab or device");
        await Expect(second.GetByLabel("Work undertaken", new() { Exact = true })).ToHaveValueAsync("Typed in the second tab.");
        await Expect(second.Locator("#saved-version")).ToContainTextAsync(words + " First tab.");
        await second.CloseAsync();
    }

    [BrowserFact]
    public async Task SessionWarning_TwoMinutesBeforeTheTimeout_OffersToStaySignedIn()
    {
        await using var journey = await fixture.StartJourneyAsync(output);
        var page = journey.Page;
        await journey.SignInAsync(Demo.SocialWorker, Demo.Password);

        // Pretend the session has 2 minutes and 2 seconds left: the page's own value is set on <body> before its scripts run.
        await page.Context.AddInitScriptAsync("""
            new MutationObserver((_, observer) => {
              if (document.body) {
                document.body.setAttribute('data-session-expires-in', '122');
                observer.disconnect();
              }
            }).observe(document, { childList: true, subtree: true });
            """);
        await journey.GoToAsync("/families");

        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "You are about to be signed out" });
        await Expect(dialog).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Expect(dialog).ToContainTextAsync("you will be signed out in 2 minutes");
        await Expect(dialog.GetByRole(AriaRole.Link, new() { Name = "Sign in again" })).ToBeHiddenAsync();
        await journey.CheckPageAsync();
        await journey.ScreenshotAsync("session-timeout-warning");

        var keepAlive = page.WaitForResponseAsync(r => r.Url.EndsWith("/session/keep-alive", StringComparison.Ordinal));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();
        Assert.Equal(204, (await keepAlive).Status);
        await Expect(dialog).ToBeHiddenAsync();
        await journey.GoToAsync("/families");
    }

    private static async Task<string> OpenFamilyAsync(Journey journey, string name)
    {
        await journey.GoToAsync("/families");
        var link = journey.Page.Locator("tr", new() { HasText = name }).GetByRole(AriaRole.Link).First;
        var path = (await link.GetAttributeAsync("href"))!;
        await link.ClickAsync();
        await journey.CheckPageAsync();
        return path;
    }

    [GeneratedRegex("^(Write summary for|Continue draft)")]
    private static partial Regex WriteSummary();
}
