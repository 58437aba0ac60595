using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Domain.Families;
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

    /// <summary>An open family held by the team, with the lead social worker allocated from the opening date.</summary>
    public async Task<Guid> FamilyAsync(Guid teamId, Guid leadPersonId, string? name = null, DateOnly? openedOn = null)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var lead = await db.People.Where(p => p.Id == leadPersonId).Select(p => new Worker(p.Id, p.JobRole, p.FullName!)).SingleAsync();
        // Counting down: the app numbers the families it opens from the highest reference up, so the two never meet.
        var number = Interlocked.Decrement(ref nextReference);
        var family = Family.Open(Family.FormatReference(number), name ?? $"Family {Unique()}", teamId, openedOn ?? LongAgo, lead, Today);
        db.Families.Add(family);
        await db.SaveChangesAsync();
        return family.Id;
    }

    /// <summary>Changes a family through its aggregate, loaded whole, and saves.</summary>
    public async Task<T> ChangeFamilyAsync<T>(Guid familyId, Func<Family, T> change)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var family = await db.Families
            .Include(f => f.Openings)
            .Include(f => f.Members).ThenInclude(m => m.LegalStatuses)
            .Include(f => f.Members).ThenInclude(m => m.Worries)
            .Include(f => f.Relationships)
            .Include(f => f.Allocations).ThenInclude(a => a.Adults)
            .AsSplitQuery()
            .SingleAsync(f => f.Id == familyId);
        var result = change(family);
        await db.SaveChangesAsync();
        return result;
    }

    public Task<Guid> ChildAsync(Guid familyId, string? name = null, DateOnly? born = null, Gender gender = Gender.Female) =>
        ChangeFamilyAsync(familyId, f => f.AddMember(
            new MemberDetails { FullName = name ?? $"Child {Unique()}", DateOfBirth = born ?? new DateOnly(2019, 5, 1), Gender = gender, LivesInHousehold = true, Role = FamilyRole.Child },
            Today).Id);

    public Task<Guid> AdultAsync(Guid familyId, FamilyRole role = FamilyRole.Mother, string? name = null, Gender gender = Gender.Female) =>
        ChangeFamilyAsync(familyId, f => f.AddMember(
            new MemberDetails { FullName = name ?? $"Adult {Unique()}", DateOfBirth = new DateOnly(1990, 3, 1), Gender = gender, LivesInHousehold = true, Role = role },
            Today).Id);

    public async Task<Guid> AllocationAsync(Guid familyId, Guid personId, AllocationRole role, DateOnly? start = null)
    {
        Worker worker;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            worker = await db.People.Where(p => p.Id == personId).Select(p => new Worker(p.Id, p.JobRole, p.FullName!)).SingleAsync();
        }

        return await ChangeFamilyAsync(familyId, f => f.Allocate(worker, role, start ?? LongAgo, [], Today).Id);
    }

    public Task<Guid> LegalStatusAsync(Guid familyId, Guid childId, LegalStatusKind kind, DateOnly start, ChildProtectionCategory? category = null) =>
        ChangeFamilyAsync(familyId, f => f.StartLegalStatus(childId, kind, start, category ?? (kind == LegalStatusKind.ChildProtectionPlan ? ChildProtectionCategory.Neglect : null), Today).Id);

    public async Task<Guid> EventAsync(Guid familyId, Guid recordedBy, DateOnly? occurredOn = null, SignificantEventKind kind = SignificantEventKind.PoliceCallOut, string account = "Police attended after a neighbour's call.", IReadOnlyCollection<Guid>? memberIds = null)
    {
        var details = new EventDetails { OccurredOn = occurredOn ?? LongAgo, Kind = kind, Account = account, MemberIds = memberIds ?? [] };
        return await AddAsync(new SignificantEvent(familyId, recordedBy, details, Today));
    }

    /// <summary>Today as the domain rules of test data see it (the app's own clock may be set differently by a test).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static int nextReference = 900000 + Random.Shared.Next(0, 90000);

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
