using System.Net;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilySafeguarding.IntegrationTests.Security.ValidForms;

namespace FamilySafeguarding.IntegrationTests.Security;

/// <summary>
/// The Administrator and Service Manager roles are what the management rules turn on, so only an administrator may
/// hand them out, and only an administrator may change the post of someone who holds one.
/// </summary>
public sealed class RoleEscalationTests(Apps apps) : IClassFixture<Apps>
{
    private const string OnlyAnAdministrator = "Only an administrator can give someone the Administrator or Service Manager role";

    public static TheoryData<string, JobRole> ProvidersAndManagingRoles
    {
        get
        {
            var data = new TheoryData<string, JobRole>();
            foreach (var provider in Providers.All)
            {
                data.Add(provider, JobRole.Administrator);
                data.Add(provider, JobRole.ServiceManager);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ProvidersAndManagingRoles))]
    public async Task EditPerson_AsServiceManager_GivingAManagingRole_IsRefusedBesideJobRoleAndChangesNothing(string provider, JobRole role)
    {
        var (app, world) = await apps.GetAsync(provider);
        var name = Unique("Person");
        var personId = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council, name);
        await app.Data.MembershipAsync(personId, world.TeamA1);
        var managerA = await app.SignedInAsync(world.ManagerA);
        var before = await DataFingerprint.TakeAsync(app);
        var typedName = Unique("Typed");

        var response = await managerA.PostFormAsync($"/people/{personId}/edit", Person(typedName, role, world.Council, await app.VersionOfAsync<Person>(personId)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Equal(OnlyAnAdministrator, page.FieldErrors()["JobRole"]);
        Assert.Contains(("#JobRole", OnlyAnAdministrator), page.ErrorSummary());
        Assert.Equal((typedName, role.ToString()), (page.ValueOf("FullName"), page.ValueOf("JobRole")));
        Assert.Equal(before, await DataFingerprint.TakeAsync(app));
        var person = await app.WithDbAsync(db => db.People.SingleAsync(p => p.Id == personId));
        Assert.Equal((name, JobRole.SocialWorker), (person.FullName, person.JobRole));
    }

    [Theory]
    [MemberData(nameof(ProvidersAndManagingRoles))]
    public async Task CreatePerson_AsServiceManager_WithAManagingRole_IsRefusedBesideJobRoleAndChangesNothing(string provider, JobRole role)
    {
        var (app, world) = await apps.GetAsync(provider);
        var managerA = await app.SignedInAsync(world.ManagerA);
        var before = await DataFingerprint.TakeAsync(app);
        var name = Unique("Person");

        var response = await managerA.SubmitAsync("/people/new", Person(name, role, world.Council));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Equal(OnlyAnAdministrator, page.FieldErrors()["JobRole"]);
        Assert.Equal((name, role.ToString()), (page.ValueOf("FullName"), page.ValueOf("JobRole")));
        Assert.Equal(before, await DataFingerprint.TakeAsync(app));
        Assert.False(await app.WithDbAsync(db => db.People.AnyAsync(p => p.FullName == name)));
    }

    [Theory]
    [MemberData(nameof(ProvidersAndManagingRoles))]
    public async Task CreateAndEditPerson_AsAdministrator_MayGiveAManagingRole(string provider, JobRole role)
    {
        var (app, world) = await apps.GetAsync(provider);
        var existing = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council);
        var administrator = await app.SignedInAsync(world.Administrator);

        var created = await (await administrator.SubmitAsync("/people/new", Person(Unique("Person"), role, world.Council))).AssertRedirectToRecordAsync("/people/");
        var edited = await administrator.PostFormAsync($"/people/{existing}/edit", Person(Unique("Person"), role, world.Council, await app.VersionOfAsync<Person>(existing)));

        await edited.AssertRedirectAsync($"/people/{existing}");
        Assert.Equal(role, await app.WithDbAsync(db => db.People.Where(p => p.Id == created).Select(p => p.JobRole).SingleAsync()));
        Assert.Equal(role, await app.WithDbAsync(db => db.People.Where(p => p.Id == existing).Select(p => p.JobRole).SingleAsync()));
    }

    /// <summary>
    /// Administrators and service managers are in no team, so the "new starter" rule alone would let any service manager
    /// rename them, change their email or take their role away (demoting the administrator). Only an administrator may.
    /// </summary>
    [Theory]
    [MemberData(nameof(ProvidersAndManagingRoles))]
    public async Task EditPerson_WhoHoldsAManagingRole_AsServiceManager_IsForbiddenAndChangesNothing(string provider, JobRole role)
    {
        var (app, world) = await apps.GetAsync(provider);
        var name = Unique("Person");
        var holder = await app.Data.UserAsync(await app.Data.PersonAsync(role, world.Council, name));
        var managers = await app.SignedInAsync(("service A's manager", world.ManagerA), ("service B's manager", world.ManagerB));

        foreach (var manager in managers)
        {
            await manager.AssertStatusAsync(HttpStatusCode.Forbidden, $"/people/{holder.PersonId}/edit");
            var page = await manager.Client.GetHtmlAsync($"/people/{holder.PersonId}");
            Assert.Null(page.QuerySelector($"a[href='/people/{holder.PersonId}/edit']"));
        }

        var demotion = Person(Unique("Renamed"), JobRole.SocialWorker, world.Council, await app.VersionOfAsync<Person>(holder.PersonId));
        await app.AssertForbiddenAndUnchangedAsync(managers, $"/people/{holder.PersonId}/edit", demotion);

        var person = await app.WithDbAsync(db => db.People.SingleAsync(p => p.Id == holder.PersonId));
        Assert.Equal((name, role), (person.FullName, person.JobRole));
    }
}
