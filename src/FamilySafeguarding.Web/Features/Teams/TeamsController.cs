using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Chronology;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.Teams;
using FamilySafeguarding.Application.Workbook;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilySafeguarding.Web.Features.Teams;

/// <summary>
/// Services, their teams and team membership. Everyone signed in may read; administrators and the service's own
/// service manager may change (the policy offers the pages, the application service checks the service).
/// </summary>
public sealed class TeamsController(TeamQueries queries, TeamService teams, ManagementRights rights, Caseloads caseloads, FamilyQueries families, DueSummaries due, TimeProvider time) : Controller
{
    [HttpGet("/teams")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var actor = User.ToActor();
        return View(new TeamsIndexModel(await queries.ServicesAsync(ct), await rights.ManagedServiceIdsAsync(actor, ct), actor.IsAdministrator));
    }

    [HttpGet("/teams/{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var team = await queries.TeamAsync(id, ct);
        var people = team.Groups.SelectMany(g => g.Members).Where(m => !m.IsVacancy).Select(m => m.PersonId).ToList();
        var loads = await caseloads.ForPeopleAsync(people, ct);
        var completion = await due.TeamCompletionAsync(id, people, ct);
        var actor = User.ToActor();
        return View(new TeamDetailsModel(team, await rights.CanManageTeamAsync(actor, id, ct), loads, caseloads.Target, await families.MaySeeTeamCaseloadAsync(actor, id, ct))
        {
            LastMonth = MonthlySummary.MonthOf(time.UkToday()).AddMonths(-1),
            Completion = completion,
        });
    }

    [Authorize(Policy = Policies.Administrator)]
    [HttpGet("/services/new")]
    public async Task<IActionResult> CreateService(CancellationToken ct) =>
        View("ServiceForm", await WithOptionsAsync(new ServiceForm(), ct));

    [Authorize(Policy = Policies.Administrator)]
    [HttpPost("/services/new")]
    [ExactlyOnce]
    public async Task<IActionResult> CreateService(ServiceForm form, [FromServices] IValidator<ServiceForm> validator, CancellationToken ct)
    {
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return View("ServiceForm", await WithOptionsAsync(form, ct));
        }

        try
        {
            await teams.CreateServiceAsync(User.ToActor(), new ServiceInput { Name = form.Name, ServiceManagerId = form.ServiceManagerId }, ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(ex, nameof(ServiceForm.Name), nameof(ServiceForm.ServiceManagerId));
            return View("ServiceForm", await WithOptionsAsync(form, ct));
        }

        TempData["Notice"] = $"{form.Name!.Trim()} has been added.";
        return RedirectToAction(nameof(Index));
    }

    [Authorize(Policy = Policies.Administrator)]
    [HttpGet("/services/{id:guid}/edit")]
    public async Task<IActionResult> EditService(Guid id, CancellationToken ct)
    {
        var service = await queries.ServiceForEditAsync(id, ct);
        var form = new ServiceForm { ServiceId = id, Name = service.Name, ServiceManagerId = service.ServiceManagerId, Version = service.Version };
        return View("ServiceForm", await WithOptionsAsync(form, ct));
    }

    [Authorize(Policy = Policies.Administrator)]
    [HttpPost("/services/{id:guid}/edit")]
    public async Task<IActionResult> EditService(Guid id, ServiceForm form, [FromServices] IValidator<ServiceForm> validator, CancellationToken ct)
    {
        form.ServiceId = id;
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return View("ServiceForm", await WithOptionsAsync(form, ct));
        }

        try
        {
            await teams.UpdateServiceAsync(User.ToActor(), id, new ServiceInput { Name = form.Name, ServiceManagerId = form.ServiceManagerId }, form.Version, ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(ex, nameof(ServiceForm.Name), nameof(ServiceForm.ServiceManagerId));
            return View("ServiceForm", await WithOptionsAsync(form, ct));
        }
        catch (ConcurrencyConflictException ex)
        {
            form.Conflict = await queries.ServiceForEditAsync(id, ct);
            form.Version = form.Conflict.Version;
            ModelState.AddConflictError(ex);
            await WithOptionsAsync(form, ct);
            form.ConflictManagerName = form.ManagerOptions.FirstOrDefault(o => o.Value == form.Conflict.ServiceManagerId?.ToString())?.Text;
            return View("ServiceForm", form);
        }

        TempData["Notice"] = "The service has been updated.";
        return RedirectToAction(nameof(Index));
    }

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpGet("/services/{serviceId:guid}/teams/new")]
    public async Task<IActionResult> Create(Guid serviceId, CancellationToken ct)
    {
        await rights.EnsureCanManageServiceAsync(User.ToActor(), serviceId, ct);
        return View("TeamForm", new TeamForm { ServiceId = serviceId, ServiceName = await queries.ServiceNameAsync(serviceId, ct) });
    }

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpPost("/services/{serviceId:guid}/teams/new")]
    [ExactlyOnce]
    public async Task<IActionResult> Create(Guid serviceId, TeamForm form, [FromServices] IValidator<TeamForm> validator, CancellationToken ct)
    {
        await rights.EnsureCanManageServiceAsync(User.ToActor(), serviceId, ct);
        form.ServiceId = serviceId;
        form.ServiceName = await queries.ServiceNameAsync(serviceId, ct);
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return View("TeamForm", form);
        }

        Guid id;
        try
        {
            id = await teams.CreateTeamAsync(User.ToActor(), serviceId, new TeamInput { Name = form.Name, Locality = form.Locality }, ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(ex, nameof(TeamForm.Name), nameof(TeamForm.Locality));
            return View("TeamForm", form);
        }

        TempData["Notice"] = $"{form.Name!.Trim()} has been added.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpGet("/teams/{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct)
    {
        await rights.EnsureCanManageTeamAsync(User.ToActor(), id, ct);
        var team = await queries.TeamForEditAsync(id, ct);
        return View("TeamForm", new TeamForm
        {
            TeamId = id, ServiceId = team.ServiceId, ServiceName = team.ServiceName, Name = team.Name, Locality = team.Locality, Version = team.Version,
        });
    }

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpPost("/teams/{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, TeamForm form, [FromServices] IValidator<TeamForm> validator, CancellationToken ct)
    {
        await rights.EnsureCanManageTeamAsync(User.ToActor(), id, ct);
        var current = await queries.TeamForEditAsync(id, ct);
        form.TeamId = id;
        form.ServiceId = current.ServiceId;
        form.ServiceName = current.ServiceName;
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return View("TeamForm", form);
        }

        try
        {
            await teams.UpdateTeamAsync(User.ToActor(), id, new TeamInput { Name = form.Name, Locality = form.Locality }, form.Version, ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(ex, nameof(TeamForm.Name), nameof(TeamForm.Locality));
            return View("TeamForm", form);
        }
        catch (ConcurrencyConflictException ex)
        {
            form.Conflict = await queries.TeamForEditAsync(id, ct);
            form.Version = form.Conflict.Version;
            ModelState.AddConflictError(ex);
            return View("TeamForm", form);
        }

        TempData["Notice"] = "The team has been updated.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpGet("/teams/{id:guid}/members/new")]
    public async Task<IActionResult> AddMember(Guid id, CancellationToken ct)
    {
        await rights.EnsureCanManageTeamAsync(User.ToActor(), id, ct);
        return View(await WithCandidatesAsync(new AddMemberForm(), id, ct));
    }

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpPost("/teams/{id:guid}/members/new")]
    [ExactlyOnce]
    public async Task<IActionResult> AddMember(Guid id, AddMemberForm form, [FromServices] IValidator<AddMemberForm> validator, CancellationToken ct)
    {
        // One gate (issue 13): the service checks who may manage the team; a form refused before it is reached checks here.
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            await rights.EnsureCanManageTeamAsync(User.ToActor(), id, ct);
            return View(await WithCandidatesAsync(form, id, ct));
        }

        try
        {
            var membership = new NewMembership { PersonId = form.PersonId!.Value, StartDate = form.StartDate.ToDate()!.Value, EndDate = form.EndDate.ToDate() };
            await teams.AddMemberAsync(User.ToActor(), id, membership, ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(ex, nameof(AddMemberForm.PersonId), nameof(AddMemberForm.StartDate), nameof(AddMemberForm.EndDate));
            return View(await WithCandidatesAsync(form, id, ct));
        }
        catch (ConcurrencyConflictException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
            return View(await WithCandidatesAsync(form, id, ct));
        }

        TempData["Notice"] = "The team member has been added.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpGet("/teams/{id:guid}/members/{membershipId:guid}/end")]
    public async Task<IActionResult> EndMembership(Guid id, Guid membershipId, CancellationToken ct)
    {
        await rights.EnsureCanManageTeamAsync(User.ToActor(), id, ct);
        return View(new EndMembershipForm { Membership = await queries.MembershipAsync(id, membershipId, ct) });
    }

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpPost("/teams/{id:guid}/members/{membershipId:guid}/end")]
    public async Task<IActionResult> EndMembership(Guid id, Guid membershipId, EndMembershipForm form, [FromServices] IValidator<EndMembershipForm> validator, CancellationToken ct)
    {
        await rights.EnsureCanManageTeamAsync(User.ToActor(), id, ct);
        form.Membership = await queries.MembershipAsync(id, membershipId, ct);
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return View(form);
        }

        try
        {
            await teams.EndMembershipAsync(User.ToActor(), id, membershipId, form.EndDate.ToDate()!.Value, ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(ex, nameof(EndMembershipForm.EndDate));
            return View(form);
        }
        catch (ConcurrencyConflictException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
            return View(form);
        }

        TempData["Notice"] = "The membership has been ended.";
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<ServiceForm> WithOptionsAsync(ServiceForm form, CancellationToken ct)
    {
        form.ManagerOptions = (await queries.ServiceManagerOptionsAsync(ct))
            .Select(m => new SelectListItem(m.Name, m.Id.ToString()))
            .ToList();
        return form;
    }

    private async Task<AddMemberForm> WithCandidatesAsync(AddMemberForm form, Guid teamId, CancellationToken ct)
    {
        form.TeamId = teamId;
        form.TeamName = (await queries.TeamForEditAsync(teamId, ct)).Name;
        form.Candidates = (await queries.CandidatesAsync(User.ToActor(), teamId, ct))
            .OrderBy(c => c.Role.Discipline())
            .Select(c => new SelectListItem(c.Label, c.Id.ToString()) { Group = new SelectListGroup { Name = c.Role.Discipline().DisplayName() } })
            .ToList();
        return form;
    }
}

public sealed record TeamsIndexModel(IReadOnlyList<ServiceSummary> Services, IReadOnlySet<Guid> ManageableServices, bool IsAdministrator);

/// <param name="Caseloads">Each member in post's caseload (open families allocated to them), by person id.</param>
public sealed record TeamDetailsModel(TeamDetail Team, bool CanManage, IReadOnlyDictionary<Guid, Caseload> Caseloads, int CaseloadTarget, bool MaySeeCaseloadPage)
{
    public DateOnly LastMonth { get; init; }

    /// <summary>Each member in post's monthly summaries for <see cref="LastMonth"/> in the team's families: submitted of owed, and overdue.</summary>
    public IReadOnlyDictionary<Guid, SummaryCompletion> Completion { get; init; } = new Dictionary<Guid, SummaryCompletion>();
}
