using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.Infrastructure.Persistence;
using FamilySafeguarding.IntegrationTests.Families;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FamilySafeguarding.IntegrationTests.Workbooks;

/// <summary>
/// The workbook's pages issue the same number of SQL commands for 6 months of history as for 60 (issue 4's acceptance
/// point): each list is one query, the integrated view is paged by months. This class has an app of its own, so no
/// other test's requests are counted.
/// </summary>
public sealed class WorkbookQueryCountTests(Apps apps, ITestOutputHelper output) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WorkbookPages_For60MonthsOfFourChapters_IssueAsManyCommandsAsFor6Months(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var (small, lead) = await FamilyAsync(app, world, months: 6);
        var (large, largeLead) = await FamilyAsync(app, world, months: 60);
        var client = await app.SignedInAsync(world.TeamManager);
        foreach (var url in Pages(small, lead))
        {
            await client.GetHtmlAsync(url); // warm up: compiled queries, views, the session's security stamp check
        }

        var smallCounts = await CountAsync(app, client, Pages(small, lead));
        var largeCounts = await CountAsync(app, client, Pages(large, largeLead));

        output.WriteLine($"SQL commands per page ({string.Join(", ", Pages(large, largeLead).Select(p => p[(p.IndexOf("/workbook", StringComparison.Ordinal) + 1)..]))}): 6 months {string.Join(", ", smallCounts)}; 60 months {string.Join(", ", largeCounts)}");
        Assert.Equal(smallCounts, largeCounts);
        Assert.All(largeCounts, c => Assert.InRange(c, 1, 12));
    }

    private static string[] Pages(Guid familyId, Guid lead) =>
    [
        $"/families/{familyId}/workbook",
        $"/families/{familyId}/workbook?page=2",
        $"/families/{familyId}/workbook/print?from=2026-05",
        $"/families/{familyId}/workbook/chapters/{lead}",
        $"/families/{familyId}/workbook/chapters/{lead}/{WorkbookScene.LastMonthText}",
    ];

    private static async Task<List<int>> CountAsync(AppFactory app, HttpClient client, string[] urls)
    {
        var counts = new List<int>();
        foreach (var url in urls)
        {
            app.Commands.Reset();
            var page = await client.GetHtmlAsync(url);
            counts.Add(app.Commands.Count);
            Assert.NotEmpty(page.QuerySelectorAll(".app-summary, table"));
        }

        return counts;
    }

    /// <summary>A family with four chapters (the lead and three specialists), each with a submitted summary for each of the last months, with an addendum each.</summary>
    private static async Task<(Guid Family, Guid Lead)> FamilyAsync(AppFactory app, World world, int months)
    {
        var lead = await app.Data.PersonAsync(JobRole.SocialWorker, name: "Lead Worker");
        await app.Data.MembershipAsync(lead, world.TeamA1);
        var familyId = await app.Data.FamilyAsync(world.TeamA1, lead, openedOn: new DateOnly(2020, 1, 1));
        var child = await app.Data.ChildAsync(familyId);
        var mother = await app.Data.AdultAsync(familyId);
        var authors = new List<Guid> { lead };
        foreach (var (role, allocation) in new[]
        {
            (JobRole.DomesticAbuseVictimPractitioner, AllocationRole.DomesticAbuseVictimWorker),
            (JobRole.MentalHealthPractitioner, AllocationRole.MentalHealth),
            (JobRole.FamilyPractitioner, AllocationRole.FamilyPractitioner),
        })
        {
            var person = await app.WorkerInTeamsAsync(role, $"Worker {allocation}", world.TeamA1);
            await app.Data.AllocationAsync(familyId, person, allocation, new DateOnly(2020, 1, 1));
            authors.Add(person);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        foreach (var author in authors)
        {
            for (var i = 0; i < months; i++)
            {
                var summary = MonthlySummary.Start(familyId, author, WorkbookScene.LastMonth.AddMonths(-i), app.AppToday());
                summary.Submit(author, WorkbookScene.Content($"Month {i}: sessions held.") with
                {
                    People = [new SummaryPersonContent { MemberId = child, Impact = "Settled at school." }, new SummaryPersonContent { MemberId = mother, Stage = StageOfChange.Action, Importance = 7 }],
                }, now);
                db.MonthlySummaries.Add(summary);
                db.SummaryNotes.Add(SummaryNote.Addendum(summary, author, false, "A correction.", now));
            }
        }

        await db.SaveChangesAsync();
        return (familyId, lead);
    }
}
