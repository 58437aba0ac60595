using System.Net;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.IntegrationTests.Families;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;
using static FamilySafeguarding.IntegrationTests.Supervisions.SupervisionScene;

namespace FamilySafeguarding.IntegrationTests.Supervisions;

/// <summary>
/// The record form: only a manager of the family's team signs off (403 for everyone else who may see the family, 404
/// for those who may not); a signed-off record never changes; the same sign-off twice is one; a clashing save keeps both
/// texts and saves nothing; addenda are added once; every page shown leaves an access-log row.
/// </summary>
public sealed class SupervisionRecordTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignOff_ByTheTeamManagerAndAssistant_Succeeds_AndByAnyoneElse_IsRefused(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var today = app.AppToday();
        foreach (var who in new[] { "manager", "assistant" })
        {
            var f = await app.SupervisionFamilyAsync(world);
            var supervision = await app.ScheduledSupervisionAsync(f.Id, today);
            var client = await app.SignedInAsync(who == "manager" ? f.TeamManager : f.AssistantManager);
            var response = await client.SubmitAsync(Path(f.Id, supervision) + "/record", RecordFields(f, await app.VersionAsync(supervision), "signoff", today,
                actions: [("Visit school", f.Lead.PersonId, today.AddDays(7))]));
            await response.AssertRedirectAsync(Path(f.Id, supervision));
            var saved = await app.WithDbAsync(db => db.Supervisions.Include(s => s.Attendees).SingleAsync(s => s.Id == supervision));
            Assert.Equal(SupervisionStatus.SignedOff, saved.Status);
            Assert.Equal(3, saved.Attendees.Count);
            var tracked = await app.WithDbAsync(db => db.FamilyActions.Include(a => a.History).SingleAsync(a => a.SupervisionId == supervision));
            Assert.Equal(("Visit school", saved.Id), (tracked.What, tracked.SupervisionId));
            Assert.Equal(tracked.Id, await app.WithDbAsync(db => db.SupervisionActionLines.Where(l => l.SupervisionId == supervision).Select(l => l.ActionId).SingleAsync()));
            Assert.Equal(ActionChangeKind.Agreed, Assert.Single(tracked.History).Kind);
        }

        var family = await app.SupervisionFamilyAsync(world);
        var scheduled = await app.ScheduledSupervisionAsync(family.Id, today);
        var otherTeamManager = await app.UserInTeamAsync(JobRole.TeamManager, world.TeamA2);
        var fields = RecordFields(family, await app.VersionAsync(scheduled), "signoff", today);
        var refused = await app.SignedInAsync(
            ("the team coordinator", family.Coordinator),
            ("the lead social worker", family.Lead),
            ("the specialist", family.Specialist),
            ("the service manager", world.ManagerA));
        await app.AssertForbiddenAndUnchangedAsync(refused, Path(family.Id, scheduled) + "/record", fields);
        var outsider = await app.SignedInAsync(otherTeamManager);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(Path(family.Id, scheduled) + "/record", fields)).StatusCode);
        Assert.Equal(SupervisionStatus.Scheduled, await app.WithDbAsync(db => db.Supervisions.Where(s => s.Id == scheduled).Select(s => s.Status).SingleAsync()));

        // The coordinator drafts; she is not offered the sign-off button.
        var coordinator = refused[0].Client;
        var draft = await coordinator.SubmitAsync(Path(family.Id, scheduled) + "/record", RecordFields(family, await app.VersionAsync(scheduled), "save", today));
        await draft.AssertRedirectAsync(Path(family.Id, scheduled) + "/record");
        var form = await coordinator.GetHtmlAsync(Path(family.Id, scheduled) + "/record");
        Assert.Null(form.QuerySelector("button[value='signoff']"));
        Assert.Equal("Dad's drinking at weekends.", form.ValueOf("Worries"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RefusedSupervisionRecords_SayWhy_OnThePermissionPage(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var today = app.AppToday();
        var family = await app.SupervisionFamilyAsync(world);
        var scheduled = await app.ScheduledSupervisionAsync(family.Id, today);
        var coordinator = await app.SignedInAsync(family.Coordinator);
        var lead = await app.SignedInAsync(family.Lead);

        await (await coordinator.PostFormAsync(Path(family.Id, scheduled) + "/record", RecordFields(family, await app.VersionAsync(scheduled), "signoff", today)))
            .AssertForbiddenBecauseAsync("Only the team manager or assistant team manager of the family's team can sign off its supervision.");
        await (await lead.GetAsync(Path(family.Id, scheduled) + "/record"))
            .AssertForbiddenBecauseAsync("Only the team manager, assistant team manager or team coordinator of the family's team can record its supervision.");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AfterSignOff_ADraftSaveOrADifferentSignOff_IsForbidden_AndTheSameSignOffAgainIsOne(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var today = app.AppToday();
        var f = await app.SupervisionFamilyAsync(world);
        var supervision = await app.ScheduledSupervisionAsync(f.Id, today);
        var client = await app.SignedInAsync(f.TeamManager);
        var version = await app.VersionAsync(supervision);
        var signOff = RecordFields(f, version, "signoff", today, actions: [("Visit school", f.Lead.PersonId, today.AddDays(7))]);
        var shown = await client.FormTokensAsync(Path(f.Id, supervision) + "/record", Path(f.Id, supervision) + "/record");
        await (await client.PostAsync(Path(f.Id, supervision) + "/record", shown.With(signOff))).AssertRedirectAsync(Path(f.Id, supervision));

        // A double click: the same record again is the same sign-off, with one set of actions.
        await (await client.PostAsync(Path(f.Id, supervision) + "/record", shown.With(signOff))).AssertRedirectAsync(Path(f.Id, supervision));
        Assert.Equal(1, await app.WithDbAsync(db => db.FamilyActions.CountAsync(a => a.SupervisionId == supervision)));

        var manager = new SignedInUser("the team manager", client);
        await app.AssertForbiddenAndUnchangedAsync([manager], Path(f.Id, supervision) + "/record", RecordFields(f, version, "save", today, worries: "Changed."));
        await app.AssertForbiddenAndUnchangedAsync([manager], Path(f.Id, supervision) + "/record", RecordFields(f, version, "signoff", today, worries: "Changed."));
        await manager.AssertStatusAsync(HttpStatusCode.Forbidden, Path(f.Id, supervision) + "/record");
        Assert.Equal("Dad's drinking at weekends.", await app.WithDbAsync(db => db.Supervisions.Where(s => s.Id == supervision).Select(s => s.Worries).SingleAsync()));
        var page = await client.GetHtmlAsync(Path(f.Id, supervision));
        Assert.Contains("Visit school", page.QuerySelector(".app-supervision-record")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveDraft_FromAStaleForm_KeepsBothTextsAndSavesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var today = app.AppToday();
        var f = await app.SupervisionFamilyAsync(world);
        var supervision = await app.ScheduledSupervisionAsync(f.Id, today);
        var client = await app.SignedInAsync(f.TeamManager);
        var opened = await app.VersionAsync(supervision);
        await (await client.SubmitAsync(Path(f.Id, supervision) + "/record", RecordFields(f, opened, "save", today, worries: "Saved from the other tab.")))
            .AssertRedirectAsync(Path(f.Id, supervision) + "/record");
        var saved = await app.VersionAsync(supervision);

        var response = await client.SubmitAsync(Path(f.Id, supervision) + "/record", RecordFields(f, opened, "save", today, worries: "Typed in this tab."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Equal("Typed in this tab.", page.ValueOf("Worries"));
        Assert.Contains("Saved from the other tab.", page.QuerySelector("#saved-version")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(saved.ToString(), page.ValueOf("Version"));
        Assert.NotEmpty(page.ErrorSummary());
        Assert.Equal("Saved from the other tab.", await app.WithDbAsync(db => db.Supervisions.Where(s => s.Id == supervision).Select(s => s.Worries).SingleAsync()));
        Assert.Equal(saved, await app.VersionAsync(supervision));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignOff_WithoutWhatARecordNeeds_ShowsTheMessageBesideTheFieldAndKeepsTheForm(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var today = app.AppToday();
        var f = await app.SupervisionFamilyAsync(world);
        var supervision = await app.ScheduledSupervisionAsync(f.Id, today);
        var client = await app.SignedInAsync(f.TeamManager);
        var fields = RecordFields(f, await app.VersionAsync(supervision), "signoff", today, actions: [("Visit school", f.Lead.PersonId, today.AddDays(7))]);
        fields["DecisionRationale"] = string.Empty;
        fields.Remove("Actions[0].DueOn.Day");
        fields.Remove("Actions[0].DueOn.Month");
        fields.Remove("Actions[0].DueOn.Year");

        var response = await client.SubmitAsync(Path(f.Id, supervision) + "/record", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Contains(page.ErrorSummary(), e => e.Href == "#DecisionRationale");
        Assert.Equal("Visit school", page.ValueOf("Actions[0].What"));
        Assert.Equal("Lily is safer at home.", page.ValueOf("Children[0].Meaning"));
        Assert.Equal(SupervisionStatus.Scheduled, await app.WithDbAsync(db => db.Supervisions.Where(s => s.Id == supervision).Select(s => s.Status).SingleAsync()));

        fields["DecisionRationale"] = "The plan is working.";
        page = await (await client.SubmitAsync(Path(f.Id, supervision) + "/record", fields)).HtmlAsync();
        Assert.Contains(page.ErrorSummary(), e => e.Href == "#Actions-0-DueOn");

        // "Add another action" shows one more blank row and saves nothing.
        fields["action"] = "add-action";
        page = await (await client.SubmitAsync(Path(f.Id, supervision) + "/record", fields)).HtmlAsync();
        Assert.Equal(1 + 4, page.QuerySelectorAll(".app-action-row").Length);
        Assert.Empty(page.ErrorSummary());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignOff_WithAnAllocatedWorkerNotMarked_AsksForTheirAttendance_AndSignsNothingOff(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var today = app.AppToday();
        var f = await app.SupervisionFamilyAsync(world);
        var supervision = await app.ScheduledSupervisionAsync(f.Id, today);
        var client = await app.SignedInAsync(f.TeamManager);
        var fields = RecordFields(f, await app.VersionAsync(supervision), "signoff", today);
        fields.Remove("Attendees[1].Attendance");

        var page = await (await client.SubmitAsync(Path(f.Id, supervision) + "/record", fields)).HtmlAsync();

        Assert.Contains(page.ErrorSummary(), e => e.Href == "#Attendees-1-Attendance" && e.Text.Contains("attended or sent apologies", StringComparison.Ordinal));
        Assert.Contains("attended or sent apologies", page.QuerySelector("#Attendees-1-Attendance-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(SupervisionStatus.Scheduled, await app.WithDbAsync(db => db.Supervisions.Where(s => s.Id == supervision).Select(s => s.Status).SingleAsync()));

        // A draft may leave it open for now.
        fields["action"] = "save";
        var saved = await client.SubmitAsync(Path(f.Id, supervision) + "/record", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Addendum_ByAManagerOrTheSigner_IsAddedOnce_AndByAWorkerIsForbidden(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await app.SupervisionFamilyAsync(world);
        var signed = await app.SignedOffSupervisionAsync(f.Id, f.AssistantManager.PersonId, new DateOnly(2026, 11, 2));
        var scheduled = await app.ScheduledSupervisionAsync(f.Id, app.AppToday());
        var url = Path(f.Id, signed.Id) + "/addenda";
        var form = new Dictionary<string, string> { ["Addendum.Text"] = "Dad also attended for part of the meeting." };

        var lead = await app.SignedInAsync(("the lead social worker", f.Lead), ("the coordinator", f.Coordinator));
        await app.AssertForbiddenAndUnchangedAsync(lead, url, form);
        var manager = await app.SignedInAsync(f.TeamManager);
        var shown = await manager.FormTokensAsync(Path(f.Id, signed.Id), url);
        await (await manager.PostAsync(url, shown.With(form))).AssertRedirectAsync(Path(f.Id, signed.Id) + "#addenda");
        await (await manager.PostAsync(url, shown.With(form))).AssertRedirectAsync(Path(f.Id, signed.Id) + "#addenda");
        Assert.Equal(1, await app.WithDbAsync(db => db.SupervisionAddenda.CountAsync(a => a.SupervisionId == signed.Id)));
        var page = await manager.GetHtmlAsync(Path(f.Id, signed.Id));
        Assert.Contains("Dad also attended", page.QuerySelector("#addenda")!.NextElementSibling!.TextContent, StringComparison.Ordinal);

        // Not on a record still to be signed off.
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostFormAsync(Path(f.Id, scheduled) + "/addenda", form)).StatusCode);
        var empty = new Dictionary<string, string> { ["Addendum.Text"] = " " };
        var again = await (await manager.SubmitAsync(url, empty, page: Path(f.Id, signed.Id))).HtmlAsync();
        Assert.Contains(again.ErrorSummary(), e => e.Href == "#Addendum-Text");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SupervisionPages_WhenShown_LeaveAnAccessLogRowEach(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await app.SupervisionFamilyAsync(world);
        var supervision = await app.ScheduledSupervisionAsync(f.Id, app.AppToday());
        var client = await app.SignedInAsync(f.Coordinator);
        var urls = new[] { $"/families/{f.Id}/supervisions", Path(f.Id, supervision), Path(f.Id, supervision) + "/pack/print", Path(f.Id, supervision) + "/record" };
        foreach (var url in urls)
        {
            await client.GetHtmlAsync(url);
        }

        var pages = await app.WithDbAsync(db => db.FamilyAccessLog.AsNoTracking()
            .Where(a => a.FamilyId == f.Id && a.PersonId == f.Coordinator.PersonId && a.Granted).Select(a => a.Page).ToListAsync());
        Assert.Equal(new[] { "Supervisions", "Supervision", "Supervision pack (print)", "Record a supervision" }.Order(), pages.Order());

        // The list offers scheduling to the coordinator, and not to a worker; the pack offers recording to her only.
        var list = await client.GetHtmlAsync(urls[0]);
        Assert.NotNull(list.QuerySelector($"a[href='/families/{f.Id}/supervisions/schedule']"));
        var lead = await app.SignedInAsync(f.Lead);
        Assert.Null((await lead.GetHtmlAsync(urls[0])).QuerySelector($"a[href='/families/{f.Id}/supervisions/schedule']"));
        Assert.Null((await lead.GetHtmlAsync(urls[1])).QuerySelector($"a[href='{urls[3]}']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync(urls[3])).StatusCode);
    }
}
