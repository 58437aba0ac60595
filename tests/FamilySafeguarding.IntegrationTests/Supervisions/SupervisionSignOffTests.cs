using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.IntegrationTests.Families;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using FamilySafeguarding.Web.Features.Workbook;
using Microsoft.EntityFrameworkCore;
using static FamilySafeguarding.IntegrationTests.Supervisions.SupervisionScene;

namespace FamilySafeguarding.IntegrationTests.Supervisions;

/// <summary>
/// Sign-off during a live meeting: every problem shown at once beside its field, everything typed kept; "Sign off"
/// saves the draft and asks for confirmation; only "Confirm sign-off" signs off, once however often it is sent; the
/// confirmation is the signer's alone. The pack tags events recorded late.
/// </summary>
public sealed class SupervisionSignOffTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignOff_WithFiveProblems_ShowsFiveErrorsAtOnce_EachBesideItsField_AndKeepsWhatWasTyped(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var today = app.AppToday();
        var f = await app.SupervisionFamilyAsync(world);
        var supervision = await app.ScheduledSupervisionAsync(f.Id, today);
        var client = await app.SignedInAsync(f.TeamManager);
        foreach (var button in new[] { "signoff-review", "signoff" })
        {
            var fields = RecordFields(f, await app.VersionAsync(supervision), button, today, worries: string.Empty);
            fields.Remove("HeldOn.Day");
            fields.Remove("HeldOn.Month");
            fields.Remove("HeldOn.Year");
            fields.Remove("Attendees[1].Attendance");
            fields.Remove("Decision");
            fields["DecisionRationale"] = string.Empty;

            var response = await client.SubmitAsync(Path(f.Id, supervision) + "/record", fields);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.HtmlAsync();
            var summary = page.ErrorSummary();
            Assert.Equal(5, summary.Count);
            Assert.Equal(
                new[] { "#HeldOn", "#Attendees-1-Attendance", "#Worries", "#Decision", "#DecisionRationale" }.Order(),
                summary.Select(e => e.Href).Order());
            Assert.Contains(summary, e => e.Text == "Enter the date the supervision was held");
            Assert.Contains(summary, e => e.Text == "Enter what we are worried about before signing off");
            Assert.Contains(summary, e => e.Text == "Select the decision");
            Assert.Contains(summary, e => e.Text == "Enter the rationale for the decision before signing off");
            Assert.Contains(summary, e => e.Text.Contains("attended or sent apologies", StringComparison.Ordinal));
            var besideFields = page.FieldErrors();
            Assert.Equal(5, besideFields.Count);
            Assert.Equal(new[] { "HeldOn", "Attendees-1-Attendance", "Worries", "Decision", "DecisionRationale" }.Order(), besideFields.Keys.Order());
            Assert.Equal("Mum is engaging with the Freedom Programme.", page.ValueOf("WorkingWell"));
            Assert.Equal("Lily is safer at home.", page.ValueOf("Children[0].Meaning"));
            Assert.Equal("Hana Visitor", page.ValueOf("Attendees[2].Name"));
            Assert.Equal(SupervisionStatus.Scheduled, await app.WithDbAsync(db => db.Supervisions.Where(s => s.Id == supervision).Select(s => s.Status).SingleAsync()));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignOff_SavesTheDraftAndAsksForConfirmation_AndOnlyTheConfirmationSignsOff_Once(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var today = app.AppToday();
        var f = await app.SupervisionFamilyAsync(world);
        var supervision = await app.ScheduledSupervisionAsync(f.Id, today);
        var client = await app.SignedInAsync(f.TeamManager);
        var record = Path(f.Id, supervision) + "/record";
        var confirm = record + "/confirm";

        var response = await client.SubmitAsync(record, RecordFields(f, await app.VersionAsync(supervision), "signoff-review", today,
            worries: "Typed during the meeting.", actions: [("Visit school", f.Lead.PersonId, today.AddDays(7))]));

        await response.AssertRedirectAsync(confirm);
        var saved = await app.WithDbAsync(db => db.Supervisions.AsNoTracking().SingleAsync(s => s.Id == supervision));
        Assert.Equal((SupervisionStatus.Scheduled, "Typed during the meeting."), (saved.Status, saved.Worries));
        Assert.Equal(0, await app.WithDbAsync(db => db.FamilyActions.CountAsync(a => a.SupervisionId == supervision)));

        var page = await client.GetHtmlAsync(confirm);
        var name = await app.WithDbAsync(db => db.Families.Where(x => x.Id == f.Id).Select(x => x.DisplayName).SingleAsync());
        Assert.Contains(
            $"You are signing off the supervision of {name} on {WorkbookDisplay.Day(today)}. This cannot be changed; corrections are addenda.",
            page.QuerySelector("#confirm-sign-off-warning")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Confirm sign-off", page.QuerySelector("button#confirm-sign-off")!.TextContent.Trim());
        Assert.Equal(record, page.QuerySelector("a#back-to-record")!.GetAttribute("href"));
        Assert.Equal("Typed during the meeting.", await app.WithDbAsync(db => db.Supervisions.Where(s => s.Id == supervision).Select(s => s.Worries).SingleAsync()));

        // The record form itself reopens from the saved draft, with nothing lost.
        var reopened = await client.GetHtmlAsync(record);
        Assert.Equal("Typed during the meeting.", reopened.ValueOf("Worries"));
        Assert.Equal("Visit school", reopened.ValueOf("Actions[0].What"));

        // "Confirm sign-off", sent twice (a double click): one sign-off, one set of actions.
        var fields = HiddenFields(page.QuerySelector("#confirm-sign-off-form")!);
        fields["action"] = "signoff";
        var tokens = await client.FormTokensAsync(confirm, record);
        await (await client.PostAsync(record, tokens.With(fields))).AssertRedirectAsync(Path(f.Id, supervision));
        await (await client.PostAsync(record, tokens.With(fields))).AssertRedirectAsync(Path(f.Id, supervision));
        var signed = await app.WithDbAsync(db => db.Supervisions.AsNoTracking().Include(s => s.Attendees).SingleAsync(s => s.Id == supervision));
        Assert.Equal(SupervisionStatus.SignedOff, signed.Status);
        Assert.Equal("Typed during the meeting.", signed.Worries);
        Assert.Equal(3, signed.Attendees.Count);
        Assert.Equal("Visit school", await app.WithDbAsync(db => db.FamilyActions.Where(a => a.SupervisionId == supervision).Select(a => a.What).SingleAsync()));

        // Signed off, the confirmation is no longer offered.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(confirm)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheConfirmation_IsTheSignersAlone(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var today = app.AppToday();
        var f = await app.SupervisionFamilyAsync(world);
        var supervision = await app.ScheduledSupervisionAsync(f.Id, today);
        var record = Path(f.Id, supervision) + "/record";
        var assistant = await app.SignedInAsync(f.AssistantManager);
        await (await assistant.SubmitAsync(record, RecordFields(f, await app.VersionAsync(supervision), "signoff-review", today)))
            .AssertRedirectAsync(record + "/confirm");
        Assert.Equal(HttpStatusCode.OK, (await assistant.GetAsync(record + "/confirm")).StatusCode);

        var coordinator = await app.SignedInAsync(f.Coordinator);
        await (await coordinator.GetAsync(record + "/confirm"))
            .AssertForbiddenBecauseAsync("Only the team manager or assistant team manager of the family's team can sign off its supervision.");
        var version = await app.VersionAsync(supervision);
        await (await coordinator.PostFormAsync(record, RecordFields(f, version, "signoff-review", today, worries: "Changed.")))
            .AssertForbiddenBecauseAsync("Only the team manager or assistant team manager of the family's team can sign off its supervision.");
        var lead = await app.SignedInAsync(f.Lead);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync(record + "/confirm")).StatusCode);
        var outsider = await app.SignedInAsync(await app.UserInTeamAsync(JobRole.TeamManager, world.TeamA2));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(record + "/confirm")).StatusCode);
        Assert.Equal(version, await app.VersionAsync(supervision));
        Assert.Equal(SupervisionStatus.Scheduled, await app.WithDbAsync(db => db.Supervisions.Where(s => s.Id == supervision).Select(s => s.Status).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Autosave_SavesTheDraft_AStaleOneIsAConflictKeepingBothTexts_AndItIsRefusedToThoseWhoMayNotRecord(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var today = app.AppToday();
        var f = await app.SupervisionFamilyAsync(world);
        var supervision = await app.ScheduledSupervisionAsync(f.Id, today);
        var record = Path(f.Id, supervision) + "/record";
        var autosave = record + "/autosave";
        var client = await app.SignedInAsync(f.TeamManager);
        var form = await client.GetHtmlAsync(record);
        Assert.NotNull(form.QuerySelector($"form#record-form[data-autosave-url='{autosave}']"));
        Assert.Equal(("record-form", "action", "save"), SubmitButton(form, "#save-draft"));
        Assert.Equal(("record-form", "action", "signoff-review"), SubmitButton(form, "#sign-off"));
        Assert.NotNull(form.QuerySelector("#autosave-status[role='status'][aria-live='polite']"));
        Assert.NotNull(form.QuerySelector("script[type='module'][src^='/js/autosave.mjs']"));
        var opened = await app.VersionAsync(supervision);

        var first = await client.PostFormAsync(autosave, RecordFields(f, opened, "signoff-review", today, worries: "Autosaved words."));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var json = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var version = json.RootElement.GetProperty("version").GetGuid();
        Assert.True(json.RootElement.TryGetProperty("savedAt", out _));
        var saved = await app.WithDbAsync(db => db.Supervisions.AsNoTracking().SingleAsync(s => s.Id == supervision));
        Assert.Equal((SupervisionStatus.Scheduled, "Autosaved words.", version), (saved.Status, saved.Worries, saved.Version));

        var next = await client.PostFormAsync(autosave, RecordFields(f, version, "save", today, worries: "Autosaved words, and more."));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);

        var stale = await client.PostFormAsync(autosave, RecordFields(f, version, "save", today, worries: "From a tab left open."));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("newer version", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Autosaved words, and more.", await app.WithDbAsync(db => db.Supervisions.Where(s => s.Id == supervision).Select(s => s.Worries).SingleAsync()));

        // The form's Save draft from the stale tab then shows both texts side by side, and saves nothing.
        var page = await (await client.SubmitAsync(record, RecordFields(f, version, "save", today, worries: "From a tab left open."))).HtmlAsync();
        Assert.Equal("From a tab left open.", page.ValueOf("Worries"));
        Assert.Contains("Autosaved words, and more.", page.QuerySelector("#saved-version")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(string.Empty, page.QuerySelector("form#record-form")!.GetAttribute("data-autosave-url") ?? string.Empty);
        Assert.Equal("Autosaved words, and more.", await app.WithDbAsync(db => db.Supervisions.Where(s => s.Id == supervision).Select(s => s.Worries).SingleAsync()));

        // A draft that cannot be saved as it is: 400, nothing saved.
        var current = await app.VersionAsync(supervision);
        var bad = RecordFields(f, current, "save", today);
        bad["HeldOn.Day"] = "45";
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostFormAsync(autosave, bad)).StatusCode);
        Assert.Equal(current, await app.VersionAsync(supervision));

        // Who may not record the supervision is refused, and nothing changes.
        var fields = RecordFields(f, current, "save", today, worries: "Not theirs to write.");
        var refused = await app.SignedInAsync(("the lead social worker", f.Lead), ("the specialist", f.Specialist), ("the service manager", world.ManagerA));
        await app.AssertForbiddenAndUnchangedAsync(refused, autosave, fields);
        var outsider = await app.SignedInAsync(await app.UserInTeamAsync(JobRole.TeamManager, world.TeamA2));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(autosave, fields)).StatusCode);

        // Signed off, it is refused too.
        await (await client.SubmitAsync(record, RecordFields(f, current, "signoff", today))).AssertRedirectAsync(Path(f.Id, supervision));
        var manager = new SignedInUser("the team manager", client);
        await app.AssertForbiddenAndUnchangedAsync([manager], autosave, RecordFields(f, await app.VersionAsync(supervision), "save", today, worries: "Changed."));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Pack_ListsWhatWasRecordedSinceTheLastSupervision_AndTagsWhatHappenedBeforeItAsRecordedLate(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await app.SupervisionFamilyAsync(world);
        var held = new DateOnly(2026, 11, 3);
        var signedOffAt = At(2026, 11, 3, 16, 0);
        await app.SignedOffSupervisionAsync(f.Id, f.TeamManager.PersonId, held, signedOffAt: signedOffAt);
        var current = await app.ScheduledSupervisionAsync(f.Id, app.AppToday());
        var late = await app.EventRecordedAtAsync(f.Id, f.Lead.PersonId, new DateOnly(2026, 2, 10), signedOffAt.AddDays(2));
        var since = await app.EventRecordedAtAsync(f.Id, f.Lead.PersonId, held.AddDays(2), signedOffAt.AddDays(2));
        var discussed = await app.EventRecordedAtAsync(f.Id, f.Lead.PersonId, held.AddDays(-3), signedOffAt.AddDays(-3));

        var pack = await app.PackAsync(f.Id, current);

        Assert.Equal(new[] { late, since }.Order(), pack.Events.Select(e => e.Id).Order());
        Assert.DoesNotContain(discussed, pack.Events.Select(e => e.Id));
        Assert.True(pack.Events.Single(e => e.Id == late).IsRecordedLate);
        Assert.False(pack.Events.Single(e => e.Id == since).IsRecordedLate);

        var client = await app.SignedInAsync(f.TeamManager);
        var page = await client.GetHtmlAsync(Path(f.Id, current));
        var lateRow = page.QuerySelector($"#event-{late}")!;
        Assert.Contains("10 February 2026", lateRow.TextContent, StringComparison.Ordinal);
        Assert.Equal("Recorded late", lateRow.QuerySelector(".govuk-tag.app-recorded-late")!.TextContent.Trim());
        Assert.Null(page.QuerySelector($"#event-{since} .app-recorded-late"));
        Assert.Contains("since the last supervision on 3 November 2026", page.QuerySelector("#events")!.TextContent, StringComparison.Ordinal);
        var print = await client.GetHtmlAsync(Path(f.Id, current) + "/pack/print");
        Assert.NotNull(print.QuerySelector($"#event-{late} .app-recorded-late"));
    }

    private static (string? Form, string? Name, string? Value) SubmitButton(IDocument page, string selector) =>
        page.QuerySelector(selector) is { } button ? (button.Closest("form")?.Id, button.GetAttribute("name"), button.GetAttribute("value")) : default;

    private static Dictionary<string, string> HiddenFields(IElement form) =>
        form.QuerySelectorAll("input[type='hidden']")
            .Where(i => i.GetAttribute("name") is { } n && n != "__RequestVerificationToken" && n != "__FormKey")
            .GroupBy(i => i.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.Last().GetAttribute("value") ?? string.Empty);
}
