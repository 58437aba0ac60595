using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Chronology;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilySafeguarding.Web.Features.Families;

/// <summary>
/// A worker's families and search, opening a family, its overview, and the managers' forms to change, close and reopen
/// it; the team caseload page. Every family page goes through <see cref="FamilyAccess"/>: "not found" for anyone who
/// may not see the family, 403 for a change they may not make.
/// </summary>
public sealed class FamiliesController(FamilyHeaders headers, FamilyAccess access, FamilyQueries queries, FamilyService families, TimeProvider time) : Controller
{
    private static readonly JobRole[] MayOpenRoles = [JobRole.TeamManager, JobRole.AssistantTeamManager, JobRole.ServiceManager];

    [HttpGet("/families")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken ct = default)
    {
        var actor = User.ToActor();
        var searching = !string.IsNullOrWhiteSpace(q);
        var model = new FamiliesIndexModel(
            searching ? null : await queries.MyFamiliesAsync(actor, page, ct),
            q?.Trim(),
            searching ? await queries.SearchAsync(actor, q, page, ct) : null,
            MayOpenRoles.Contains(actor.Role) && (await access.TeamsActorMayOpenFamiliesInAsync(actor, ct)).Count > 0,
            time.UkToday());
        return View(model);
    }

    [HttpGet("/families/new")]
    public async Task<IActionResult> Open(CancellationToken ct)
    {
        var form = new OpenFamilyForm { OpenedOn = DateInput.From(time.UkToday()) };
        return View(await WithOpenOptionsAsync(form, ct));
    }

    [HttpPost("/families/new")]
    [ExactlyOnce]
    public async Task<IActionResult> Open(OpenFamilyForm form, [FromServices] IValidator<OpenFamilyForm> validator, CancellationToken ct)
    {
        await WithOpenOptionsAsync(form, ct);
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return View(form);
        }

        Guid id;
        try
        {
            id = await families.OpenAsync(
                User.ToActor(),
                new OpenFamily { DisplayName = form.DisplayName, TeamId = form.TeamId!.Value, LeadPersonId = form.LeadPersonId!.Value, OpenedOn = form.OpenedOn.ToDate()!.Value },
                ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(Lead(ex), nameof(OpenFamilyForm.DisplayName), nameof(OpenFamilyForm.TeamId), nameof(OpenFamilyForm.LeadPersonId), nameof(OpenFamilyForm.OpenedOn));
            return View(form);
        }

        var opened = await queries.FamilyForEditAsync(id, ct);
        TempData["Notice"] = $"The family's case has been opened. Its reference is {opened.Reference}.";
        return Redirect($"/families/{id}");
    }

    [HttpGet("/families/{familyId:guid}")]
    public async Task<IActionResult> Details(Guid familyId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(User.ToActor(), familyId, "Overview", ct);
        return View(new FamilyOverviewModel(header, await queries.OverviewAsync(familyId, ct), time.UkToday()));
    }

