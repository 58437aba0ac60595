using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Families;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace FamilySafeguarding.IntegrationTests.Supervisions;

/// <summary>
/// The actions' pages, and the family pages that show supervisions (workbook, chronology, overview), issue the same
/// number of SQL commands for a family with one supervision as for one with two years of them, each with several
/// actions with a history. This class has an app of its own, so no other test's requests are counted.
/// </summary>
public sealed class ActionQueryCountTests(Apps apps, ITestOutputHelper output) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ActionAndFamilyPages_For24SupervisionsWith4ActionsEach_IssueAsManyCommandsAsForOne(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var small = await FamilyAsync(app, world, supervisions: 1, actionsEach: 1);
        var large = await FamilyAsync(app, world, supervisions: 24, actionsEach: 4);

        var smallCounts = await CountAsync(app, small);
        var largeCounts = await CountAsync(app, large);

        output.WriteLine($"SQL commands per page ({string.Join(", ", Pages(large))}): 1 supervision {string.Join(", ", smallCounts)}; 24 supervisions {string.Join(", ", largeCounts)}");
        Assert.Equal(smallCounts, largeCounts);
        Assert.All(largeCounts, c => Assert.InRange(c, 1, 20));
    }

    private static string[] Pages((Guid Family, TestUser Owner, Guid Action) f) =>
    [
        "/my-actions",
        "/my-work",
        $"/families/{f.Family}/actions",
        $"/families/{f.Family}/actions/{f.Action}",
        $"/families/{f.Family}/actions/{f.Action}/done",
        $"/families/{f.Family}",
        $"/families/{f.Family}/workbook",
        $"/families/{f.Family}/chronology",
    ];

    private static async Task<List<int>> CountAsync(AppFactory app, (Guid Family, TestUser Owner, Guid Action) family)
    {
        var client = await app.SignedInAsync(family.Owner);
        foreach (var url in Pages(family))
        {
            await client.GetHtmlAsync(url); // warm up: compiled queries, views, the session's security stamp check
        }

        var counts = new List<int>();
        foreach (var url in Pages(family))
        {
            app.Commands.Reset();
            await client.GetHtmlAsync(url);
            counts.Add(app.Commands.Count);
        }

        return counts;
    }

    /// <summary>
    /// A family with a lead of its own (who owns every action) and monthly supervisions up to this month, each agreeing
    /// actions of which all but the newest's are done, and the newest's first moved to a later date.
    /// </summary>
    private static async Task<(Guid Family, TestUser Owner, Guid Action)> FamilyAsync(AppFactory app, World world, int supervisions, int actionsEach)
    {
        var owner = await app.UserInTeamAsync(JobRole.SocialWorker, world.TeamA1);
        var familyId = await app.Data.FamilyAsync(world.TeamA1, owner.PersonId, openedOn: new DateOnly(2024, 1, 1));
        await app.Data.ChildAsync(familyId);
        var latest = Guid.Empty;
        for (var i = supervisions - 1; i >= 0; i--)
        {
            var held = new DateOnly(2026, 11, 10).AddMonths(-i);
            var agreed = await app.SignedOffSupervisionAsync(familyId, world.TeamManager.PersonId, held,
                [.. Enumerable.Range(0, actionsEach).Select(n => new AgreedAction($"Action {n} of {held}", owner.PersonId, held.AddDays(7 + n)))]);
            foreach (var action in agreed.ActionIds.Where(_ => i > 0))
            {
                await app.ActionDoneAsync(action, held.AddDays(5), held.AddDays(5).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc));
            }

            latest = agreed.ActionIds[0];
        }

        await app.WithDbAsync(async db =>
        {
            var action = await db.FamilyActions.Include(a => a.History).SingleAsync(a => a.Id == latest);
            action.Change(world.TeamManager.PersonId, action.OwnerPersonId, action.DueOn.AddDays(14), "More time.", app.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
            return 0;
        });
        return (familyId, owner, latest);
    }
}
