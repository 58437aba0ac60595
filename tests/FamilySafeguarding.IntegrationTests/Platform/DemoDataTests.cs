using System.Net;
using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Application.Teams;
using FamilySafeguarding.Application.Workbooks;
using FamilySafeguarding.Domain.Workbooks;
using FamilySafeguarding.Infrastructure.DemoData;
using FamilySafeguarding.Infrastructure.Persistence;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.IntegrationTests.Platform;

/// <summary>The demo data the README's run command loads: shaped like the council reports, with a sign-in per kind of user.</summary>
public sealed class DemoDataTests
{
    [Fact]
    public async Task Seed_OnAnEmptyDatabase_BuildsTeamsShapedLikeTheCouncilReports()
    {
        await using var app = await AppFactory.StartAsync(TestDatabase.Sqlite);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider).SeedIfEmptyAsync(CancellationToken.None));
            Assert.False(await ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider).SeedIfEmptyAsync(CancellationToken.None));
        }

        var (teams, people, vacancies, shared, partnerAgencies, accounts) = await app.WithDbAsync(async db => (
            await db.Teams.CountAsync(),
            await db.People.CountAsync(),
            await db.People.CountAsync(p => p.FullName == null),
            await db.TeamMemberships.GroupBy(m => m.PersonId).CountAsync(g => g.Count() == 2),
            await db.Organisations.CountAsync(o => o.Kind != Domain.Organisations.OrganisationKind.Council),
            await db.Users.CountAsync()));
        Assert.True(teams >= 3, $"{teams} teams");
        Assert.InRange(people, 35, 50);
        Assert.InRange(vacancies, 2, 6);
        Assert.True(shared >= 2, $"{shared} people in two teams");
        Assert.True(partnerAgencies >= 3, $"{partnerAgencies} partner agencies");

        var roles = await app.WithDbAsync(db => db.Users.Join(db.People, u => u.PersonId, p => p.Id, (u, p) => p.JobRole).Distinct().ToListAsync());
        Assert.Contains(JobRole.Administrator, roles);
        Assert.Contains(JobRole.ServiceManager, roles);
        Assert.Contains(JobRole.TeamManager, roles);
        Assert.Contains(JobRole.SocialWorker, roles);
        Assert.Contains(roles, r => r.IsAdultSpecialist());
        Assert.True(accounts >= 8);

        var client = await app.NewClient().SignInAsync(new TestUser(Guid.Empty, Guid.Empty, "priya.natarajan@riverford.example", DemoDataSeeder.DemoPassword));
        var page = await client.GetHtmlAsync("/teams");
        Assert.Contains("Riverside Team", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Seed_BuildsAboutThirtyFamiliesWithTheHistoriesOfARealService(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        Assert.True(await SeedAsync(app));
        var before = await app.WithDbAsync(CountRowsAsync);
        Assert.False(await SeedAsync(app));
        Assert.Equal(before, await app.WithDbAsync(CountRowsAsync));

        var today = app.Clock.UkToday();
        var families = await app.WithDbAsync(db => db.Families.AsNoTracking()
            .Include(f => f.Openings)
            .Include(f => f.Members).ThenInclude(m => m.LegalStatuses)
            .Include(f => f.Members).ThenInclude(m => m.Worries)
            .Include(f => f.Relationships)
            .Include(f => f.Allocations).ThenInclude(a => a.Adults)
            .AsSplitQuery()
            .ToListAsync());
        var open = families.Where(f => f.IsOpen).ToList();
        var children = families.SelectMany(f => f.Members).Where(m => m.IsChild).ToList();
        var episodes = children.SelectMany(c => c.LegalStatuses).ToList();

        Assert.InRange(families.Count, 25, 40);
        Assert.Equal(Enumerable.Range(1, families.Count).Select(Family.FormatReference), families.Select(f => f.Reference).Order());
        Assert.All(open, f => Assert.Single(f.Allocations, a => a.Role == AllocationRole.LeadSocialWorker && a.IsCurrentOn(today)));
        Assert.All(families.Where(f => !f.IsOpen), f => Assert.DoesNotContain(f.Allocations, a => a.IsOpen));
        Assert.Contains(episodes, e => e.Kind == LegalStatusKind.ChildProtectionPlan && e.EscalatedFrom == EscalatedFrom.ChildInNeed);
        Assert.Contains(episodes, e => e.Kind == LegalStatusKind.ChildProtectionPlan && e.EndReason is EpisodeEndReason.SteppedDownToChildInNeed or EpisodeEndReason.SteppedDownToEarlyHelp);
        Assert.Contains(children, c => c.OpenOn(LegalStatusKind.PreProceedings, today) && c.OpenOn(LegalStatusKind.ChildProtectionPlan, today));
        Assert.Contains(children, c => c.OpenOn(LegalStatusKind.CareProceedings, today));
        Assert.Contains(episodes, e => e.Kind == LegalStatusKind.LookedAfter && e.EscalatedFrom == EscalatedFrom.ChildProtection);
        Assert.Contains(children, c => c.IsUnborn && c.ExpectedDateOfDelivery > today && c.OpenOn(LegalStatusKind.ChildProtectionPlan, today));
        Assert.True(families.SelectMany(f => f.Openings).Select(o => o.ClosureReason).OfType<ClosureReason>().Distinct().Count() >= 3);
        Assert.Contains(open, f => f.Openings.Count == 2);

        var worries = families.SelectMany(f => f.Members).SelectMany(m => m.Worries).ToList();
        Assert.All(Enum.GetValues<WorryKind>(), kind => Assert.Contains(worries, w => w.Kind == kind));
        Assert.Contains(worries, w => w.EndedOn is not null);
        var relationships = families.SelectMany(f => f.Relationships).ToList();
        Assert.All(Enum.GetValues<RelationshipKind>(), kind => Assert.Contains(relationships, r => r.Kind == kind));
        Assert.Contains(relationships, r => r.ParentalResponsibility);
        Assert.All(families.SelectMany(f => f.Members).Select(m => m.NhsNumber).OfType<string>(), n => Assert.True(NhsNumber.IsValid(n), n));
        Assert.Contains(families.SelectMany(f => f.Members), m => m.InterpreterNeeded);

        // Allocations look like a real service: every current allocation is to a member of the team holding the family,
        // shared adult specialists work in both their teams, and one social worker is over the caseload target.
        var (people, memberships, eventKinds, adminPerson, tomPerson) = await app.WithDbAsync(async db => (
            await db.People.AsNoTracking().Where(p => p.FullName != null).ToDictionaryAsync(p => p.Id),
            await db.CurrentMemberships(today).AsNoTracking().Select(m => new { m.PersonId, m.TeamId }).ToListAsync(),
            await db.SignificantEvents.Select(e => e.Kind).Distinct().ToListAsync(),
            await db.People.Where(p => p.JobRole == JobRole.Administrator).Select(p => p.Id).SingleAsync(),
            await db.People.Where(p => p.FullName == "Tom Fielding").Select(p => p.Id).SingleAsync()));
        var current = open.SelectMany(f => f.Allocations.Where(a => a.IsCurrentOn(today)).Select(a => (Family: f, Allocation: a))).ToList();
        Assert.All(current, c => Assert.Contains(memberships, m => m.PersonId == c.Allocation.PersonId && m.TeamId == c.Family.TeamId));
        Assert.Contains(current, c => people[c.Allocation.PersonId].JobRole.IsAdultSpecialist() && c.Allocation.Adults.Count > 0
            && memberships.Count(m => m.PersonId == c.Allocation.PersonId) == 2
            && current.Any(o => o.Allocation.PersonId == c.Allocation.PersonId && o.Family.TeamId != c.Family.TeamId));
        var caseloads = current.GroupBy(c => c.Allocation.PersonId).ToDictionary(g => g.Key, g => g.Select(c => c.Family.Id).Distinct().Count());
        var target = app.Services.GetRequiredService<IOptions<CaseloadOptions>>().Value.Target;
        Assert.Single(caseloads, c => c.Value > target && people[c.Key].JobRole.Discipline() == Discipline.SocialWork);
        Assert.InRange(caseloads[tomPerson], 3, 8);
        Assert.DoesNotContain(families.SelectMany(f => f.Allocations), a => a.PersonId == adminPerson);
        foreach (var kind in new[] { SignificantEventKind.PoliceCallOut, SignificantEventKind.DomesticAbuseCallOut, SignificantEventKind.AccidentAndEmergencyAttendance, SignificantEventKind.MentalHealthCrisisContact, SignificantEventKind.School, SignificantEventKind.Court, SignificantEventKind.VisitChildSeen })
        {
            Assert.Contains(kind, eventKinds);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Seed_DemoSignIns_SeeTheFamiliesTheReadmeDescribes(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        await SeedAsync(app);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var access = scope.ServiceProvider.GetRequiredService<FamilyAccess>();
        async Task<List<string>> TeamsSeenBy(string name)
        {
            var person = await db.People.AsNoTracking().SingleAsync(p => p.FullName == name);
            var visible = access.VisibleFamilies(new Actor(Guid.NewGuid(), person.Id, person.JobRole));
            return await visible.Join(db.Teams, f => f.TeamId, t => t.Id, (f, t) => t.Name).Distinct().OrderBy(n => n).ToListAsync();
        }

        Assert.Empty(await TeamsSeenBy("Priya Natarajan"));
        Assert.Equal(["Riverside Team"], await TeamsSeenBy("Tom Fielding"));
        Assert.Equal(["Riverside Team"], await TeamsSeenBy("Joanne Price"));
        Assert.Equal(["Millbrook Team", "Riverside Team"], await TeamsSeenBy("Aisha Rahman"));
        Assert.Equal(["Hillside Team", "Millbrook Team", "Riverside Team"], await TeamsSeenBy("Helen Okafor"));
        Assert.Equal(["Eastgate Team"], await TeamsSeenBy("Marcus Bell"));
    }

    /// <summary>
    /// Every demo chapter has its summaries, so the demo sign-ins see a short list on "My work": a few overdue on purpose,
    /// this month's due. One summary has an addendum and one Joanne Price's management oversight.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Seed_BuildsWorkbooksWithSubmittedSummariesDraftsAFewOverdueAndNotes(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        await SeedAsync(app);
        var today = app.Clock.UkToday();
        var thisMonth = MonthlySummary.MonthOf(today);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var summaries = await db.MonthlySummaries.AsNoTracking().Include(s => s.People).ToListAsync();
        var notes = await db.SummaryNotes.AsNoTracking().ToListAsync();
        var joanne = await db.People.Where(p => p.FullName == "Joanne Price").Select(p => p.Id).SingleAsync();

        Assert.InRange(summaries.Count(s => s.IsSubmitted), 200, 3000);
        Assert.Contains(summaries, s => !s.IsSubmitted && s.Month == thisMonth);
        Assert.All(summaries.Where(s => s.IsSubmitted), s => Assert.True(s.SubmittedAt <= app.Clock.GetUtcNow().UtcDateTime && s.Month < thisMonth));
        Assert.Contains(summaries, s => s.People.Any(p => p.Stage is not null && p.Importance is not null && p.ChangeTalk != Domain.Workbooks.ChangeTalk.None));
        Assert.Contains(summaries, s => s.People.Any(p => p.Impact is not null));
        Assert.Single(notes, n => n.Kind == SummaryNoteKind.Addendum && summaries.Single(s => s.Id == n.SummaryId).AuthorPersonId == n.AuthorPersonId);
        Assert.Single(notes, n => n.Kind == SummaryNoteKind.ManagementOversight && n.AuthorPersonId == joanne);

        var due = scope.ServiceProvider.GetRequiredService<DueSummaries>();
        foreach (var (name, overdue) in new[] { ("Tom Fielding", 2), ("Aisha Rahman", 1) })
        {
            var person = await db.People.AsNoTracking().SingleAsync(p => p.FullName == name);
            var work = await due.MyWorkAsync(new Actor(Guid.NewGuid(), person.Id, person.JobRole), 1, CancellationToken.None);
            Assert.True(work.OverdueCount >= overdue && work.OverdueCount <= overdue + 8, $"{name}: {work.OverdueCount} overdue");
            Assert.InRange(work.DueCount, 1, 15);
            Assert.Contains(work.Summaries.Items, s => s.IsOverdue && s.Month <= thisMonth.AddMonths(-2));
        }
    }

    [Fact]
    public async Task Seed_OnAnEarlierDemoDatabaseWithoutFamilies_AddsTheFamiliesOnce()
    {
        await using var app = await AppFactory.StartAsync(TestDatabase.Sqlite);
        await SeedAsync(app);
        var families = await app.WithDbAsync(db => db.Families.CountAsync());
        await app.WithDbAsync(async db =>
        {
            await db.SummaryNotes.ExecuteDeleteAsync();
            await db.SummaryPeople.ExecuteDeleteAsync();
            await db.MonthlySummaries.ExecuteDeleteAsync();
            await db.SignificantEventPeople.ExecuteDeleteAsync();
            await db.SignificantEvents.ExecuteDeleteAsync();
            await db.AllocationAdults.ExecuteDeleteAsync();
            await db.Allocations.ExecuteDeleteAsync();
            await db.AdultWorries.ExecuteDeleteAsync();
            await db.LegalStatusEpisodes.ExecuteDeleteAsync();
            await db.Relationships.ExecuteDeleteAsync();
            await db.FamilyMembers.ExecuteDeleteAsync();
            await db.FamilyOpenings.ExecuteDeleteAsync();
            return await db.Families.ExecuteDeleteAsync();
        });

        Assert.True(await SeedAsync(app));
        Assert.False(await SeedAsync(app));

        Assert.Equal(families, await app.WithDbAsync(db => db.Families.CountAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.Services.CountAsync(s => s.Name == "Family Safeguarding Service, West")));
        Assert.True(await app.WithDbAsync(db => db.MonthlySummaries.CountAsync()) > 100);
        Assert.Equal(1, await app.WithDbAsync(db => db.SummaryNotes.CountAsync(n => n.Kind == SummaryNoteKind.ManagementOversight)));
    }

    [Fact]
    public async Task Startup_AskedToSeedInProduction_RefusesToStart()
    {
        await using var app = await AppFactory.StartAsync(TestDatabase.Sqlite);
        var production = new StubEnvironment("Production");

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => DatabaseStartup.InitialiseAsync(app.Services, production, [DatabaseStartup.SeedDemoSwitch]));

        Assert.Contains("never loaded in Production", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task Startup_WithTheSeedSwitchOutsideProduction_LoadsTheDemoData()
    {
        await using var app = await AppFactory.StartAsync(TestDatabase.Sqlite);

        await DatabaseStartup.InitialiseAsync(app.Services, new StubEnvironment("Staging"), [DatabaseStartup.SeedDemoSwitch]);

        Assert.True(await app.WithDbAsync(db => db.Teams.CountAsync()) >= 3);
        Assert.Equal(HttpStatusCode.OK, (await app.NewClient().GetAsync("/sign-in")).StatusCode);
    }

    private static async Task<bool> SeedAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider).SeedIfEmptyAsync(CancellationToken.None);
    }

    private static async Task<(int Families, int Members, int Allocations, int Events, int People, int Summaries, int Notes)> CountRowsAsync(AppDbContext db) => (
        await db.Families.CountAsync(),
        await db.FamilyMembers.CountAsync(),
        await db.Allocations.CountAsync(),
        await db.SignificantEvents.CountAsync(),
        await db.People.CountAsync(),
        await db.MonthlySummaries.CountAsync(),
        await db.SummaryNotes.CountAsync());

    private sealed class StubEnvironment(string name) : IWebHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "FamilySafeguarding.Web";

        public string WebRootPath { get; set; } = string.Empty;

        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();

        public string ContentRootPath { get; set; } = string.Empty;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
