using FamilySafeguarding.Application.Accounts;
using FamilySafeguarding.Domain.Organisations;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Teams;
using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilySafeguarding.IntegrationTests.Infrastructure;

/// <summary>Builders that persist test data through the app's own domain types, DbContext and UserManager.</summary>
public sealed class TestData(IServiceProvider services)
{
    public const string Password = "tangerine bicycle harbour 88";

    public static readonly DateOnly LongAgo = new(2024, 1, 1);

    public Task<Guid> OrganisationAsync(string? name = null, OrganisationKind kind = OrganisationKind.Council) =>
        AddAsync(new Organisation(name ?? $"Organisation {Unique()}", kind));

    public async Task<Guid> PersonAsync(JobRole role, Guid? organisationId = null, string? name = null, bool vacancy = false, decimal fte = 1m)
    {
        var organisation = organisationId ?? await OrganisationAsync();
        return await AddAsync(new Person(new PostDetails
        {
            IsVacancy = vacancy,
            FullName = vacancy ? null : name ?? $"Person {Unique()}",
            JobRole = role,
            OrganisationId = organisation,
            Fte = fte,
            StartDate = LongAgo,
        }));
    }

    public Task<Guid> ServiceAsync(Guid? managerId = null, string? name = null) =>
        AddAsync(new Service(name ?? $"Service {Unique()}", managerId));

    public Task<Guid> TeamAsync(Guid serviceId, string? name = null, string locality = "Town Hall") =>
        AddAsync(new Team(serviceId, name ?? $"Team {Unique()}", locality));

    public async Task<Guid> MembershipAsync(Guid personId, Guid teamId, DateOnly? start = null, DateOnly? end = null)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var person = await db.People.Include(p => p.Memberships).SingleAsync(p => p.Id == personId);
        var membership = person.JoinTeam(teamId, start ?? LongAgo, end);
        await db.SaveChangesAsync();
        return membership.Id;
    }

    /// <summary>A sign-in account for the person, with a password already set.</summary>
    public async Task<TestUser> UserAsync(Guid personId, string? email = null, string password = Password)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var address = email ?? $"user-{Unique()}@council.example";
        var user = new AppUser { PersonId = personId, UserName = address, Email = address, EmailConfirmed = true, LockoutEnabled = true };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return new TestUser(user.Id, personId, address, password);
    }

    /// <summary>A person in the given role with a sign-in account.</summary>
    public async Task<TestUser> UserInRoleAsync(JobRole role, Guid? organisationId = null, string? name = null) =>
        await UserAsync(await PersonAsync(role, organisationId, name));

    /// <summary>
    /// A small world shaped like the model: two services, each with its own service manager; service A has two teams;
    /// an administrator, a social worker in team A1, a team manager, and a domestic abuse practitioner from a charity
    /// shared by teams A1 and A2.
    /// </summary>
    public async Task<World> WorldAsync()
    {
        var council = await OrganisationAsync();
        var charity = await OrganisationAsync(kind: OrganisationKind.DomesticAbuseCharity);
        var administrator = await UserInRoleAsync(JobRole.Administrator, council);
        var managerA = await UserInRoleAsync(JobRole.ServiceManager, council);
        var managerB = await UserInRoleAsync(JobRole.ServiceManager, council);
        var serviceA = await ServiceAsync(managerA.PersonId);
        var serviceB = await ServiceAsync(managerB.PersonId);
        var teamA1 = await TeamAsync(serviceA);
        var teamA2 = await TeamAsync(serviceA);
        var teamB1 = await TeamAsync(serviceB);
        var socialWorker = await UserInRoleAsync(JobRole.SocialWorker, council);
        await MembershipAsync(socialWorker.PersonId, teamA1);
        var teamManager = await UserInRoleAsync(JobRole.TeamManager, council);
        await MembershipAsync(teamManager.PersonId, teamA1);
        var specialist = await PersonAsync(JobRole.DomesticAbuseVictimPractitioner, charity);
        await MembershipAsync(specialist, teamA1);
        await MembershipAsync(specialist, teamA2);
        return new World(council, charity, administrator, managerA, managerB, serviceA, serviceB, teamA1, teamA2, teamB1, socialWorker, teamManager, specialist);
    }

    private async Task<Guid> AddAsync<T>(T entity)
        where T : Domain.Common.TrackedEntity
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity.Id;
    }

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];
}

public sealed record TestUser(Guid UserId, Guid PersonId, string Email, string Password);

public sealed record World(
    Guid Council,
    Guid Charity,
    TestUser Administrator,
    TestUser ManagerA,
    TestUser ManagerB,
    Guid ServiceA,
    Guid ServiceB,
    Guid TeamA1,
    Guid TeamA2,
    Guid TeamB1,
    TestUser SocialWorker,
    TestUser TeamManager,
    Guid Specialist);
