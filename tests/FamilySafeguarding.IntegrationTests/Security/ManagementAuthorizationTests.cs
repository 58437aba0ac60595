using System.Net;
using FamilySafeguarding.Application.Security;
using FamilySafeguarding.Domain.Organisations;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Teams;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilySafeguarding.IntegrationTests.Security.ValidForms;

namespace FamilySafeguarding.IntegrationTests.Security;

/// <summary>
/// Every POST that changes services, teams, people, accounts or organisations is refused with 403 to anyone who is
/// not an administrator or (for a service's teams and people) that service's own manager, and the refusal leaves the
/// data as it was. Each form is valid and carries a real antiforgery token, so nothing but the rule can refuse it; the
/// positive test beside each shows the same form is saved when the right person sends it.
/// </summary>
public sealed class ManagementAuthorizationTests(Apps apps) : IClassFixture<Apps>
{
    // ---- Services: administrators only --------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateService_AsAnyoneButAnAdministrator_IsForbiddenAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var users = await app.SignedInAsync(SocialWorker(world), TeamManager(world), ManagerA(world), ManagerB(world));
        var name = Unique("Service");

        await app.AssertForbiddenAndUnchangedAsync(users, "/services/new", Service(name, world.ManagerA.PersonId));

        Assert.False(await app.WithDbAsync(db => db.Services.AnyAsync(s => s.Name == name)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateService_AsAdministrator_IsSaved(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var administrator = await app.SignedInAsync(world.Administrator);
        var name = Unique("Service");

        var response = await administrator.SubmitAsync("/services/new", Service(name, world.ManagerB.PersonId));

        await response.AssertRedirectAsync("/teams");
        Assert.True(await app.WithDbAsync(db => db.Services.AnyAsync(s => s.Name == name && s.ServiceManagerId == world.ManagerB.PersonId)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditService_AsAnyoneButAnAdministrator_EvenItsOwnManager_IsForbiddenAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var name = Unique("Service");
        var serviceId = await app.Data.ServiceAsync(world.ManagerA.PersonId, name);
        var users = await app.SignedInAsync(SocialWorker(world), TeamManager(world), ("the service's own manager", world.ManagerA), ManagerB(world));

        var form = Service(Unique("Renamed"), world.ManagerB.PersonId, await app.VersionOfAsync<Service>(serviceId));
        await app.AssertForbiddenAndUnchangedAsync(users, $"/services/{serviceId}/edit", form);

        var service = await app.WithDbAsync(db => db.Services.SingleAsync(s => s.Id == serviceId));
        Assert.Equal((name, world.ManagerA.PersonId), (service.Name, service.ServiceManagerId));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditService_AsAdministrator_IsSaved(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var serviceId = await app.Data.ServiceAsync(world.ManagerA.PersonId);
        var administrator = await app.SignedInAsync(world.Administrator);
        var name = Unique("Renamed");

        var response = await administrator.PostFormAsync(
            $"/services/{serviceId}/edit", Service(name, world.ManagerB.PersonId, await app.VersionOfAsync<Service>(serviceId)));

        await response.AssertRedirectAsync("/teams");
        var service = await app.WithDbAsync(db => db.Services.SingleAsync(s => s.Id == serviceId));
        Assert.Equal((name, world.ManagerB.PersonId), (service.Name, service.ServiceManagerId));
    }

    // ---- Teams: administrators and the service's own manager ----------------------------------------------------

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateTeam_AsAnyoneButAnAdministratorOrTheServicesManager_IsForbiddenAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var users = await app.SignedInAsync(SocialWorker(world), TeamManager(world), ManagerB(world));
        var name = Unique("Team");

        await app.AssertForbiddenAndUnchangedAsync(users, $"/services/{world.ServiceA}/teams/new", Team(name, "Town Hall"));

        Assert.False(await app.WithDbAsync(db => db.Teams.AnyAsync(t => t.Name == name)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateTeam_AsAdministratorOrTheServicesManager_IsSaved(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        foreach (var user in new[] { world.Administrator, world.ManagerA })
        {
            var client = await app.SignedInAsync(user);
            var name = Unique("Team");

            var response = await client.SubmitAsync($"/services/{world.ServiceA}/teams/new", Team(name, "Riverside Office"));

            var id = await response.AssertRedirectToRecordAsync("/teams/");
            var team = await app.WithDbAsync(db => db.Teams.SingleAsync(t => t.Id == id));
            Assert.Equal((world.ServiceA, name, "Riverside Office"), (team.ServiceId, team.Name, team.Locality));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditTeam_AsAnyoneButAnAdministratorOrTheServicesManager_IsForbiddenAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var name = Unique("Team");
        var teamId = await app.Data.TeamAsync(world.ServiceA, name, "Town Hall");
        var users = await app.SignedInAsync(SocialWorker(world), TeamManager(world), ManagerB(world));

        var form = Team(Unique("Renamed"), "Elsewhere", await app.VersionOfAsync<Team>(teamId));
        await app.AssertForbiddenAndUnchangedAsync(users, $"/teams/{teamId}/edit", form);

        var team = await app.WithDbAsync(db => db.Teams.SingleAsync(t => t.Id == teamId));
        Assert.Equal((name, "Town Hall"), (team.Name, team.Locality));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditTeam_AsAdministratorOrTheServicesManager_IsSaved(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var teamId = await app.Data.TeamAsync(world.ServiceA);
        foreach (var user in new[] { world.Administrator, world.ManagerA })
        {
            var client = await app.SignedInAsync(user);
            var name = Unique("Renamed");

            var response = await client.PostFormAsync($"/teams/{teamId}/edit", Team(name, "Harbour Office", await app.VersionOfAsync<Team>(teamId)));

            await response.AssertRedirectAsync($"/teams/{teamId}");
            Assert.Equal(name, await app.WithDbAsync(db => db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).SingleAsync()));
        }
    }

    // ---- Team membership: administrators and the service's own manager ------------------------------------------

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddMember_AsAnyoneButAnAdministratorOrTheServicesManager_IsForbiddenAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var teamId = await app.Data.TeamAsync(world.ServiceA);
        var personId = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council);
        var users = await app.SignedInAsync(SocialWorker(world), TeamManager(world), ManagerB(world));

        await app.AssertForbiddenAndUnchangedAsync(users, $"/teams/{teamId}/members/new", AddMember(personId, EarlierThisMonth));

        Assert.False(await app.WithDbAsync(db => db.TeamMemberships.AnyAsync(m => m.PersonId == personId || m.TeamId == teamId)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddMember_AsAdministratorOrTheServicesManager_IsSaved(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var teamId = await app.Data.TeamAsync(world.ServiceA);
        foreach (var user in new[] { world.Administrator, world.ManagerA })
        {
            var client = await app.SignedInAsync(user);
            var personId = await app.Data.PersonAsync(JobRole.FamilyPractitioner, world.Council);

            var response = await client.SubmitAsync($"/teams/{teamId}/members/new", AddMember(personId, EarlierThisMonth));

            await response.AssertRedirectAsync($"/teams/{teamId}");
            Assert.True(await app.WithDbAsync(db => db.TeamMemberships.AnyAsync(
                m => m.PersonId == personId && m.TeamId == teamId && m.StartDate == EarlierThisMonth && m.EndDate == null)));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EndMembership_AsAnyoneButAnAdministratorOrTheServicesManager_IsForbiddenAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var teamId = await app.Data.TeamAsync(world.ServiceA);
        var personId = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council);
        var membershipId = await app.Data.MembershipAsync(personId, teamId);
        var users = await app.SignedInAsync(SocialWorker(world), TeamManager(world), ManagerB(world));

        await app.AssertForbiddenAndUnchangedAsync(users, $"/teams/{teamId}/members/{membershipId}/end", EndMembership(EarlierThisMonth));

        Assert.Null(await app.WithDbAsync(db => db.TeamMemberships.Where(m => m.Id == membershipId).Select(m => m.EndDate).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EndMembership_AsAdministratorOrTheServicesManager_IsSaved(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var teamId = await app.Data.TeamAsync(world.ServiceA);
        foreach (var user in new[] { world.Administrator, world.ManagerA })
        {
            var client = await app.SignedInAsync(user);
            var membershipId = await app.Data.MembershipAsync(await app.Data.PersonAsync(JobRole.SocialWorker, world.Council), teamId);

            var response = await client.PostFormAsync($"/teams/{teamId}/members/{membershipId}/end", EndMembership(EarlierThisMonth));

            await response.AssertRedirectAsync($"/teams/{teamId}");
            Assert.Equal(EarlierThisMonth, await app.WithDbAsync(db => db.TeamMemberships.Where(m => m.Id == membershipId).Select(m => m.EndDate).SingleAsync()));
        }
    }

    /// <summary>A manager may not reach another service's membership through the address of a team of their own.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EndMembership_OfAnotherServicesTeam_ThroughTheAddressOfOwnTeam_IsNotFoundAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var personId = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council);
        var membershipId = await app.Data.MembershipAsync(personId, await app.Data.TeamAsync(world.ServiceA));
        var managerB = await app.SignedInAsync(world.ManagerB);
        var before = await DataFingerprint.TakeAsync(app);

        var response = await managerB.PostFormAsync($"/teams/{world.TeamB1}/members/{membershipId}/end", EndMembership(EarlierThisMonth));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await DataFingerprint.TakeAsync(app));
    }

    // ---- People: administrators and service managers; editing only people in the manager's service or in no team --

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreatePerson_AsAnyoneButAnAdministratorOrAServiceManager_IsForbiddenAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var users = await app.SignedInAsync(SocialWorker(world), TeamManager(world));
        var name = Unique("Person");

        await app.AssertForbiddenAndUnchangedAsync(users, "/people/new", Person(name, JobRole.SocialWorker, world.Council));

        Assert.False(await app.WithDbAsync(db => db.People.AnyAsync(p => p.FullName == name)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreatePerson_AsAdministratorOrAServiceManager_IsSaved(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        foreach (var user in new[] { world.Administrator, world.ManagerB })
        {
            var client = await app.SignedInAsync(user);
            var name = Unique("Person");

            var response = await client.SubmitAsync("/people/new", Person(name, JobRole.SeniorSocialWorker, world.Council));

            var id = await response.AssertRedirectToRecordAsync("/people/");
            var person = await app.WithDbAsync(db => db.People.SingleAsync(p => p.Id == id));
            Assert.Equal((name, JobRole.SeniorSocialWorker), (person.FullName, person.JobRole));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditPerson_InServiceA_AsAnyoneButAnAdministratorOrServiceAsManager_IsForbiddenAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var name = Unique("Person");
        var personId = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council, name);
        await app.Data.MembershipAsync(personId, await app.Data.TeamAsync(world.ServiceA));
        var users = await app.SignedInAsync(SocialWorker(world), TeamManager(world), ManagerB(world));

        var form = Person(Unique("Renamed"), JobRole.SeniorSocialWorker, world.Council, await app.VersionOfAsync<Person>(personId));
        await app.AssertForbiddenAndUnchangedAsync(users, $"/people/{personId}/edit", form);

        var person = await app.WithDbAsync(db => db.People.SingleAsync(p => p.Id == personId));
        Assert.Equal((name, JobRole.SocialWorker), (person.FullName, person.JobRole));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditPerson_InServiceA_AsAdministratorOrServiceAsManager_IsSaved(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var personId = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council);
        await app.Data.MembershipAsync(personId, await app.Data.TeamAsync(world.ServiceA));
        foreach (var user in new[] { world.Administrator, world.ManagerA })
        {
            var client = await app.SignedInAsync(user);
            var name = Unique("Renamed");

            var response = await client.PostFormAsync(
                $"/people/{personId}/edit", Person(name, JobRole.SeniorSocialWorker, world.Council, await app.VersionOfAsync<Person>(personId)));

            await response.AssertRedirectAsync($"/people/{personId}");
            Assert.Equal(name, await app.WithDbAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.FullName).SingleAsync()));
        }
    }

    /// <summary>A new starter or an unplaced vacancy (no current team) may be edited by any service manager.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditPerson_InNoCurrentTeam_AsAnotherServicesManager_IsSaved(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var personId = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council);
        await app.Data.MembershipAsync(personId, world.TeamA1, TestData.LongAgo, new DateOnly(2025, 3, 31));
        var managerB = await app.SignedInAsync(world.ManagerB);
        var name = Unique("Renamed");

        Assert.Equal(HttpStatusCode.OK, (await managerB.GetAsync($"/people/{personId}/edit")).StatusCode);
        var response = await managerB.PostFormAsync(
            $"/people/{personId}/edit", Person(name, JobRole.SocialWorker, world.Council, await app.VersionOfAsync<Person>(personId)));

        await response.AssertRedirectAsync($"/people/{personId}");
        Assert.Equal(name, await app.WithDbAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.FullName).SingleAsync()));
    }

    /// <summary>A person shared by teams of two services belongs to both: either service's manager may edit them.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditPerson_InTeamsOfBothServices_AsServiceBsManager_IsSaved(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var personId = await app.Data.PersonAsync(JobRole.MentalHealthPractitioner, world.Charity);
        await app.Data.MembershipAsync(personId, world.TeamA2);
        await app.Data.MembershipAsync(personId, world.TeamB1);
        var managerB = await app.SignedInAsync(world.ManagerB);
        var name = Unique("Renamed");

        var response = await managerB.PostFormAsync(
            $"/people/{personId}/edit", Person(name, JobRole.MentalHealthPractitioner, world.Charity, await app.VersionOfAsync<Person>(personId)));

        await response.AssertRedirectAsync($"/people/{personId}");
        Assert.Equal(name, await app.WithDbAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.FullName).SingleAsync()));
    }

    // ---- Sign-in accounts: administrators only ------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateAccount_AsAnyoneButAnAdministrator_IsForbiddenAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var personId = await PersonInServiceAAsync(app, world);
        var users = await app.SignedInAsync(SocialWorker(world), TeamManager(world), ManagerA(world));

        await app.AssertForbiddenAndUnchangedAsync(users, $"/people/{personId}/account/new", Account(UniqueEmail()));

        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.PersonId == personId)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateAccount_AsAdministrator_IsSavedAndEmailsALink(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var personId = await PersonInServiceAAsync(app, world);
        var administrator = await app.SignedInAsync(world.Administrator);
        var email = UniqueEmail();

        var response = await administrator.SubmitAsync($"/people/{personId}/account/new", Account(email));

        await response.AssertRedirectAsync($"/people/{personId}");
        Assert.Equal(email, await app.WithDbAsync(db => db.Users.Where(u => u.PersonId == personId).Select(u => u.Email).SingleAsync()));
        Assert.Contains("/set-password?", app.Email.LastTo(email).Link ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SendSetPasswordLink_AsAnyoneButAnAdministrator_IsForbiddenAndSendsNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var account = await app.Data.UserAsync(await PersonInServiceAAsync(app, world));
        var users = await app.SignedInAsync(SocialWorker(world), TeamManager(world), ManagerA(world));

        await app.AssertForbiddenAndUnchangedAsync(users, $"/people/{account.PersonId}/account/send-link", []);

        Assert.DoesNotContain(app.Email.Sent, m => m.To == account.Email);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SendSetPasswordLink_AsAdministrator_EmailsALink(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var account = await app.Data.UserAsync(await PersonInServiceAAsync(app, world));
        var administrator = await app.SignedInAsync(world.Administrator);

        var response = await administrator.PostFormAsync($"/people/{account.PersonId}/account/send-link", []);

        await response.AssertRedirectAsync($"/people/{account.PersonId}");
        Assert.Contains($"userId={account.UserId}", app.Email.LastTo(account.Email).Link ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DisableAccount_AsAnyoneButAnAdministrator_IsForbiddenAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var account = await app.Data.UserAsync(await PersonInServiceAAsync(app, world));
        var users = await app.SignedInAsync(SocialWorker(world), TeamManager(world), ManagerA(world));

        await app.AssertForbiddenAndUnchangedAsync(users, $"/people/{account.PersonId}/account/disable", []);

        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.Id == account.UserId).Select(u => u.IsDisabled).SingleAsync()));
        await app.NewClient().SignInAsync(account);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DisableAccount_AsAdministrator_IsSaved(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var account = await app.Data.UserAsync(await PersonInServiceAAsync(app, world));
        var administrator = await app.SignedInAsync(world.Administrator);

        var response = await administrator.PostFormAsync($"/people/{account.PersonId}/account/disable", []);

        await response.AssertRedirectAsync($"/people/{account.PersonId}");
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Id == account.UserId).Select(u => u.IsDisabled).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EnableAccount_AsAnyoneButAnAdministrator_IsForbiddenAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var account = await DisabledAccountAsync(app, world);
        var users = await app.SignedInAsync(SocialWorker(world), TeamManager(world), ManagerA(world));

        await app.AssertForbiddenAndUnchangedAsync(users, $"/people/{account.PersonId}/account/enable", []);

        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Id == account.UserId).Select(u => u.IsDisabled).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EnableAccount_AsAdministrator_IsSaved(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var account = await DisabledAccountAsync(app, world);
        var administrator = await app.SignedInAsync(world.Administrator);

        var response = await administrator.PostFormAsync($"/people/{account.PersonId}/account/enable", []);

        await response.AssertRedirectAsync($"/people/{account.PersonId}");
        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.Id == account.UserId).Select(u => u.IsDisabled).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ResetTwoFactor_AsAnyoneButAnAdministrator_IsForbiddenAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var account = await TwoFactorAccountAsync(app, world);
        var users = await app.SignedInAsync(SocialWorker(world), TeamManager(world), ManagerA(world));

        await app.AssertForbiddenAndUnchangedAsync(users, $"/people/{account.PersonId}/account/reset-two-factor", []);

        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Id == account.UserId).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ResetTwoFactor_AsAdministrator_IsSaved(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var account = await TwoFactorAccountAsync(app, world);
        var administrator = await app.SignedInAsync(world.Administrator);

        var response = await administrator.PostFormAsync($"/people/{account.PersonId}/account/reset-two-factor", []);

        await response.AssertRedirectAsync($"/people/{account.PersonId}");
        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.Id == account.UserId).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EndSessions_AsAnyoneButAnAdministrator_IsForbiddenAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var account = await app.Data.UserAsync(await PersonInServiceAAsync(app, world));
        var session = await app.SignedInAsync(account);
        var users = await app.SignedInAsync(SocialWorker(world), TeamManager(world), ManagerA(world), ("the person themselves", account));

        await app.AssertForbiddenAndUnchangedAsync(users, $"/people/{account.PersonId}/account/end-sessions", []);

        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/teams")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.UserSessions.AnyAsync(s => s.UserId == account.UserId && s.EndedAt != null)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EndSessions_AsAdministrator_EndsEveryOneOfTheirSessions(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var account = await app.Data.UserAsync(await PersonInServiceAAsync(app, world));
        var sessions = new[] { await app.SignedInAsync(account), await app.SignedInAsync(account) };
        var administrator = await app.SignedInAsync(world.Administrator);

        var response = await administrator.PostFormAsync($"/people/{account.PersonId}/account/end-sessions", []);

        await response.AssertRedirectAsync($"/people/{account.PersonId}");
        foreach (var session in sessions)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/teams")).StatusCode);
        }

        Assert.Equal(
            [SessionEndReason.EndedByAdministrator, SessionEndReason.EndedByAdministrator],
            await app.WithDbAsync(db => db.UserSessions.Where(s => s.UserId == account.UserId).Select(s => s.EndReason).ToListAsync()));
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync("/teams")).StatusCode);
    }

    // ---- Organisations: administrators only ---------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateOrganisation_AsAnyoneButAnAdministrator_IsForbiddenAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var users = await app.SignedInAsync(SocialWorker(world), TeamManager(world), ManagerA(world));
        var name = Unique("Organisation");

        await app.AssertForbiddenAndUnchangedAsync(users, "/organisations/new", Organisation(name, OrganisationKind.NhsTrust));

        Assert.False(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == name)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateOrganisation_AsAdministrator_IsSaved(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var administrator = await app.SignedInAsync(world.Administrator);
        var name = Unique("Organisation");

        var response = await administrator.SubmitAsync("/organisations/new", Organisation(name, OrganisationKind.NhsTrust));

        await response.AssertRedirectAsync("/organisations");
        Assert.True(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == name && o.Kind == OrganisationKind.NhsTrust)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditOrganisation_AsAnyoneButAnAdministrator_IsForbiddenAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var name = Unique("Organisation");
        var organisationId = await app.Data.OrganisationAsync(name, OrganisationKind.Police);
        var users = await app.SignedInAsync(SocialWorker(world), TeamManager(world), ManagerA(world));

        var form = Organisation(Unique("Renamed"), OrganisationKind.Other, await app.VersionOfAsync<Organisation>(organisationId));
        await app.AssertForbiddenAndUnchangedAsync(users, $"/organisations/{organisationId}/edit", form);

        var organisation = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == organisationId));
        Assert.Equal((name, OrganisationKind.Police), (organisation.Name, organisation.Kind));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditOrganisation_AsAdministrator_IsSaved(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var organisationId = await app.Data.OrganisationAsync(kind: OrganisationKind.Police);
        var administrator = await app.SignedInAsync(world.Administrator);
        var name = Unique("Renamed");

        var response = await administrator.PostFormAsync(
            $"/organisations/{organisationId}/edit", Organisation(name, OrganisationKind.Other, await app.VersionOfAsync<Organisation>(organisationId)));

        await response.AssertRedirectAsync("/organisations");
        var organisation = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == organisationId));
        Assert.Equal((name, OrganisationKind.Other), (organisation.Name, organisation.Kind));
    }

    private static (string, TestUser) SocialWorker(World world) => ("a social worker", world.SocialWorker);

    private static (string, TestUser) TeamManager(World world) => ("a team manager", world.TeamManager);

    private static (string, TestUser) ManagerA(World world) => ("service A's manager", world.ManagerA);

    private static (string, TestUser) ManagerB(World world) => ("service B's manager", world.ManagerB);

    /// <summary>A social worker in a team of service A: service A's manager manages them, so only the administrator rule can refuse.</summary>
    private static async Task<Guid> PersonInServiceAAsync(AppFactory app, World world)
    {
        var personId = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council);
        await app.Data.MembershipAsync(personId, world.TeamA2);
        return personId;
    }

    private static async Task<TestUser> DisabledAccountAsync(AppFactory app, World world)
    {
        var account = await app.Data.UserAsync(await PersonInServiceAAsync(app, world));
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == account.UserId);
            user.IsDisabled = true;
            return await db.SaveChangesAsync();
        });
        return account;
    }

    private static async Task<TestUser> TwoFactorAccountAsync(AppFactory app, World world)
    {
        var account = await app.Data.UserAsync(await PersonInServiceAAsync(app, world));
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == account.UserId);
            user.TwoFactorEnabled = true;
            return await db.SaveChangesAsync();
        });
        return account;
    }
}
