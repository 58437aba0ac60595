using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Families;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using Xunit.Abstractions;

namespace FamilySafeguarding.IntegrationTests.Supervisions;

/// <summary>
/// The team's supervision list, the team page with its measures and "My work" issue the same number of SQL commands for
/// a team whose families have two years of supervisions and actions as for one with a single supervision each. This
/// class has an app of its own, so no other test's requests are counted.
/// </summary>
public sealed class SupervisionScheduleQueryCountTests(Apps apps, ITestOutputHelper output) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TeamListTeamPageAndMyWork_ForTwoYearsOfHistory_IssueAsManyCommandsAsForOneSupervision(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var small = await TeamAsync(app, world, months: 1);
        var large = await TeamAsync(app, world, months: 24);

        var smallCounts = await CountAsync(app, small);
        var largeCounts = await CountAsync(app, large);

        output.WriteLine($"SQL commands (supervision list, overdue filter, team page, My work): 1 month {string.Join(", ", smallCounts)}; 24 months {string.Join(", ", largeCounts)}");
        Assert.Equal(smallCounts, largeCounts);
        Assert.All(largeCounts, c => Assert.InRange(c, 1, 14));
    }

    private static async Task<List<int>> CountAsync(AppFactory app, (Guid Team, TestUser Manager, TestUser Lead) team)
    {
        var manager = await app.SignedInAsync(team.Manager);
        var lead = await app.SignedInAsync(team.Lead);
        var pages = new (HttpClient Client, string Url, string Selector)[]
        {
            (manager, $"/teams/{team.Team}/supervisions", "#supervisions"),
            (manager, $"/teams/{team.Team}/supervisions?overdue=true", "#supervisions"),
            (manager, $"/teams/{team.Team}", "#supervision-measures"),
            (lead, "/my-work", "#my-supervisions"),
        };
        var counts = new List<int>();
        foreach (var (client, url, selector) in pages)
        {
            await client.GetHtmlAsync(url); // warm up: compiled queries, views, the session's security stamp check
            app.Commands.Reset();
            var page = await client.GetHtmlAsync(url);
            counts.Add(app.Commands.Count);
            Assert.True(page.QuerySelector(selector) is not null, $"{url} has no {selector}");
        }

        return counts;
    }

    /// <summary>A new team with three open families, each with a supervision a month for the last months, each agreeing three actions (one done, one open and overdue, one cancelled), and one scheduled.</summary>
    private static async Task<(Guid Team, TestUser Manager, TestUser Lead)> TeamAsync(AppFactory app, World world, int months)
    {
        var team = await app.Data.TeamAsync(world.ServiceA);
        var manager = await app.UserInTeamAsync(JobRole.TeamManager, team);
        var lead = await app.UserInTeamAsync(JobRole.SocialWorker, team);
        var first = new DateOnly(2026, 10, 1).AddMonths(1 - months);
        for (var f = 0; f < 3; f++)
        {
            var family = await app.Data.FamilyAsync(team, lead.PersonId, $"History {f}", openedOn: first.AddDays(-30));
            for (var i = 0; i < months; i++)
            {
                var heldOn = first.AddMonths(i);
                var actions = (await app.SignedOffSupervisionAsync(family, manager.PersonId, heldOn, actions:
                [
                    new("Done", lead.PersonId, heldOn.AddDays(7)),
                    new("Open", lead.PersonId, heldOn.AddDays(14)),
                    new("Cancelled", lead.PersonId, heldOn.AddDays(14)),
                ])).ActionIds;
                await app.ActionDoneAsync(actions[0], heldOn.AddDays(3), heldOn.AddDays(3).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc));
                await app.ActionCancelledAsync(actions[2], manager.PersonId, heldOn.AddDays(3), heldOn.AddDays(3).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc));
            }

            await app.ScheduledSupervisionAsync(family, new DateOnly(2026, 11, 20));
        }

        return (team, manager, lead);
    }
}
