using System.Globalization;
using System.Net;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilySafeguarding.IntegrationTests.Security.ValidForms;

namespace FamilySafeguarding.IntegrationTests.Security;

/// <summary>
/// Nobody grants themselves access to families. Teams, allocations and the service a family sits in decide who sees it,
/// so an administrator (who sees no family) can be in no team and never allocated; nobody changes their own role or team
/// memberships; and every path that puts a worker on a family (open, reopen, allocate) applies the one candidate rule.
/// </summary>
public sealed class GrantingAccessTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddMember_TheAdministratorAddingHerself_IsNotOfferedAndIsRefused_AndTheTeamsFamiliesStayHidden(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var familyId = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var administrator = await app.SignedInAsync(world.Administrator);
        var form = await administrator.GetHtmlAsync($"/teams/{world.TeamA1}/members/new");
        Assert.DoesNotContain(form.QuerySelectorAll("#PersonId option"), o => o.GetAttribute("value") == world.Administrator.PersonId.ToString());
        var before = await DataFingerprint.TakeAsync(app);

        var response = await administrator.SubmitAsync($"/teams/{world.TeamA1}/members/new", AddMember(world.Administrator.PersonId, EarlierThisMonth));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("You cannot add yourself to a team. Ask another manager or an administrator to do it", (await response.HtmlAsync()).FieldErrors()["PersonId"]);
        Assert.Equal(before, await DataFingerprint.TakeAsync(app));
        Assert.Equal(HttpStatusCode.NotFound, (await administrator.GetAsync($"/families/{familyId}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddMember_AnotherAdministratorAddingAnAdministrator_IsRefusedBecauseAdministratorsAreInNoTeam(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var otherAdministrator = await app.Data.PersonAsync(JobRole.Administrator, world.Council, "Second Administrator");
        var administrator = await app.SignedInAsync(world.Administrator);
        var form = await administrator.GetHtmlAsync($"/teams/{world.TeamA1}/members/new");
        Assert.DoesNotContain(form.QuerySelectorAll("#PersonId option"), o => o.GetAttribute("value") == otherAdministrator.ToString());

        var response = await administrator.SubmitAsync($"/teams/{world.TeamA1}/members/new", AddMember(otherAdministrator, EarlierThisMonth));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Second Administrator is an administrator. An administrator cannot be a member of a team", (await response.HtmlAsync()).FieldErrors()["PersonId"]);
        Assert.False(await app.WithDbAsync(db => db.TeamMemberships.AnyAsync(m => m.PersonId == otherAdministrator)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddAndEndMembership_AServiceManagerOnTheirOwnMembership_IsRefused(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var managerA = await app.SignedInAsync(world.ManagerA);

        var add = await managerA.SubmitAsync($"/teams/{world.TeamA2}/members/new", AddMember(world.ManagerA.PersonId, EarlierThisMonth));

        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        Assert.Equal("You cannot add yourself to a team. Ask another manager or an administrator to do it", (await add.HtmlAsync()).FieldErrors()["PersonId"]);
        Assert.False(await app.WithDbAsync(db => db.TeamMemberships.AnyAsync(m => m.PersonId == world.ManagerA.PersonId)));

        // Put there by someone else (an administrator), the service manager still cannot change it themselves.
        var membershipId = await app.Data.MembershipAsync(world.ManagerA.PersonId, world.TeamA2);
        var end = await managerA.PostFormAsync($"/teams/{world.TeamA2}/members/{membershipId}/end", EndMembership(EarlierThisMonth));

        Assert.Equal(HttpStatusCode.OK, end.StatusCode);
        Assert.Equal("You cannot change your own team membership. Ask another manager or an administrator to do it", (await end.HtmlAsync()).FieldErrors()["EndDate"]);
        Assert.Null(await app.WithDbAsync(db => db.TeamMemberships.Where(m => m.Id == membershipId).Select(m => m.EndDate).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditPerson_ChangingTheirOwnRole_IsRefusedBesideJobRole_EvenForAnAdministrator(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var administrator = await app.SignedInAsync(world.Administrator);
        var me = await app.WithDbAsync(db => db.People.SingleAsync(p => p.Id == world.Administrator.PersonId));

        var response = await administrator.PostFormAsync(
            $"/people/{me.Id}/edit", Person(me.FullName!, JobRole.TeamManager, world.Council, await app.VersionOfAsync<Person>(me.Id)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Equal("You cannot change your own job role. Ask another administrator to change it", page.FieldErrors()["JobRole"]);
        Assert.Equal(nameof(JobRole.TeamManager), page.ValueOf("JobRole"));
        Assert.Equal(JobRole.Administrator, await app.WithDbAsync(db => db.People.Where(p => p.Id == me.Id).Select(p => p.JobRole).SingleAsync()));

        // Her own name is hers to correct: only the role is refused.
        var renamed = await administrator.PostFormAsync(
            $"/people/{me.Id}/edit", Person(me.FullName + " Jones", JobRole.Administrator, world.Council, await app.VersionOfAsync<Person>(me.Id)));
        await renamed.AssertRedirectAsync($"/people/{me.Id}");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditPerson_MakingATeamMemberOrAnAllocatedWorkerAnAdministrator_IsRefusedBesideJobRole(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var administrator = await app.SignedInAsync(world.Administrator);
        var member = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council, "Rowan Ellis");
        await app.Data.MembershipAsync(member, world.TeamA1);
        var allocated = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council, "Imogen Walsh");
        var membershipId = await app.Data.MembershipAsync(allocated, world.TeamA1);
        var familyId = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        await app.Data.AllocationAsync(familyId, allocated, AllocationRole.SocialWorker);
        await app.WithDbAsync(db => db.TeamMemberships.Where(m => m.Id == membershipId).ExecuteUpdateAsync(s => s.SetProperty(m => m.EndDate, new DateOnly(2025, 1, 31))));

        var inTeam = await administrator.PostFormAsync($"/people/{member}/edit", Person("Rowan Ellis", JobRole.Administrator, world.Council, await app.VersionOfAsync<Person>(member)));
        var onFamily = await administrator.PostFormAsync($"/people/{allocated}/edit", Person("Imogen Walsh", JobRole.Administrator, world.Council, await app.VersionOfAsync<Person>(allocated)));

        Assert.Equal(
            "Rowan Ellis is in a team. An administrator cannot be a member of a team: end their team memberships first",
            (await inTeam.HtmlAsync()).FieldErrors()["JobRole"]);
        Assert.Equal(
            "Imogen Walsh is allocated to a family. An administrator cannot be allocated to families: end their allocations first",
            (await onFamily.HtmlAsync()).FieldErrors()["JobRole"]);
        Assert.False(await app.WithDbAsync(db => db.People.AnyAsync(p => (p.Id == member || p.Id == allocated) && p.JobRole == JobRole.Administrator)));
    }

    /// <summary>The access rule itself refuses an administrator, even if the data were to put one in a team.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FamilyPages_AnAdministratorWhomTheDataPutsInTheTeam_StillGetsNotFound(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var person = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council);
        await app.Data.MembershipAsync(person, world.TeamA1);
        var familyId = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var user = await app.Data.UserAsync(person);
        await app.WithDbAsync(db => db.People.Where(p => p.Id == person).ExecuteUpdateAsync(s => s.SetProperty(p => p.JobRole, JobRole.Administrator)));
        var client = await app.SignedInAsync(user);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/families/{familyId}")).StatusCode);
        var list = await client.GetHtmlAsync("/families?q=Family");
        Assert.Empty(list.QuerySelectorAll($"a[href='/families/{familyId}']"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Open_WithALeadFromAnotherServiceOrAnotherTeam_IsRefusedBesideTheLead_AndOpensNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var elsewhere = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council, "Worker Of Service B");
        await app.Data.MembershipAsync(elsewhere, world.TeamB1);
        var otherTeam = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council, "Worker Of Team A2");
        await app.Data.MembershipAsync(otherTeam, world.TeamA2);
        var managerA = await app.SignedInAsync(world.ManagerA);

        foreach (var lead in new[] { elsewhere, otherTeam })
        {
            var name = Unique("Refused family");
            var response = await managerA.SubmitAsync("/families/new", Open(name, world.TeamA1, lead));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.HtmlAsync();
            Assert.Equal("Select a lead social worker from the family's team", page.FieldErrors()["LeadPersonId"]);
            Assert.Equal(name, page.ValueOf("DisplayName"));
            Assert.False(await app.WithDbAsync(db => db.Families.AnyAsync(f => f.DisplayName == name)));
        }

        Assert.False(await app.WithDbAsync(db => db.Allocations.AnyAsync(a => a.PersonId == elsewhere || a.PersonId == otherTeam)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reopen_WithALeadFromAnotherService_IsRefusedBesideTheLead_AndTheFamilyStaysClosed(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var elsewhere = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council);
        await app.Data.MembershipAsync(elsewhere, world.TeamB1);
        var familyId = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        await app.Data.ChangeFamilyAsync(familyId, f =>
        {
            f.Close(new DateOnly(2026, 11, 3), ClosureReason.NoFurtherAction, null, new DateOnly(2026, 11, 16));
            return 0;
        });
        var teamManager = await app.SignedInAsync(world.TeamManager);
        var form = await teamManager.GetHtmlAsync($"/families/{familyId}/reopen");
        Assert.DoesNotContain(form.QuerySelectorAll("#LeadPersonId option"), o => o.GetAttribute("value") == elsewhere.ToString());

        var response = await teamManager.SubmitAsync($"/families/{familyId}/reopen", Reopen(elsewhere));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Select a lead social worker from the family's team", (await response.HtmlAsync()).FieldErrors()["LeadPersonId"]);
        var family = await app.WithDbAsync(db => db.Families.AsNoTracking().Include(f => f.Allocations).SingleAsync(f => f.Id == familyId));
        Assert.False(family.IsOpen);
        Assert.DoesNotContain(family.Allocations, a => a.PersonId == elsewhere);

        // Control: the same form with a lead from the family's team reopens it.
        await (await teamManager.SubmitAsync($"/families/{familyId}/reopen", Reopen(world.SocialWorker.PersonId))).AssertRedirectAsync($"/families/{familyId}");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Allocate_TheAdministratorOrAWorkerFromAnotherService_IsRefusedBesideTheWorker(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var elsewhere = await app.Data.PersonAsync(JobRole.DomesticAbuseVictimPractitioner, world.Charity);
        await app.Data.MembershipAsync(elsewhere, world.TeamB1);
        var familyId = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var managerA = await app.SignedInAsync(world.ManagerA);

        foreach (var (personId, role) in new[] { (world.Administrator.PersonId, AllocationRole.SocialWorker), (elsewhere, AllocationRole.DomesticAbuseVictimWorker) })
        {
            var response = await managerA.SubmitAsync($"/families/{familyId}/workers/new", Allocate(personId, role));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Select a worker from the list", (await response.HtmlAsync()).FieldErrors()["PersonId"]);
        }

        Assert.Equal(1, await app.WithDbAsync(db => db.Allocations.CountAsync(a => a.FamilyId == familyId)));

        // Control: the specialist shared with the family's service is a candidate.
        await (await managerA.SubmitAsync($"/families/{familyId}/workers/new", Allocate(world.Specialist, AllocationRole.DomesticAbuseVictimWorker)))
            .AssertRedirectAsync($"/families/{familyId}/workers");
    }

    private static Dictionary<string, string> Open(string name, Guid teamId, Guid leadId) => Date(
        new() { ["DisplayName"] = name, ["TeamId"] = teamId.ToString(), ["LeadPersonId"] = leadId.ToString() }, "OpenedOn", EarlierThisMonth);

    private static Dictionary<string, string> Reopen(Guid leadId) =>
        Date(new() { ["LeadPersonId"] = leadId.ToString() }, "OpenedOn", new DateOnly(2026, 11, 10));

    private static Dictionary<string, string> Allocate(Guid personId, AllocationRole role) =>
        Date(new() { ["PersonId"] = personId.ToString(), ["Role"] = role.ToString() }, "StartDate", EarlierThisMonth);

    private static Dictionary<string, string> Date(Dictionary<string, string> form, string name, DateOnly date)
    {
        form[name + ".Day"] = date.Day.ToString(CultureInfo.InvariantCulture);
        form[name + ".Month"] = date.Month.ToString(CultureInfo.InvariantCulture);
        form[name + ".Year"] = date.Year.ToString(CultureInfo.InvariantCulture);
        return form;
    }
}
