using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using FamilySafeguarding.IntegrationTests.Supervisions;
using FamilySafeguarding.IntegrationTests.Workbooks;
using Xunit.Abstractions;
using static FamilySafeguarding.IntegrationTests.Workbooks.SummarySeeding;

namespace FamilySafeguarding.IntegrationTests.Home;

/// <summary>An app per provider with a caseload target of 2, so a test can put a worker over it with three families.</summary>
public sealed class HomeApps : Apps
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Caseloads:Target"] = "2" };
}

/// <summary>
/// The team manager's and service manager's homes on data built here (the clock is Monday 16 November 2026): which
/// summaries await oversight, overdue actions by owner, vacancies and caseloads over target; and a SQL command count that
/// does not grow with the number of families, summaries, supervisions and actions.
/// </summary>
public sealed class ManagerHomeTests(HomeApps apps, ITestOutputHelper output) : IClassFixture<HomeApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ManagerHome_ListsSummariesSubmittedSinceTheChaptersLastOversightAndTheFamilysLastSupervision(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var team = await app.Data.TeamAsync(world.ServiceA, "Oversight Team");
        var manager = await app.Data.UserInRoleAsync(JobRole.TeamManager, world.Council);
        await app.Data.MembershipAsync(manager.PersonId, team);
        var vacancy = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council, vacancy: true);
        await app.Data.MembershipAsync(vacancy, team);
        var worker = await app.SocialWorkerAsync(team, "Olive Oversight");
        var seen = await app.Data.FamilyAsync(team, worker.PersonId, "Supervised family", openedOn: new DateOnly(2026, 8, 3));
        var overseen = await app.Data.FamilyAsync(team, worker.PersonId, "Overseen family", openedOn: new DateOnly(2026, 8, 3));
        var third = await app.Data.FamilyAsync(team, worker.PersonId, "Third family", openedOn: new DateOnly(2026, 8, 3));
        await app.SummaryAsync(seen, worker.PersonId, September, new DateTime(2026, 10, 2, 9, 0, 0, DateTimeKind.Utc));
        var action = (await app.SignedOffSupervisionAsync(seen, manager.PersonId, new DateOnly(2026, 10, 20), [new AgreedAction("Visit the school", worker.PersonId, new DateOnly(2026, 11, 2))])).ActionIds[0];
        await app.SummaryAsync(seen, worker.PersonId, October, new DateTime(2026, 11, 3, 9, 0, 0, DateTimeKind.Utc)); // after the supervision: awaiting
        var september = await app.SummaryAsync(overseen, worker.PersonId, September, new DateTime(2026, 10, 2, 9, 0, 0, DateTimeKind.Utc));
        await app.SummaryAsync(overseen, worker.PersonId, October, new DateTime(2026, 11, 3, 9, 0, 0, DateTimeKind.Utc));
        await app.NoteAsync(september, SummaryNoteKind.ManagementOversight, manager.PersonId, "Read both months.", new DateTime(2026, 11, 6, 9, 0, 0, DateTimeKind.Utc)); // covers the chapter up to then
        await app.ScheduledSupervisionAsync(third, new DateOnly(2026, 11, 18));
        var client = await app.SignedInAsync(manager);

        var home = await client.GetHtmlAsync("/");

        var panel = home.QuerySelector("#manager-home")!;
        Assert.Equal(
            [$"/families/{seen}/workbook/chapters/{worker.PersonId}/2026-10"],
            panel.QuerySelectorAll("#home-oversight li a").Select(a => a.GetAttribute("href")!));
        Assert.Equal([$"/families/{seen}/actions/{action}"], panel.QuerySelectorAll("#home-overdue-actions a[href*='/actions/']").Select(a => a.GetAttribute("href")!));
        Assert.Contains("Olive Oversight", panel.QuerySelector($"#home-overdue-actions li[data-person='{worker.PersonId}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([worker.PersonId.ToString()], panel.QuerySelectorAll("#home-over-target li").Select(li => li.GetAttribute("data-person")!));
        Assert.Equal([vacancy.ToString()], panel.QuerySelectorAll("#home-vacancies li").Select(li => li.GetAttribute("data-person")!));
        Assert.Equal([third.ToString()], panel.QuerySelectorAll("#home-week-supervisions li").Select(li => li.GetAttribute("data-family")!));
        Assert.Equal(
            new[] { seen, overseen }.Select(f => f.ToString()).Order(StringComparer.Ordinal),
            panel.QuerySelectorAll("#home-unscheduled-supervisions li").Select(li => li.GetAttribute("data-family")!).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TeamManagerAndServiceManagerHomes_SqlCommandCount_IsTheSameForOneFamilyAndTwelve(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var lead = await app.SocialWorkerAsync(world.TeamA1, "Counted Worker");
        await AddFamiliesAsync(app, world, lead.PersonId, 1);
        var managers = new[] { await app.SignedInAsync(world.TeamManager), await app.SignedInAsync(world.ManagerA) };
        var few = await CountAsync(app, managers);
        await AddFamiliesAsync(app, world, lead.PersonId, 11);
        var vacancy = await app.Data.PersonAsync(JobRole.FamilyPractitioner, world.Council, vacancy: true);
        await app.Data.MembershipAsync(vacancy, world.TeamA2);

        var many = await CountAsync(app, managers);

        output.WriteLine($"SQL commands (team manager, service manager): 1 family {string.Join(", ", few)}; 12 families {string.Join(", ", many)}");
        Assert.Equal(few, many);
        Assert.All(many, c => Assert.InRange(c, 1, 12));
    }

    private static async Task<List<int>> CountAsync(AppFactory app, HttpClient[] clients)
    {
        var counts = new List<int>();
        foreach (var client in clients)
        {
            await client.GetHtmlAsync("/"); // warm up
            app.Commands.Reset();
            var page = await client.GetHtmlAsync("/");
            counts.Add(app.Commands.Count);
            Assert.NotNull(page.QuerySelector("#manager-home, #service-home"));
        }

        return counts;
    }

    /// <summary>Families in teams A1 and A2, each with a child on a plan, two submitted summaries, a signed-off supervision with an overdue action, and one scheduled.</summary>
    private static async Task AddFamiliesAsync(AppFactory app, World world, Guid lead, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var team = i % 2 == 0 ? world.TeamA1 : world.TeamA2;
            var family = await app.Data.FamilyAsync(team, lead, openedOn: new DateOnly(2026, 6, 1));
            var child = await app.Data.ChildAsync(family);
            await app.Data.LegalStatusAsync(family, child, LegalStatusKind.ChildProtectionPlan, new DateOnly(2026, 6, 15));
            await app.SummariesAsync(family, lead, [September, October], m => m.AddMonths(1).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
            await app.SignedOffSupervisionAsync(family, world.TeamManager.PersonId, new DateOnly(2026, 10, 12), [new AgreedAction("Refer to the health visitor", lead, new DateOnly(2026, 11, 1))]);
            await app.ScheduledSupervisionAsync(family, new DateOnly(2026, 11, 18));
        }
    }
}
