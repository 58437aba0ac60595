using System.Net;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using static FamilySafeguarding.IntegrationTests.Workbooks.SummarySeeding;

namespace FamilySafeguarding.IntegrationTests.Workbooks;

/// <summary>
/// "My work": each worker's summaries due and overdue across their families, with due days as configured (the 3rd
/// working day here), only their own, overdue first; a panel on the home page; a fixed number of SQL commands.
/// </summary>
public sealed class MyWorkTests(WorkbookApps apps) : IClassFixture<WorkbookApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MyWork_ListsEachOwedMonthWithoutASubmittedSummary_OverdueFirst(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var worker = await app.SocialWorkerAsync(world.TeamA1, "Tom Fielding");
        var colleague = await app.SocialWorkerAsync(world.TeamA1, "Grace Whitfield");
        var ashby = await app.Data.FamilyAsync(world.TeamA1, worker.PersonId, "Ashby", openedOn: new DateOnly(2026, 8, 10));
        var brook = await app.Data.FamilyAsync(world.TeamA1, colleague.PersonId, "Brook", openedOn: new DateOnly(2026, 10, 1));
        var carter = await app.Data.FamilyAsync(world.TeamA1, colleague.PersonId, "Carter", openedOn: new DateOnly(2026, 1, 1));
        await app.AllocateAsync(brook, worker.PersonId, AllocationRole.SocialWorker, new DateOnly(2026, 10, 20));
        await app.AllocateAsync(carter, worker.PersonId, AllocationRole.SocialWorker, new DateOnly(2026, 2, 1), end: new DateOnly(2026, 11, 2)); // a closed chapter owes nothing here
        await app.SummaryAsync(ashby, worker.PersonId, August, new DateTime(2026, 9, 3, 10, 0, 0, DateTimeKind.Utc));
        await app.SummaryAsync(ashby, worker.PersonId, September); // a draft
        await app.SummaryAsync(brook, worker.PersonId, November, new DateTime(2026, 11, 13, 10, 0, 0, DateTimeKind.Utc)); // submitted early
        await app.SummaryAsync(brook, colleague.PersonId, October, new DateTime(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc));
        var client = await app.SignedInAsync(worker);

        var page = await client.GetHtmlAsync("/my-work");

        var rows = page.QuerySelectorAll("#my-work tbody tr").Select(r => r.TextContent.Trim()).ToList();
        Assert.Collection(
            rows,
            r => Assert.Matches(@"(?s)Ashby.*Lead social worker - T\. Fielding.*September 2026.*Was due 5 Oct 2026.*Overdue.*Draft saved.*Continue", r),
            r => Assert.Matches(@"(?s)Ashby.*Lead social worker - T\. Fielding.*October 2026.*Was due 4 Nov 2026.*Overdue", r),
            r => Assert.Matches(@"(?s)Brook.*Social worker - T\. Fielding.*October 2026.*Was due 4 Nov 2026.*Overdue", r),
            r => Assert.Matches(@"(?s)Ashby.*November 2026.*Due 3 Dec 2026", r));
        Assert.DoesNotContain("Draft saved", rows[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue", rows[3], StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.Contains("Carter", StringComparison.Ordinal) || r.Contains("Whitfield", StringComparison.Ordinal));
        var links = page.QuerySelectorAll("#my-work tbody tr a[href$='/edit']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
            [
                $"/families/{ashby}/workbook/chapters/{worker.PersonId}/2026-09/edit",
                $"/families/{ashby}/workbook/chapters/{worker.PersonId}/2026-10/edit",
                $"/families/{brook}/workbook/chapters/{worker.PersonId}/2026-10/edit",
                $"/families/{ashby}/workbook/chapters/{worker.PersonId}/2026-11/edit",
            ],
            links);
        Assert.Contains("3 overdue, 1 due", page.QuerySelector("#my-work-counts")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MyWork_ShowsOnlyTheSignedInWorkersOwnChapters(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var worker = await app.SocialWorkerAsync(world.TeamA1, "Kieran Doyle");
        var colleague = await app.SocialWorkerAsync(world.TeamA1, "Leah Sandhu");
        var family = await app.Data.FamilyAsync(world.TeamA1, colleague.PersonId, "Dawson", openedOn: new DateOnly(2026, 9, 1));
        await app.AllocateAsync(family, worker.PersonId, AllocationRole.SocialWorker, new DateOnly(2026, 10, 5));

        var mine = await (await app.SignedInAsync(worker)).GetHtmlAsync("/my-work");
        var theirs = await (await app.SignedInAsync(colleague)).GetHtmlAsync("/my-work");

        Assert.Equal(["2026-10", "2026-11"], mine.QuerySelectorAll("#my-work tbody tr").Select(r => r.GetAttribute("data-month")!));
        Assert.All(mine.QuerySelectorAll("#my-work a[href$='/edit']"), a => Assert.Contains($"/chapters/{worker.PersonId}/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal(["2026-09", "2026-10", "2026-11"], theirs.QuerySelectorAll("#my-work tbody tr").Select(r => r.GetAttribute("data-month")!));
        Assert.All(theirs.QuerySelectorAll("#my-work a[href$='/edit']"), a => Assert.Contains($"/chapters/{colleague.PersonId}/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MyWork_ForSomeoneWithNoFamilies_OrAnAdministrator_IsEmpty(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var nobody = await app.SocialWorkerAsync(world.TeamA2, "Owen Pritchard");

        foreach (var user in new[] { nobody, world.Administrator })
        {
            var page = await (await app.SignedInAsync(user)).GetHtmlAsync("/my-work");
            Assert.NotNull(page.QuerySelector("#my-work-empty"));
            Assert.Null(page.QuerySelector("#my-work"));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MyWork_SignedOut_GoesToSignIn(string provider)
    {
        var (app, _) = await apps.GetAsync(provider);

        var response = await app.NewClient().GetAsync("/my-work");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task HomePage_ShowsTheCountsAndLinksToMyWork_AndTheNavigationLinksToIt(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var worker = await app.SocialWorkerAsync(world.TeamA1, "Ellie Morgan");
        var family = await app.Data.FamilyAsync(world.TeamA1, worker.PersonId, "Evans", openedOn: new DateOnly(2026, 9, 15));
        await app.SummaryAsync(family, worker.PersonId, September, new DateTime(2026, 10, 2, 9, 0, 0, DateTimeKind.Utc));
        var client = await app.SignedInAsync(worker);

        var home = await client.GetHtmlAsync("/");

        var panel = home.QuerySelector("#my-work-panel")!;
        Assert.Contains("1 overdue, 1 due", panel.TextContent, StringComparison.Ordinal);
        Assert.NotNull(panel.QuerySelector("a[href='/my-work']"));
        Assert.NotNull(home.QuerySelector(".govuk-service-navigation a[href='/my-work']"));
        var admin = await (await app.SignedInAsync(world.Administrator)).GetHtmlAsync("/");
        Assert.Null(admin.QuerySelector("#my-work-panel"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MyWork_WithManyItems_IsPagedByTwentyFive(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var worker = await app.SocialWorkerAsync(world.TeamA1, "Owen Hughes");
        for (var i = 0; i < 6; i++)
        {
            await app.Data.FamilyAsync(world.TeamA1, worker.PersonId, $"Paged {i}", openedOn: new DateOnly(2026, 7, 1)); // July to November: 5 each
        }

        var client = await app.SignedInAsync(worker);

        var first = await client.GetHtmlAsync("/my-work");
        var second = await client.GetHtmlAsync("/my-work?page=2");

        Assert.Equal(25, first.QuerySelectorAll("#my-work tbody tr").Length);
        Assert.Equal(5, second.QuerySelectorAll("#my-work tbody tr").Length);
        Assert.Contains("24 overdue, 6 due", first.QuerySelector("#my-work-counts")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(first.QuerySelector(".govuk-pagination a[href='/my-work?page=2']"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MyWork_SqlCommandCount_IsTheSameForTwoFamiliesAndTwenty(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var few = await app.SocialWorkerAsync(world.TeamA1, "Few Families");
        var many = await app.SocialWorkerAsync(world.TeamA1, "Many Families");
        foreach (var (worker, count) in new[] { (few, 2), (many, 20) })
        {
            for (var i = 0; i < count; i++)
            {
                var family = await app.Data.FamilyAsync(world.TeamA1, worker.PersonId, openedOn: new DateOnly(2025, 11, 1));
                await app.SummariesAsync(family, worker.PersonId, Enumerable.Range(0, 6).Select(m => new DateOnly(2026, 1, 1).AddMonths(m)), m => m.AddMonths(1).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
            }
        }

        var counts = new List<int>();
        foreach (var worker in new[] { few, many })
        {
            var client = await app.SignedInAsync(worker);
            await client.GetHtmlAsync("/my-work"); // warm up
            app.Commands.Reset();
            var page = await client.GetHtmlAsync("/my-work");
            counts.Add(app.Commands.Count);
            Assert.NotNull(page.QuerySelector("#my-work"));
        }

        Assert.Equal(counts[0], counts[1]);
        Assert.InRange(counts[0], 1, 10);
    }

    [Fact]
    public async Task Startup_WithADueWorkingDayOutsideOneToTwenty_RefusesToStart()
    {
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => AppFactory.StartAsync(TestDatabase.Sqlite, new Dictionary<string, string?> { ["Workbook:SummaryDueWorkingDay"] = "0" }));

        Assert.Contains("Workbook:SummaryDueWorkingDay must be a working day from 1 to 20", ex.ToString(), StringComparison.Ordinal);
    }
}
