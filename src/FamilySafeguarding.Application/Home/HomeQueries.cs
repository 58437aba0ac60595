using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Actions;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.People;
using FamilySafeguarding.Application.Supervisions;
using FamilySafeguarding.Application.SupervisionSchedule;
using FamilySafeguarding.Application.Teams;
using FamilySafeguarding.Application.Workbook;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.Domain.Workbook;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Application.Home;

/// <summary>A team the home page is about.</summary>
public sealed record HomeTeam(Guid Id, string Name)
{
    public string Link => TeamLinks.Team(Id);

    public string SupervisionsLink => SupervisionLinks.TeamList(Id);
}

/// <summary>A family's supervision as a home page lists it (overdue, due this month, scheduled this week, not scheduled).</summary>
public sealed record HomeSupervision(Guid FamilyId, string Reference, string FamilyName, string TeamName, DateOnly DueOn, bool IsOverdue, ScheduledSupervision? Next)
{
    /// <summary>The scheduled supervision's page (its pack), or the family's schedule form when none is scheduled.</summary>
    public string Link => Next is { } next ? SupervisionLinks.Supervision(FamilyId, next.Id) : SupervisionLinks.Schedule(FamilyId);

    public string ScheduleLink => SupervisionLinks.Schedule(FamilyId);
}

/// <summary>A submitted monthly summary no manager has looked at since it was submitted.</summary>
public sealed record AwaitingOversight(Guid FamilyId, string Reference, string FamilyName, Guid AuthorPersonId, string? AuthorName, DateOnly Month, DateTime SubmittedAt)
{
    /// <summary>The summary's page, where the oversight note is written.</summary>
    public string Link => WorkbookLinks.Summary(FamilyId, AuthorPersonId, Month);
}

/// <summary>An open action past its due date.</summary>
public sealed record HomeOverdueAction(Guid FamilyId, Guid ActionId, string Reference, string FamilyName, string What, DateOnly DueOn)
{
    public string Link => ActionLinks.Action(FamilyId, ActionId);
}

/// <summary>A person's overdue actions, for the manager's "overdue actions by owner".</summary>
public sealed record ActionOwner(Guid PersonId, string? Name, IReadOnlyList<HomeOverdueAction> Actions)
{
    public string Link => PeopleLinks.Person(PersonId);
}

/// <summary>A worker of the team over the caseload target.</summary>
public sealed record WorkerOverTarget(Guid PersonId, string Name, JobRole Role, Caseload Caseload)
{
    public string Link => PeopleLinks.Person(PersonId);
}

/// <summary>A vacant post in the team (a post with nobody in it).</summary>
public sealed record Vacancy(Guid PersonId, Guid TeamId, JobRole Role)
{
    public string Link => PeopleLinks.Person(PersonId);
}

/// <summary>
/// The team manager's (or assistant team manager's) home: for the families of the teams they manage, what to act on today.
/// </summary>
public sealed record ManagerHome(
    IReadOnlyList<HomeTeam> Teams,
    IReadOnlyList<HomeSupervision> Overdue,
    IReadOnlyList<HomeSupervision> DueThisMonth,
    IReadOnlyList<HomeSupervision> ScheduledThisWeek,
    IReadOnlyList<HomeSupervision> NotScheduled,
    IReadOnlyList<AwaitingOversight> AwaitingOversight,
    IReadOnlyList<ActionOwner> OverdueActionsByOwner,
    IReadOnlyList<WorkerOverTarget> OverTarget,
    IReadOnlyList<Vacancy> Vacancies,
    int CaseloadTarget,
    DateOnly WeekStart,
    DateOnly Today);

/// <summary>The team coordinator's home: the supervisions to schedule, and this week's schedule.</summary>
public sealed record CoordinatorHome(
    IReadOnlyList<HomeTeam> Teams,
    IReadOnlyList<HomeSupervision> ToSchedule,
    IReadOnlyList<HomeSupervision> ThisWeek,
    DateOnly WeekStart,
    DateOnly Today);

