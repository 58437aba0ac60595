using System.Text.RegularExpressions;
using FamilySafeguarding.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FamilySafeguarding.BrowserTests.Journeys;

/// <summary>
/// An adult specialist from a partner agency finds her overdue summary on My work, writes it with the mother's stage of
/// change, and submits it; another worker on the family's team then reads it in the family's workbook and finds it by
/// search. axe checks each page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SpecialistSummaryJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Specialist_WritesAndSubmitsHerOverdueSummaryFromMyWork_AndTheSocialWorkerReadsIt()
    {
        var token = "kx" + Guid.NewGuid().ToString("N")[..6];
        var words = $"Safety planning with Kayleigh, two sessions at the refuge office ({token}).";
        string workbookPath;
        await using (var specialist = await fixture.StartJourneyAsync(output))
        {
            var page = specialist.Page;
            await specialist.SignInAsync(Demo.Specialist, Demo.Password);
            await specialist.GoToAsync("/my-work");
            await specialist.CheckPageAsync();
            var overdue = page.Locator("#my-work tr", new() { HasText = "Walsh / Kerr family" }).Filter(new() { HasText = "Overdue" }).First;
            await Expect(overdue).ToContainTextAsync("Domestic abuse (victim) - A. Rahman");
            await overdue.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^(Write|Continue)") }).ClickAsync();
            await specialist.CheckPageAsync();

            await page.GetByLabel("Work undertaken", new() { Exact = true }).FillAsync(words + "\nReferred to the Freedom Programme.");
            await page.GetByLabel("What has changed", new() { Exact = true }).FillAsync("Kayleigh has told Liam she wants him to engage with the perpetrator programme.");
            await page.GetByLabel("Next steps", new() { Exact = true }).FillAsync("Review the safety plan after the core group.");
            await page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("Kayleigh Walsh") }).First
                .GetByLabel("Contemplation", new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Submit summary" }).ClickAsync();
            await specialist.CheckPageAsync();
            await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("has been submitted");
            await Expect(page.Locator(".app-summary")).ToContainTextAsync(words);
            await Expect(page.Locator(".app-summary")).ToContainTextAsync("Contemplation");
            workbookPath = new Uri(page.Url).AbsolutePath.Split("/workbook/")[0] + "/workbook";

            // The month is no longer owed: it has left My work.
            await specialist.GoToAsync("/my-work");
            await Expect(page.Locator("#my-work tr", new() { HasText = "Walsh / Kerr family" }).Filter(new() { HasText = "Overdue" })).ToHaveCountAsync(0);
        }

        await using var socialWorker = await fixture.StartJourneyAsync(output);
        await socialWorker.SignInAsync(Demo.SocialWorker, Demo.Password);
        await socialWorker.GoToAsync(workbookPath + "?chapter=" + Uri.EscapeDataString(await ChapterIdAsync(socialWorker, workbookPath)));
        await socialWorker.CheckPageAsync();
        await Expect(socialWorker.Page.GetByText(words)).ToBeVisibleAsync();

        // The header's search box finds the summary by a word in it, with the word marked, and leads into the workbook.
        var page2 = socialWorker.Page;
        await page2.GetByRole(AriaRole.Search).GetByRole(AriaRole.Searchbox).FillAsync(token);
        await page2.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await socialWorker.CheckPageAsync();
        var result = page2.Locator(".app-search-result").First;
        await Expect(result.Locator("mark")).ToHaveTextAsync(token);
        await result.GetByRole(AriaRole.Link).First.ClickAsync();
        await socialWorker.CheckPageAsync();
        await Expect(page2.GetByText(words)).ToBeVisibleAsync();
    }

    /// <summary>The specialist's chapter, as the workbook's chapter filter lists it.</summary>
    private static async Task<string> ChapterIdAsync(Journey journey, string workbookPath)
    {
        await journey.GoToAsync(workbookPath);
        var option = journey.Page.Locator("select[name='chapter'] option", new() { HasText = "A. Rahman" }).First;
        return (await option.GetAttributeAsync("value"))!;
    }
}
