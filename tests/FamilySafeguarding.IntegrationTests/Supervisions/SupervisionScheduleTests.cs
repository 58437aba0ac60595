using System.Net;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.IntegrationTests.Families;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Supervisions;

/// <summary>
/// An app whose first supervision falls due 10 days after a case opens, not the default 20, so the tests prove the
/// setting is used. Its clock stands at Monday 16 November 2026.
/// </summary>
public sealed class SupervisionApps : Apps
{
    public const int FirstSupervisionDays = 10;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Supervision:FirstSupervisionDays"] = FirstSupervisionDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// Scheduling a family's group supervision and the lists of due supervisions: the due dates (with the configured first
/// supervision days), who may schedule, reschedule and cancel (the team's manager, assistant manager and coordinator;
/// 403 for others who see the family, 404 for everyone else), one scheduled at a time, the team's list overdue first
/// and "My work"'s section for the month.
/// </summary>
public sealed class SupervisionScheduleTests(SupervisionApps apps) : IClassFixture<SupervisionApps>
{
    private static readonly DateOnly Today = new(2026, 11, 16);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TeamList_ShowsEachOpenFamilysDueDate_OverdueFirst_WithTheConfiguredFirstSupervisionDays(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var client = await app.SignedInAsync(scene.Manager);

        var page = await client.GetHtmlAsync($"/teams/{scene.Team}/supervisions");

        var rows = page.QuerySelectorAll("#supervisions tbody tr").ToList();
        // Damson: held 30 September, due a month later, 30 October (overdue). Ash: opened 1 November, none held, due
        // 10 days later, 11 November (overdue; with the default 20 days it would be 21 November). Birch: opened
        // 10 November, due 20 November. Cedar: held 20 October, due 20 November, scheduled 18 November. Elm is closed.
        Assert.Equal([scene.Damson, scene.Ash, scene.Birch, scene.Cedar], rows.Select(r => Guid.Parse(r.GetAttribute("data-family")!)));
        Assert.Equal(["2026-10-30", "2026-11-11", "2026-11-20", "2026-11-20"], rows.Select(r => r.QuerySelector("[data-due]")!.GetAttribute("data-due")));
        Assert.Equal([true, true, false, false], rows.Select(r => r.QuerySelector(".govuk-tag--red") is not null));
        Assert.Contains("18 Nov 2026 at 10:00", rows[3].TextContent, StringComparison.Ordinal);
        Assert.Contains("20 Oct 2026", rows[3].TextContent, StringComparison.Ordinal);
        Assert.NotNull(rows[3].QuerySelector($"a[href='/families/{scene.Cedar}/supervisions/{scene.CedarSupervision}']"));
        Assert.NotNull(rows[1].QuerySelector($"a[href='/families/{scene.Ash}/supervisions/schedule']"));
        Assert.Contains("None yet", rows[1].TextContent, StringComparison.Ordinal);

        var overdue = await client.GetHtmlAsync($"/teams/{scene.Team}/supervisions?overdue=true");
        Assert.Equal([scene.Damson, scene.Ash], overdue.QuerySelectorAll("#supervisions tbody tr").Select(r => Guid.Parse(r.GetAttribute("data-family")!)));
        Assert.Contains("Overdue (2)", overdue.QuerySelector(".moj-sub-navigation")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TeamList_IsForTheTeamsMembersAndItsServiceManager_AndOffersSchedulingOnlyToThoseWhoSchedule(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var url = $"/teams/{scene.Team}/supervisions";
        var specialist = await app.UserInTeamAsync(JobRole.MentalHealthPractitioner, scene.Team);
        var sessions = await app.SignedInAsync(("the lead social worker", scene.Lead), ("a specialist in the team", specialist), ("the service manager", world.ManagerA));
        foreach (var (who, client) in sessions)
        {
            var page = await client.GetHtmlAsync(url);
            Assert.True(page.QuerySelectorAll("#supervisions tbody tr").Length == 4, who);
            Assert.True(page.QuerySelector("a[href$='/schedule'], a[href$='/reschedule'], a[href$='/cancel']") is null, $"{who} is offered scheduling");
        }

        var coordinator = await app.SignedInAsync(await app.UserInTeamAsync(JobRole.TeamCoordinator, scene.Team));
        Assert.NotNull((await coordinator.GetHtmlAsync(url)).QuerySelector($"a[href='/families/{scene.Cedar}/supervisions/{scene.CedarSupervision}/reschedule']"));

        foreach (var (who, client) in await app.SignedInAsync(("an Administrator", world.Administrator), ("service B's manager", world.ManagerB), ("a social worker of another team", world.SocialWorker)))
        {
            await new SignedInUser(who, client).AssertStatusAsync(HttpStatusCode.NotFound, url, $"/teams/{Guid.NewGuid()}/supervisions");
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Schedule_ByTheTeamsManagerAssistantManagerOrCoordinator_SetsTheDueDate_AndAllowsOneAtATime(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var assistant = await app.UserInTeamAsync(JobRole.AssistantTeamManager, scene.Team);
        var coordinator = await app.UserInTeamAsync(JobRole.TeamCoordinator, scene.Team);
        foreach (var (who, user, family) in new[] { ("the team manager", scene.Manager, scene.Ash), ("the assistant team manager", assistant, scene.Birch), ("the team coordinator", coordinator, scene.Damson) })
        {
            var client = await app.SignedInAsync(user);
            var form = await client.GetHtmlAsync($"/families/{family}/supervisions/schedule");
            Assert.NotNull(form.QuerySelector("#supervision-due"));

            var response = await client.SubmitAsync($"/families/{family}/supervisions/schedule", Form(new DateOnly(2026, 11, 25), " 9:30 "));

            await response.AssertRedirectAsync($"/teams/{scene.Team}/supervisions");
            var saved = await app.WithDbAsync(db => db.Supervisions.AsNoTracking().SingleAsync(s => s.FamilyId == family && s.Status == SupervisionStatus.Scheduled));
            Assert.True((SupervisionStatus.Scheduled, new DateOnly(2026, 11, 25), new TimeOnly(9, 30)) == (saved.Status, saved.ScheduledOn, saved.ScheduledAt), who);
        }

        // The due dates as they stood: Ash 11 November (opened 1 November + 10 days), Birch 20 November, Damson 30 October.
        var dues = await app.WithDbAsync(db => db.Supervisions.AsNoTracking()
            .Where(s => s.Status == SupervisionStatus.Scheduled && (s.FamilyId == scene.Ash || s.FamilyId == scene.Birch || s.FamilyId == scene.Damson))
            .ToDictionaryAsync(s => s.FamilyId, s => s.DueOn));
        Assert.Equal(new DateOnly(2026, 11, 11), dues[scene.Ash]);
        Assert.Equal(new DateOnly(2026, 11, 20), dues[scene.Birch]);
        Assert.Equal(new DateOnly(2026, 10, 30), dues[scene.Damson]);

        // A second one while Cedar's is scheduled is refused, beside the date, with what was typed kept.
        var manager = await app.SignedInAsync(scene.Manager);
        Assert.NotNull((await manager.GetHtmlAsync($"/families/{scene.Cedar}/supervisions/schedule")).QuerySelector("#already-scheduled"));
        var cedar = $"/families/{scene.Cedar}/supervisions/schedule";
        var again = await (await manager.PostFormAsync(cedar, Form(new DateOnly(2026, 11, 27), "14:00").WithFormKey(app, scene.Manager, cedar))).HtmlAsync();
        Assert.StartsWith("A supervision is already scheduled for 18 November 2026 at 10:00", again.FieldErrors()["ScheduledOn"], StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Supervisions.CountAsync(s => s.FamilyId == scene.Cedar && s.Status == SupervisionStatus.Scheduled)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ScheduleForm_WithAMistake_ShowsTheMessageBesideTheField_AndKeepsWhatWasTyped(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var client = await app.SignedInAsync(scene.Manager);
        var url = $"/families/{scene.Ash}/supervisions/schedule";

        var page = await (await client.SubmitAsync(url, new() { ["ScheduledOn.Day"] = "31", ["ScheduledOn.Month"] = "11", ["ScheduledOn.Year"] = "2026", ["ScheduledAt"] = "25:00" })).HtmlAsync();

        Assert.Equal("The date of the supervision must be a real date", page.FieldErrors()["ScheduledOn"]);
        Assert.Equal("Enter the time as hours and minutes on the 24-hour clock, for example 14:30", page.FieldErrors()["ScheduledAt"]);
        Assert.Equal(["#ScheduledOn", "#ScheduledAt"], page.ErrorSummary().Select(e => e.Href));
        Assert.Equal("31", page.ValueOf("ScheduledOn.Day"));
        Assert.Equal("25:00", page.ValueOf("ScheduledAt"));

        var blank = await (await client.SubmitAsync(url, new() { ["ScheduledAt"] = string.Empty })).HtmlAsync();
        Assert.Equal("Enter the date of the supervision", blank.FieldErrors()["ScheduledOn"]);
        Assert.Equal("Enter the time of the supervision", blank.FieldErrors()["ScheduledAt"]);

        // More than a year ahead: the domain's rule, beside the date.
        var far = await (await client.SubmitAsync(url, Form(Today.AddDays(400), "10:00"))).HtmlAsync();
        Assert.Equal("The date must be within a year from today", far.FieldErrors()["ScheduledOn"]);
        Assert.False(await app.WithDbAsync(db => db.Supervisions.AnyAsync(s => s.FamilyId == scene.Ash)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Schedule_ForAClosedFamily_IsRefused(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var client = await app.SignedInAsync(scene.Manager);

        Assert.Contains("The family's case is closed", (await client.GetHtmlAsync($"/families/{scene.Elm}/supervisions/schedule")).Body!.TextContent, StringComparison.Ordinal);
        var elm = $"/families/{scene.Elm}/supervisions/schedule";
        var page = await (await client.PostFormAsync(elm, Form(new DateOnly(2026, 11, 25), "10:00").WithFormKey(app, scene.Manager, elm))).HtmlAsync();

        Assert.Contains("The family's case is closed. Reopen it before scheduling a supervision", page.ErrorSummary().Single().Text, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Supervisions.AnyAsync(s => s.FamilyId == scene.Elm)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ScheduleRescheduleAndCancel_ForOthersWhoSeeTheFamily_AreForbidden_AndForEveryoneElseNotFound(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var specialist = await app.UserInTeamAsync(JobRole.DomesticAbuseVictimPractitioner, scene.Team);
        var otherTeamsManager = await app.UserInTeamAsync(JobRole.TeamManager, world.TeamA2);
        var cedar = $"/families/{scene.Cedar}/supervisions/{scene.CedarSupervision}";
        var forms = new Dictionary<string, Dictionary<string, string>>
        {
            [$"/families/{scene.Ash}/supervisions/schedule"] = Form(new DateOnly(2026, 11, 25), "10:00"),
            [$"{cedar}/reschedule"] = Form(new DateOnly(2026, 11, 26), "10:00", version: Guid.NewGuid()),
            [$"{cedar}/cancel"] = new(),
        };

        // They see the family (allocated, in its team, or the service manager over it) but do not schedule for its team.
        var forbidden = await app.SignedInAsync(("the lead social worker", scene.Lead), ("a specialist in the team", specialist), ("the service manager over the team", world.ManagerA));
        var outsiders = await app.SignedInAsync(("service B's manager", world.ManagerB), ("another team's manager", otherTeamsManager), ("an Administrator", world.Administrator));
        foreach (var (url, form) in forms)
        {
            foreach (var user in forbidden)
            {
                await user.AssertStatusAsync(HttpStatusCode.Forbidden, url);
            }

            await app.AssertForbiddenAndUnchangedAsync(forbidden, url, form);
            foreach (var user in outsiders)
            {
                await user.AssertStatusAsync(HttpStatusCode.NotFound, url);
                Assert.Equal(HttpStatusCode.NotFound, (await user.Client.PostFormAsync(url, form)).StatusCode);
            }
        }

        var saved = await app.WithDbAsync(db => db.Supervisions.AsNoTracking().SingleAsync(s => s.Id == scene.CedarSupervision));
        Assert.Equal((SupervisionStatus.Scheduled, new DateOnly(2026, 11, 18)), (saved.Status, saved.ScheduledOn));
        Assert.False(await app.WithDbAsync(db => db.Supervisions.AnyAsync(s => s.FamilyId == scene.Ash)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reschedule_MovesTheSupervision_AndAStaleFormKeepsBothTimes(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var manager = await app.SignedInAsync(scene.Manager);
        var coordinator = await app.SignedInAsync(await app.UserInTeamAsync(JobRole.TeamCoordinator, scene.Team));
        var url = $"/families/{scene.Cedar}/supervisions/{scene.CedarSupervision}/reschedule";
        var managersForm = await manager.GetHtmlAsync(url);
        var coordinatorsForm = await coordinator.GetHtmlAsync(url);
        Assert.Equal(("18", "10:00"), (managersForm.ValueOf("ScheduledOn.Day"), managersForm.ValueOf("ScheduledAt")));

        var moved = await manager.PostFormAsync(url, Form(new DateOnly(2026, 11, 19), "11:15", Guid.Parse(managersForm.ValueOf("Version")!)));
        await moved.AssertRedirectAsync($"/teams/{scene.Team}/supervisions");

        // The coordinator's form was opened before the manager's change: nothing is saved, both times are shown.
        var stale = await (await coordinator.PostFormAsync(url, Form(new DateOnly(2026, 11, 23), "15:00", Guid.Parse(coordinatorsForm.ValueOf("Version")!)))).HtmlAsync();
        Assert.Contains("19 November 2026 at 11:15", stale.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(("23", "15:00"), (stale.ValueOf("ScheduledOn.Day"), stale.ValueOf("ScheduledAt")));
        var saved = await app.WithDbAsync(db => db.Supervisions.AsNoTracking().SingleAsync(s => s.Id == scene.CedarSupervision));
        Assert.Equal((new DateOnly(2026, 11, 19), new TimeOnly(11, 15)), (saved.ScheduledOn, saved.ScheduledAt));

        // Saved again from the page that showed both, the coordinator's time wins on purpose.
        await (await coordinator.PostFormAsync(url, Form(new DateOnly(2026, 11, 23), "15:00", Guid.Parse(stale.ValueOf("Version")!)))).AssertRedirectAsync($"/teams/{scene.Team}/supervisions");
        saved = await app.WithDbAsync(db => db.Supervisions.AsNoTracking().SingleAsync(s => s.Id == scene.CedarSupervision));
        Assert.Equal((new DateOnly(2026, 11, 23), new TimeOnly(15, 0)), (saved.ScheduledOn, saved.ScheduledAt));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Cancel_AfterConfirmation_TakesItOffTheDiary_AndTheFamilyCanBeScheduledAgain(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var client = await app.SignedInAsync(await app.UserInTeamAsync(JobRole.TeamCoordinator, scene.Team));
        var url = $"/families/{scene.Cedar}/supervisions/{scene.CedarSupervision}/cancel";

        var confirm = await client.GetHtmlAsync(url);
        Assert.Contains("18 November 2026 at 10:00", confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(confirm.QuerySelector($"form[action='{url}']"));

        await (await client.PostFormAsync(url, new())).AssertRedirectAsync($"/teams/{scene.Team}/supervisions");
        Assert.Equal(SupervisionStatus.Cancelled, await app.WithDbAsync(db => db.Supervisions.Where(s => s.Id == scene.CedarSupervision).Select(s => s.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);

        var list = await client.GetHtmlAsync($"/teams/{scene.Team}/supervisions");
        var row = list.QuerySelector($"#supervisions tr[data-family='{scene.Cedar}']")!;
        Assert.Contains("Not scheduled", row.TextContent, StringComparison.Ordinal);
        await (await client.SubmitAsync($"/families/{scene.Cedar}/supervisions/schedule", Form(new DateOnly(2026, 11, 30), "10:00"))).AssertRedirectAsync($"/teams/{scene.Team}/supervisions");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MyWork_ListsTheSupervisionsOfTheWorkersOwnFamiliesThisMonth(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        // Fir: the lead's, due 16 December (held 16 November) but scheduled for 30 November: listed for the date.
        var fir = await app.Data.FamilyAsync(scene.Team, scene.Lead.PersonId, "Fir", openedOn: new DateOnly(2026, 1, 1));
        await app.SignedOffSupervisionAsync(fir, scene.Manager.PersonId, Today);
        await app.ScheduledSupervisionAsync(fir, new DateOnly(2026, 11, 30), dueOn: new DateOnly(2026, 12, 16));
        // Gorse: the lead's, due 16 December, nothing scheduled: not this month.
        var gorse = await app.Data.FamilyAsync(scene.Team, scene.Lead.PersonId, "Gorse", openedOn: new DateOnly(2026, 1, 1));
        await app.SignedOffSupervisionAsync(gorse, scene.Manager.PersonId, Today);
        // Holly: someone else's family in the team, overdue: not the lead's.
        var colleague = await app.UserInTeamAsync(JobRole.SocialWorker, scene.Team);
        var holly = await app.Data.FamilyAsync(scene.Team, colleague.PersonId, "Holly", openedOn: new DateOnly(2026, 1, 1));
        var client = await app.SignedInAsync(scene.Lead);

        var page = await client.GetHtmlAsync("/my-work");

        var rows = page.QuerySelectorAll("#my-supervisions tbody tr").ToList();
        // Overdue first (Damson 30 October, Ash 11 November), then due this month (Birch and Cedar, 20 November), then Fir scheduled this month.
        Assert.Equal([scene.Damson, scene.Ash, scene.Birch, scene.Cedar, fir], rows.Select(r => Guid.Parse(r.GetAttribute("data-family")!)));
        Assert.Equal([true, true, false, false, false], rows.Select(r => r.QuerySelector(".govuk-tag--red") is not null));
        Assert.Contains("30 Nov 2026 at 10:00", rows[4].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.GetAttribute("data-family") == gorse.ToString() || r.GetAttribute("data-family") == holly.ToString());

        var colleagues = await (await app.SignedInAsync(colleague)).GetHtmlAsync("/my-work");
        Assert.Equal([holly], colleagues.QuerySelectorAll("#my-supervisions tbody tr").Select(r => Guid.Parse(r.GetAttribute("data-family")!)));
    }

    /// <summary>The form as the browser posts it.</summary>
    internal static Dictionary<string, string> Form(DateOnly on, string at, Guid? version = null)
    {
        var fields = WorkersScene.Date("ScheduledOn", on).ToDictionary(p => p.Key, p => p.Value);
        fields["ScheduledAt"] = at;
        fields["Version"] = version?.ToString() ?? string.Empty;
        return fields;
    }

    /// <summary>
    /// A new team in service A with a team manager and a lead social worker, who leads five families: Ash (opened
    /// 1 November, none held), Birch (opened 10 November), Cedar (held 20 October, scheduled for 18 November at 10:00),
    /// Damson (held 30 September) and Elm (closed).
    /// </summary>
    private static async Task<Scene> SceneAsync(AppFactory app, World world)
    {
        var team = await app.Data.TeamAsync(world.ServiceA);
        var manager = await app.UserInTeamAsync(JobRole.TeamManager, team);
        var lead = await app.UserInTeamAsync(JobRole.SocialWorker, team);
        var ash = await app.Data.FamilyAsync(team, lead.PersonId, "Ash", openedOn: new DateOnly(2026, 11, 1));
        var birch = await app.Data.FamilyAsync(team, lead.PersonId, "Birch", openedOn: new DateOnly(2026, 11, 10));
        var cedar = await app.Data.FamilyAsync(team, lead.PersonId, "Cedar", openedOn: new DateOnly(2026, 1, 1));
        await app.SignedOffSupervisionAsync(cedar, manager.PersonId, new DateOnly(2026, 10, 20));
        var cedarSupervision = await app.ScheduledSupervisionAsync(cedar, new DateOnly(2026, 11, 18), dueOn: new DateOnly(2026, 11, 20));
        var damson = await app.Data.FamilyAsync(team, lead.PersonId, "Damson", openedOn: new DateOnly(2026, 1, 1));
        await app.SignedOffSupervisionAsync(damson, manager.PersonId, new DateOnly(2026, 9, 30));
        var elm = await app.Data.FamilyAsync(team, lead.PersonId, "Elm", openedOn: new DateOnly(2026, 1, 1));
        await app.Data.ChangeFamilyAsync(elm, f =>
        {
            f.Close(new DateOnly(2026, 11, 2), ClosureReason.NoFurtherAction, null, TestData.Today);
            return 0;
        });
        return new Scene(team, manager, lead, ash, birch, cedar, cedarSupervision, damson, elm);
    }

    private sealed record Scene(Guid Team, TestUser Manager, TestUser Lead, Guid Ash, Guid Birch, Guid Cedar, Guid CedarSupervision, Guid Damson, Guid Elm);
}
