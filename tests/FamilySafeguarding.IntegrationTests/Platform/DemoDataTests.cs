using System.Net;
using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.Supervisions;
using FamilySafeguarding.Application.SupervisionSchedule;
using FamilySafeguarding.Application.Teams;
using FamilySafeguarding.Application.Workbook;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.Domain.Workbook;
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
        Assert.Contains(summaries, s => s.People.Any(p => p.Stage is not null && p.Importance is not null && p.ChangeTalk != Domain.Workbook.ChangeTalk.None));
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

    /// <summary>
    /// Every open demo family has had its monthly group supervisions, signed off by a manager of its team, with actions
    /// in every state; a few families are overdue (the Nowak family, Tom Fielding's, with nothing scheduled) and a few
    /// scheduled later this month; Tom Fielding and Aisha Rahman each own actions overdue and due soon.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Seed_BuildsMonthlySupervisionsWithActionsInEveryStateAndAFewFamiliesOverdue(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        await SeedAsync(app);
        var today = app.Clock.UkToday();
        var now = app.Clock.GetUtcNow().UtcDateTime;

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var due = await db.ForFamiliesAsync(db.Families, new SupervisionOptions(), today, CancellationToken.None);
        var families = await db.Families.AsNoTracking().Include(f => f.Allocations).ToDictionaryAsync(f => f.Id);
        var people = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id);
        var memberships = await db.CurrentMemberships(today).AsNoTracking().Select(m => new { m.PersonId, m.TeamId }).ToListAsync();
        var supervisions = await db.Supervisions.AsNoTracking()
            .Include(s => s.Attendees).Include(s => s.Updates).Include(s => s.People).Include(s => s.Actions)
            .AsSplitQuery().ToListAsync();
        var actions = await db.FamilyActions.AsNoTracking().Include(a => a.History).ToListAsync();
        var signedOff = supervisions.Where(s => s.IsSignedOff).ToList();
        Guid Named(string name) => people.Values.Single(p => p.FullName == name).Id;

        // Every open family has been supervised, or is overdue on purpose; most are up to date, about monthly.
        Assert.Equal(families.Values.Count(f => f.IsOpen), due.Count);
        Assert.All(due, d => Assert.True(d.LastHeldOn is not null || d.IsOverdue, d.DisplayName));
        Assert.InRange(due.Count(d => d.IsOverdue), 2, due.Count / 3);
        Assert.Contains(due, d => d.IsOverdue && d.Next is not null);
        Assert.Contains(due, d => d.Next is { } next && next.On >= today && next.On.Month == today.Month && !d.IsOverdue);
        var nowak = Assert.Single(due, d => d.DisplayName == "Nowak family");
        Assert.True(nowak.IsOverdue && nowak.Next is null && nowak.LastHeldOn < today.AddMonths(-1), "the Nowak family is overdue with nothing scheduled");
        Assert.Contains(families[nowak.FamilyId].Allocations, a => a.PersonId == Named("Tom Fielding") && a.Role == AllocationRole.LeadSocialWorker && a.IsOpen);
        foreach (var family in signedOff.GroupBy(s => s.FamilyId))
        {
            var held = family.Select(s => s.HeldOn!.Value).Order().ToList();
            Assert.All(held.Zip(held.Skip(1)), pair => Assert.InRange(pair.Second.DayNumber - pair.First.DayNumber, 21, 40));
        }

        // Signed off by a team manager or assistant team manager in the family's team, who chaired it; every allocated
        // worker is in the attendance, a few with apologies; each chapter gives an update, each child and adult their part.
        Assert.InRange(signedOff.Count, 100, 600);
        Assert.All(signedOff, s =>
        {
            var signer = people[s.SignedOffByPersonId!.Value];
            Assert.True(SupervisionRights.SignsOffForTeam(signer.JobRole), signer.FullName);
            Assert.Contains(memberships, m => m.PersonId == signer.Id && m.TeamId == families[s.FamilyId].TeamId);
            Assert.Contains(s.Attendees, a => a.PersonId == signer.Id && a.Attendance == Attendance.Attended);
            var allocated = families[s.FamilyId].Allocations.Where(a => a.IsCurrentOn(s.HeldOn!.Value)).Select(a => a.PersonId).Distinct().ToList();
            Assert.All(allocated, p => Assert.Contains(s.Attendees, a => a.PersonId == p));
            Assert.Equal(allocated.Order(), s.Updates.Select(u => u.ChapterPersonId).Order());
            Assert.True(s.Worries.Length > 0 && s.WorkingWell.Length > 0 && s.DecisionRationale.Length > 0 && s.Decision is not null);
            Assert.InRange(s.Actions.Count, 2, 3);
            Assert.True(s.SignedOffAt <= now && s.HeldOn < today);
        });
        Assert.Contains(signedOff, s => s.Attendees.Any(a => a.Attendance == Attendance.SentApologies));
        Assert.Contains(signedOff, s => s.Attendees.Any(a => a.PersonId is null && a.Name is not null));
        Assert.Contains(signedOff, s => s.People.Any(p => p.Stage is not null) && s.People.Any(p => p.Meaning is not null));
        Assert.Contains(signedOff, s => s.Decision == SupervisionDecision.StepUpToChildProtectionConference);
        Assert.Contains(signedOff, s => s.Decision == SupervisionDecision.StepUpToLegalGateway);
        Assert.Contains(signedOff, s => s.Decision == SupervisionDecision.Close);
        Assert.Contains(supervisions, s => s.Status == SupervisionStatus.Cancelled);

        // Actions in every state: open and not yet due, overdue, done by the owner with a note, cancelled by a manager
        // with a reason, some moved or handed on; none open on a closed family.
        Assert.Equal(signedOff.Sum(s => s.Actions.Count), actions.Count);
        Assert.Contains(actions, a => a.IsOpen && a.DueOn >= today);
        Assert.Contains(actions, a => a.IsOverdueOn(today));
        Assert.Contains(actions, a => a.State == ActionState.Done);
        Assert.Contains(actions, a => a.State == ActionState.Cancelled);
        Assert.True(actions.Count(a => a.State == ActionState.Done) > actions.Count / 2);
        Assert.All(actions.Where(a => a.State == ActionState.Done), a =>
        {
            var done = Assert.Single(a.History, h => h.Kind == ActionChangeKind.Done);
            Assert.Equal(a.OwnerPersonId, done.ByPersonId);
            Assert.True(a.ClosingNote is { Length: > 0 } && a.ClosedOn < today);
        });
        Assert.All(actions.Where(a => a.State == ActionState.Cancelled), a =>
        {
            var cancelled = Assert.Single(a.History, h => h.Kind == ActionChangeKind.Cancelled);
            Assert.True(SupervisionRights.SignsOffForTeam(people[cancelled.ByPersonId].JobRole));
            Assert.True(a.ClosingNote is { Length: > 0 } && a.ClosedOn <= today);
        });
        Assert.Contains(actions, a => a.History.Count > 1 && a.History.Any(h => h.Kind == ActionChangeKind.DueDateChanged));
        Assert.Contains(actions, a => a.History.Count > 1 && a.History.Any(h => h.Kind == ActionChangeKind.Reassigned));
        Assert.All(actions, a => Assert.All(a.History, h => Assert.True(h.At <= now)));
        Assert.DoesNotContain(actions, a => a.IsOpen && !families[a.FamilyId].IsOpen);
        foreach (var name in new[] { "Tom Fielding", "Aisha Rahman" })
        {
            var mine = actions.Where(a => a.OwnerPersonId == Named(name)).ToList();
            Assert.Contains(mine, a => a.IsOverdueOn(today));
            Assert.Contains(mine, a => a.IsOpen && a.DueOn >= today && a.DueOn <= today.AddDays(14));
            Assert.Contains(mine, a => a.State == ActionState.Done);
        }
    }

    [Fact]
    public async Task Seed_OnAnEarlierDemoDatabaseWithoutFamilies_AddsTheFamiliesOnce()
    {
        await using var app = await AppFactory.StartAsync(TestDatabase.Sqlite);
        await SeedAsync(app);
        var families = await app.WithDbAsync(db => db.Families.CountAsync());
        var supervisions = await app.WithDbAsync(db => db.Supervisions.CountAsync());
        await app.WithDbAsync(async db =>
        {
            await db.ActionChanges.ExecuteDeleteAsync();
            await db.FamilyActions.ExecuteDeleteAsync();
            await db.SupervisionAddenda.ExecuteDeleteAsync();
            await db.SupervisionActionLines.ExecuteDeleteAsync();
            await db.SupervisionPeople.ExecuteDeleteAsync();
            await db.SupervisionUpdates.ExecuteDeleteAsync();
            await db.SupervisionAttendees.ExecuteDeleteAsync();
            await db.Supervisions.ExecuteDeleteAsync();
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
        Assert.Equal(supervisions, await app.WithDbAsync(db => db.Supervisions.CountAsync()));
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

    private static async Task<(int Families, int Members, int Allocations, int Events, int People, int Summaries, int Notes, int Supervisions, int Actions)> CountRowsAsync(AppDbContext db) => (
        await db.Families.CountAsync(),
        await db.FamilyMembers.CountAsync(),
        await db.Allocations.CountAsync(),
        await db.SignificantEvents.CountAsync(),
        await db.People.CountAsync(),
        await db.MonthlySummaries.CountAsync(),
        await db.SummaryNotes.CountAsync(),
        await db.Supervisions.CountAsync(),
        await db.FamilyActions.CountAsync());

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
