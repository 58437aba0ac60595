using System.Net;
using FamilySafeguarding.Application.Forms;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.Organisations;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.Infrastructure.Persistence;
using FamilySafeguarding.IntegrationTests.Families;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Supervisions;
using FamilySafeguarding.IntegrationTests.Workbooks;
using FamilySafeguarding.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static FamilySafeguarding.IntegrationTests.Security.ValidForms;

namespace FamilySafeguarding.IntegrationTests.Security;

/// <summary>
/// Issue 11, "exactly once everywhere" (ADR-020): every form that creates something carries a key the server issued with
/// the page, and creates once however often and however fast it is sent; a repeat answers as the first did, never 5xx.
/// A key that is missing, altered, another user's or another form's is 400. The server chooses new records' ids, and
/// the family in the path is the family changed, whatever the body says.
/// </summary>
public sealed class ExactlyOnceTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>How many identical posts are sent at once to each form.</summary>
    private const int AtOnce = 20;

    private static readonly string[] Forms =
    [
        "open family", "reopen family", "add member", "add relationship", "start legal status", "add worry", "allocate worker",
        "record event", "add team member", "new person", "create account", "new service", "new team", "new organisation",
        "schedule supervision", "workbook addendum", "management oversight", "supervision addendum", "record draft", "sign off",
    ];

    public static TheoryData<string, string> EveryCreateForm
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var provider in Providers.All)
            {
                foreach (var form in Forms)
                {
                    data.Add(provider, form);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EveryCreateForm))]
    public async Task CreateForm_SentTwentyTimesAtOnce_CreatesOnce_AndEveryAnswerIsTheFirstOnesRedirect(string provider, string name)
    {
        var (app, world) = await apps.GetAsync(provider);
        var form = await ArrangeAsync(app, world, name);
        var client = await app.NewClient().SignInAsync(form.User);
        var shown = await client.FormTokensAsync(form.Page, form.Action);
        Assert.NotNull(shown.Key);
        var before = await app.WithDbAsync(form.Count);

        var responses = await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(_ => client.PostAsync(form.Action, shown.With(form.Fields))));

        Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, $"{name}: a post answered {(int)r.StatusCode}"));
        var answers = responses.Select(r => $"{(int)r.StatusCode} {r.Headers.Location?.OriginalString}").Distinct().ToList();
        Assert.True(answers.Count == 1, $"{name}: the answers differ: {string.Join(", ", answers)}");
        Assert.Equal(HttpStatusCode.Redirect, responses[0].StatusCode);
        Assert.Equal(before + 1, await app.WithDbAsync(form.Count));
    }

    [Theory]
    [MemberData(nameof(EveryCreateForm))]
    public async Task CreateForm_SentTwiceOneAfterTheOther_CreatesOnce_AndTheSecondAnswersAsTheFirst(string provider, string name)
    {
        var (app, world) = await apps.GetAsync(provider);
        var form = await ArrangeAsync(app, world, name);
        var client = await app.NewClient().SignInAsync(form.User);
        var shown = await client.FormTokensAsync(form.Page, form.Action);
        var before = await app.WithDbAsync(form.Count);
        var emails = app.Email.Sent.Count;

        var first = await client.PostAsync(form.Action, shown.With(form.Fields));
        var second = await client.PostAsync(form.Action, shown.With(form.Fields));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal((first.StatusCode, first.Headers.Location), (second.StatusCode, second.Headers.Location));
        Assert.Equal(before + 1, await app.WithDbAsync(form.Count));
        Assert.Equal(emails + (name == "create account" ? 1 : 0), app.Email.Sent.Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateForm_WithAnotherUsersKey_AnotherFormsKey_AnAlteredKey_OrNoKey_IsBadRequestAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var otherFamily = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var action = $"/families/{family}/members/new";
        var manager = await app.SignedInAsync(world.TeamManager);
        var lead = await app.SignedInAsync(world.SocialWorker);
        var mine = await manager.FormTokensAsync(action, action);
        var leads = await lead.FormTokensAsync(action, action);
        var otherForms = await manager.FormTokensAsync($"/families/{otherFamily}/members/new", $"/families/{otherFamily}/members/new");
        var altered = mine.Key![..20] + (mine.Key[20] == 'A' ? 'B' : 'A') + mine.Key[21..];
        var fields = Child("Nobody Twice");
        var before = await FamilyRecordsAsync(app, family);

        foreach (var (what, key) in new (string, string?)[] { ("another user's key", leads.Key), ("another form's key", otherForms.Key), ("an altered key", altered), ("no key", null) })
        {
            var response = await manager.PostAsync(action, (mine with { Key = key }).With(fields));

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what} gave {(int)response.StatusCode}, not 400");
            Assert.Contains("Sorry, that did not work", (await response.HtmlAsync()).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(before, await FamilyRecordsAsync(app, family));
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.FormSubmissions.CountAsync(s => s.Form == action)));

        // Control: the page's own key is accepted, so each 400 was down to the key alone.
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostAsync(action, mine.With(fields))).StatusCode);
        Assert.Equal(before.Members + 1, (await FamilyRecordsAsync(app, family)).Members);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NoteAndAddendum_PostedWithTheIdOfAnExistingRecord_AreNotAnError_AndGetNewIdsFromTheServer(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var workbook = await app.WorkbookFamilyAsync(world);
        await app.SummaryAsync(workbook.Id, workbook.Specialist.PersonId, WorkbookScene.LastMonth, submit: true);
        var path = WorkbookScene.SummaryPath(workbook.Id, workbook.Specialist.PersonId);
        var author = await app.SignedInAsync(workbook.Specialist);
        await (await author.SubmitAsync(path + "/addenda", new() { ["Addendum.Text"] = "The first addendum." }, page: path)).AssertRedirectAsync(path);
        var existing = await app.WithDbAsync(db => db.SummaryNotes.Where(n => n.FamilyId == workbook.Id).Select(n => n.Id).SingleAsync());

        var note = await author.SubmitAsync(path + "/addenda", WithIds(new() { ["Addendum.Text"] = "A second addendum." }, existing, "Addendum.NoteId", "Addendum.Id", "NoteId", "Id"), page: path);

        await note.AssertRedirectAsync(path);
        var notes = await app.WithDbAsync(db => db.SummaryNotes.Where(n => n.FamilyId == workbook.Id).ToListAsync());
        Assert.Equal(2, notes.Count);
        Assert.Equal("The first addendum.", notes.Single(n => n.Id == existing).Text);
        Assert.NotEqual(Guid.Empty, notes.Single(n => n.Id != existing).Id);

        var f = await app.SupervisionFamilyAsync(world);
        var signed = await app.SignedOffSupervisionAsync(f.Id, f.AssistantManager.PersonId, new DateOnly(2026, 11, 2));
        var manager = await app.SignedInAsync(f.TeamManager);
        var supervision = SupervisionScene.Path(f.Id, signed.Id);

        // The id of a record of another family, and of the note above: neither is revealed, neither is reused.
        foreach (var id in new[] { existing, workbook.Id })
        {
            var addendum = await manager.SubmitAsync(supervision + "/addenda", WithIds(new() { ["Addendum.Text"] = "Dad also attended." }, id, "Addendum.AddendumId", "Addendum.Id", "AddendumId", "Id"), page: supervision);
            await addendum.AssertRedirectAsync(supervision + "#addenda");
        }

        var addenda = await app.WithDbAsync(db => db.SupervisionAddenda.Where(a => a.SupervisionId == signed.Id).Select(a => a.Id).ToListAsync());
        Assert.Equal(2, addenda.Count);
        Assert.DoesNotContain(existing, addenda);
        Assert.DoesNotContain(workbook.Id, addenda);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Post_WhoseBodyNamesAnotherFamily_ChangesAndLogsTheFamilyInThePathOnly(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var other = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var action = $"/families/{family}/members/new";
        var manager = await app.SignedInAsync(world.TeamManager);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/families/{other}")).StatusCode);
        var otherBefore = await TrailAsync(app, other);
        var before = await TrailAsync(app, family);

        // Shown again with an error: the page and its access-log row are the path's family.
        var refused = await manager.SubmitAsync(action, new() { ["familyId"] = other.ToString(), ["form.FamilyId"] = other.ToString(), ["form.FullName"] = " " });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await refused.HtmlAsync()).QuerySelector($"form[action='{action}']"));

        // Saved: the member, the family's change and the audit entries are the path's family.
        var fields = Child("Route Wins");
        fields["familyId"] = other.ToString();
        var saved = await manager.SubmitAsync(action, fields);
        var member = await saved.AssertRedirectToRecordAsync($"/families/{family}/members/");

        Assert.Equal(family, await app.WithDbAsync(db => db.FamilyMembers.Where(m => m.Id == member).Select(m => m.FamilyId).SingleAsync()));
        Assert.Equal(otherBefore, await TrailAsync(app, other));
        var after = await TrailAsync(app, family);
        Assert.Equal(before.Granted + 3, after.Granted);
        Assert.Equal(before.FamilyAudits + 1, after.FamilyAudits);
    }

    /// <summary>A unique-key violation that still reaches the app is 409 with a clear page, on each engine's own error.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UniqueKeyViolation_ReachingTheApp_IsAConflictPage_NeverA500(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var name = Unique("Twice");
        var uniqueIndex = await app.WithDbAsync(async db => await SaveTwiceAsync(db, () => db.Organisations.Add(new Organisation(name, OrganisationKind.Police))));
        var primaryKey = await app.WithDbAsync(async db => await SaveTwiceAsync(db, () => db.FormSubmissions.Add(new FormSubmission(world.Administrator.UserId, "/twice", Guid.Empty, DateTime.UtcNow))));

        foreach (var violation in new[] { uniqueIndex, primaryKey })
        {
            Assert.True(AppExceptionFilter.IsUniqueViolation(violation), violation.InnerException?.Message);
            var context = new ExceptionContext(new ActionContext(new DefaultHttpContext(), new RouteData(), new ActionDescriptor()), []) { Exception = violation };
            new AppExceptionFilter(NullLogger<AppExceptionFilter>.Instance).OnException(context);
            Assert.True(context.ExceptionHandled);
            Assert.Equal(StatusCodes.Status409Conflict, Assert.IsType<StatusCodeResult>(context.Result).StatusCode);
        }

        var page = await (await app.SignedInAsync(world.Administrator)).GetAsync("/error/409");
        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Equal("Someone else saved the same thing at the same moment", (await page.HtmlAsync()).QuerySelector("h1")!.TextContent.Trim());
    }

    /// <summary>
    /// The same organisation sent from twenty tabs at once (twenty keys): one is created; the others are refused by the
    /// name rule or, when they pass it at the same moment, by the unique index: a form with the message, or 409. Never 500.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SameRecord_FromTwentyTabsAtOnce_IsCreatedOnce_AndTheOthersAreToldWhy(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var administrator = await app.SignedInAsync(world.Administrator);
        var name = Unique("Tabs");
        var tabs = new List<FormTokens>();
        for (var i = 0; i < AtOnce; i++)
        {
            tabs.Add(await administrator.FormTokensAsync("/organisations/new", "/organisations/new"));
        }

        var responses = await Task.WhenAll(tabs.Select(t => administrator.PostAsync("/organisations/new", t.With(Organisation(name, OrganisationKind.Police)))));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Redirect, HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(1, await app.WithDbAsync(db => db.Organisations.CountAsync(o => o.Name == name)));
    }

    private static async Task<DbUpdateException> SaveTwiceAsync(AppDbContext db, Action add)
    {
        add();
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        add();
        return await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private static Dictionary<string, string> WithIds(Dictionary<string, string> fields, Guid id, params string[] names)
    {
        foreach (var name in names)
        {
            fields[name] = id.ToString();
        }

        return fields;
    }

    private static Task<(int Members, int Audits)> FamilyRecordsAsync(AppFactory app, Guid familyId) =>
        app.WithDbAsync(async db => (await db.FamilyMembers.CountAsync(m => m.FamilyId == familyId), await db.AuditEntries.CountAsync(a => a.EntityId == familyId)));

    /// <summary>The family's access-log rows shown to people, and its audit entries.</summary>
    private static Task<(int Granted, int Refused, int FamilyAudits)> TrailAsync(AppFactory app, Guid familyId) =>
        app.WithDbAsync(async db => (
            await db.FamilyAccessLog.CountAsync(a => a.FamilyId == familyId && a.Granted),
            await db.FamilyAccessLog.CountAsync(a => a.FamilyId == familyId && !a.Granted),
            await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Family) && a.EntityId == familyId)));

    /// <summary>A create form ready to send: who sends it, from which page, to which action, and what it creates.</summary>
    private static async Task<CreateForm> ArrangeAsync(AppFactory app, World world, string name)
    {
        var today = app.AppToday();
        switch (name)
        {
            case "open family":
            {
                var title = Unique("Once family");
                return new(world.TeamManager, "/families/new", "/families/new", Dated(new() { ["DisplayName"] = title, ["TeamId"] = world.TeamA1.ToString(), ["LeadPersonId"] = world.SocialWorker.PersonId.ToString() }, "OpenedOn", EarlierThisMonth), db => db.Families.CountAsync(f => f.DisplayName == title));
            }

            case "reopen family":
            {
                var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
                await app.Data.ChangeFamilyAsync(family, f => { f.Close(new DateOnly(2026, 11, 3), ClosureReason.NoFurtherAction, null, today); return 0; });
                var path = $"/families/{family}/reopen";
                return new(world.TeamManager, path, path, Dated(new() { ["LeadPersonId"] = world.SocialWorker.PersonId.ToString() }, "OpenedOn", new DateOnly(2026, 11, 10)), db => db.FamilyOpenings.CountAsync(o => o.FamilyId == family));
            }

            case "add member":
            {
                var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
                var path = $"/families/{family}/members/new";
                return new(world.TeamManager, path, path, Child("Amelia Once"), db => db.FamilyMembers.CountAsync(m => m.FamilyId == family));
            }

            case "add relationship":
            {
                var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
                var (child, adult) = (await app.Data.ChildAsync(family), await app.Data.AdultAsync(family));
                var path = $"/families/{family}/relationships/new";
                return new(world.SocialWorker, path, path, new() { ["FromMemberId"] = adult.ToString(), ["Kind"] = "ParentOf", ["ToMemberId"] = child.ToString(), ["ParentalResponsibility"] = "true", ["Description"] = string.Empty }, db => db.Relationships.CountAsync(r => r.FamilyId == family));
            }

            case "start legal status":
            {
                var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
                var child = await app.Data.ChildAsync(family);
                var path = $"/families/{family}/members/{child}/statuses/new";
                return new(world.SocialWorker, path, path, Dated(new() { ["Kind"] = "ChildInNeedPlan" }, "StartDate", EarlierThisMonth), db => db.LegalStatusEpisodes.CountAsync(e => e.MemberId == child));
            }

            case "add worry":
            {
                var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
                var adult = await app.Data.AdultAsync(family);
                var path = $"/families/{family}/members/{adult}/worries/new";
                return new(world.SocialWorker, path, path, Dated(new() { ["Kind"] = "MentalHealth" }, "IdentifiedOn", EarlierThisMonth), db => db.AdultWorries.CountAsync(w => w.MemberId == adult));
            }

            case "allocate worker":
            {
                var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
                var lead = await app.WorkerInTeamsAsync(JobRole.SeniorSocialWorker, "Priya Natarajan", world.TeamA1);
                var path = $"/families/{family}/workers/new";
                return new(world.TeamManager, path, path, Dated(new() { ["PersonId"] = lead.ToString(), ["Role"] = nameof(AllocationRole.LeadSocialWorker) }, "StartDate", today.AddDays(-3)), db => db.Allocations.CountAsync(a => a.FamilyId == family && a.PersonId == lead));
            }

            case "record event":
            {
                var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
                var path = $"/families/{family}/events/new";
                return new(world.SocialWorker, path, path, Dated(new() { ["Kind"] = nameof(SignificantEventKind.PoliceCallOut), ["Account"] = "Police called by a neighbour." }, "OccurredOn", today.AddDays(-1)), db => db.SignificantEvents.CountAsync(e => e.FamilyId == family));
            }

            case "add team member":
            {
                var team = await app.Data.TeamAsync(world.ServiceA);
                var person = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council);
                var path = $"/teams/{team}/members/new";
                return new(world.Administrator, path, path, AddMember(person, EarlierThisMonth), db => db.TeamMemberships.CountAsync(m => m.PersonId == person));
            }

            case "new person":
            {
                var full = Unique("Person");
                return new(world.Administrator, "/people/new", "/people/new", Person(full, JobRole.SocialWorker, world.Council), db => db.People.CountAsync(p => p.FullName == full));
            }

            case "create account":
            {
                var person = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council);
                var path = $"/people/{person}/account/new";
                return new(world.Administrator, path, path, Account(UniqueEmail()), db => db.Users.CountAsync(u => u.PersonId == person));
            }

            case "new service":
            {
                var title = Unique("Service");
                return new(world.Administrator, "/services/new", "/services/new", Service(title, world.ManagerA.PersonId), db => db.Services.CountAsync(s => s.Name == title));
            }

            case "new team":
            {
                var title = Unique("Team");
                var path = $"/services/{world.ServiceA}/teams/new";
                return new(world.Administrator, path, path, Team(title, "Town Hall"), db => db.Teams.CountAsync(t => t.Name == title));
            }

            case "new organisation":
            {
                var title = Unique("Organisation");
                return new(world.Administrator, "/organisations/new", "/organisations/new", Organisation(title, OrganisationKind.Police), db => db.Organisations.CountAsync(o => o.Name == title));
            }

            case "schedule supervision":
            {
                var f = await app.SupervisionFamilyAsync(world);
                var path = $"/families/{f.Id}/supervisions/schedule";
                return new(f.TeamManager, path, path, SupervisionScheduleTests.Form(new DateOnly(2026, 11, 25), "10:00"), db => db.Supervisions.CountAsync(s => s.FamilyId == f.Id));
            }

            case "workbook addendum":
            case "management oversight":
            {
                var workbook = await app.WorkbookFamilyAsync(world);
                var summary = await app.SummaryAsync(workbook.Id, workbook.Specialist.PersonId, WorkbookScene.LastMonth, submit: true);
                var path = WorkbookScene.SummaryPath(workbook.Id, workbook.Specialist.PersonId);
                return name == "workbook addendum"
                    ? new(workbook.Specialist, path, path + "/addenda", new() { ["Addendum.Text"] = "The session was on the 14th." }, db => db.SummaryNotes.CountAsync(n => n.SummaryId == summary && n.Kind == SummaryNoteKind.Addendum))
                    : new(world.TeamManager, path, path + "/oversight", new() { ["Oversight.Text"] = "Discussed in supervision." }, db => db.SummaryNotes.CountAsync(n => n.SummaryId == summary && n.Kind == SummaryNoteKind.ManagementOversight));
            }

            case "supervision addendum":
            {
                var f = await app.SupervisionFamilyAsync(world);
                var signed = await app.SignedOffSupervisionAsync(f.Id, f.AssistantManager.PersonId, new DateOnly(2026, 11, 2));
                var path = SupervisionScene.Path(f.Id, signed.Id);
                return new(f.TeamManager, path, path + "/addenda", new() { ["Addendum.Text"] = "Dad also attended." }, db => db.SupervisionAddenda.CountAsync(a => a.SupervisionId == signed.Id));
            }

            case "record draft":
            case "sign off":
            {
                var f = await app.SupervisionFamilyAsync(world);
                var scheduled = await app.ScheduledSupervisionAsync(f.Id, today);
                var path = SupervisionScene.Path(f.Id, scheduled) + "/record";
                var version = await app.VersionAsync(scheduled);
                return name == "record draft"
                    // A draft save creates no record of its own: it is one save of the supervision, so one audit entry.
                    ? new(f.TeamManager, path, path, SupervisionScene.RecordFields(f, version, "save", today), db => db.AuditEntries.CountAsync(a => a.EntityType == "Supervision" && a.EntityId == scheduled))
                    : new(f.TeamManager, path, path, SupervisionScene.RecordFields(f, version, "signoff", today, actions: [("Visit school", f.Lead.PersonId, today.AddDays(7))]), db => db.FamilyActions.CountAsync(a => a.SupervisionId == scheduled));
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "No such create form in this test");
        }
    }

    /// <summary>The add-member form for a child, as little as it needs.</summary>
    private static Dictionary<string, string> Child(string name) => new()
    {
        ["FullName"] = name, ["Role"] = "Child", ["DateOfBirth.Day"] = "4", ["DateOfBirth.Month"] = "6", ["DateOfBirth.Year"] = "2018",
        ["Gender"] = "Female", ["LivesInHousehold"] = "true",
    };

    private static Dictionary<string, string> Dated(Dictionary<string, string> fields, string name, DateOnly date)
    {
        foreach (var (key, value) in WorkersScene.Date(name, date))
        {
            fields[key] = value;
        }

        return fields;
    }

    private sealed record CreateForm(TestUser User, string Page, string Action, Dictionary<string, string> Fields, Func<AppDbContext, Task<int>> Count);
}
