using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.Home;
using FamilySafeguarding.Application.Workbook;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Features.Home;

/// <summary>
/// The home page: what the signed-in person must act on today, by their role. A worker sees their families and the
/// summaries they owe (overdue first); a team manager the team's supervisions, the summaries awaiting oversight, the
/// overdue actions, caseloads and vacancies; a coordinator the supervisions to schedule and this week's; a service
/// manager a row per team; the performance analyst and the auditor what they will be able to do. Anyone whose work
/// spans roles (a manager with families allocated) sees the panels of each. Each panel is a fixed number of SQL commands.
/// </summary>
public sealed class HomeController(FamilyQueries families, DueSummaries due, HomeQueries home) : Controller
{
    /// <summary>The most due summaries the worker's panel lists; "My work" lists them all.</summary>
    public const int WorkerRows = 5;

    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var actor = User.ToActor();
        if (actor.IsAdministrator)
        {
            return View(new HomeModel(actor.Role, null, null, null, null));
        }

        var count = await families.MyFamilyCountAsync(actor, ct);
        var work = await due.MyWorkAsync(actor, 1, ct);
        var worker = IsWorker(actor.Role) || count > 0 || work.Summaries.TotalCount > 0 ? new WorkerHome(count, work) : null;
        var manager = HomeQueries.IsTeamManager(actor.Role) ? await home.ManagerAsync(actor, ct) : null;
        var coordinator = HomeQueries.IsCoordinator(actor.Role) ? await home.CoordinatorAsync(actor, ct) : null;
        var service = actor.IsServiceManager ? await home.ServiceManagerAsync(actor, ct) : null;
        return View(new HomeModel(actor.Role, worker, manager, coordinator, service));
    }

    /// <summary>The roles whose day is their own families: social workers, family practitioners and the adult specialists.</summary>
    public static bool IsWorker(JobRole role) =>
        Caseloads.CanHoldCases(role) && !HomeQueries.IsTeamManager(role) && role != JobRole.ServiceManager;
}

/// <summary>The worker's panels: their open families and the summaries they owe.</summary>
public sealed record WorkerHome(int FamilyCount, Application.Workbook.MyWork Work);

/// <summary>The home page's panels; each is null when it is not the person's.</summary>
public sealed record HomeModel(JobRole Role, WorkerHome? Worker, ManagerHome? Manager, CoordinatorHome? Coordinator, ServiceManagerHome? Service)
{
    public bool IsPerformanceAnalyst => Role == JobRole.PerformanceAnalyst;

    public bool IsAuditor => Role == JobRole.Auditor;
}

/// <summary>A list of families' supervisions on a home page, with its heading, and what it says when empty.</summary>
public sealed record HomeSupervisionList(string Id, string Heading, string Empty, IReadOnlyList<HomeSupervision> Rows, IReadOnlyList<HomeTeam> Teams);
