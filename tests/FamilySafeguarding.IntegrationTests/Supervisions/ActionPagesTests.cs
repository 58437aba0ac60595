using System.Net;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.IntegrationTests.Families;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using FamilySafeguarding.IntegrationTests.Workbooks;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Supervisions;

/// <summary>
/// The actions agreed at group supervision, through their pages: the owner marks one done, a manager of the family's
/// team cancels or changes one, everyone else who sees the family reads them; "My actions" lists a person's own.
/// The test clock's today is 16 November 2026.
/// </summary>
public sealed class ActionPagesTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly DateOnly HeldOn = new(2026, 11, 6);
    private static readonly DateOnly Overdue = new(2026, 11, 13);
    private static readonly DateOnly DueSoon = new(2026, 11, 21);
    private static readonly DateOnly Later = new(2026, 12, 20);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MarkDone_ByTheOwner_ClosesIt_ShowsInTheHistory_AndASecondSendIsTheSameChange(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var path = $"/families/{scene.Family.Id}/actions/{scene.Overdue}";
        var specialist = await app.SignedInAsync(scene.Family.Specialist);

        var form = await specialist.GetHtmlAsync(path + "/done");
        Assert.Equal(("16", "11", "2026"), (form.ValueOf("DoneOn.Day"), form.ValueOf("DoneOn.Month"), form.ValueOf("DoneOn.Year")));
        var fields = new Dictionary<string, string>
        {
            ["Version"] = form.ValueOf("Version")!, ["DoneOn.Day"] = "15", ["DoneOn.Month"] = "11", ["DoneOn.Year"] = "2026", ["Note"] = "Referral sent to the health visitor.",
        };
        await (await specialist.PostFormAsync(path + "/done", fields)).AssertRedirectAsync(path);
        await (await specialist.PostFormAsync(path + "/done", fields)).AssertRedirectAsync(path);

        var saved = await app.WithDbAsync(db => db.FamilyActions.AsNoTracking().Include(a => a.History).SingleAsync(a => a.Id == scene.Overdue));
        Assert.Equal((ActionState.Done, new DateOnly(2026, 11, 15), "Referral sent to the health visitor."), (saved.State, saved.ClosedOn, saved.ClosingNote));
        Assert.Single(saved.History, c => c.Kind == ActionChangeKind.Done);

        var page = await specialist.GetHtmlAsync(path);
        var history = page.QuerySelector("#action-history")!.TextContent;
        Assert.Contains("Agreed at supervision", history, StringComparison.Ordinal);
        Assert.Contains(scene.ManagerName, history, StringComparison.Ordinal);
        Assert.Contains("Marked done", history, StringComparison.Ordinal);
        Assert.Contains("Rashida Khan", history, StringComparison.Ordinal);
        Assert.Contains("16 November 2026 at 09:30", history, StringComparison.Ordinal);
        Assert.Contains("Referral sent to the health visitor.", history, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"a[href='{path}/done']"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MarkDone_BySomeoneOtherThanTheOwner_ManagersIncluded_IsForbiddenAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var path = $"/families/{scene.Family.Id}/actions/{scene.Overdue}/done";
        var others = await app.SignedInAsync(("the lead social worker", world.SocialWorker), ("the team manager", world.TeamManager), ("the coordinator", scene.Coordinator));

        foreach (var other in others)
        {
            await other.AssertStatusAsync(HttpStatusCode.Forbidden, path);
            Assert.Null((await other.Client.GetHtmlAsync($"/families/{scene.Family.Id}/actions/{scene.Overdue}")).QuerySelector($"a[href='{path}']"));
        }

        await app.AssertForbiddenAndUnchangedAsync(others, path, new()
        {
            ["Version"] = (await app.VersionOfAsync<FamilyAction>(scene.Overdue)).ToString(), ["DoneOn.Day"] = "16", ["DoneOn.Month"] = "11", ["DoneOn.Year"] = "2026", ["Note"] = "Done by someone else.",
        });
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MarkDone_InTheFutureOrWithoutANote_ShowsTheMessagesBesideTheFieldsAndKeepsWhatWasTyped(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var path = $"/families/{scene.Family.Id}/actions/{scene.Overdue}/done";
        var specialist = await app.SignedInAsync(scene.Family.Specialist);
        var version = (await app.VersionOfAsync<FamilyAction>(scene.Overdue)).ToString();

        var future = await (await specialist.PostFormAsync(path, new() { ["Version"] = version, ["DoneOn.Day"] = "17", ["DoneOn.Month"] = "11", ["DoneOn.Year"] = "2026", ["Note"] = "Typed note." })).HtmlAsync();
        Assert.Equal("The date it was done must be today or in the past", future.FieldErrors()["DoneOn"]);
        Assert.Equal(("17", "Typed note."), (future.ValueOf("DoneOn.Day"), future.ValueOf("Note")));

        var blank = await (await specialist.PostFormAsync(path, new() { ["Version"] = version, ["DoneOn.Day"] = "31", ["DoneOn.Month"] = "2", ["DoneOn.Year"] = "2026", ["Note"] = " " })).HtmlAsync();
        Assert.Equal("Enter a short note on what was done", blank.FieldErrors()["Note"]);
        Assert.Equal("The date it was done must be a real date", blank.FieldErrors()["DoneOn"]);
        Assert.Contains(blank.ErrorSummary(), e => e.Href == "#Note");
        Assert.Equal(ActionState.Open, await app.WithDbAsync(db => db.FamilyActions.Where(a => a.Id == scene.Overdue).Select(a => a.State).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Cancel_ByTheTeamManager_ClosesIt_AndTheCoordinatorAndSocialWorkerAreForbidden(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var path = $"/families/{scene.Family.Id}/actions/{scene.DueSoon}/cancel";
        var version = (await app.VersionOfAsync<FamilyAction>(scene.DueSoon)).ToString();
        var others = await app.SignedInAsync(("the coordinator", scene.Coordinator), ("the lead social worker", world.SocialWorker), ("the owner", scene.Family.Specialist));
        foreach (var other in others)
        {
            await other.AssertStatusAsync(HttpStatusCode.Forbidden, path, $"/families/{scene.Family.Id}/actions/{scene.DueSoon}/change");
        }

        await app.AssertForbiddenAndUnchangedAsync(others, path, new() { ["Version"] = version, ["Reason"] = "Not needed." });

        var manager = await app.SignedInAsync(world.TeamManager);
        var blank = await (await manager.PostFormAsync(path, new() { ["Version"] = version, ["Reason"] = "" })).HtmlAsync();
        Assert.Equal("Enter why the action is cancelled", blank.FieldErrors()["Reason"]);
        await (await manager.PostFormAsync(path, new() { ["Version"] = version, ["Reason"] = "The family has moved to another area." }))
            .AssertRedirectAsync($"/families/{scene.Family.Id}/actions/{scene.DueSoon}");

        var saved = await app.WithDbAsync(db => db.FamilyActions.AsNoTracking().SingleAsync(a => a.Id == scene.DueSoon));
        Assert.Equal((ActionState.Cancelled, "The family has moved to another area."), (saved.State, saved.ClosingNote));
        var list = await manager.GetHtmlAsync($"/families/{scene.Family.Id}/actions");
        Assert.Contains("Cancelled", list.QuerySelector($"tr[data-action='{scene.DueSoon}']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Overdue", list.QuerySelector($"tr[data-action='{scene.Overdue}']")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Change_ByTheManager_ToAnotherWorkerAndDate_WritesTheHistory_RefusesOutsiders_AndAStaleFormConflicts(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var path = $"/families/{scene.Family.Id}/actions/{scene.Later}";
        var manager = await app.SignedInAsync(world.TeamManager);
        var form = await manager.GetHtmlAsync(path + "/change");
        Assert.Equal(world.SocialWorker.PersonId.ToString(), form.ValueOf("OwnerPersonId"));
        Assert.NotNull(form.QuerySelector($"select#OwnerPersonId option[value='{scene.Family.Specialist.PersonId}']"));
        Assert.Null(form.QuerySelector($"select#OwnerPersonId option[value='{scene.Outsider}']"));
        var version = form.ValueOf("Version")!;

        Dictionary<string, string> Fields(Guid owner, string day, string v) => new()
        {
            ["Version"] = v, ["OwnerPersonId"] = owner.ToString(), ["DueOn.Day"] = day, ["DueOn.Month"] = "1", ["DueOn.Year"] = "2027", ["Reason"] = "Rashida sees Grace weekly.",
        };

        var outsider = await (await manager.PostFormAsync(path + "/change", Fields(scene.Outsider, "8", version))).HtmlAsync();
        Assert.Equal("Select someone allocated to the family or in its team", outsider.FieldErrors()["OwnerPersonId"]);
        var same = await (await manager.PostFormAsync(path + "/change", new() { ["Version"] = version, ["OwnerPersonId"] = world.SocialWorker.PersonId.ToString(), ["DueOn.Day"] = "20", ["DueOn.Month"] = "12", ["DueOn.Year"] = "2026" })).HtmlAsync();
        Assert.Equal("Change the person responsible or the due date", same.FieldErrors()["OwnerPersonId"]);

        await (await manager.PostFormAsync(path + "/change", Fields(scene.Family.Specialist.PersonId, "8", version))).AssertRedirectAsync(path);
        var saved = await app.WithDbAsync(db => db.FamilyActions.AsNoTracking().Include(a => a.History).SingleAsync(a => a.Id == scene.Later));
        Assert.Equal((scene.Family.Specialist.PersonId, new DateOnly(2027, 1, 8)), (saved.OwnerPersonId, saved.DueOn));
        Assert.Equal([ActionChangeKind.Agreed, ActionChangeKind.Reassigned, ActionChangeKind.DueDateChanged], saved.History.OrderBy(c => c.At).ThenBy(c => c.Kind).Select(c => c.Kind));

        // The same form, opened before that change, sent again with another date: nothing saved, the page says why and keeps the input.
        var stale = await manager.PostFormAsync(path + "/change", Fields(scene.Family.Specialist.PersonId, "15", version));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var conflict = await stale.HtmlAsync();
        Assert.Contains(conflict.ErrorSummary(), e => e.Text.Contains("changed by someone else", StringComparison.Ordinal));
        Assert.Equal("15", conflict.ValueOf("DueOn.Day"));
        Assert.Equal(saved.Version.ToString(), conflict.ValueOf("Version"));
        Assert.Contains("8 January 2027", conflict.QuerySelector("#action-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 1, 8), await app.WithDbAsync(db => db.FamilyActions.Where(a => a.Id == scene.Later).Select(a => a.DueOn).SingleAsync()));

        var history = (await manager.GetHtmlAsync(path)).QuerySelector("#action-history")!.TextContent;
        Assert.Contains("Given to another person", history, StringComparison.Ordinal);
        Assert.Contains("Due date changed", history, StringComparison.Ordinal);
        Assert.Contains("Rashida Khan, due 8 January 2027", history, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MyActions_ListsTheOwnersOpenActionsOverdueFirst_WithCounts_AndNothingOfOthersOrOfFamiliesTheyCannotSee(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        // An action given to the specialist in a family of another team, which she is not allocated to.
        var elsewhere = await app.Data.FamilyAsync(world.TeamB1, (await app.UserInTeamAsync(JobRole.SocialWorker, world.TeamB1)).PersonId);
        var managerB = await app.UserInTeamAsync(JobRole.TeamManager, world.TeamB1);
        var hidden = (await app.SignedOffSupervisionAsync(elsewhere, managerB.PersonId, HeldOn, [new AgreedAction("Hidden action", scene.Family.Specialist.PersonId, Overdue)])).ActionIds[0];
        await app.ActionDoneAsync(scene.Done, new DateOnly(2026, 11, 10), new DateTime(2026, 11, 10, 12, 0, 0, DateTimeKind.Utc));

        var specialist = await app.SignedInAsync(scene.Family.Specialist);
        var page = await specialist.GetHtmlAsync("/my-actions");
        var rows = page.QuerySelectorAll("#my-actions tbody tr").Select(r => Guid.Parse(r.GetAttribute("data-action")!)).ToList();
        Assert.Equal([scene.Overdue, scene.DueSoon, scene.Done], rows);
        Assert.DoesNotContain(hidden, rows);
        Assert.Contains("Overdue", page.QuerySelector($"tr[data-action='{scene.Overdue}']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Due soon", page.QuerySelector($"tr[data-action='{scene.DueSoon}']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Done", page.QuerySelector($"tr[data-action='{scene.Done}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1 overdue, 1 due in the next 7 days.", page.QuerySelector("#my-actions-counts")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("a.govuk-service-navigation__link[href='/my-actions'][aria-current='page']"));

        var work = await specialist.GetHtmlAsync("/my-work");
        Assert.StartsWith("1 overdue, 1 due in the next 7 days.", work.QuerySelector("#my-actions-summary p")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(work.QuerySelector("#my-actions-summary a[href='/my-actions']"));

        var lead = await (await app.SignedInAsync(world.SocialWorker)).GetHtmlAsync("/my-actions");
        var leadRows = lead.QuerySelectorAll("#my-actions tbody tr").Select(r => Guid.Parse(r.GetAttribute("data-action")!)).ToList();
        Assert.Contains(scene.Later, leadRows);
        Assert.DoesNotContain(scene.Overdue, leadRows);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignedOffSupervision_IsInTheWorkbookChronologyAndOverview_AndScheduledOrDraftOnesAreNot(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var familyId = scene.Family.Id;
        var scheduled = await app.ScheduledSupervisionAsync(familyId, new DateOnly(2026, 11, 20));
        await app.WithDbAsync(async db =>
        {
            var draft = await db.Supervisions.Include(s => s.Actions).Include(s => s.Attendees).Include(s => s.Updates).Include(s => s.People).SingleAsync(s => s.Id == scheduled);
            draft.SaveDraft(new SupervisionRecord { HeldOn = new DateOnly(2026, 11, 14), DecisionRationale = "Draft rationale nobody may read yet." }, app.AppToday());
            await db.SaveChangesAsync();
            return 0;
        });
        var link = $"/families/{familyId}/supervisions/{scene.Supervision}";
        var reader = await app.SignedInAsync(world.SocialWorker);

        var book = await reader.GetHtmlAsync($"/families/{familyId}/workbook");
        var month = book.QuerySelector("#month-2026-11")!;
        Assert.NotNull(month.QuerySelector($".app-workbook-supervision a[href='{link}']"));
        Assert.Contains("6 November 2026", month.TextContent, StringComparison.Ordinal);
        Assert.Contains("Step up: child protection conference", month.TextContent, StringComparison.Ordinal);
        Assert.Single(book.QuerySelectorAll(".app-workbook-supervision"));
        Assert.DoesNotContain("Draft rationale", book.Body!.TextContent, StringComparison.Ordinal);

        var chronology = await reader.GetHtmlAsync($"/families/{familyId}/chronology?type=Supervision");
        Assert.Contains("Group supervision held: step up: child protection conference", chronology.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Concerns have grown since the last review.", chronology.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(chronology.QuerySelector($"a[href='{link}']"));
        Assert.DoesNotContain("Draft rationale", chronology.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Police attended", chronology.Body!.TextContent, StringComparison.Ordinal);

        var overview = await reader.GetHtmlAsync($"/families/{familyId}");
        Assert.Equal("Held 6 November 2026", overview.QuerySelector("#last-supervision a")!.TextContent.Trim());
        Assert.Equal("Step up: child protection conference", overview.QuerySelector("#last-decision")!.TextContent.Trim());
        Assert.Equal("Concerns have grown since the last review.", overview.QuerySelector("#last-rationale")!.TextContent.Trim());
        Assert.Contains("Due 6 December 2026", overview.QuerySelector("#next-supervision")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Scheduled for 20 November 2026 at 10:00", overview.QuerySelector("#next-supervision")!.TextContent, StringComparison.Ordinal);
        var open = overview.QuerySelectorAll("#open-actions tbody tr").Select(r => Guid.Parse(r.GetAttribute("data-action")!)).ToList();
        Assert.Equal([scene.Overdue, scene.DueSoon, scene.Done, scene.Later], open);
        Assert.Contains("Overdue", overview.QuerySelector($"#open-actions tr[data-action='{scene.Overdue}']")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RefusedActionChanges_SayWhy_OnThePermissionPage(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var lead = await app.SignedInAsync(world.SocialWorker);
        var coordinator = await app.SignedInAsync(scene.Coordinator);

        await (await lead.GetAsync($"/families/{scene.Family.Id}/actions/{scene.Overdue}/done"))
            .AssertForbiddenBecauseAsync("Only the person responsible for the action can mark it done.");
        await (await coordinator.PostFormAsync($"/families/{scene.Family.Id}/actions/{scene.DueSoon}/cancel", new()
            {
                ["Version"] = (await app.VersionOfAsync<FamilyAction>(scene.DueSoon)).ToString(), ["Reason"] = "Not needed.",
            }))
            .AssertForbiddenBecauseAsync("Only the team manager or assistant team manager of the family's team can change or cancel an action.");
    }

    /// <summary>
    /// The workbook family (team A1: the world's social worker as lead, Rashida Khan the specialist) with a coordinator in
    /// its team, someone in another team, and a supervision held on 6 November signed off by the world's team manager
    /// agreeing four actions: Rashida's overdue, due soon and a third, and the lead's due later.
    /// </summary>
    private static async Task<Scene> SceneAsync(AppFactory app, World world)
    {
        var family = await app.WorkbookFamilyAsync(world);
        var coordinator = await app.UserInTeamAsync(JobRole.TeamCoordinator, world.TeamA1);
        var outsider = (await app.UserInTeamAsync(JobRole.SocialWorker, world.TeamB1)).PersonId;
        await app.Data.EventAsync(family.Id, world.SocialWorker.PersonId);
        var supervision = await app.SignedOffSupervisionAsync(family.Id, world.TeamManager.PersonId, HeldOn,
            [
                new AgreedAction("Refer Lily to the health visitor", family.Specialist.PersonId, Overdue),
                new AgreedAction("Safety plan with Grace", family.Specialist.PersonId, DueSoon),
                new AgreedAction("Check in with the school", family.Specialist.PersonId, new DateOnly(2026, 11, 30)),
                new AgreedAction("Book the core group", world.SocialWorker.PersonId, Later),
            ],
            SupervisionDecision.StepUpToChildProtectionConference,
            "Concerns have grown since the last review.");
        var managerName = await app.WithDbAsync(db => db.People.Where(p => p.Id == world.TeamManager.PersonId).Select(p => p.FullName!).SingleAsync());
        var ids = supervision.ActionIds;
        return new Scene(family, supervision.Id, ids[0], ids[1], ids[2], ids[3], coordinator, outsider, managerName);
    }

    /// <param name="Done">Rashida's third action (due 30 November), which some tests mark done.</param>
    private sealed record Scene(WorkbookFamily Family, Guid Supervision, Guid Overdue, Guid DueSoon, Guid Done, Guid Later, TestUser Coordinator, Guid Outsider, string ManagerName);
}
