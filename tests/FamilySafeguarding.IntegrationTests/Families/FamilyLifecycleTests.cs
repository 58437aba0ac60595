using System.Globalization;
using System.Net;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Families;

/// <summary>Opening a family's case, its overview, and the managers' forms to change, close and reopen it; who may use each.</summary>
public sealed class FamilyLifecycleTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>Before the test clock's today (16 November 2026).</summary>
    private static readonly DateOnly EarlierThisMonth = new(2026, 11, 2);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Open_AsTheTeamsManager_SavesTheFamilyWithItsLead_AndTheOverviewShowsTheReference(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var client = await app.SignedInAsync(world.TeamManager);
        var form = await client.GetHtmlAsync("/families/new");
        Assert.Contains(form.QuerySelectorAll("#TeamId option"), o => o.GetAttribute("value") == world.TeamA1.ToString());
        Assert.DoesNotContain(form.QuerySelectorAll("#TeamId option"), o => o.GetAttribute("value") == world.TeamB1.ToString());
        Assert.Contains(form.QuerySelectorAll("#LeadPersonId option"), o => o.GetAttribute("value") == world.SocialWorker.PersonId.ToString());
        Assert.DoesNotContain(form.QuerySelectorAll("#LeadPersonId option"), o => o.GetAttribute("value") == world.Specialist.ToString());
        Assert.Equal("16", form.ValueOf("OpenedOn.Day"));

        var response = await client.SubmitAsync("/families/new", Open("Okafor / Lane family", world.TeamA1, world.SocialWorker.PersonId, EarlierThisMonth));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var family = await app.WithDbAsync(db => db.Families.AsNoTracking().Include(f => f.Allocations).SingleAsync(f => f.DisplayName == "Okafor / Lane family"));
        Assert.Equal($"/families/{family.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(world.TeamA1, family.TeamId);
        Assert.Equal(EarlierThisMonth, family.OpenedOn);
        var lead = Assert.Single(family.Allocations);
        Assert.Equal((world.SocialWorker.PersonId, AllocationRole.LeadSocialWorker, EarlierThisMonth), (lead.PersonId, lead.Role, lead.StartDate));
        Assert.Matches("^FS-\\d{6}$", family.Reference);

        var overview = await client.GetHtmlAsync($"/families/{family.Id}");
        Assert.Contains(family.Reference, overview.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Okafor / Lane family", overview.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(family.Reference, overview.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(overview.QuerySelector($"a[href='/families/{family.Id}/close']"));
        Assert.True(await app.WithDbAsync(db => db.FamilyAccessLog.AnyAsync(a => a.FamilyId == family.Id && a.PersonId == world.TeamManager.PersonId && a.Page == "Overview" && a.Granted)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Open_WithBlankFieldsAndAnImpossibleDate_ShowsEachMessageBesideItsField_AndKeepsTheInput(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var client = await app.SignedInAsync(world.TeamManager);
        var form = Open("   ", world.TeamA1, null, EarlierThisMonth);
        form["OpenedOn.Day"] = "31";
        form["OpenedOn.Month"] = "2";

        var response = await client.SubmitAsync("/families/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Equal("Enter the family's name", page.FieldErrors()["DisplayName"]);
        Assert.Equal("Select the lead social worker", page.FieldErrors()["LeadPersonId"]);
        Assert.Equal("The date the case opened must be a real date", page.FieldErrors()["OpenedOn"]);
        Assert.Equal(["#DisplayName", "#LeadPersonId", "#OpenedOn"], page.ErrorSummary().Select(e => e.Href));
        Assert.Equal(world.TeamA1.ToString(), page.ValueOf("TeamId"));
        Assert.Equal("31", page.ValueOf("OpenedOn.Day"));
        Assert.Equal("2", page.ValueOf("OpenedOn.Month"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Open_InATeamTheManagerDoesNotManage_OrWithAFutureDate_IsRefusedBesideTheField(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var client = await app.SignedInAsync(world.TeamManager);

        var otherTeam = await (await client.SubmitAsync("/families/new", Open("Elsewhere family", world.TeamB1, world.SocialWorker.PersonId, EarlierThisMonth))).HtmlAsync();
        var future = await (await client.SubmitAsync("/families/new", Open("Tomorrow family", world.TeamA1, world.SocialWorker.PersonId, new DateOnly(2026, 11, 17)))).HtmlAsync();

        Assert.Equal("Select a team you manage", otherTeam.FieldErrors()["TeamId"]);
        Assert.Equal("Elsewhere family", otherTeam.ValueOf("DisplayName"));
        Assert.Equal("The date the case opened must be today or in the past", future.FieldErrors()["OpenedOn"]);
        Assert.Equal(world.SocialWorker.PersonId.ToString(), future.ValueOf("LeadPersonId"));
        Assert.False(await app.WithDbAsync(db => db.Families.AnyAsync(f => f.DisplayName == "Elsewhere family" || f.DisplayName == "Tomorrow family")));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Open_AsSomeoneWhoManagesNoTeam_IsForbiddenOnGetAndPost(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var users = await app.SignedInAsync(("the social worker", world.SocialWorker), ("the administrator", world.Administrator));

        foreach (var user in users)
        {
            await user.AssertStatusAsync(HttpStatusCode.Forbidden, "/families/new");
        }

        await app.AssertForbiddenAndUnchangedAsync(users, "/families/new", Open("Forbidden family", world.TeamA1, world.SocialWorker.PersonId, EarlierThisMonth));
        Assert.False(await app.WithDbAsync(db => db.Families.AnyAsync(f => f.DisplayName == "Forbidden family")));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FamilyPages_ForSomeoneWhoMayNotSeeTheFamily_AreNotFound_OnGetAndPost_AndTheRefusalIsLogged(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var familyId = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var workerB1 = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        await app.Data.MembershipAsync(workerB1.PersonId, world.TeamB1);
        var users = await app.SignedInAsync(("a social worker of team B1", workerB1), ("the administrator", world.Administrator), ("service B's manager", world.ManagerB));
        var pages = new[] { $"/families/{familyId}", $"/families/{familyId}/edit", $"/families/{familyId}/close", $"/families/{familyId}/reopen" };

        foreach (var user in users)
        {
            await user.AssertStatusAsync(HttpStatusCode.NotFound, pages);
            foreach (var (url, form) in ValidPosts(familyId, world))
            {
                var response = await user.Client.PostFormAsync(url, form);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"POST {url} as {user.Who} gave {(int)response.StatusCode}");
            }
        }

        Assert.True(await app.WithDbAsync(db => db.FamilyAccessLog.AnyAsync(a => a.FamilyId == familyId && a.PersonId == world.Administrator.PersonId && !a.Granted)));
        Assert.False(await app.WithDbAsync(db => db.FamilyAccessLog.AnyAsync(a => a.FamilyId == familyId && a.Granted)));
        var family = await app.WithDbAsync(db => db.Families.AsNoTracking().SingleAsync(f => f.Id == familyId));
        Assert.True(family.IsOpen);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ManagersForms_ForTeamMembersWhoDoNotManage_AreForbidden_ButTheyMayReadTheOverview(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var familyId = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var coordinator = await app.Data.UserInRoleAsync(JobRole.TeamCoordinator, world.Council);
        await app.Data.MembershipAsync(coordinator.PersonId, world.TeamA1);
        var users = await app.SignedInAsync(("a team coordinator in the team", coordinator), ("the allocated social worker", world.SocialWorker));

        foreach (var user in users)
        {
            var overview = await user.Client.GetHtmlAsync($"/families/{familyId}");
            Assert.Null(overview.QuerySelector($"a[href='/families/{familyId}/close']"));
            await user.AssertStatusAsync(HttpStatusCode.Forbidden, $"/families/{familyId}/edit", $"/families/{familyId}/close", $"/families/{familyId}/reopen");
        }

        foreach (var (url, form) in ValidPosts(familyId, world))
        {
            await app.AssertForbiddenAndUnchangedAsync(users, url, form);
        }

        var family = await app.WithDbAsync(db => db.Families.AsNoTracking().SingleAsync(f => f.Id == familyId));
        Assert.True(family.IsOpen);
        Assert.True(await app.WithDbAsync(db => db.FamilyAccessLog.AnyAsync(a => a.FamilyId == familyId && a.PersonId == coordinator.PersonId && a.Page == "Overview" && a.Granted)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CloseThenReopen_KeepsTheHistory_EndsAllocationsOnClosing_AndAllocatesTheNewLead(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var familyId = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var client = await app.SignedInAsync(world.TeamManager);
        Assert.Equal("16", (await client.GetHtmlAsync($"/families/{familyId}/close")).ValueOf("ClosedOn.Day"));

        var closed = await client.PostFormAsync($"/families/{familyId}/close", Close(new DateOnly(2026, 11, 3), "SteppedDownToEarlyHelp"));

        await closed.AssertRedirectAsync($"/families/{familyId}");
        var family = await app.WithDbAsync(db => db.Families.AsNoTracking().Include(f => f.Allocations).Include(f => f.Openings).SingleAsync(f => f.Id == familyId));
        Assert.Equal(new DateOnly(2026, 11, 3), family.ClosedOn);
        Assert.All(family.Allocations, a => Assert.Equal(new DateOnly(2026, 11, 3), a.EndDate));
        Assert.Equal(ClosureReason.SteppedDownToEarlyHelp, Assert.Single(family.Openings).ClosureReason);
        var overview = await client.GetHtmlAsync($"/families/{familyId}");
        Assert.NotNull(overview.QuerySelector($"a[href='/families/{familyId}/reopen']"));
        Assert.Contains("Stepped down to early help", overview.QuerySelector(".govuk-details")!.TextContent, StringComparison.Ordinal);

        var reopened = await client.SubmitAsync($"/families/{familyId}/reopen", Reopen(new DateOnly(2026, 11, 10), world.TeamManager.PersonId));

        await reopened.AssertRedirectAsync($"/families/{familyId}");
        family = await app.WithDbAsync(db => db.Families.AsNoTracking().Include(f => f.Allocations).Include(f => f.Openings).SingleAsync(f => f.Id == familyId));
        Assert.True(family.IsOpen);
        Assert.Equal(new DateOnly(2026, 11, 10), family.OpenedOn);
        Assert.Equal(2, family.Openings.Count);
        Assert.Equal(2, family.Allocations.Count);
        var lead = Assert.Single(family.Allocations, a => a.IsOpen);
        Assert.Equal((world.TeamManager.PersonId, AllocationRole.LeadSocialWorker), (lead.PersonId, lead.Role));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Close_WithAChildOnAnOpenChildProtectionPlan_IsRefusedWithTheReason_AndKeepsTheInput(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var familyId = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var childId = await app.Data.ChildAsync(familyId, "Maisie Holt");
        await app.Data.LegalStatusAsync(familyId, childId, LegalStatusKind.ChildProtectionPlan, new DateOnly(2026, 6, 1));
        var client = await app.SignedInAsync(world.TeamManager);
        Assert.NotNull((await client.GetHtmlAsync($"/families/{familyId}/close")).QuerySelector(".govuk-warning-text"));

        var response = await client.PostFormAsync($"/families/{familyId}/close", Close(new DateOnly(2026, 11, 3), "NoFurtherAction", "Family moved in with grandparents"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Equal("Maisie Holt's Child Protection plan is still open. End it before closing the case", page.FieldErrors()["Reason"]);
        Assert.Equal("NoFurtherAction", page.ValueOf("Reason"));
        Assert.Equal("Family moved in with grandparents", page.ValueOf("Detail"));
        Assert.Equal("3", page.ValueOf("ClosedOn.Day"));
        Assert.True((await app.WithDbAsync(db => db.Families.AsNoTracking().SingleAsync(f => f.Id == familyId))).IsOpen);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Close_ForOtherWithoutDetail_OrWithoutAReason_AsksForThem(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var familyId = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var client = await app.SignedInAsync(world.TeamManager);

        var other = await (await client.PostFormAsync($"/families/{familyId}/close", Close(EarlierThisMonth, "Other", "  "))).HtmlAsync();
        var none = await (await client.PostFormAsync($"/families/{familyId}/close", Close(EarlierThisMonth, string.Empty))).HtmlAsync();

        Assert.Equal("Enter why the case is closing", other.FieldErrors()["Detail"]);
        Assert.Equal("Other", other.ValueOf("Reason"));
        Assert.Equal("Select why the case is closing", none.FieldErrors()["Reason"]);
        Assert.True((await app.WithDbAsync(db => db.Families.AsNoTracking().SingleAsync(f => f.Id == familyId))).IsOpen);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Edit_RenamesAndTransfers_AndAfterSomeoneElseSaved_ShowsBothVersionsAndSavesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var familyId = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId, "Brook family");
        var manager = await app.SignedInAsync(world.ManagerA);
        var opened = await manager.GetHtmlAsync($"/families/{familyId}/edit");
        var versionSeen = opened.ValueOf("Version")!;
        Assert.Contains(opened.QuerySelectorAll("#TeamId option"), o => o.GetAttribute("value") == world.TeamA2.ToString());

        var saved = await manager.PostFormAsync($"/families/{familyId}/edit", Edit("Brook / Hale family", world.TeamA2, versionSeen));
        await saved.AssertRedirectAsync($"/families/{familyId}");
        var family = await app.WithDbAsync(db => db.Families.AsNoTracking().SingleAsync(f => f.Id == familyId));
        Assert.Equal(("Brook / Hale family", world.TeamA2), (family.DisplayName, family.TeamId));

        var conflict = await manager.PostFormAsync($"/families/{familyId}/edit", Edit("Brook family again", world.TeamA1, versionSeen));

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await conflict.HtmlAsync();
        Assert.Equal("Brook family again", page.ValueOf("DisplayName"));
        Assert.Contains("Brook / Hale family", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(family.Version.ToString(), page.ValueOf("Version"));
        Assert.NotEmpty(page.ErrorSummary());
        Assert.Equal("Brook / Hale family", (await app.WithDbAsync(db => db.Families.AsNoTracking().SingleAsync(f => f.Id == familyId))).DisplayName);
    }

    private static Dictionary<string, string> Open(string name, Guid teamId, Guid? leadId, DateOnly openedOn) => Date(
        new()
        {
            ["DisplayName"] = name,
            ["TeamId"] = teamId.ToString(),
            ["LeadPersonId"] = leadId?.ToString() ?? string.Empty,
        },
        "OpenedOn",
        openedOn);

    private static Dictionary<string, string> Edit(string name, Guid teamId, string version) => new()
    {
        ["DisplayName"] = name,
        ["TeamId"] = teamId.ToString(),
        ["Version"] = version,
    };

    private static Dictionary<string, string> Close(DateOnly closedOn, string reason, string detail = "") =>
        Date(new() { ["Reason"] = reason, ["Detail"] = detail }, "ClosedOn", closedOn);

    private static Dictionary<string, string> Reopen(DateOnly openedOn, Guid leadId) =>
        Date(new() { ["LeadPersonId"] = leadId.ToString() }, "OpenedOn", openedOn);

    /// <summary>A valid form for each of the family's POST routes, so a refusal is down to who is asking.</summary>
    private static IEnumerable<(string Url, Dictionary<string, string> Form)> ValidPosts(Guid familyId, World world) =>
    [
        ($"/families/{familyId}/edit", Edit("Renamed family", world.TeamA1, Guid.Empty.ToString())),
        ($"/families/{familyId}/close", Close(EarlierThisMonth, "NoFurtherAction")),
        ($"/families/{familyId}/reopen", Reopen(EarlierThisMonth, world.SocialWorker.PersonId)),
    ];

    private static Dictionary<string, string> Date(Dictionary<string, string> form, string name, DateOnly date)
    {
        form[name + ".Day"] = date.Day.ToString(CultureInfo.InvariantCulture);
        form[name + ".Month"] = date.Month.ToString(CultureInfo.InvariantCulture);
        form[name + ".Year"] = date.Year.ToString(CultureInfo.InvariantCulture);
        return form;
    }
}
