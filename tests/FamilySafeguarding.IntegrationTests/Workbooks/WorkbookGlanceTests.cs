using System.Text.RegularExpressions;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using static FamilySafeguarding.IntegrationTests.Workbooks.SummarySeeding;

namespace FamilySafeguarding.IntegrationTests.Workbooks;

/// <summary>
/// Summaries where other pages show them: last month's completion per worker on the team page, each chapter's latest
/// summary and last month's gaps on the family overview, and submitted summaries, addenda and oversight in the chronology.
/// </summary>
public sealed class WorkbookGlanceTests(WorkbookApps apps) : IClassFixture<WorkbookApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TeamPage_ShowsEachWorkersSubmittedOfOwedForLastMonth_InTheTeamsFamilies(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var team = await app.Data.TeamAsync(world.ServiceA);
        var worker = await app.SocialWorkerAsync(team, "Chloe Barker");
        var lead = await app.SocialWorkerAsync(team, "Imran Qureshi");
        var idle = await app.SocialWorkerAsync(team, "Hannah Lloyd");
        var done = await app.Data.FamilyAsync(team, worker.PersonId, openedOn: new DateOnly(2026, 8, 10));
        var missing = await app.Data.FamilyAsync(team, worker.PersonId, openedOn: new DateOnly(2026, 9, 1));
        var ended = await app.Data.FamilyAsync(team, lead.PersonId, openedOn: new DateOnly(2026, 1, 1));
        await app.AllocateAsync(ended, worker.PersonId, AllocationRole.SocialWorker, new DateOnly(2026, 2, 1), end: October); // not allocated in October
        var elsewhere = await app.Data.FamilyAsync(world.TeamA1, worker.PersonId, openedOn: new DateOnly(2026, 8, 10)); // another team's family
        await app.SummaryAsync(done, worker.PersonId, October, new DateTime(2026, 11, 3, 9, 0, 0, DateTimeKind.Utc));
        await app.SummaryAsync(missing, worker.PersonId, September, new DateTime(2026, 10, 3, 9, 0, 0, DateTimeKind.Utc));
        await app.SummaryAsync(missing, worker.PersonId, October); // a draft is not a submission
        await app.SummaryAsync(elsewhere, worker.PersonId, September, new DateTime(2026, 10, 3, 9, 0, 0, DateTimeKind.Utc));
        var client = await app.SignedInAsync(world.SocialWorker);

        var page = await client.GetHtmlAsync($"/teams/{team}");

        Assert.Contains("October 2026 summaries", page.QuerySelector("thead")!.TextContent, StringComparison.Ordinal);
        string Cell(TestUser who) => page.QuerySelector($"td[data-completion='{who.PersonId}']")!.TextContent.Trim();
        Assert.Matches(@"^1 of 2\s+1 overdue$", Cell(worker));
        Assert.Matches(@"^0 of 1\s+1 overdue$", Cell(lead));
        Assert.Equal("None owed", Cell(idle));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Overview_ShowsEachChaptersLatestSummaryAndWhichOpenChaptersLackLastMonths(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var (family, lead, specialist, former) = await FamilyWithChaptersAsync(app, world);
        var client = await app.SignedInAsync(lead);

        var page = await client.GetHtmlAsync($"/families/{family}");

        var panel = page.QuerySelector("#workbook")!.NextElementSibling!;
        Assert.Contains("1 open chapter has no submitted summary for October 2026 (due 4 Nov 2026)", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        var leadRow = page.QuerySelector($"tr[data-chapter='{lead.PersonId}']")!;
        Assert.Contains("Lead social worker - L. Pearson", leadRow.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/families/{family}/workbook/chapters/{lead.PersonId}/2026-10", leadRow.QuerySelector("td:nth-child(2) a")!.GetAttribute("href"));
        Assert.Matches(@"(?s)October 2026\s+submitted 2 Nov 2026", leadRow.TextContent);
        var excerpt = leadRow.QuerySelector("td:nth-child(2) .govuk-body-s:last-child")!.TextContent;
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        Assert.InRange(excerpt.Length, 100, 202);
        Assert.Contains("Submitted", leadRow.QuerySelector("td:nth-child(3)")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("November 2026", leadRow.TextContent, StringComparison.Ordinal); // the draft is not shown

        var specialistRow = page.QuerySelector($"tr[data-chapter='{specialist}']")!;
        Assert.Contains("Domestic abuse (victim)", specialistRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("September 2026", specialistRow.QuerySelector("td:nth-child(2)")!.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"No summary for October 2026\s+Overdue", specialistRow.QuerySelector("td:nth-child(3)")!.TextContent.Trim());

        var formerRow = page.QuerySelector($"tr[data-chapter='{former}']")!;
        Assert.Contains("Closed", formerRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("August 2026", formerRow.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("No summary", formerRow.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/families/{family}/workbook']"));
    }

    /// <summary>
    /// Overdue where the family is: a month missed before a later one was submitted still shows as overdue on the
    /// overview and the workbook, and the worker's main button writes the oldest month they owe, not this month.
    /// (The app's clock says 16 November 2026; summaries fall due on the third working day.)
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OverviewAndWorkbook_ShowEveryOverdueMonthOfEveryChapter_AndTheButtonWritesTheOldest(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var (family, lead, specialist, former) = await FamilyWithChaptersAsync(app, world);
        var client = await app.SignedInAsync(lead);

        var overview = await client.GetHtmlAsync($"/families/{family}");
        var workbook = await client.GetHtmlAsync($"/families/{family}/workbook");

        // The lead submitted September and October but never August; the specialist submitted only September.
        Assert.Contains("Submitted", overview.QuerySelector($"tr[data-chapter='{lead.PersonId}'] td:nth-child(3)")!.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"^Also overdue: August 2026\s+Overdue$", overview.QuerySelector($"tr[data-chapter='{lead.PersonId}'] [data-earlier-overdue]")!.TextContent.Trim());
        Assert.Matches(@"^Also overdue: August 2026\s+Overdue$", overview.QuerySelector($"tr[data-chapter='{specialist}'] [data-earlier-overdue]")!.TextContent.Trim());
        Assert.Null(overview.QuerySelector($"tr[data-chapter='{former}'] [data-earlier-overdue]")); // a closed chapter owes nothing more
        Assert.Contains("Earlier months are overdue too: 2 summaries in 2 chapters.", overview.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);

        string Owed(Guid chapter) => Regex.Replace(workbook.QuerySelector($"#summaries-owed li[data-chapter='{chapter}']")!.TextContent, @"\s+", " ").Trim();
        Assert.Equal("Lead social worker - L. Pearson: August 2026 Overdue", Owed(lead.PersonId));
        Assert.Equal("Domestic abuse (victim) - S. Okoro: August 2026 Overdue October 2026 Overdue", Owed(specialist));
        Assert.Null(workbook.QuerySelector($"#summaries-owed li[data-chapter='{former}']"));
        Assert.Equal($"/families/{family}/workbook/chapters/{lead.PersonId}/2026-08/edit", workbook.QuerySelector($"#summaries-owed li[data-chapter='{lead.PersonId}'] a")!.GetAttribute("href"));
        Assert.Null(workbook.QuerySelector($"#summaries-owed li[data-chapter='{specialist}'] a")); // only the author writes
        var button = workbook.QuerySelector("a.govuk-button")!;
        Assert.Equal("Write summary for August 2026", button.TextContent.Trim());
        Assert.Equal($"/families/{family}/workbook/chapters/{lead.PersonId}/2026-08/edit", button.GetAttribute("href"));

        // Once August is written, nothing is owed: the button offers this month, and the overview has no earlier gaps.
        await app.SummaryAsync(family, lead.PersonId, August, new DateTime(2026, 11, 16, 9, 0, 0, DateTimeKind.Utc));
        workbook = await client.GetHtmlAsync($"/families/{family}/workbook");
        overview = await client.GetHtmlAsync($"/families/{family}");
        Assert.Equal("Write summary for November 2026", workbook.QuerySelector("a.govuk-button")!.TextContent.Trim());
        Assert.Null(workbook.QuerySelector($"#summaries-owed li[data-chapter='{lead.PersonId}']"));
        Assert.Null(overview.QuerySelector($"tr[data-chapter='{lead.PersonId}'] [data-earlier-overdue]"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Chronology_ShowsSubmittedSummariesOnTheirUkDayAndTheirNotes_EachLinkingToTheSummary(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var (family, lead, specialist, former) = await FamilyWithChaptersAsync(app, world);
        var client = await app.SignedInAsync(lead);

        var summaries = await client.GetHtmlAsync($"/families/{family}/chronology?type=Summary");
        var notes = await client.GetHtmlAsync($"/families/{family}/chronology?type=SummaryNote");
        var everything = await client.GetHtmlAsync($"/families/{family}/chronology");

        Assert.Equal(
            [
                "Monthly summary submitted: Lead social worker - L. Pearson, October 2026",
                "Monthly summary submitted: Domestic abuse (victim) - S. Okoro, September 2026",
                "Monthly summary submitted: Lead social worker - L. Pearson, September 2026",
                "Monthly summary submitted: Social worker - F. Ward, August 2026",
            ],
            Titles(summaries));
        var september = summaries.QuerySelectorAll(".moj-timeline__item")[2];
        Assert.NotNull(september.QuerySelector("time[datetime='2026-10-01']")); // 23:30 UTC on 30 September is 1 October in the UK
        Assert.Equal($"/families/{family}/workbook/chapters/{lead.PersonId}/2026-09", september.QuerySelector(".moj-timeline__description a")!.GetAttribute("href"));
        Assert.Contains("by Lisa Pearson", september.TextContent, StringComparison.Ordinal);
        Assert.NotNull(summaries.QuerySelector("input[name='type'][value='Summary'][checked]"));

        Assert.Equal(
            [
                "Addendum to the monthly summary: Lead social worker - L. Pearson, October 2026",
                "Management oversight of the monthly summary: Domestic abuse (victim) - S. Okoro, September 2026",
            ],
            Titles(notes));
        Assert.Contains("The school confirmed attendance has improved.", notes.QuerySelectorAll(".moj-timeline__item")[0].TextContent, StringComparison.Ordinal);
        Assert.Equal($"/families/{family}/workbook/chapters/{specialist}/2026-09", notes.QuerySelectorAll(".moj-timeline__item")[1].QuerySelector(".moj-timeline__description a")!.GetAttribute("href"));
        Assert.Equal(6, Titles(everything).Count(t => t.Contains("monthly summary", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(Titles(everything), t => t.Contains("November 2026", StringComparison.Ordinal)); // drafts never appear
        _ = former;
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Chronology_FilteredByPerson_ShowsTheSummariesThatSpeakOfThem(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId, openedOn: new DateOnly(2026, 8, 1));
        var child = await app.Data.ChildAsync(family, "Ruby Marsh");
        var other = await app.Data.ChildAsync(family, "Sam Marsh");
        var about = Content() with { People = [new SummaryPersonContent { MemberId = child, Impact = "Ruby is sleeping better." }] };
        await app.SummaryAsync(family, world.SocialWorker.PersonId, August, new DateTime(2026, 9, 2, 9, 0, 0, DateTimeKind.Utc), about);
        await app.SummaryAsync(family, world.SocialWorker.PersonId, September, new DateTime(2026, 10, 2, 9, 0, 0, DateTimeKind.Utc));
        var client = await app.SignedInAsync(world.SocialWorker);

        var ruby = Titles(await client.GetHtmlAsync($"/families/{family}/chronology?type=Summary&person={child}"));
        var sam = Titles(await client.GetHtmlAsync($"/families/{family}/chronology?type=Summary&person={other}"));

        Assert.Single(ruby, t => t.EndsWith("August 2026", StringComparison.Ordinal));
        Assert.Empty(sam);
    }

    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll(".moj-timeline__title").Select(t => t.TextContent.Trim())];

    /// <summary>
    /// A family opened on 10 August 2026 by Lisa Pearson (lead): September and October submitted, November a draft, an
    /// addendum on October. Sam Okoro, domestic abuse worker with the mother from 15 August: September only (October
    /// missing), with a manager's oversight. Fay Ward, social worker from 10 August to 15 September: August.
    /// </summary>
    private static async Task<(Guid Family, TestUser Lead, Guid Specialist, Guid Former)> FamilyWithChaptersAsync(AppFactory app, World world)
    {
        var lead = await app.SocialWorkerAsync(world.TeamA1, "Lisa Pearson");
        var specialist = await app.Data.PersonAsync(JobRole.DomesticAbuseVictimPractitioner, world.Charity, "Sam Okoro");
        await app.Data.MembershipAsync(specialist, world.TeamA1);
        var former = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council, "Fay Ward");
        await app.Data.MembershipAsync(former, world.TeamA1);
        var family = await app.Data.FamilyAsync(world.TeamA1, lead.PersonId, openedOn: new DateOnly(2026, 8, 10));
        var mother = await app.Data.AdultAsync(family, FamilyRole.Mother, "Grace Marsh");
        await app.AllocateAsync(family, specialist, AllocationRole.DomesticAbuseVictimWorker, new DateOnly(2026, 8, 15), adults: [mother]);
        await app.AllocateAsync(family, former, AllocationRole.SocialWorker, new DateOnly(2026, 8, 10), end: new DateOnly(2026, 9, 15));

        await app.SummaryAsync(family, lead.PersonId, September, new DateTime(2026, 9, 30, 23, 30, 0, DateTimeKind.Utc));
        var october = await app.SummaryAsync(family, lead.PersonId, October, new DateTime(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc), Content(string.Join(' ', Enumerable.Repeat("Visited the family at home and met the children at school.", 6))));
        await app.SummaryAsync(family, lead.PersonId, November);
        await app.NoteAsync(october, SummaryNoteKind.Addendum, lead.PersonId, "The school confirmed attendance has improved.", new DateTime(2026, 11, 10, 12, 0, 0, DateTimeKind.Utc));
        var specialistSeptember = await app.SummaryAsync(family, specialist, September, new DateTime(2026, 10, 4, 10, 0, 0, DateTimeKind.Utc));
        await app.NoteAsync(specialistSeptember, SummaryNoteKind.ManagementOversight, world.TeamManager.PersonId, "Discussed in supervision; agree the plan.", new DateTime(2026, 10, 8, 12, 0, 0, DateTimeKind.Utc));
        await app.SummaryAsync(family, former, August, new DateTime(2026, 9, 4, 10, 0, 0, DateTimeKind.Utc));
        return (family, lead, specialist, former);
    }
}