/// <summary>One team of the service manager's service, at a glance.</summary>
/// <param name="Workers">The team's current members who hold cases.</param>
public sealed record ServiceTeamRow(
    Guid TeamId,
    string TeamName,
    int OpenFamilies,
    ChildrenByStatus Children,
    int OverdueSupervisions,
    int OverdueSummaries,
    int OverdueActions,
    int Workers,
    int WorkersOverTarget,
    int CaseloadFamilies)
{
    public string Link => TeamLinks.Team(TeamId);

    public string SupervisionsLink => SupervisionLinks.TeamList(TeamId);

    public string OverdueSupervisionsLink => SupervisionLinks.TeamList(TeamId, overdueOnly: true, page: 1);
}

/// <summary>A service, with a row per team.</summary>
public sealed record ServiceSummary(Guid ServiceId, string Name, IReadOnlyList<ServiceTeamRow> Teams);

/// <summary>The service manager's home: each team of the services they manage on one page.</summary>
public sealed record ServiceManagerHome(IReadOnlyList<ServiceSummary> Services, int CaseloadTarget, DateOnly Today);

/// <summary>
/// The reads of the role home pages. Each is a fixed number of SQL commands whatever the number of teams, families,
/// summaries or actions (no command per team or family): the due dates come from <see cref="SupervisionDue"/> in one
/// command for every family, counts are grouped in the database or in memory from one command's rows.
/// </summary>
public sealed class HomeQueries(IAppDbContext db, Caseloads caseloads, TimeProvider time, IOptions<SupervisionOptions> supervisionOptions, IOptions<WorkbookOptions> workbookOptions)
{
    /// <summary>The most rows of each list a home page shows; the team's own pages list the rest.</summary>
    public const int ListLimit = 25;

    private static readonly JobRole[] ManagerRoles = [JobRole.TeamManager, JobRole.AssistantTeamManager];

    public static bool IsTeamManager(JobRole role) => ManagerRoles.Contains(role);

    public static bool IsCoordinator(JobRole role) => role == JobRole.TeamCoordinator;

    /// <summary>The manager's home (six SQL commands, one fewer without teams): the teams they are a current member of as a manager.</summary>
    public async Task<ManagerHome> ManagerAsync(Actor actor, CancellationToken ct)
    {
        var today = time.UkToday();
        var weekStart = WeekStart(today);
        var teams = IsTeamManager(actor.Role) ? await MyTeamsAsync(actor, today, ct) : [];
        if (teams.Count == 0)
        {
            return new ManagerHome([], [], [], [], [], [], [], [], [], caseloads.Target, weekStart, today);
        }

        var teamIds = teams.Select(t => t.Id).ToList();
        var names = teams.ToDictionary(t => t.Id, t => t.Name);
        var teamFamilies = db.Families.Where(f => teamIds.Contains(f.TeamId));
        var due = Rows(await db.ForFamiliesAsync(teamFamilies, supervisionOptions.Value, today, ct), names);
        var monthEnd = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);

        var openIds = teamFamilies.Where(f => f.ClosedOn == null).Select(f => f.Id);
        var awaiting = await db.MonthlySummaries.AsNoTracking()
            .Where(s => s.Status == SummaryStatus.Submitted && openIds.Contains(s.FamilyId)
                && !db.SummaryNotes.Any(n => n.Kind == SummaryNoteKind.ManagementOversight && n.FamilyId == s.FamilyId && n.WrittenAt >= s.SubmittedAt
                    && db.MonthlySummaries.Any(o => o.Id == n.SummaryId && o.AuthorPersonId == s.AuthorPersonId))
                && !db.Supervisions.Any(v => v.FamilyId == s.FamilyId && v.Status == SupervisionStatus.SignedOff && v.SignedOffAt >= s.SubmittedAt))
            .Join(db.Families, s => s.FamilyId, f => f.Id, (s, f) => new { s, f })
            .Join(db.People, x => x.s.AuthorPersonId, p => p.Id, (x, p) => new AwaitingOversight(x.f.Id, x.f.Reference, x.f.DisplayName, p.Id, p.FullName, x.s.Month, x.s.SubmittedAt!.Value))
            .ToListAsync(ct);

