using FamilySafeguarding.IntegrationTests.Families;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using Xunit.Abstractions;
using static FamilySafeguarding.IntegrationTests.Supervisions.SupervisionScene;

namespace FamilySafeguarding.IntegrationTests.Supervisions;

/// <summary>
/// The supervision pages issue the same number of SQL commands for a month of history as for twelve: a supervision,
/// summaries, events and actions each month. This class has an app of its own, so no other test's requests are counted.
/// </summary>
public sealed class SupervisionQueryCountTests(Apps apps, ITestOutputHelper output) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SupervisionPages_For12MonthsOfHistory_IssueAsManyCommandsAsFor1Month(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var small = await FamilyAsync(app, world, months: 1);
        var large = await FamilyAsync(app, world, months: 12);
        var smallClient = await app.SignedInAsync(small.Family.TeamManager);
        var largeClient = await app.SignedInAsync(large.Family.TeamManager);
        foreach (var url in Pages(small))
        {
            await smallClient.GetHtmlAsync(url); // warm up: compiled queries, views, the session's security stamp check
        }

        var smallCounts = await CountAsync(app, smallClient, Pages(small));
        var largeCounts = await CountAsync(app, largeClient, Pages(large));

        output.WriteLine($"SQL commands per page (list, pack, print, record form, sign-off confirmation, signed-off record): 1 month {string.Join(", ", smallCounts)}; 12 months {string.Join(", ", largeCounts)}");
        Assert.Equal(smallCounts, largeCounts);
        Assert.All(largeCounts, c => Assert.InRange(c, 1, 25));
    }

    private static string[] Pages((SupervisionFamily Family, Guid Scheduled, Guid LastSignedOff) scene) =>
    [
        $"/families/{scene.Family.Id}/supervisions",
        Path(scene.Family.Id, scene.Scheduled),
        Path(scene.Family.Id, scene.Scheduled) + "/pack/print",
        Path(scene.Family.Id, scene.Scheduled) + "/record",
        Path(scene.Family.Id, scene.Scheduled) + "/record/confirm",
        Path(scene.Family.Id, scene.LastSignedOff),
    ];

    private static async Task<List<int>> CountAsync(AppFactory app, HttpClient client, string[] urls)
    {
        var counts = new List<int>();
        foreach (var url in urls)
        {
            app.Commands.Reset();
            await client.GetHtmlAsync(url);
            counts.Add(app.Commands.Count);
        }

        return counts;
    }

    /// <summary>A family with a signed-off supervision each month (two actions each, one done), a summary from each chapter and an event each month, and the next supervision scheduled.</summary>
    private static async Task<(SupervisionFamily Family, Guid Scheduled, Guid LastSignedOff)> FamilyAsync(AppFactory app, World world, int months)
    {
        var f = await app.SupervisionFamilyAsync(world);
        var today = app.AppToday();
        var last = Guid.Empty;
        for (var i = months; i >= 1; i--)
        {
            var held = today.AddMonths(-i);
            var month = new DateOnly(held.Year, held.Month, 1);
            await app.SubmittedSummaryAsync(f.Id, f.Lead.PersonId, month, At(held.Year, held.Month, held.Day, 9, 0));
            await app.SubmittedSummaryAsync(f.Id, f.Specialist.PersonId, month, At(held.Year, held.Month, held.Day, 9, 0));
            await app.EventRecordedAtAsync(f.Id, f.Lead.PersonId, held.AddDays(-3), At(held.Year, held.Month, held.Day, 8, 0));
            var signed = await app.SignedOffSupervisionAsync(f.Id, f.TeamManager.PersonId, held, actions:
                [new("Visit school", f.Lead.PersonId, held.AddDays(14)), new("Book the programme", f.Specialist.PersonId, held.AddDays(14))]);
            await app.ActionDoneAsync(signed.ActionIds[0], held.AddDays(7), At(held.Year, held.Month, held.Day, 18, 0));
            last = signed.Id;
        }

        var scheduled = await app.ScheduledSupervisionAsync(f.Id, today);
        return (f, scheduled, last);
    }
}
