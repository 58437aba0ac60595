using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Families;

/// <summary>The family's chronology: built from every source, filtered by person and type, printable, bounded in SQL commands.</summary>
public sealed class ChronologyPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Chronology_ShowsEverySourceNewestFirstOnTheTimeline(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var (family, _, _, _) = await HistoryAsync(app, world);
        var client = await app.NewClient().SignInAsync(world.SocialWorker);

        var page = await client.GetHtmlAsync($"/families/{family}/chronology");

        var titles = Titles(page);
        Assert.Equal(
            [
                "Police call-out",
                "CP plan started (escalated from CIN)",
                "CIN plan ended: escalated to CP plan",
                "School",
                "Domestic abuse victim worker allocation ended",
                "Domestic abuse victim worker allocated",
                "CIN plan started",
                "Lead social worker allocated",
                "Case opened",
            ],
            titles);
        Assert.NotNull(page.QuerySelector(".moj-timeline .moj-timeline__item .moj-timeline__date time[datetime='2025-06-10']"));
        Assert.Contains("by ", page.QuerySelector(".moj-timeline__byline")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Chronology_OfAClosedFamily_ShowsTheClosureWithItsReason(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId, openedOn: new DateOnly(2025, 1, 1));
        await app.Data.ChangeFamilyAsync(family, f =>
        {
            f.Close(new DateOnly(2025, 9, 1), ClosureReason.MovedOutOfArea, null, TestData.Today);
            return 0;
        });
        var client = await app.NewClient().SignInAsync(world.TeamManager);

        var titles = Titles(await client.GetHtmlAsync($"/families/{family}/chronology"));

        Assert.Equal(["Case closed: moved out of area", "Lead social worker allocation ended", "Lead social worker allocated", "Case opened"], titles);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Chronology_FilteredByType_ShowsOnlyThoseTypes(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var (family, _, _, _) = await HistoryAsync(app, world);
        var client = await app.NewClient().SignInAsync(world.SocialWorker);

        var events = Titles(await client.GetHtmlAsync($"/families/{family}/chronology?type=Event"));
        var statusesAndOpenings = await client.GetHtmlAsync($"/families/{family}/chronology?type=LegalStatus&type=Opening");

        Assert.Equal(["Police call-out", "School"], events);
        Assert.Equal(
            ["CP plan started (escalated from CIN)", "CIN plan ended: escalated to CP plan", "CIN plan started", "Case opened"],
            Titles(statusesAndOpenings));
        Assert.NotNull(statusesAndOpenings.QuerySelector("input[name='type'][value='LegalStatus'][checked]"));
        Assert.Null(statusesAndOpenings.QuerySelector("input[name='type'][value='Event'][checked]"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Chronology_FilteredByPerson_ShowsTheirEventsStatusesAndTheirWorkers(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var (family, child, sibling, mother) = await HistoryAsync(app, world);
        var client = await app.NewClient().SignInAsync(world.SocialWorker);

        var childs = Titles(await client.GetHtmlAsync($"/families/{family}/chronology?person={child}"));
        var siblings = Titles(await client.GetHtmlAsync($"/families/{family}/chronology?person={sibling}"));
        var mothers = Titles(await client.GetHtmlAsync($"/families/{family}/chronology?person={mother}&type=Allocation"));

        Assert.Equal(["Police call-out", "CP plan started (escalated from CIN)", "CIN plan ended: escalated to CP plan", "CIN plan started"], childs);
        Assert.Equal(["School"], siblings);
        Assert.Equal(["Domestic abuse victim worker allocation ended", "Domestic abuse victim worker allocated"], mothers);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Chronology_IsPagedByFifty(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        await AddEventsAsync(app, world, family, 60);
        var client = await app.NewClient().SignInAsync(world.SocialWorker);

        var first = await client.GetHtmlAsync($"/families/{family}/chronology?type=Event");
        var second = await client.GetHtmlAsync($"/families/{family}/chronology?type=Event&page=2");

        Assert.Equal(50, first.QuerySelectorAll(".moj-timeline__item").Length);
        Assert.Equal(10, second.QuerySelectorAll(".moj-timeline__item").Length);
        Assert.NotNull(first.QuerySelector($"a[href='/families/{family}/chronology?type=Event&page=2']"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PrintView_ShowsTheFilteredEntriesWithoutNavigationOrPagingAndIsLogged(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var (family, child, _, _) = await HistoryAsync(app, world);
        await AddEventsAsync(app, world, family, 60);
        var client = await app.NewClient().SignInAsync(world.SocialWorker);
        var filtered = await client.GetHtmlAsync($"/families/{family}/chronology?person={child}");
        Assert.Equal($"/families/{family}/chronology/print?person={child}", filtered.QuerySelector("a[href*='/chronology/print']")!.GetAttribute("href"));

        var print = await client.GetHtmlAsync($"/families/{family}/chronology/print?person={child}");
        var everything = await client.GetHtmlAsync($"/families/{family}/chronology/print");

        Assert.Equal(4, print.QuerySelectorAll(".moj-timeline__item").Length);
        Assert.Null(print.QuerySelector(".govuk-service-navigation"));
        Assert.Null(print.QuerySelector(".moj-sub-navigation"));
        Assert.Null(print.QuerySelector("form"));
        Assert.Equal(69, everything.QuerySelectorAll(".moj-timeline__item").Length);
        Assert.Null(everything.QuerySelector(".govuk-pagination"));
        Assert.Equal(2, await app.WithDbAsync(db => db.FamilyAccessLog.CountAsync(e => e.FamilyId == family && e.Page == "Chronology (print)" && e.Granted && e.PersonId == world.SocialWorker.PersonId)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Chronology_SqlCommandCount_IsTheSameForFiveEventsAndAMonthOfSummariesAsForThreeHundredAndTwoYears(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var small = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var large = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        foreach (var family in new[] { small, large })
        {
            var child = await app.Data.ChildAsync(family);
            var mother = await app.Data.AdultAsync(family);
            await app.Data.LegalStatusAsync(family, child, LegalStatusKind.ChildInNeedPlan, new DateOnly(2024, 3, 1));
            await app.Data.ChangeFamilyAsync(family, f => f.Allocate(new Worker(world.Specialist, JobRole.DomesticAbuseVictimPractitioner, "Specialist"), AllocationRole.DomesticAbuseVictimWorker, new DateOnly(2024, 2, 1), [mother], TestData.Today).Id);
            await AddEventsAsync(app, world, family, family == small ? 5 : 300, [child, mother]);
            await AddSummariesAsync(app, family, family == small ? 1 : 24, [world.SocialWorker.PersonId, world.Specialist], child, world.TeamManager.PersonId);
        }

        var client = await app.NewClient().SignInAsync(world.SocialWorker);
        await client.GetHtmlAsync($"/families/{small}/chronology");
        var counts = new List<int>();
        foreach (var url in new[] { $"/families/{small}/chronology", $"/families/{large}/chronology", $"/families/{large}/chronology?page=6", $"/families/{large}/chronology/print" })
        {
            app.Commands.Reset();
            await client.GetHtmlAsync(url);
            counts.Add(app.Commands.Count);
        }

        Assert.All(counts, c => Assert.Equal(counts[0], c));
    }

    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll(".moj-timeline__title").Select(t => t.TextContent.Trim())];

    /// <summary>
    /// A family opened on 1 January 2025 with: a CIN plan for the child from 1 February, escalated to a CP plan on 10 June;
    /// a domestic abuse worker working with the mother from 1 March to 1 May; a school event about the sibling on 20 May;
    /// a police call-out about the child on 1 July.
    /// </summary>
    private static async Task<(Guid Family, Guid Child, Guid Sibling, Guid Mother)> HistoryAsync(AppFactory app, World world)
    {
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId, openedOn: new DateOnly(2025, 1, 1));
        var child = await app.Data.ChildAsync(family, "Lily Pemberton");
        var sibling = await app.Data.ChildAsync(family, "Max Pemberton", gender: Gender.Male);
        var mother = await app.Data.AdultAsync(family, FamilyRole.Mother, "Grace Pemberton");
        await app.Data.LegalStatusAsync(family, child, LegalStatusKind.ChildInNeedPlan, new DateOnly(2025, 2, 1));
        await app.Data.LegalStatusAsync(family, child, LegalStatusKind.ChildProtectionPlan, new DateOnly(2025, 6, 10));
        await app.Data.ChangeFamilyAsync(family, f =>
        {
            var specialist = f.Allocate(new Worker(world.Specialist, JobRole.DomesticAbuseVictimPractitioner, "Specialist"), AllocationRole.DomesticAbuseVictimWorker, new DateOnly(2025, 3, 1), [mother], TestData.Today);
            f.EndAllocation(specialist.Id, new DateOnly(2025, 5, 1), TestData.Today);
            return 0;
        });
        await app.Data.EventAsync(family, world.SocialWorker.PersonId, new DateOnly(2025, 5, 20), SignificantEventKind.School, "Max's school reported a fall in attendance.", [sibling]);
        await app.Data.EventAsync(family, world.SocialWorker.PersonId, new DateOnly(2025, 7, 1), SignificantEventKind.PoliceCallOut, "Police attended after a neighbour's call.", [child]);
        return (family, child, sibling, mother);
    }

    /// <summary>Submitted summaries for each author for the months up to last month, each with an addendum and a manager's oversight.</summary>
    private static Task<int> AddSummariesAsync(AppFactory app, Guid family, int months, IReadOnlyList<Guid> authors, Guid about, Guid manager) =>
        app.WithDbAsync(async db =>
        {
            var lastMonth = MonthlySummary.MonthOf(app.AppToday()).AddMonths(-1);
            foreach (var author in authors)
            {
                for (var i = 0; i < months; i++)
                {
                    var month = lastMonth.AddMonths(-i);
                    var at = month.AddMonths(1).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
                    var summary = MonthlySummary.Start(family, author, month, month);
                    summary.Submit(author, new SummaryContent { WorkUndertaken = $"Month {i}.", WhatHasChanged = "Calmer.", NextSteps = "Review.", People = [new SummaryPersonContent { MemberId = about, Impact = "Settled." }] }, at);
                    db.MonthlySummaries.Add(summary);
                    db.SummaryNotes.Add(SummaryNote.Addendum(summary, author, false, "Addendum.", at.AddHours(1)));
                    db.SummaryNotes.Add(SummaryNote.Oversight(summary, manager, true, "Oversight.", at.AddHours(2)));
                }
            }

            return await db.SaveChangesAsync();
        });

    private static Task<int> AddEventsAsync(AppFactory app, World world, Guid family, int count, IReadOnlyCollection<Guid>? memberIds = null) =>
        app.WithDbAsync(async db =>
        {
            for (var i = 0; i < count; i++)
            {
                db.SignificantEvents.Add(new SignificantEvent(family, world.SocialWorker.PersonId, new EventDetails
                {
                    OccurredOn = new DateOnly(2024, 6, 1).AddDays(i % 500), Kind = SignificantEventKind.Health, Account = $"Health visit {i}", MemberIds = memberIds ?? [],
                }, TestData.Today));
            }

            return await db.SaveChangesAsync();
        });
}
