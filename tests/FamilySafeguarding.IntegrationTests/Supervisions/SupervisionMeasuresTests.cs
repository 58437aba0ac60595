using FamilySafeguarding.Application.Supervisions;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Families;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using Microsoft.Extensions.DependencyInjection;

namespace FamilySafeguarding.IntegrationTests.Supervisions;

/// <summary>
/// The supervision measures (issue 5, point 6) match a fixed data set worked out by hand: share of open families
/// supervised in the last 31 days, supervisions overdue, actions overdue (and per worker), average days from due to
/// held; on the team page, and on another day to prove the bounds.
/// </summary>
public sealed class SupervisionMeasuresTests(SupervisionApps apps) : IClassFixture<SupervisionApps>
{
    private static readonly DateOnly Today = new(2026, 11, 16);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Measures_OnAFixedDataSet_MatchTheHandComputedFigures(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var set = await DataSetAsync(app, world);

        var figures = await MeasuresAsync(app, set.Team, Today);

        // (i) Open families: F1, F2, F3, F4 = 4 (F5 is closed, F6 is another team's). Held within 16 October (today − 31,
        //     inclusive) to 16 November: F1 (16 October, exactly 31 days ago) and F3 (10 November); F2's 15 October is
        //     32 days ago. 2 of 4 = 50%.
        Assert.Equal((4, 2, 0.5m, "50%"), (figures.OpenFamilies, figures.SupervisedRecently, figures.SupervisedShare, figures.SupervisedShareText));
        // (ii) Due before today: F2 (15 October + 1 month = 15 November) and F4 (opened 1 November + 10 days = 11
        //      November); F1 is due today (16 November), F3 on 10 December. 2.
        Assert.Equal(2, figures.SupervisionsOverdue);
        // (iii) Open, due before today, in open families: a1 (Alice, 10 Nov), a2 (Alice, 15 Nov), a6 (Ben, 31 Oct) = 3.
        //       Not: a3 (due today), a4 (done), a5 (cancelled), a7 (closed family F5), a8 (another team's family).
        Assert.Equal(3, figures.ActionsOverdue);
        Assert.Equal([("Alice Archer", 2), ("Ben Brook", 1)], figures.ActionsOverdueByOwner.Select(o => (o.Name, o.Count)));
        Assert.Equal([set.Alice, set.Ben], figures.ActionsOverdueByOwner.Select(o => o.PersonId));
        // (iv) Signed off, held 16 November 2025 to 16 November 2026 inclusive, in the team's families open or closed:
        //      F1 16 Sep (due 16 Sep) 0, F1 16 Oct (due 14 Oct) +2, F2 15 Oct (due 20 Oct) −5, F3 16 Nov 2025 (due
        //      10 Nov 2025) +6, F3 10 Nov (due 1 Nov) +9, F5 2 Nov (due 1 Nov) +1. Sum 13 over 6 = 2.1666… → 2.2.
        //      Not: F3's 10 November 2025 (more than 12 months ago), F4's scheduled one, F6's (another team).
        Assert.Equal((6, 2.2m), (figures.HeldInLastYear, figures.AverageDaysDueToHeld));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Measures_OnTheNextDay_MoveAcrossEachBound(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var set = await DataSetAsync(app, world);

        var figures = await MeasuresAsync(app, set.Team, Today.AddDays(1));

        // On 17 November: F1's 16 October is now 32 days ago: 1 of 4 (F3) = 25%. F1 (due 16 November) is overdue too: 3.
        // a3 (due 16 November) is overdue: Alice 3, Ben 1. F3's 16 November 2025 falls out of the 12 months:
        // 13 − 6 = 7 over 5 = 1.4.
        Assert.Equal((1, "25%"), (figures.SupervisedRecently, figures.SupervisedShareText));
        Assert.Equal(3, figures.SupervisionsOverdue);
        Assert.Equal([("Alice Archer", 3), ("Ben Brook", 1)], figures.ActionsOverdueByOwner.Select(o => (o.Name, o.Count)));
        Assert.Equal(4, figures.ActionsOverdue);
        Assert.Equal((5, 1.4m), (figures.HeldInLastYear, figures.AverageDaysDueToHeld));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Measures_ForATeamWithNothingYet_AreEmptyNotZeroShares(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var team = await app.Data.TeamAsync(world.ServiceA);

        var figures = await MeasuresAsync(app, team, Today);

        Assert.Equal((0, 0, 0, 0, 0), (figures.OpenFamilies, figures.SupervisedRecently, figures.SupervisionsOverdue, figures.ActionsOverdue, figures.HeldInLastYear));
        Assert.Null(figures.SupervisedShare);
        Assert.Null(figures.AverageDaysDueToHeld);
        Assert.Empty(figures.ActionsOverdueByOwner);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TeamPage_ShowsTheMeasuresAndOverdueActionsPerWorker_ToThoseWhoSeeTheTeamsFamilies(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var set = await DataSetAsync(app, world);
        var client = await app.SignedInAsync(set.Manager);

        var page = await client.GetHtmlAsync($"/teams/{set.Team}");

        string Measure(string name) => page.QuerySelector($"#supervision-measures [data-measure='{name}'] dd")!.TextContent.Trim();
        Assert.Equal("50% (2 of 4)", Measure("supervised"));
        Assert.Equal("2", Measure("supervisions-overdue"));
        Assert.Equal("3", Measure("actions-overdue"));
        Assert.Equal("2.2 days late (6 supervisions)", Measure("average"));
        Assert.Equal(
            ["Alice Archer 2", "Ben Brook 1"],
            page.QuerySelectorAll("#overdue-actions tbody tr").Select(r => string.Join(' ', r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()))));
        Assert.NotNull(page.QuerySelector($"a[href='/teams/{set.Team}/supervisions']"));

        // Someone outside the team and its service reads the team page without its families' figures.
        var outsider = await (await app.SignedInAsync(world.SocialWorker)).GetHtmlAsync($"/teams/{set.Team}");
        Assert.Null(outsider.QuerySelector("#supervision-measures"));
        Assert.Null(outsider.QuerySelector($"a[href='/teams/{set.Team}/supervisions']"));
    }

    private static async Task<SupervisionFigures> MeasuresAsync(AppFactory app, Guid teamId, DateOnly today)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SupervisionMeasures>().ForTeamAsync(teamId, today, default);
    }

    /// <summary>The fixed data set the figures above are worked out from, in a new team of service A.</summary>
    private static async Task<DataSet> DataSetAsync(AppFactory app, World world)
    {
        var team = await app.Data.TeamAsync(world.ServiceA);
        var manager = await app.UserInTeamAsync(JobRole.TeamManager, team);
        var alice = await app.WorkerInTeamsAsync(JobRole.SocialWorker, "Alice Archer", team);
        var ben = await app.WorkerInTeamsAsync(JobRole.FamilyPractitioner, "Ben Brook", team);
        var m = manager.PersonId;
        static DateOnly D(int year, int month, int day) => new(year, month, day);

        // F1: held 16 September (due then) and 16 October (due 14 October); next due 16 November, today.
        var f1 = await app.Data.FamilyAsync(team, alice, "F1", openedOn: D(2026, 1, 1));
        await app.SignedOffSupervisionAsync(f1, m, D(2026, 9, 16), dueOn: D(2026, 9, 16));
        var f1Actions = (await app.SignedOffSupervisionAsync(f1, m, D(2026, 10, 16), dueOn: D(2026, 10, 14), actions:
        [
            new("a1", alice, D(2026, 11, 10)),
            new("a2", alice, D(2026, 11, 15)),
            new("a3", alice, D(2026, 11, 16)),
            new("a4", ben, D(2026, 11, 1)),
            new("a5", ben, D(2026, 11, 1)),
        ])).ActionIds;
        await app.ActionDoneAsync(f1Actions[3], D(2026, 11, 2), new DateTime(2026, 11, 2, 12, 0, 0, DateTimeKind.Utc));
        await app.ActionCancelledAsync(f1Actions[4], m, D(2026, 11, 3), new DateTime(2026, 11, 3, 12, 0, 0, DateTimeKind.Utc));

        // F2: held 15 October (due 20 October); next due 15 November, overdue.
        var f2 = await app.Data.FamilyAsync(team, alice, "F2", openedOn: D(2026, 1, 1));
        await app.SignedOffSupervisionAsync(f2, m, D(2026, 10, 15), dueOn: D(2026, 10, 20), actions: [new("a6", ben, D(2026, 10, 31))]);

        // F3: held 10 November 2025 (due 16 November 2025), 16 November 2025 (due 10 November 2025) and 10 November 2026 (due 1 November).
        var f3 = await app.Data.FamilyAsync(team, alice, "F3", openedOn: D(2025, 6, 1));
        await app.SignedOffSupervisionAsync(f3, m, D(2025, 11, 10), dueOn: D(2025, 11, 16));
        await app.SignedOffSupervisionAsync(f3, m, D(2025, 11, 16), dueOn: D(2025, 11, 10));
        await app.SignedOffSupervisionAsync(f3, m, D(2026, 11, 10), dueOn: D(2026, 11, 1));

        // F4: opened 1 November, none held (due 11 November, overdue), one scheduled.
        var f4 = await app.Data.FamilyAsync(team, alice, "F4", openedOn: D(2026, 11, 1));
        await app.ScheduledSupervisionAsync(f4, D(2026, 11, 20), dueOn: D(2026, 11, 11));

        // F5: held 2 November (due 1 November) with an action still open, then closed.
        var f5 = await app.Data.FamilyAsync(team, alice, "F5", openedOn: D(2026, 1, 1));
        await app.SignedOffSupervisionAsync(f5, m, D(2026, 11, 2), dueOn: D(2026, 11, 1), actions: [new("a7", ben, D(2026, 11, 3))]);
        await app.Data.ChangeFamilyAsync(f5, f =>
        {
            f.Close(D(2026, 11, 5), ClosureReason.SteppedDownToEarlyHelp, null, TestData.Today);
            return 0;
        });

        // F6: another team's family, held late with an overdue action of Alice's.
        var f6 = await app.Data.FamilyAsync(world.TeamA2, alice, "F6", openedOn: D(2026, 1, 1));
        await app.SignedOffSupervisionAsync(f6, m, D(2026, 10, 1), dueOn: D(2026, 9, 1), actions: [new("a8", alice, D(2026, 11, 1))]);

        return new DataSet(team, manager, alice, ben);
    }

    private sealed record DataSet(Guid Team, TestUser Manager, Guid Alice, Guid Ben);
}