    [HttpGet("/families/{familyId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid familyId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(User.ToActor(), familyId, "Edit family", ct, FamilyNeed.Manage);
        EnsureManages(header);
        var family = await queries.FamilyForEditAsync(familyId, ct);
        var form = new EditFamilyForm { DisplayName = family.DisplayName, TeamId = family.TeamId, Version = family.Version };
        form.Header = header;
        return View(await WithTeamOptionsAsync(form, family, ct));
    }

    [HttpPost("/families/{familyId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid familyId, EditFamilyForm form, [FromServices] IValidator<EditFamilyForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        await access.EnsureMayManageAsync(actor, familyId, "Edit family", ct);
        var current = await queries.FamilyForEditAsync(familyId, ct);
        await WithTeamOptionsAsync(form, current, ct);
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return await EditViewAsync(familyId, form, ct);
        }

        try
        {
            await families.UpdateAsync(actor, familyId, new FamilyDetails { DisplayName = form.DisplayName, TeamId = form.TeamId!.Value }, form.Version, ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(ex, nameof(EditFamilyForm.DisplayName), nameof(EditFamilyForm.TeamId));
            return await EditViewAsync(familyId, form, ct);
        }
        catch (ConcurrencyConflictException ex)
        {
            form.Conflict = current;
            form.Version = current.Version;
            ModelState.AddConflictError(ex);
            return await EditViewAsync(familyId, form, ct);
        }

        TempData["Notice"] = "The family's details have been updated.";
        return Redirect($"/families/{familyId}");
    }

    [HttpGet("/families/{familyId:guid}/close")]
    public async Task<IActionResult> Close(Guid familyId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(User.ToActor(), familyId, "Close family", ct, FamilyNeed.Manage);
        EnsureManages(header);
        var form = new CloseFamilyForm { ClosedOn = DateInput.From(time.UkToday()) };
        form.Header = header;
        return View(await WithOpenStatusesAsync(form, familyId, ct));
    }

    [HttpPost("/families/{familyId:guid}/close")]
    public async Task<IActionResult> Close(Guid familyId, CloseFamilyForm form, [FromServices] IValidator<CloseFamilyForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        await access.EnsureMayManageAsync(actor, familyId, "Close family", ct);
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return await CloseViewAsync(familyId, form, ct);
        }

        if (!await ModelState.TrySaveAsync(async () => await families.CloseAsync(actor, familyId, new CloseFamily { ClosedOn = form.ClosedOn.ToDate()!.Value, Reason = Enum.Parse<ClosureReason>(form.Reason!), Detail = form.Detail }, ct), nameof(CloseFamilyForm.ClosedOn), nameof(CloseFamilyForm.Reason), nameof(CloseFamilyForm.Detail)))
        {
            return await CloseViewAsync(familyId, form, ct);
        }

        TempData["Notice"] = "The family's case has been closed.";
        return Redirect($"/families/{familyId}");
    }

    [HttpGet("/families/{familyId:guid}/reopen")]
    public async Task<IActionResult> Reopen(Guid familyId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(User.ToActor(), familyId, "Reopen family", ct, FamilyNeed.Manage);
        EnsureManages(header);
        var form = new ReopenFamilyForm { OpenedOn = DateInput.From(time.UkToday()) };
        form.Header = header;
        return View(await WithLeadOptionsAsync(form, header.TeamId, ct));
    }

    [HttpPost("/families/{familyId:guid}/reopen")]
    [ExactlyOnce]
    public async Task<IActionResult> Reopen(Guid familyId, ReopenFamilyForm form, [FromServices] IValidator<ReopenFamilyForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        await access.EnsureMayManageAsync(actor, familyId, "Reopen family", ct);
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return await ReopenViewAsync(familyId, form, ct);
        }

        try
        {
            await families.ReopenAsync(actor, familyId, new ReopenFamily { ReopenedOn = form.OpenedOn.ToDate()!.Value, LeadPersonId = form.LeadPersonId!.Value }, ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(Lead(ex), nameof(ReopenFamilyForm.OpenedOn), nameof(ReopenFamilyForm.LeadPersonId));
            return await ReopenViewAsync(familyId, form, ct);
        }
        catch (ConcurrencyConflictException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
            return await ReopenViewAsync(familyId, form, ct);
        }

        TempData["Notice"] = "The family's case has been reopened.";
        return Redirect($"/families/{familyId}");
    }

    [HttpGet("/teams/{teamId:guid}/caseload")]
    public async Task<IActionResult> Caseload(Guid teamId, int page = 1, CancellationToken ct = default) =>
        View(new TeamCaseloadModel(await queries.TeamCaseloadAsync(User.ToActor(), teamId, page, ct), time.UkToday()));

    private static void EnsureManages(FamilyHeader header)
    {
        if (!header.Rights.MayManage)
        {
            throw new ForbiddenException(FamilyAccess.MayNotManage);
        }
    }

    /// <summary>The domain calls the worker "PersonId"; on these forms the field is the lead social worker.</summary>
    private static DomainRuleException Lead(DomainRuleException ex) =>
        ex.Field == "PersonId" ? new DomainRuleException(ex.Message, "LeadPersonId") : ex;

    private async Task<OpenFamilyForm> WithOpenOptionsAsync(OpenFamilyForm form, CancellationToken ct)
    {
        var teams = await queries.TeamsActorMayOpenFamiliesInAsync(User.ToActor(), ct);
        if (teams.Count == 0)
        {
            throw new ForbiddenException("Only team managers and service managers can open a family's case.");
        }

        form.TeamOptions = teams.Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToList();
        form.LeadOptions = LeadItems(await queries.LeadOptionsAsync(teams.Select(t => t.Id).ToList(), ct));
        return form;
    }

    private async Task<EditFamilyForm> WithTeamOptionsAsync(EditFamilyForm form, FamilyForEdit family, CancellationToken ct)
    {
        var teams = (await queries.TeamsActorMayOpenFamiliesInAsync(User.ToActor(), ct)).ToList();
        if (teams.All(t => t.Id != family.TeamId))
        {
            teams.Insert(0, new NamedOption(family.TeamId, family.TeamName));
        }

        form.TeamOptions = teams.Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToList();
        return form;
    }

    private async Task<ReopenFamilyForm> WithLeadOptionsAsync(ReopenFamilyForm form, Guid teamId, CancellationToken ct)
    {
        form.LeadOptions = LeadItems(await queries.LeadOptionsAsync([teamId], ct));
        return form;
    }

    private async Task<CloseFamilyForm> WithOpenStatusesAsync(CloseFamilyForm form, Guid familyId, CancellationToken ct)
    {
        form.OpenStatuses = (await queries.OpenEpisodesAsync(familyId, ct)).Select(e => e.Kind).Distinct().Order().Select(k => k.DisplayName()).ToList();
        return form;
    }

    private static List<SelectListItem> LeadItems(IReadOnlyList<LeadOption> options)
    {
        var groups = options.Select(o => o.TeamName).Distinct().ToDictionary(n => n, n => new SelectListGroup { Name = n });
        return options.Select(o => new SelectListItem(o.Name, o.PersonId.ToString()) { Group = groups.Count > 1 ? groups[o.TeamName] : null }).ToList();
    }

    private async Task<IActionResult> EditViewAsync(Guid familyId, EditFamilyForm form, CancellationToken ct)
    {
        form.Header = await headers.ViewAsync(User.ToActor(), familyId, "Edit family", ct, FamilyNeed.Manage);
        return View(nameof(Edit), form);
    }

    private async Task<IActionResult> CloseViewAsync(Guid familyId, CloseFamilyForm form, CancellationToken ct)
    {
        form.Header = await headers.ViewAsync(User.ToActor(), familyId, "Close family", ct, FamilyNeed.Manage);
        return View(nameof(Close), await WithOpenStatusesAsync(form, familyId, ct));
    }

    private async Task<IActionResult> ReopenViewAsync(Guid familyId, ReopenFamilyForm form, CancellationToken ct)
    {
        form.Header = await headers.ViewAsync(User.ToActor(), familyId, "Reopen family", ct, FamilyNeed.Manage);
        return View(nameof(Reopen), await WithLeadOptionsAsync(form, form.Header.TeamId, ct));
    }
}

public sealed record FamiliesIndexModel(Page<MyFamilyRow>? Mine, string? Query, Page<FamilySearchRow>? Results, bool MayOpen, DateOnly Today);

public sealed record FamilyOverviewModel(FamilyHeader Header, FamilyOverview Overview, DateOnly Today);

public sealed record TeamCaseloadModel(TeamCaseload Caseload, DateOnly Today);