        var actions = await db.FamilyActions.AsNoTracking()
            .Where(a => a.State == ActionState.Open && a.DueOn < today && openIds.Contains(a.FamilyId))
            .Join(db.Families, a => a.FamilyId, f => f.Id, (a, f) => new { a, f })
            .Join(db.People, x => x.a.OwnerPersonId, p => p.Id, (x, p) => new { p.Id, p.FullName, Action = new HomeOverdueAction(x.f.Id, x.a.Id, x.f.Reference, x.f.DisplayName, x.a.What, x.a.DueOn) })
            .ToListAsync(ct);

        var members = await MembersAsync(teamIds, today, ct);
        var loads = await caseloads.ForPeopleAsync([.. members.Where(m => m.Name != null && Caseloads.CanHoldCases(m.Role)).Select(m => m.PersonId)], ct);

        return new ManagerHome(
            teams,
            [.. due.Where(d => d.IsOverdue)],
            [.. due.Where(d => !d.IsOverdue && d.DueOn <= monthEnd)],
            [.. due.Where(d => d.Next is { } n && n.On >= weekStart && n.On < weekStart.AddDays(7)).OrderBy(d => d.Next!.On).ThenBy(d => d.Next!.At)],
            [.. due.Where(d => d.Next is null)],
            [.. awaiting.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Reference, StringComparer.Ordinal)],
            [.. actions.GroupBy(a => (a.Id, a.FullName))
                .Select(g => new ActionOwner(g.Key.Id, g.Key.FullName, [.. g.Select(a => a.Action).OrderBy(a => a.DueOn).ThenBy(a => a.Reference, StringComparer.Ordinal)]))
                .OrderByDescending(o => o.Actions.Count).ThenBy(o => o.Name, StringComparer.CurrentCulture)],
            [.. members.Where(m => m.Name != null && loads.TryGetValue(m.PersonId, out var l) && l.IsOverTarget)
                .DistinctBy(m => m.PersonId)
                .Select(m => new WorkerOverTarget(m.PersonId, m.Name!, m.Role, loads[m.PersonId]))
                .OrderByDescending(w => w.Caseload.Families).ThenBy(w => w.Name, StringComparer.CurrentCulture)],
            [.. members.Where(m => m.Name == null).Select(m => new Vacancy(m.PersonId, m.TeamId, m.Role)).OrderBy(v => v.Role)],
            caseloads.Target,
            weekStart,
            today);
    }

    /// <summary>The coordinator's home (two SQL commands): families due or overdue with nothing scheduled, and this week's schedule.</summary>
    public async Task<CoordinatorHome> CoordinatorAsync(Actor actor, CancellationToken ct)
    {
        var today = time.UkToday();
        var weekStart = WeekStart(today);
        var teams = IsCoordinator(actor.Role) ? await MyTeamsAsync(actor, today, ct) : [];
        if (teams.Count == 0)
        {
            return new CoordinatorHome([], [], [], weekStart, today);
        }

        var teamIds = teams.Select(t => t.Id).ToList();
        var due = Rows(await db.ForFamiliesAsync(db.Families.Where(f => teamIds.Contains(f.TeamId)), supervisionOptions.Value, today, ct), teams.ToDictionary(t => t.Id, t => t.Name));
        var monthEnd = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        return new CoordinatorHome(
            teams,
            [.. due.Where(d => d.Next is null && d.DueOn <= monthEnd)],
            [.. due.Where(d => d.Next is { } n && n.On >= weekStart && n.On < weekStart.AddDays(7)).OrderBy(d => d.Next!.On).ThenBy(d => d.Next!.At)],
            weekStart,
            today);
    }

    /// <summary>
    /// The service manager's home: a row per team of each service they manage (eight SQL commands: the services and
    /// teams, then one each for the families' supervisions, the children with their legal statuses, the chapters, the
    /// submitted summaries' keys, the overdue actions by family, the members, and their caseloads).
    /// </summary>
    public async Task<ServiceManagerHome> ServiceManagerAsync(Actor actor, CancellationToken ct)
    {
        var today = time.UkToday();
        var personId = actor.PersonId;
        var teams = actor.IsServiceManager
            ? await db.Teams.AsNoTracking()
                .Join(db.Services.Where(s => s.ServiceManagerId == personId), t => t.ServiceId, s => s.Id, (t, s) => new { t.Id, t.Name, ServiceId = s.Id, ServiceName = s.Name })
                .ToListAsync(ct)
            : [];
        if (teams.Count == 0)
        {
            return new ServiceManagerHome([], caseloads.Target, today);
        }

        var teamIds = teams.Select(t => t.Id).ToList();
        var teamFamilies = db.Families.Where(f => teamIds.Contains(f.TeamId));
        var open = teamFamilies.Where(f => f.ClosedOn == null);
        var openIds = open.Select(f => f.Id);
        var supervisions = await db.ForFamiliesAsync(teamFamilies, supervisionOptions.Value, today, ct);
        var teamOf = supervisions.ToDictionary(f => f.FamilyId, f => f.TeamId);

        var children = await db.FamilyMembers.AsNoTracking()
            .Where(m => m.Role == FamilyRole.Child && openIds.Contains(m.FamilyId))
            .Select(m => new
            {
                m.FamilyId,
                MemberId = m.Id,
                Kinds = db.LegalStatusEpisodes.Where(e => e.MemberId == m.Id && e.StartDate <= today && (e.EndDate == null || e.EndDate > today))
                    .Select(e => new { e.Kind, e.StartDate }).ToList(),
            })
            .ToListAsync(ct);

        var overdueSummaries = await OverdueSummariesByFamilyAsync(openIds, today, ct);

        var actions = await db.FamilyActions.AsNoTracking()
            .Where(a => a.State == ActionState.Open && a.DueOn < today && openIds.Contains(a.FamilyId))
            .GroupBy(a => a.FamilyId)
            .Select(g => new { FamilyId = g.Key, Count = g.Count() })
            .ToListAsync(ct);

        var members = await MembersAsync(teamIds, today, ct);
        var workers = members.Where(m => m.Name != null && Caseloads.CanHoldCases(m.Role)).ToList();
        var loads = await caseloads.ForPeopleAsync([.. workers.Select(m => m.PersonId)], ct);

        int TeamCount<T>(IEnumerable<T> rows, Func<T, Guid> family, Guid teamId, Func<T, int> count) =>
            rows.Where(r => teamOf.TryGetValue(family(r), out var t) && t == teamId).Sum(count);

        var rows = teams.Select(t =>
        {
            var episodes = children.Where(c => teamOf.TryGetValue(c.FamilyId, out var team) && team == t.Id).ToList();
            var theirs = workers.Where(w => w.TeamId == t.Id).Select(w => loads[w.PersonId]).ToList();
            return new
            {
                t.ServiceId,
                t.ServiceName,
                Row = new ServiceTeamRow(
                    t.Id,
                    t.Name,
                    supervisions.Count(f => f.TeamId == t.Id),
                    ChildrenByStatus.For(
                        episodes.Count,
                        episodes.SelectMany(c => c.Kinds.Select(k => new OpenEpisode(c.FamilyId, c.MemberId, k.Kind, k.StartDate))),
                        today),
                    supervisions.Count(f => f.TeamId == t.Id && f.IsOverdue),
                    TeamCount(overdueSummaries, r => r.Key, t.Id, r => r.Value),
                    TeamCount(actions, a => a.FamilyId, t.Id, a => a.Count),
                    theirs.Count,
                    theirs.Count(c => c.IsOverTarget),
                    theirs.Sum(c => c.Families)),
            };
        }).ToList();

        return new ServiceManagerHome(
            [.. rows.GroupBy(r => (r.ServiceId, r.ServiceName))
                .Select(g => new ServiceSummary(g.Key.ServiceId, g.Key.ServiceName, [.. g.Select(r => r.Row).OrderBy(r => r.TeamName, StringComparer.CurrentCulture)]))
                .OrderBy(s => s.Name, StringComparer.CurrentCulture)],
            caseloads.Target,
            today);
    }

    /// <summary>The Monday of the week <paramref name="today"/> falls in.</summary>
    public static DateOnly WeekStart(DateOnly today) => today.AddDays(-(((int)today.DayOfWeek + 6) % 7));

    /// <summary>Overdue monthly summaries per open family: months owed by open chapters with no submitted summary (two SQL commands).</summary>
    private async Task<Dictionary<Guid, int>> OverdueSummariesByFamilyAsync(IQueryable<Guid> familyIds, DateOnly today, CancellationToken ct)
    {
        var settings = workbookOptions.Value;
        var chapters = (await Chapters.ForFamiliesAsync(db.Allocations.Where(a => familyIds.Contains(a.FamilyId)), today, ct))
            .Values.SelectMany(c => c).Where(c => c.IsOpen).ToList();
        var submitted = (await db.MonthlySummaries.AsNoTracking()
                .Where(s => s.Status == SummaryStatus.Submitted && familyIds.Contains(s.FamilyId))
                .Select(s => new { s.FamilyId, s.AuthorPersonId, s.Month })
                .ToListAsync(ct))
            .Select(s => (s.FamilyId, s.AuthorPersonId, s.Month))
            .ToHashSet();
        return chapters
            .GroupBy(c => c.FamilyId)
            .ToDictionary(
                g => g.Key,
                g => g.Sum(c => c.MonthsOwed(settings).Count(m => SummaryDueDates.IsOverdue(m, settings.SummaryDueWorkingDay, today) && !submitted.Contains((c.FamilyId, c.PersonId, m)))));
    }

    private async Task<List<HomeTeam>> MyTeamsAsync(Actor actor, DateOnly today, CancellationToken ct)
    {
        var personId = actor.PersonId;
        var memberships = db.CurrentMemberships(today);
        return await db.Teams.AsNoTracking()
            .Where(t => memberships.Any(m => m.PersonId == personId && m.TeamId == t.Id))
            .OrderBy(t => t.Name)
            .Select(t => new HomeTeam(t.Id, t.Name))
            .ToListAsync(ct);
    }

    private sealed record Member(Guid PersonId, Guid TeamId, string? Name, JobRole Role);

    private async Task<List<Member>> MembersAsync(List<Guid> teamIds, DateOnly today, CancellationToken ct) =>
        await db.CurrentMemberships(today).AsNoTracking()
            .Where(m => teamIds.Contains(m.TeamId))
            .Join(db.People, m => m.PersonId, p => p.Id, (m, p) => new Member(p.Id, m.TeamId, p.FullName, p.JobRole))
            .ToListAsync(ct);

    private static List<HomeSupervision> Rows(IReadOnlyList<FamilySupervisionDue> due, Dictionary<Guid, string> teamNames) =>
        [.. due
            .OrderBy(r => r.IsOverdue ? 0 : 1)
            .ThenBy(r => r.DueOn)
            .ThenBy(r => r.DisplayName, StringComparer.CurrentCulture)
            .ThenBy(r => r.Reference, StringComparer.Ordinal)
            .Select(r => new HomeSupervision(r.FamilyId, r.Reference, r.DisplayName, teamNames.GetValueOrDefault(r.TeamId, string.Empty), r.DueOn, r.IsOverdue, r.Next))];
}
