using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Chronology;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.Teams;
using FamilySafeguarding.Application.Workbook;
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
    private const string TeamsRoot = TeamLinks.TeamsRoot;
    private const string TeamRoot = TeamLinks.TeamRoot;
    private const string ServicesRoot = TeamLinks.ServicesRoot;

    private static readonly string[] ServiceFields = [nameof(ServiceForm.Name), nameof(ServiceForm.ServiceManagerId)];

    private static readonly string[] TeamFields = [nameof(TeamForm.Name), nameof(TeamForm.Locality)];

    private static readonly string[] AddMemberFields = [nameof(AddMemberForm.PersonId), nameof(AddMemberForm.StartDate), nameof(AddMemberForm.EndDate)];

    private static readonly string[] EndMembershipFields = [nameof(EndMembershipForm.EndDate)];

    [HttpGet(TeamsRoot)]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var actor = User.ToActor();
        return View(new TeamsIndexModel(await queries.ServicesAsync(ct), await rights.ManagedServiceIdsAsync(actor, ct), actor.IsAdministrator));
    }

    [HttpGet(TeamRoot)]
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
    [HttpGet(ServicesRoot + "/new")]
    public Task<IActionResult> CreateService(CancellationToken ct) =>
        ShowServiceFormAsync(null, new ServiceForm(), ct);

    [Authorize(Policy = Policies.Administrator)]
    [HttpPost(ServicesRoot + "/new")]
    [ExactlyOnce]
    public Task<IActionResult> CreateService(ServiceForm form, [FromServices] IValidator<ServiceForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                await teams.CreateServiceAsync(User.ToActor(), new ServiceInput { Name = form.Name, ServiceManagerId = form.ServiceManagerId }, ct);
                return this.Saved($"{form.Name!.Trim()} has been added.", TeamLinks.Teams());
            },
            showAgain: () => ShowServiceFormAsync(null, form, ct),
            ct,
            ServiceFields);

    [Authorize(Policy = Policies.Administrator)]
    [HttpGet(ServicesRoot + "/{id:guid}/edit")]
    public Task<IActionResult> EditService(Guid id, CancellationToken ct) =>
        ShowServiceFormAsync(id, null, ct);

    [Authorize(Policy = Policies.Administrator)]
    [HttpPost(ServicesRoot + "/{id:guid}/edit")]
    public Task<IActionResult> EditService(Guid id, ServiceForm form, [FromServices] IValidator<ServiceForm> validator, CancellationToken ct)
    {
        var conflict = false;
        return this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                await teams.UpdateServiceAsync(User.ToActor(), id, new ServiceInput { Name = form.Name, ServiceManagerId = form.ServiceManagerId }, form.Version, ct);
                return this.Saved("The service has been updated.", TeamLinks.Teams());
            },
            showAgain: () => ShowServiceFormAsync(id, form, ct, conflict),
            ct,
            ServiceFields,
            onConflict: _ => Task.FromResult(conflict = true));
    }

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpGet(ServicesRoot + "/{serviceId:guid}/teams/new")]
    public async Task<IActionResult> Create(Guid serviceId, CancellationToken ct) =>
        ShowTeamForm(await queries.NewTeamFormAsync(User.ToActor(), serviceId, ct), null, new TeamForm());

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpPost(ServicesRoot + "/{serviceId:guid}/teams/new")]
    [ExactlyOnce]
    public Task<IActionResult> Create(Guid serviceId, TeamForm form, [FromServices] IValidator<TeamForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                var id = await teams.CreateTeamAsync(User.ToActor(), serviceId, new TeamInput { Name = form.Name, Locality = form.Locality }, ct);
                return this.Saved($"{form.Name!.Trim()} has been added.", TeamLinks.Team(id));
            },
            showAgain: async () => ShowTeamForm(await queries.NewTeamFormAsync(User.ToActor(), serviceId, ct), null, form),
            ct,
            TeamFields);

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpGet(TeamRoot + "/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct) =>
        ShowTeamForm(await queries.TeamFormAsync(User.ToActor(), id, ct), id, null);

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpPost(TeamRoot + "/edit")]
    public Task<IActionResult> Edit(Guid id, TeamForm form, [FromServices] IValidator<TeamForm> validator, CancellationToken ct)
    {
        var conflict = false;
        return this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                await teams.UpdateTeamAsync(User.ToActor(), id, new TeamInput { Name = form.Name, Locality = form.Locality }, form.Version, ct);
                return this.Saved("The team has been updated.", TeamLinks.Team(id));
            },
            showAgain: async () => ShowTeamForm(await queries.TeamFormAsync(User.ToActor(), id, ct), id, form, conflict),
            ct,
            TeamFields,
            onConflict: _ => Task.FromResult(conflict = true));
    }

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpGet(TeamRoot + "/members/new")]
    public Task<IActionResult> AddMember(Guid id, CancellationToken ct) =>
        ShowAddMemberFormAsync(id, new AddMemberForm(), ct);

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpPost(TeamRoot + "/members/new")]
    [ExactlyOnce]
    public Task<IActionResult> AddMember(Guid id, AddMemberForm form, [FromServices] IValidator<AddMemberForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                var membership = new NewMembership { PersonId = form.PersonId!.Value, StartDate = form.StartDate.ToDate()!.Value, EndDate = form.EndDate.ToDate() };
                await teams.AddMemberAsync(User.ToActor(), id, membership, ct);
                return this.Saved("The team member has been added.", TeamLinks.Team(id));
            },
            showAgain: () => ShowAddMemberFormAsync(id, form, ct),
            ct,
            AddMemberFields);

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpGet(TeamRoot + "/members/{membershipId:guid}/end")]
    public Task<IActionResult> EndMembership(Guid id, Guid membershipId, CancellationToken ct) =>
        ShowEndMembershipFormAsync(id, membershipId, new EndMembershipForm(), ct);

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpPost(TeamRoot + "/members/{membershipId:guid}/end")]
    public Task<IActionResult> EndMembership(Guid id, Guid membershipId, EndMembershipForm form, [FromServices] IValidator<EndMembershipForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                await teams.EndMembershipAsync(User.ToActor(), id, membershipId, form.EndDate.ToDate()!.Value, ct);
                return this.Saved("The membership has been ended.", TeamLinks.Team(id));
            },
            showAgain: () => ShowEndMembershipFormAsync(id, membershipId, form, ct),
            ct,
            EndMembershipFields);

    /// <summary>
    /// The service form from its one read. Opened afresh (<paramref name="form"/> null) it starts from the service as saved;
    /// after a clash with someone else's save it shows theirs beside what was typed and takes its version.
    /// </summary>
    private async Task<IActionResult> ShowServiceFormAsync(Guid? serviceId, ServiceForm? form, CancellationToken ct, bool conflict = false)
    {
        var page = await queries.ServiceFormAsync(User.ToActor(), serviceId, ct);
        form ??= page.Saved is { } saved
            ? new ServiceForm { Name = saved.Name, ServiceManagerId = saved.ServiceManagerId, Version = saved.Version }
            : new ServiceForm();
        form.ServiceId = serviceId;
        form.ManagerOptions = [.. page.Managers.Select(m => new SelectListItem(m.Name, m.Id.ToString()))];
        if (conflict && page.Saved is { } theirs)
        {
            form.Conflict = theirs;
            form.Version = theirs.Version;
            form.ConflictManagerName = form.ManagerOptions.FirstOrDefault(o => o.Value == theirs.ServiceManagerId?.ToString())?.Text;
        }

        return View("ServiceForm", form);
    }

    /// <summary>The team form from its one read (<see cref="TeamQueries.NewTeamFormAsync"/> for a new team, <see cref="TeamQueries.TeamFormAsync"/> for team <paramref name="teamId"/> as saved).</summary>
    private ViewResult ShowTeamForm(TeamFormPage page, Guid? teamId, TeamForm? form, bool conflict = false)
    {
        form ??= page.Saved is { } saved ? new TeamForm { Name = saved.Name, Locality = saved.Locality, Version = saved.Version } : new TeamForm();
        form.TeamId = teamId;
        form.ServiceId = page.ServiceId;
        form.ServiceName = page.ServiceName;
        if (conflict && page.Saved is { } theirs)
        {
            form.Conflict = theirs;
            form.Version = theirs.Version;
        }

        return View("TeamForm", form);
    }

    private async Task<IActionResult> ShowAddMemberFormAsync(Guid teamId, AddMemberForm form, CancellationToken ct)
    {
        var page = await queries.AddMemberFormAsync(User.ToActor(), teamId, ct);
        form.TeamId = teamId;
        form.TeamName = page.TeamName;
        form.Candidates = [.. page.Candidates
            .OrderBy(c => c.Role.Discipline())
            .Select(c => new SelectListItem(c.Label, c.Id.ToString()) { Group = new SelectListGroup { Name = c.Role.Discipline().DisplayName() } })];
        return View(nameof(AddMember), form);
    }

    private async Task<IActionResult> ShowEndMembershipFormAsync(Guid teamId, Guid membershipId, EndMembershipForm form, CancellationToken ct)
    {
        form.Membership = await queries.EndMembershipFormAsync(User.ToActor(), teamId, membershipId, ct);
        return View(nameof(EndMembership), form);
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
