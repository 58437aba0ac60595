using System.Net;
using System.Text.Json;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.IntegrationTests.Families;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;
using static FamilySafeguarding.IntegrationTests.Workbooks.WorkbookScene;

namespace FamilySafeguarding.IntegrationTests.Workbooks;

/// <summary>Writing, submitting and reading monthly summaries, and who may do what, through the workbook's pages.</summary>
public sealed class WorkbookPagesTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Specialist_SavesADraftThenSubmits_AndEveryWorkerOnTheFamilyReadsIt(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.WorkbookFamilyAsync(world);
        var specialist = await app.SignedInAsync(family.Specialist);
        var path = SummaryPath(family.Id, family.Specialist.PersonId);

        var chapter = await specialist.GetHtmlAsync($"/families/{family.Id}/workbook/chapters/{family.Specialist.PersonId}");
        Assert.NotNull(chapter.QuerySelector($"a[href='{path}/edit']"));
        Assert.Contains("Write summary for October 2026", chapter.Body!.TextContent, StringComparison.Ordinal);
        var form = await specialist.GetHtmlAsync(path + "/edit");
        Assert.NotNull(form.QuerySelector($"[data-module='govuk-character-count'][data-maxlength='{MonthlySummary.SectionMaxLength}'] textarea#WorkUndertaken"));
        Assert.NotNull(form.QuerySelector("textarea#Children-0-Impact"));
        Assert.Contains("Impact on Lily Pemberton", form.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(form.QuerySelector("input[name='Adults[0].Stage'][value='Contemplation']"));
        Assert.Equal(string.Empty, form.ValueOf("Version"));
        Assert.NotNull(form.QuerySelector($"form[data-autosave-url='{path}/autosave'] button[name='action'][value='save']"));
        Assert.NotNull(form.QuerySelector("form button[name='action'][value='submit']"));
        Assert.NotNull(form.QuerySelector("#autosave-status[role='status'][aria-live='polite']"));
        Assert.NotNull(form.QuerySelector("script[type='module'][src^='/js/autosave.mjs']"));

        var saved = await specialist.PostFieldsAsync(path + "/edit", [
            .. Fields("Three sessions with Grace.\r\nShe spoke about leaving."),
            new("Children[0].MemberId", family.Child.ToString()), new("Children[0].Impact", "Lily is sleeping better."),
            new("Adults[0].MemberId", family.Mother.ToString()), new("Adults[0].Stage", "Preparation"), new("Adults[0].Importance", "8"),
            new("Adults[0].Confidence", "4"), new("Adults[0].ChangeTalk", "Desire"), new("Adults[0].ChangeTalk", "Need")]);
        await saved.AssertRedirectAsync(path + "/edit");
        var draft = await app.WithDbAsync(db => db.MonthlySummaries.AsNoTracking().Include(s => s.People).SingleAsync(s => s.FamilyId == family.Id));
        Assert.Equal((SummaryStatus.Draft, "Three sessions with Grace.\nShe spoke about leaving."), (draft.Status, draft.WorkUndertaken));
        var mother = draft.People.Single(p => p.MemberId == family.Mother);
        Assert.Equal((StageOfChange.Preparation, 8, 4, ChangeTalk.Desire | ChangeTalk.Need), (mother.Stage!.Value, mother.Importance!.Value, mother.Confidence!.Value, mother.ChangeTalk));
        Assert.Equal("Lily is sleeping better.", draft.People.Single(p => p.MemberId == family.Child).Impact);

        var reopened = await specialist.GetHtmlAsync(path + "/edit");
        Assert.Equal("Three sessions with Grace.\nShe spoke about leaving.", reopened.ValueOf("WorkUndertaken")?.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(draft.Version.ToString(), reopened.ValueOf("Version"));
        Assert.Equal("Preparation", reopened.ValueOf("Adults[0].Stage"));

        var submitted = await specialist.PostFieldsAsync(path + "/edit", [
            .. Fields("Three sessions with Grace.", reopened.ValueOf("Version"), "submit"),
            new("Adults[0].MemberId", family.Mother.ToString()), new("Adults[0].Stage", "Action")]);
        await submitted.AssertRedirectAsync(path);
        Assert.Equal(SummaryStatus.Submitted, await app.WithDbAsync(db => db.MonthlySummaries.Where(s => s.FamilyId == family.Id).Select(s => s.Status).SingleAsync()));

        foreach (var reader in new[] { world.SocialWorker, world.TeamManager })
        {
            var client = await app.SignedInAsync(reader);
            var page = await client.GetHtmlAsync(path);
            Assert.Contains("Three sessions with Grace.", page.QuerySelector(".app-summary")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Action", page.QuerySelector(".app-summary")!.TextContent, StringComparison.Ordinal);
            var book = await client.GetHtmlAsync($"/families/{family.Id}/workbook");
            Assert.Contains("Three sessions with Grace.", book.QuerySelector($"#month-{LastMonthText}")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Domestic abuse (victim) - R. Khan", book.QuerySelector($"#month-{LastMonthText}")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Submit_WithoutTheRequiredSections_ShowsEachMessageBesideItsFieldAndKeepsTheText(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.WorkbookFamilyAsync(world);
        var specialist = await app.SignedInAsync(family.Specialist);
        var path = SummaryPath(family.Id, family.Specialist.PersonId);

        var response = await specialist.PostFieldsAsync(path + "/edit", [
            .. Fields(string.Empty, action: "submit", changed: "  ", next: string.Empty).Where(f => f.Key != "Worries"), new("Worries", "Grace's ex-partner has been seen nearby."),
            new("Adults[0].MemberId", family.Mother.ToString()), new("Adults[0].Importance", "11")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        var errors = page.FieldErrors();
        Assert.Equal("Enter the work undertaken this month before submitting", errors["WorkUndertaken"]);
        Assert.Equal("Enter what has changed and its impact on the children before submitting", errors["WhatHasChanged"]);
        Assert.Equal("Enter the next steps before submitting", errors["NextSteps"]);
        Assert.Equal("How important the change is to Grace Pemberton must be a whole number from 0 to 10", errors["Adults-0-Importance"]);
        Assert.Contains(page.ErrorSummary(), e => e.Href == "#Adults-0-Importance");
        Assert.Equal("Grace's ex-partner has been seen nearby.", page.ValueOf("Worries"));
        Assert.Equal("11", page.ValueOf("Adults[0].Importance"));
        Assert.Equal(0, await app.WithDbAsync(db => db.MonthlySummaries.CountAsync(s => s.FamilyId == family.Id)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Draft_IsHiddenFromOtherWorkers_AndShownToItsAuthorAndTheManager(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.WorkbookFamilyAsync(world);
        await app.SummaryAsync(family.Id, family.Specialist.PersonId, LastMonth, submit: false, work: "Draft words only the author sees.");
        var path = SummaryPath(family.Id, family.Specialist.PersonId);

        var worker = await app.SignedInAsync(world.SocialWorker);
        var hidden = await worker.GetAsync(path);
        Assert.DoesNotContain("Draft words only the author sees.", await hidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Draft words only the author sees.", await (await worker.GetAsync($"/families/{family.Id}/workbook")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Draft words only the author sees.", await (await worker.GetAsync($"/families/{family.Id}/workbook/print")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var reader in new[] { family.Specialist, world.TeamManager })
        {
            var client = await app.SignedInAsync(reader);
            Assert.Contains("Draft words only the author sees.", (await client.GetHtmlAsync(path)).QuerySelector(".app-summary")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Draft words only the author sees.", (await client.GetHtmlAsync($"/families/{family.Id}/workbook")).Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnotherWorkersChapter_IsForbiddenToEditAndAutosave_AndNothingChanges(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.WorkbookFamilyAsync(world);
        await app.SummaryAsync(family.Id, family.Specialist.PersonId, LastMonth, submit: false);
        var path = SummaryPath(family.Id, family.Specialist.PersonId);
        var others = await app.SignedInAsync(("the lead social worker", world.SocialWorker), ("the team manager", world.TeamManager));

        foreach (var other in others)
        {
            await other.AssertStatusAsync(HttpStatusCode.Forbidden, path + "/edit", SummaryPath(family.Id, family.Specialist.PersonId, "2026-11") + "/edit");
        }

        var form = Fields("Written by someone else").ToDictionary(f => f.Key, f => f.Value);
        await app.AssertForbiddenAndUnchangedAsync(others, path + "/edit", form);
        await app.AssertForbiddenAndUnchangedAsync(others, path + "/autosave", form);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RefusedWorkbookChanges_SayWhy_OnThePermissionPage(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.WorkbookFamilyAsync(world);
        var id = await app.SummaryAsync(family.Id, family.Specialist.PersonId, LastMonth, submit: true, work: "As submitted.");
        var version = await app.VersionOfAsync<MonthlySummary>(id);
        var path = SummaryPath(family.Id, family.Specialist.PersonId);
        var author = await app.SignedInAsync(family.Specialist);
        var lead = await app.SignedInAsync(world.SocialWorker);
        const string submitted = "This summary has been submitted and cannot be changed. Add an addendum instead.";

        await (await author.GetAsync(path + "/edit")).AssertForbiddenBecauseAsync(submitted);
        await (await author.PostFormAsync(path + "/edit", Fields("Changed afterwards.", version.ToString()).ToDictionary(f => f.Key, f => f.Value)))
            .AssertForbiddenBecauseAsync(submitted);
        await (await lead.GetAsync(SummaryPath(family.Id, family.Specialist.PersonId, "2026-11") + "/edit"))
            .AssertForbiddenBecauseAsync("Only the worker whose chapter this is can write in it.");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SubmittedSummary_CannotBeEdited_AndItsTextStaysAsSubmitted(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.WorkbookFamilyAsync(world);
        var id = await app.SummaryAsync(family.Id, family.Specialist.PersonId, LastMonth, submit: true, work: "As submitted.");
        var version = await app.VersionOfAsync<MonthlySummary>(id);
        var path = SummaryPath(family.Id, family.Specialist.PersonId);
        var author = new SignedInUser("the author", await app.SignedInAsync(family.Specialist));

        await author.AssertStatusAsync(HttpStatusCode.Forbidden, path + "/edit");
        await app.AssertForbiddenAndUnchangedAsync([author], path + "/edit", Fields("Changed afterwards.", version.ToString()).ToDictionary(f => f.Key, f => f.Value));
        await app.AssertForbiddenAndUnchangedAsync([author], path + "/edit", Fields("Changed afterwards.", version.ToString(), "submit").ToDictionary(f => f.Key, f => f.Value));
        await app.AssertForbiddenAndUnchangedAsync([author], path + "/autosave", Fields("Changed afterwards.", version.ToString()).ToDictionary(f => f.Key, f => f.Value));
        Assert.Equal("As submitted.", await app.WithDbAsync(db => db.MonthlySummaries.Where(s => s.Id == id).Select(s => s.WorkUndertaken).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Addendum_ByTheAuthor_SentTwice_IsAddedOnceAndShownBesideTheSummary(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.WorkbookFamilyAsync(world);
        var id = await app.SummaryAsync(family.Id, family.Specialist.PersonId, LastMonth, submit: true);
        var path = SummaryPath(family.Id, family.Specialist.PersonId);
        var author = await app.SignedInAsync(family.Specialist);
        var page = await author.GetHtmlAsync(path);
        Assert.Null(page.QuerySelector("textarea[name='Oversight.Text']"));
        Assert.Null(page.QuerySelector("input[name='Addendum.NoteId']"));

        var tokens = await author.FormTokensAsync(path, path + "/addenda");
        Dictionary<string, string> form = new() { ["Addendum.Text"] = "Correction: the session was on 14 October.\nNot the 12th." };
        await (await author.PostAsync(path + "/addenda", tokens.With(form))).AssertRedirectAsync(path);
        await (await author.PostAsync(path + "/addenda", tokens.With(form))).AssertRedirectAsync(path);

        var notes = await app.WithDbAsync(db => db.SummaryNotes.AsNoTracking().Where(n => n.SummaryId == id).ToListAsync());
        var note = Assert.Single(notes);
        Assert.Equal((SummaryNoteKind.Addendum, family.Specialist.PersonId), (note.Kind, note.AuthorPersonId));
        var reader = await app.SignedInAsync(world.SocialWorker);
        var shown = (await reader.GetHtmlAsync(path)).QuerySelector($"#note-{note.Id}")!.TextContent;
        Assert.Contains("Correction: the session was on 14 October.", shown, StringComparison.Ordinal);
        Assert.Contains("Addendum", shown, StringComparison.Ordinal);
        Assert.Contains("Rashida Khan", shown, StringComparison.Ordinal);

        // Another worker on the family may read it but not add to someone else's summary.
        await app.AssertForbiddenAndUnchangedAsync([new SignedInUser("the lead social worker", reader)], path + "/addenda", new() { ["Addendum.Text"] = "Not mine to add." });
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Oversight_ByTheTeamManager_IsRecorded_ByASocialWorker_IsForbidden(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.WorkbookFamilyAsync(world);
        var id = await app.SummaryAsync(family.Id, family.Specialist.PersonId, LastMonth, submit: false);
        var path = SummaryPath(family.Id, family.Specialist.PersonId);
        var manager = await app.SignedInAsync(world.TeamManager);

        var blank = await manager.SubmitAsync(path + "/oversight", new() { ["Oversight.Text"] = " " }, page: path);
        Assert.Equal("Enter the note", (await blank.HtmlAsync()).FieldErrors()["Oversight-Text"]);

        await (await manager.SubmitAsync(path + "/oversight", new() { ["Oversight.Text"] = "Discussed in supervision: safety plan agreed." }, page: path)).AssertRedirectAsync(path);
        var note = Assert.Single(await app.WithDbAsync(db => db.SummaryNotes.AsNoTracking().Where(n => n.SummaryId == id).ToListAsync()));
        Assert.Equal((SummaryNoteKind.ManagementOversight, world.TeamManager.PersonId), (note.Kind, note.AuthorPersonId));

        var worker = new SignedInUser("the author, a specialist", await app.SignedInAsync(family.Specialist));
        await app.AssertForbiddenAndUnchangedAsync([worker], path + "/oversight", new() { ["Oversight.Text"] = "Self-oversight." });
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TwoSavesFromTheSameVersion_TheSecondSeesBothTextsAndNothingIsOverwritten(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.WorkbookFamilyAsync(world);
        await app.SummaryAsync(family.Id, family.Specialist.PersonId, LastMonth, submit: false, work: "The first draft.");
        var path = SummaryPath(family.Id, family.Specialist.PersonId);
        var firstTab = await app.SignedInAsync(family.Specialist);
        var secondTab = await app.SignedInAsync(family.Specialist);
        var version = (await firstTab.GetHtmlAsync(path + "/edit")).ValueOf("Version")!;
        Assert.Equal(version, (await secondTab.GetHtmlAsync(path + "/edit")).ValueOf("Version"));

        await (await firstTab.PostFieldsAsync(path + "/edit", Fields("Text from the laptop.", version))).AssertRedirectAsync(path + "/edit");
        var second = await secondTab.PostFieldsAsync(path + "/edit", Fields("Text from the office PC.", version));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await second.HtmlAsync();
        Assert.Contains("saved from another tab or device", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Text from the office PC.", page.ValueOf("WorkUndertaken"));
        Assert.Contains("Text from the laptop.", page.QuerySelector("#saved-version")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Text from the laptop.", await app.WithDbAsync(db => db.MonthlySummaries.Where(s => s.FamilyId == family.Id).Select(s => s.WorkUndertaken).SingleAsync()));

        // Saving again from the page that showed both keeps the user's text on purpose.
        await (await secondTab.PostFieldsAsync(path + "/edit", Fields("Text from the office PC.", page.ValueOf("Version")))).AssertRedirectAsync(path + "/edit");
        Assert.Equal("Text from the office PC.", await app.WithDbAsync(db => db.MonthlySummaries.Where(s => s.FamilyId == family.Id).Select(s => s.WorkUndertaken).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TwoNewSummariesFromTwoTabs_TheSecondSeesTheFirstsText(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.WorkbookFamilyAsync(world);
        var path = SummaryPath(family.Id, family.Specialist.PersonId);
        var client = await app.SignedInAsync(family.Specialist);

        await (await client.PostFieldsAsync(path + "/edit", Fields("Written in the first tab."))).AssertRedirectAsync(path + "/edit");
        var second = await client.PostFieldsAsync(path + "/edit", Fields("Written in the second tab."));

        var page = await second.HtmlAsync();
        Assert.Equal("Written in the second tab.", page.ValueOf("WorkUndertaken"));
        Assert.Contains("Written in the first tab.", page.QuerySelector("#saved-version")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Written in the first tab.", await app.WithDbAsync(db => db.MonthlySummaries.Where(s => s.FamilyId == family.Id).Select(s => s.WorkUndertaken).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DoubleSubmit_MakesOneSubmissionAndNoError(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.WorkbookFamilyAsync(world);
        var path = SummaryPath(family.Id, family.Specialist.PersonId);
        var client = await app.SignedInAsync(family.Specialist);
        var fields = Fields("Submitted with a double click.", action: "submit");

        var both = await Task.WhenAll(client.PostFieldsAsync(path + "/edit", fields), client.PostFieldsAsync(path + "/edit", fields));
        var again = await client.PostFieldsAsync(path + "/edit", fields);

        foreach (var response in both.Append(again))
        {
            await response.AssertRedirectAsync(path);
        }

        var rows = await app.WithDbAsync(db => db.MonthlySummaries.AsNoTracking().Where(s => s.FamilyId == family.Id).ToListAsync());
        Assert.Equal(SummaryStatus.Submitted, Assert.Single(rows).Status);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Autosave_SavesTheDraftAndGivesTheNewVersion_AndAStaleOneIsAConflict(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.WorkbookFamilyAsync(world);
        var path = SummaryPath(family.Id, family.Specialist.PersonId);
        var client = await app.SignedInAsync(family.Specialist);

        var first = await client.PostFieldsAsync(path + "/autosave", Fields("Autosaved words."));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var json = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var version = json.RootElement.GetProperty("version").GetGuid();
        Assert.True(json.RootElement.TryGetProperty("savedAt", out _));
        var saved = await app.WithDbAsync(db => db.MonthlySummaries.AsNoTracking().SingleAsync(s => s.FamilyId == family.Id));
        Assert.Equal((SummaryStatus.Draft, "Autosaved words.", version), (saved.Status, saved.WorkUndertaken, saved.Version));

        var next = await client.PostFieldsAsync(path + "/autosave", Fields("Autosaved words, and more.", version.ToString()));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);

        var stale = await client.PostFieldsAsync(path + "/autosave", Fields("From a tab left open.", version.ToString()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("newer version", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Autosaved words, and more.", await app.WithDbAsync(db => db.MonthlySummaries.Where(s => s.FamilyId == family.Id).Select(s => s.WorkUndertaken).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ChapterPage_ShowsEachMonthsStateAndDueDate(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.WorkbookFamilyAsync(world);
        await app.SummaryAsync(family.Id, family.Specialist.PersonId, LastMonth, submit: true);
        await app.SummaryAsync(family.Id, family.Specialist.PersonId, new DateOnly(2026, 9, 1), submit: false);
        var client = await app.SignedInAsync(family.Specialist);

        var page = await client.GetHtmlAsync($"/families/{family.Id}/workbook/chapters/{family.Specialist.PersonId}");

        Assert.Contains("Submitted", page.QuerySelector("#month-2026-10")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("6 November 2026", page.QuerySelector("#month-2026-10")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Overdue", page.QuerySelector("#month-2026-09")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#month-2026-09 a[href='{SummaryPath(family.Id, family.Specialist.PersonId, "2026-09")}/edit']"));
        Assert.Contains("Overdue", page.QuerySelector("#month-2026-08")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Write summary for November 2026", page.QuerySelector("#month-2026-11")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"#month-2026-10 a[href$='/edit']"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WorkbookReads_WriteAnAccessLogRowEach(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.WorkbookFamilyAsync(world);
        await app.SummaryAsync(family.Id, family.Specialist.PersonId, LastMonth, submit: true);
        var client = await app.SignedInAsync(world.SocialWorker);

        foreach (var url in new[]
        {
            $"/families/{family.Id}/workbook", $"/families/{family.Id}/workbook/print", $"/families/{family.Id}/workbook/chapters/{family.Specialist.PersonId}",
            SummaryPath(family.Id, family.Specialist.PersonId),
        })
        {
            await client.GetHtmlAsync(url);
        }

        var pages = await app.WithDbAsync(db => db.FamilyAccessLog.AsNoTracking()
            .Where(a => a.FamilyId == family.Id && a.PersonId == world.SocialWorker.PersonId && a.Granted).Select(a => a.Page).ToListAsync());
        Assert.Equal(["Monthly summary", "Workbook", "Workbook (print)", "Workbook chapter"], pages.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IntegratedView_FiltersByChapterPersonAndMonths_AndPagesBySixMonths(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.WorkbookFamilyAsync(world);
        for (var m = new DateOnly(2025, 11, 1); m <= LastMonth; m = m.AddMonths(1))
        {
            await app.SummaryAsync(family.Id, family.Specialist.PersonId, m, submit: true, work: $"Specialist in {m:yyyy-MM}.");
        }

        await app.SummaryAsync(family.Id, world.SocialWorker.PersonId, LastMonth, submit: true, work: "Lead in 2026-10.");
        var client = await app.SignedInAsync(world.TeamManager);
        var root = $"/families/{family.Id}/workbook";

        var first = await client.GetHtmlAsync(root);
        Assert.Equal(["month-2026-10", "month-2026-09", "month-2026-08", "month-2026-07", "month-2026-06", "month-2026-05"], first.QuerySelectorAll("section.app-workbook-month").Select(s => s.Id));
        Assert.Equal(2, first.QuerySelectorAll("#month-2026-10 article").Length);
        var second = await client.GetHtmlAsync(root + "?page=2");
        Assert.Equal("month-2026-04", second.QuerySelector("section.app-workbook-month")!.Id);
        Assert.Equal(6, second.QuerySelectorAll("section.app-workbook-month").Length);

        var lead = await client.GetHtmlAsync($"{root}?chapter={world.SocialWorker.PersonId}");
        Assert.Equal(["month-2026-10"], lead.QuerySelectorAll("section.app-workbook-month").Select(s => s.Id));
        Assert.DoesNotContain("Specialist in", lead.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // The specialist's chapter is about the mother.
        var aboutMother = await client.GetHtmlAsync($"{root}?member={family.Mother}&from=2026-01&to=2026-03");
        Assert.Equal(["month-2026-03", "month-2026-02", "month-2026-01"], aboutMother.QuerySelectorAll("section.app-workbook-month").Select(s => s.Id));
        var aboutChild = await client.GetHtmlAsync($"{root}?member={family.Child}");
        Assert.Empty(aboutChild.QuerySelectorAll("section.app-workbook-month"));

        var print = await client.GetHtmlAsync($"{root}/print?from=2025-12");
        Assert.Equal(11, print.QuerySelectorAll("section.app-workbook-month").Length);
    }
}
