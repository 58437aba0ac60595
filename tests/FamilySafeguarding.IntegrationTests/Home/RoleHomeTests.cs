using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Dom;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Supervisions;
using FamilySafeguarding.Application.SupervisionSchedule;
using FamilySafeguarding.Application.Workbook;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.Infrastructure.DemoData;
using FamilySafeguarding.Infrastructure.Persistence;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.IntegrationTests.Home;

/// <summary>One app per provider with the demo data seeded, shared by the tests of a class (they only read).</summary>
public sealed class DemoApps : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<AppFactory>>> _apps = new();

    public async Task<AppFactory> GetAsync(string provider) =>
        await _apps.GetOrAdd(provider, p => new Lazy<Task<AppFactory>>(async () =>
        {
            var app = await AppFactory.StartAsync(p);
            await using var scope = app.Services.CreateAsyncScope();
            await ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider).SeedIfEmptyAsync(CancellationToken.None);
            return app;
        })).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated))
        {
            try
            {
                await (await app.Value).DisposeAsync();
            }
            catch (InvalidOperationException)
            {
                // The app failed to start; the test that started it has already failed with the reason.
            }
        }
    }
}

/// <summary>
/// The home page of each role, signed in as the demo people (issue 14, item 1): each lists what that person must act on,
/// as the database says it should, and every link on it works. Expectations are computed from the database here.
/// </summary>
public sealed class RoleHomeTests(DemoApps apps) : IClassFixture<DemoApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TeamManager_JoannePrice_SeesRiversidesSupervisionsOversightQueueAndOverdueActions_EachALinkThatWorks(string provider)
    {
        var app = await apps.GetAsync(provider);
        var today = app.Clock.UkToday();
        var riverside = await TeamAsync(app, "Riverside Team");
        var due = await DueAsync(app, riverside);
        var awaiting = await AwaitingOversightAsync(app, riverside);
        var overdueActions = await app.WithDbAsync(db => db.FamilyActions.AsNoTracking()
            .Where(a => a.State == ActionState.Open && a.DueOn < today && db.Families.Any(f => f.Id == a.FamilyId && f.TeamId == riverside && f.ClosedOn == null))
            .Select(a => $"/families/{a.FamilyId}/actions/{a.Id}")
            .ToListAsync());
        var client = await SignInAsync(app, "Joanne Price");

        var home = await client.GetHtmlAsync("/");

        var panel = home.QuerySelector("#manager-home")!;
        Assert.Contains("Riverside Team", panel.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        AssertFamilies(panel, "home-overdue-supervisions", due.Where(d => d.IsOverdue));
        var monthEnd = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        AssertFamilies(panel, "home-due-supervisions", due.Where(d => !d.IsOverdue && d.DueOn <= monthEnd));
        var weekStart = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        AssertFamilies(panel, "home-week-supervisions", due.Where(d => d.Next is { } n && n.On >= weekStart && n.On < weekStart.AddDays(7)));
        AssertFamilies(panel, "home-unscheduled-supervisions", due.Where(d => d.Next is null));

        var oversight = panel.QuerySelectorAll("#home-oversight li a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(Math.Min(awaiting.Count, 25), oversight.Count);
        Assert.All(oversight, href => Assert.Contains(href, awaiting));
        Assert.Contains($"({awaiting.Count})", panel.TextContent, StringComparison.Ordinal);

        var actions = panel.QuerySelectorAll("#home-overdue-actions a[href*='/actions/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(overdueActions.Order(StringComparer.Ordinal), actions.Order(StringComparer.Ordinal));
        await AssertEveryLinkWorksAsync(client, panel);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TeamCoordinator_GarethHughes_SeesTheSupervisionsToScheduleAndThisWeeksSchedule(string provider)
    {
        var app = await apps.GetAsync(provider);
        var today = app.Clock.UkToday();
        var riverside = await TeamAsync(app, "Riverside Team");
        var due = await DueAsync(app, riverside);
        var client = await SignInAsync(app, "Gareth Hughes");

        var home = await client.GetHtmlAsync("/");

        var panel = home.QuerySelector("#coordinator-home")!;
        var monthEnd = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        AssertFamilies(panel, "home-to-schedule", due.Where(d => d.Next is null && d.DueOn <= monthEnd));
        var weekStart = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        AssertFamilies(panel, "home-week-supervisions", due.Where(d => d.Next is { } n && n.On >= weekStart && n.On < weekStart.AddDays(7)));
        Assert.All(panel.QuerySelectorAll("#home-to-schedule li"), li => Assert.NotNull(li.QuerySelector("a[href$='/supervisions/schedule']")));
        Assert.Null(home.QuerySelector("#my-work-panel"));
        Assert.Null(home.QuerySelector("#manager-home"));
        await AssertEveryLinkWorksAsync(client, panel);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ServiceManager_HelenOkafor_SeesEachTeamOfHerServiceOnOnePage(string provider)
    {
        var app = await apps.GetAsync(provider);
        var today = app.Clock.UkToday();
        var teams = await app.WithDbAsync(db => db.Teams.AsNoTracking()
            .Where(t => db.Services.Any(s => s.Id == t.ServiceId && s.ServiceManager!.FullName == "Helen Okafor"))
            .Select(t => new
            {
                t.Id,
                t.Name,
                Open = db.Families.Count(f => f.TeamId == t.Id && f.ClosedOn == null),
                Children = db.FamilyMembers.Count(m => m.Role == FamilyRole.Child && db.Families.Any(f => f.Id == m.FamilyId && f.TeamId == t.Id && f.ClosedOn == null)),
                OverdueActions = db.FamilyActions.Count(a => a.State == ActionState.Open && a.DueOn < today && db.Families.Any(f => f.Id == a.FamilyId && f.TeamId == t.Id && f.ClosedOn == null)),
            })
            .ToListAsync());
        Assert.True(teams.Count >= 2, $"{teams.Count} teams");
        var client = await SignInAsync(app, "Helen Okafor");

        var home = await client.GetHtmlAsync("/");

        var panel = home.QuerySelector("#service-home")!;
        var rows = panel.QuerySelectorAll("tbody tr[data-team]");
        Assert.Equal(teams.Select(t => t.Id.ToString()).Order(StringComparer.Ordinal), rows.Select(r => r.GetAttribute("data-team")!).Order(StringComparer.Ordinal));
        foreach (var team in teams)
        {
            var row = rows.Single(r => r.GetAttribute("data-team") == team.Id.ToString());
            var overdue = (await DueAsync(app, team.Id)).Count(d => d.IsOverdue);
            Assert.Contains(team.Name, row.TextContent, StringComparison.Ordinal);
            Assert.Equal(team.Open.ToString(System.Globalization.CultureInfo.InvariantCulture), Cell(row, "open"));
            Assert.StartsWith(team.Children == 1 ? "1 child" : $"{team.Children} children", Cell(row, "children"), StringComparison.Ordinal);
            Assert.StartsWith(overdue.ToString(System.Globalization.CultureInfo.InvariantCulture), Cell(row, "overdue-supervisions"), StringComparison.Ordinal);
            Assert.Equal(team.OverdueActions.ToString(System.Globalization.CultureInfo.InvariantCulture), Cell(row, "overdue-actions"));
        }

        Assert.Null(home.QuerySelector("#manager-home"));
        await AssertEveryLinkWorksAsync(client, panel);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PerformanceAnalystAndAuditor_SeeWhatTheyWillBeAbleToDo_AndNoEmptyWorkerPanels(string provider)
    {
        var app = await apps.GetAsync(provider);
        foreach (var (name, panelId, words) in new[] { ("Nadia Kowalski", "#analyst-home", "performance dashboard"), ("Robert Chen", "#auditor-home", "audits") })
        {
            var client = await SignInAsync(app, name);

            var home = await client.GetHtmlAsync("/");

            var panel = home.QuerySelector(panelId);
            Assert.NotNull(panel);
            Assert.Contains(words, panel.TextContent, StringComparison.OrdinalIgnoreCase);
            Assert.Null(home.QuerySelector("#my-work-panel"));
            Assert.Null(home.QuerySelector("#my-families-panel"));
            Assert.Null(home.QuerySelector("#manager-home"));
            await AssertEveryLinkWorksAsync(client, home.QuerySelector("main")!);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Worker_TomFielding_SeesHisOwedSummariesOverdueFirst_WithTheFamilysName(string provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await SignInAsync(app, "Tom Fielding");

        var home = await client.GetHtmlAsync("/");

        var items = home.QuerySelectorAll("#home-my-summaries li");
        Assert.NotEmpty(items);
        var overdue = items.Select(li => li.QuerySelector(".govuk-tag--red") is not null).ToList();
        Assert.Equal(overdue.OrderByDescending(o => o), overdue); // overdue first
        var names = await app.WithDbAsync(db => db.Families.AsNoTracking().Select(f => new { f.Id, f.DisplayName }).ToDictionaryAsync(f => f.Id.ToString(), f => f.DisplayName));
        Assert.All(items, li => Assert.Contains(names[li.GetAttribute("data-family")!], li.TextContent, StringComparison.Ordinal));
        await AssertEveryLinkWorksAsync(client, home.QuerySelector("#my-work-panel")!);
    }

    /// <summary>Item 6: opening another worker's summary form says why it is refused, not a rule about teams.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnotherWorkersSummaryForm_IsRefused_SayingOnlyTheChaptersWorkerWritesInIt(string provider)
    {
        var app = await apps.GetAsync(provider);
        var today = app.Clock.UkToday();
        var tom = await app.WithDbAsync(db => db.People.Where(p => p.FullName == "Tom Fielding").Select(p => p.Id).SingleAsync());
        var other = await app.WithDbAsync(db => db.Allocations.AsNoTracking()
            .Where(a => a.PersonId != tom && a.StartDate <= today && (a.EndDate == null || a.EndDate > today)
                && db.Families.Any(f => f.Id == a.FamilyId && f.ClosedOn == null)
                && db.Allocations.Any(b => b.FamilyId == a.FamilyId && b.PersonId == tom && b.StartDate <= today && (b.EndDate == null || b.EndDate > today)))
            .Select(a => new { a.FamilyId, a.PersonId })
            .FirstAsync());
        var tomsChapter = await app.WithDbAsync(db => db.Allocations.AsNoTracking()
            .Where(a => a.PersonId == tom && a.StartDate <= today && (a.EndDate == null || a.EndDate > today) && db.Families.Any(f => f.Id == a.FamilyId && f.ClosedOn == null && f.TeamId == db.Teams.Where(t => t.Name == "Riverside Team").Select(t => t.Id).First()))
            .Select(a => a.FamilyId)
            .FirstAsync());
        var month = MonthlySummary.MonthOf(today);
        const string reason = "Only the worker whose chapter this is can write in it.";

        var asTom = await SignInAsync(app, "Tom Fielding");
        await (await asTom.GetAsync(WorkbookLinks.Edit(other.FamilyId, other.PersonId, month))).AssertForbiddenBecauseAsync(reason);
        var asJoanne = await SignInAsync(app, "Joanne Price");
        await (await asJoanne.GetAsync(WorkbookLinks.Edit(tomsChapter, tom, month))).AssertForbiddenBecauseAsync(reason);
    }

    /// <summary>The other 403s of issue 14's pages say their own rule: a worker scheduling or allocating, a coordinator recording.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OtherRefusalsOfTheFamilysPages_SayTheRuleThatApplies(string provider)
    {
        var app = await apps.GetAsync(provider);
        var today = app.Clock.UkToday();
        var tomsFamily = await app.WithDbAsync(db => db.Allocations.AsNoTracking()
            .Where(a => a.Person!.FullName == "Tom Fielding" && a.StartDate <= today && (a.EndDate == null || a.EndDate > today) && db.Families.Any(f => f.Id == a.FamilyId && f.ClosedOn == null))
            .Select(a => a.FamilyId)
            .FirstAsync());
        var asTom = await SignInAsync(app, "Tom Fielding");
        var asGareth = await SignInAsync(app, "Gareth Hughes");

        await (await asTom.GetAsync(SupervisionLinks.Schedule(tomsFamily))).AssertForbiddenBecauseAsync(SupervisionScheduleService.MayNotSchedule);
        await (await asTom.GetAsync(Application.Allocations.AllocationLinks.Allocate(tomsFamily))).AssertForbiddenBecauseAsync(Application.Access.FamilyAccess.MayNotManage);
        await (await asGareth.GetAsync(Application.Events.EventLinks.Events(tomsFamily) + "/new")).AssertForbiddenBecauseAsync(Application.Access.FamilyAccess.MayNotRecord);
    }

    private static string Cell(IElement row, string cell) => row.QuerySelector($"[data-cell='{cell}']")!.TextContent.Trim();

    private static void AssertFamilies(IElement panel, string listId, IEnumerable<FamilySupervisionDue> expected)
    {
        var want = expected.Select(d => d.FamilyId.ToString()).Take(25).Order(StringComparer.Ordinal).ToList();
        var shown = panel.QuerySelectorAll($"#{listId} li[data-family]").Select(li => li.GetAttribute("data-family")!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(want, shown);
        if (want.Count == 0)
        {
            Assert.NotNull(panel.QuerySelector($"#{listId}-empty"));
        }
    }

    /// <summary>Follows every link of the panel (each once): each answers 200.</summary>
    private static async Task AssertEveryLinkWorksAsync(HttpClient client, IElement panel)
    {
        var hrefs = panel.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith('/')).Distinct(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(hrefs);
        foreach (var href in hrefs)
        {
            var response = await client.GetAsync(href);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {href} gave {(int)response.StatusCode}");
        }
    }

    private static async Task<HttpClient> SignInAsync(AppFactory app, string name) =>
        await app.NewClient().SignInAsync(new TestUser(Guid.Empty, Guid.Empty, DemoDataSeeder.EmailFor(name), DemoDataSeeder.DemoPassword));

    private static Task<Guid> TeamAsync(AppFactory app, string name) =>
        app.WithDbAsync(db => db.Teams.Where(t => t.Name == name).Select(t => t.Id).SingleAsync());

    private static async Task<IReadOnlyList<FamilySupervisionDue>> DueAsync(AppFactory app, Guid teamId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<SupervisionOptions>>().Value;
        return await db.ForFamiliesAsync(db.Families.Where(f => f.TeamId == teamId), options, app.Clock.UkToday(), CancellationToken.None);
    }

    /// <summary>
    /// The summaries awaiting oversight, worked out from the rows: submitted after the last oversight note on any summary
    /// of the same chapter (family and author) and after the family's last signed-off supervision.
    /// </summary>
    private static Task<List<string>> AwaitingOversightAsync(AppFactory app, Guid teamId) => app.WithDbAsync(async db =>
    {
        var open = await db.Families.AsNoTracking().Where(f => f.TeamId == teamId && f.ClosedOn == null).Select(f => f.Id).ToListAsync();
        var summaries = await db.MonthlySummaries.AsNoTracking().Where(s => s.Status == SummaryStatus.Submitted && open.Contains(s.FamilyId))
            .Select(s => new { s.Id, s.FamilyId, s.AuthorPersonId, s.Month, SubmittedAt = s.SubmittedAt!.Value }).ToListAsync();
        var notes = await db.SummaryNotes.AsNoTracking().Where(n => n.Kind == SummaryNoteKind.ManagementOversight && open.Contains(n.FamilyId))
            .Select(n => new { n.SummaryId, n.WrittenAt }).ToListAsync();
        var signedOff = await db.Supervisions.AsNoTracking().Where(v => v.Status == SupervisionStatus.SignedOff && open.Contains(v.FamilyId))
            .Select(v => new { v.FamilyId, SignedOffAt = v.SignedOffAt!.Value }).ToListAsync();
        var authorOf = summaries.ToDictionary(s => s.Id, s => (s.FamilyId, s.AuthorPersonId));
        return summaries
            .Where(s => !notes.Any(n => authorOf.TryGetValue(n.SummaryId, out var c) && c == (s.FamilyId, s.AuthorPersonId) && n.WrittenAt >= s.SubmittedAt)
                && !signedOff.Any(v => v.FamilyId == s.FamilyId && v.SignedOffAt >= s.SubmittedAt))
            .Select(s => WorkbookLinks.Summary(s.FamilyId, s.AuthorPersonId, s.Month))
            .ToList();
    });
}
