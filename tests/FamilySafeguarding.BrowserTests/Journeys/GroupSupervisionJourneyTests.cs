using System.Text.RegularExpressions;
using FamilySafeguarding.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FamilySafeguarding.BrowserTests.Journeys;

/// <summary>
/// A team manager finds a family overdue for group supervision on her team's list, schedules it, opens the pack,
/// records the meeting with two actions and signs it off; the record shows in the family's overview and workbook; the
/// social worker who owns one of the actions finds it in My actions and marks it done. axe checks each page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GroupSupervisionJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task TeamManager_SchedulesRecordsAndSignsOffASupervision_AndTheOwnerMarksAnActionDone()
    {
        var token = "gs" + Guid.NewGuid().ToString("N")[..6];
        var firstAction = $"Ask the school for Zofia's attendance figures ({token})";
        var secondAction = $"Book the family group conference ({token})";
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/London"));
        var due = today.AddDays(14);
        string familyPath;

        await using (var manager = await fixture.StartJourneyAsync(output))
        {
            var page = manager.Page;
            await manager.SignInAsync(Demo.TeamManager, Demo.Password);

            // The team page leads to the team's supervisions, where the family shows as overdue with nothing scheduled.
            await manager.GoToAsync("/teams");
            await page.GetByRole(AriaRole.Link, new() { Name = "Riverside Team", Exact = true }).First.ClickAsync();
            await manager.CheckPageAsync();
            await Expect(page.GetByText("Open families supervised in the last 31 days")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("The team's group supervisions") }).ClickAsync();
            await manager.CheckPageAsync();
            var row = page.Locator("tr", new() { HasText = Demo.OverdueSupervisionFamily });
            await Expect(row).ToContainTextAsync("Overdue");

            // Schedule it for today.
            await row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Schedule") }).ClickAsync();
            await manager.CheckPageAsync();
            await page.Locator("[name='ScheduledOn.Day']").FillAsync(today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.Locator("[name='ScheduledOn.Month']").FillAsync(today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.Locator("[name='ScheduledOn.Year']").FillAsync(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByLabel("Time", new() { Exact = true }).FillAsync("09:30");
            await page.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
            await manager.CheckPageAsync();
            row = page.Locator("tr", new() { HasText = Demo.OverdueSupervisionFamily });
            await Expect(row).ToContainTextAsync("09:30");

            // The pack assembles itself: the chapters' summaries, and the actions still open from earlier supervisions.
            await row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("09:30") }).ClickAsync();
            await manager.CheckPageAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("Lead social worker - T. Fielding");
            await Expect(page.Locator("main")).ToContainTextAsync("Tom Fielding");
            familyPath = new Uri(page.Url).AbsolutePath.Split("/supervisions/")[0];
            await manager.ScreenshotAsync("supervision-pack");

            // Record the meeting with two actions, and sign it off.
            await page.GetByRole(AriaRole.Link, new() { Name = "Record the supervision" }).ClickAsync();
            await manager.CheckPageAsync();

            // Signing off an empty record lists every problem at once, each in the summary and beside its field.
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign off", Exact = true }).ClickAsync();
            await manager.CheckPageAsync();
            var problems = page.Locator(".govuk-error-summary__list li");
            Assert.True(await problems.CountAsync() >= 5, $"Only {await problems.CountAsync()} problems listed: {string.Join(" | ", await problems.AllTextContentsAsync())}");
            var besideFields = page.Locator(".govuk-error-message");
            Assert.True(
                await problems.CountAsync() == await besideFields.CountAsync(),
                $"Summary: {string.Join(" | ", await problems.AllTextContentsAsync())}{Environment.NewLine}Beside fields: {string.Join(" | ", await besideFields.AllTextContentsAsync())}");

            await FillDateAsync(page, "HeldOn", today);
            // Every allocated worker is listed: each is marked as attended, or as having sent apologies.
            var workers = page.Locator("input[type='hidden'][name^='Attendees['][name$='].PersonId']");
            for (var i = 0; i < await workers.CountAsync(); i++)
            {
                var name = (await workers.Nth(i).GetAttributeAsync("name"))!.Replace(".PersonId", ".Attendance", StringComparison.Ordinal);
                await page.Locator($"input[name='{name}'][value='{(i == 0 ? "Attended" : "SentApologies")}']").CheckAsync();
            }

            await Expect(page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Tom Fielding") }).GetByLabel("Attended", new() { Exact = true })).ToBeCheckedAsync();
            await page.GetByLabel("What we are worried about", new() { Exact = true }).FillAsync($"Zofia's attendance has dropped since half term ({token}).");
            await page.GetByLabel("What is working well", new() { Exact = true }).FillAsync("Mum is keeping to the safety plan.");

            // Typed during a live meeting: the record saves itself (here, as the page is left).
            await page.EvaluateAsync("() => window.dispatchEvent(new PageTransitionEvent('pagehide'))");
            await Expect(page.Locator("#autosave-status")).ToContainTextAsync(new Regex(@"Draft saved at \d\d:\d\d"));
            await page.GetByLabel("Continue the plan", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Rationale for the decision", new() { Exact = true }).FillAsync("The plan is working; the school's view is needed before the review.");
            await manager.ScreenshotAsync("supervision-record-form");
            var rows = page.Locator(".app-action-row");
            await FillActionAsync(rows.Nth(0), firstAction, "Tom Fielding", due);
            await FillActionAsync(rows.Nth(1), secondAction, "Joanne Price", due);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign off", Exact = true }).ClickAsync();
            await manager.CheckPageAsync();

            // The irreversible step asks first.
            await Expect(page.Locator("#confirm-sign-off-warning")).ToContainTextAsync("This cannot be changed; corrections are addenda.");
            await Expect(page.Locator("#confirm-sign-off-warning")).ToContainTextAsync(Demo.OverdueSupervisionFamily);
            await manager.ScreenshotAsync("supervision-confirm-sign-off");
            await page.GetByRole(AriaRole.Button, new() { Name = "Confirm sign-off", Exact = true }).ClickAsync();
            await manager.CheckPageAsync();
            await Expect(page.GetByText("The supervision has been signed off")).ToBeVisibleAsync();
            await Expect(page.Locator("main")).ToContainTextAsync(firstAction);
            await Expect(page.Locator("main")).ToContainTextAsync(secondAction);
            await manager.ScreenshotAsync("supervision-record");

            // It is in the family's overview and its workbook.
            await manager.GoToAsync(familyPath);
            await manager.CheckPageAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("Continue the plan");
            await Expect(page.Locator("main")).ToContainTextAsync(firstAction);
            await manager.GoToAsync(familyPath + "/workbook");
            await manager.CheckPageAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("Group supervision");
        }

        // The social worker finds his new action in My actions and marks it done.
        await using var socialWorker = await fixture.StartJourneyAsync(output);
        var swPage = socialWorker.Page;
        await socialWorker.SignInAsync(Demo.SocialWorker, Demo.Password);
        await swPage.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "My actions" }).ClickAsync();
        await socialWorker.CheckPageAsync();
        await Expect(swPage.Locator("main")).Not.ToContainTextAsync(secondAction);
        await swPage.GetByRole(AriaRole.Link, new() { Name = firstAction }).ClickAsync();
        await socialWorker.CheckPageAsync();
        await swPage.GetByRole(AriaRole.Link, new() { Name = "Mark as done" }).ClickAsync();
        await socialWorker.CheckPageAsync();
        await swPage.GetByLabel("What was done", new() { Exact = true }).FillAsync("The school sent the figures; attendance is 81% this term.");
        await swPage.GetByRole(AriaRole.Button, new() { Name = "Mark as done" }).ClickAsync();
        await socialWorker.CheckPageAsync();
        await Expect(swPage.Locator("main")).ToContainTextAsync("Done");
        await Expect(swPage.Locator("main")).ToContainTextAsync("attendance is 81% this term");
        await Expect(swPage.Locator("main")).ToContainTextAsync("Marked done");
    }

    private static async Task FillDateAsync(IPage page, string name, DateOnly date)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        await page.Locator($"[name='{name}.Day']").FillAsync(date.Day.ToString(culture));
        await page.Locator($"[name='{name}.Month']").FillAsync(date.Month.ToString(culture));
        await page.Locator($"[name='{name}.Year']").FillAsync(date.Year.ToString(culture));
    }

    private static async Task FillActionAsync(ILocator row, string what, string owner, DateOnly due)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        await row.GetByLabel("What", new() { Exact = true }).FillAsync(what);
        var select = row.GetByLabel("Responsible", new() { Exact = true });
        var value = await select.Locator("option", new() { HasText = owner }).First.GetAttributeAsync("value");
        await select.SelectOptionAsync(value!);
        await row.Locator("input[name$='DueOn.Day']").FillAsync(due.Day.ToString(culture));
        await row.Locator("input[name$='DueOn.Month']").FillAsync(due.Month.ToString(culture));
        await row.Locator("input[name$='DueOn.Year']").FillAsync(due.Year.ToString(culture));
    }
}
