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
    private const string FamiliesRoot = FamilyLinks.FamiliesRoot;
    private const string Root = FamilyLinks.Root;

    private static readonly JobRole[] MayOpenRoles = [JobRole.TeamManager, JobRole.AssistantTeamManager, JobRole.ServiceManager];

    private static readonly string[] OpenFields =
        [nameof(OpenFamilyForm.DisplayName), nameof(OpenFamilyForm.TeamId), nameof(OpenFamilyForm.LeadPersonId), nameof(OpenFamilyForm.OpenedOn)];

    private static readonly string[] EditFields = [nameof(EditFamilyForm.DisplayName), nameof(EditFamilyForm.TeamId)];

    private static readonly string[] CloseFields = [nameof(CloseFamilyForm.ClosedOn), nameof(CloseFamilyForm.Reason), nameof(CloseFamilyForm.Detail)];

    private static readonly string[] ReopenFields = [nameof(ReopenFamilyForm.OpenedOn), nameof(ReopenFamilyForm.LeadPersonId)];

    [HttpGet(FamiliesRoot)]
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

    [HttpGet(FamiliesRoot + "/new")]
    public Task<IActionResult> Open(CancellationToken ct) =>
        ShowOpenFormAsync(new OpenFamilyForm { OpenedOn = DateInput.From(time.UkToday()) }, ct);

    [HttpPost(FamiliesRoot + "/new")]
    [ExactlyOnce]
    public Task<IActionResult> Open(OpenFamilyForm form, [FromServices] IValidator<OpenFamilyForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                var opened = await Lead(() => families.OpenAsync(
                    User.ToActor(),
                    new OpenFamily { DisplayName = form.DisplayName, TeamId = form.TeamId!.Value, LeadPersonId = form.LeadPersonId!.Value, OpenedOn = form.OpenedOn.ToDate()!.Value },
                    ct));
                return this.Saved($"The family's case has been opened. Its reference is {opened.Reference}.", FamilyLinks.Family(opened.Id));
            },
            showAgain: () => ShowOpenFormAsync(form, ct),
            ct,
            OpenFields);

    [HttpGet(Root)]
    public async Task<IActionResult> Details(Guid familyId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(User.ToActor(), familyId, "Overview", ct);
        return View(new FamilyOverviewModel(header, await queries.OverviewAsync(familyId, ct), time.UkToday()));
    }

    [HttpGet(Root + "/edit")]
    public Task<IActionResult> Edit(Guid familyId, CancellationToken ct) =>
        ShowEditFormAsync(familyId, null, ct);

    [HttpPost(Root + "/edit")]
    public Task<IActionResult> Edit(Guid familyId, EditFamilyForm form, [FromServices] IValidator<EditFamilyForm> validator, CancellationToken ct)
    {
        var conflict = false;
        return this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                await families.UpdateAsync(User.ToActor(), familyId, new FamilyDetails { DisplayName = form.DisplayName, TeamId = form.TeamId!.Value }, form.Version, ct);
                return this.Saved("The family's details have been updated.", FamilyLinks.Family(familyId));
            },
            showAgain: () => ShowEditFormAsync(familyId, form, ct, conflict),
            ct,
            EditFields,
            onConflict: _ => Task.FromResult(conflict = true));
    }

    [HttpGet(Root + "/close")]
    public Task<IActionResult> Close(Guid familyId, CancellationToken ct) =>
        ShowCloseFormAsync(familyId, new CloseFamilyForm { ClosedOn = DateInput.From(time.UkToday()) }, ct);

    [HttpPost(Root + "/close")]
    public Task<IActionResult> Close(Guid familyId, CloseFamilyForm form, [FromServices] IValidator<CloseFamilyForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                await families.CloseAsync(User.ToActor(), familyId, new CloseFamily { ClosedOn = form.ClosedOn.ToDate()!.Value, Reason = Enum.Parse<ClosureReason>(form.Reason!), Detail = form.Detail }, ct);
                return this.Saved("The family's case has been closed.", FamilyLinks.Family(familyId));
            },
            showAgain: () => ShowCloseFormAsync(familyId, form, ct),
            ct,
            CloseFields);

    [HttpGet(Root + "/reopen")]
    public Task<IActionResult> Reopen(Guid familyId, CancellationToken ct) =>
        ShowReopenFormAsync(familyId, new ReopenFamilyForm { OpenedOn = DateInput.From(time.UkToday()) }, ct);

    [HttpPost(Root + "/reopen")]
    [ExactlyOnce]
    public Task<IActionResult> Reopen(Guid familyId, ReopenFamilyForm form, [FromServices] IValidator<ReopenFamilyForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                await Lead(async () =>
                {
                    await families.ReopenAsync(User.ToActor(), familyId, new ReopenFamily { ReopenedOn = form.OpenedOn.ToDate()!.Value, LeadPersonId = form.LeadPersonId!.Value }, ct);
                    return true;
                });
                return this.Saved("The family's case has been reopened.", FamilyLinks.Family(familyId));
            },
            showAgain: () => ShowReopenFormAsync(familyId, form, ct),
            ct,
            ReopenFields);

    [HttpGet("/teams/{teamId:guid}/caseload")]
    public async Task<IActionResult> Caseload(Guid teamId, int page = 1, CancellationToken ct = default) =>
        View(new TeamCaseloadModel(await queries.TeamCaseloadAsync(User.ToActor(), teamId, page, ct), time.UkToday()));

    /// <summary>The domain calls the worker "PersonId"; on these forms the field is the lead social worker.</summary>
    private static async Task<T> Lead<T>(Func<Task<T>> save)
    {
        try
        {
            return await save();
        }
        catch (DomainRuleException ex) when (ex.Field == "PersonId")
        {
            throw new DomainRuleException(ex.Message, nameof(OpenFamilyForm.LeadPersonId));
        }
    }

    private static List<SelectListItem> TeamItems(IEnumerable<NamedOption> teams) => [.. teams.Select(t => new SelectListItem(t.Name, t.Id.ToString()))];

    private static List<SelectListItem> LeadItems(IReadOnlyList<LeadOption> options)
    {
        var groups = options.Select(o => o.TeamName).Distinct().ToDictionary(n => n, n => new SelectListGroup { Name = n });
        return options.Select(o => new SelectListItem(o.Name, o.PersonId.ToString()) { Group = groups.Count > 1 ? groups[o.TeamName] : null }).ToList();
    }

    /// <summary>The open form from its one read (403 for someone who may open a family in no team).</summary>
    private async Task<IActionResult> ShowOpenFormAsync(OpenFamilyForm form, CancellationToken ct)
    {
        var page = await queries.OpenFormAsync(User.ToActor(), ct);
        form.TeamOptions = TeamItems(page.Teams);
        form.LeadOptions = LeadItems(page.Leads);
        return View(nameof(Open), form);
    }

    /// <summary>
    /// The edit form from its one read, which is the access check for this answer. Opened afresh (<paramref name="form"/>
    /// null) it starts from the family as saved; after a clash with someone else's save it shows theirs and takes its version.
    /// </summary>
    private async Task<IActionResult> ShowEditFormAsync(Guid familyId, EditFamilyForm? form, CancellationToken ct, bool conflict = false)
    {
        var page = await queries.EditFormAsync(User.ToActor(), familyId, ct);
        form ??= new EditFamilyForm { DisplayName = page.Saved.DisplayName, TeamId = page.Saved.TeamId, Version = page.Saved.Version };
        if (conflict)
        {
            form.Conflict = page.Saved;
            form.Version = page.Saved.Version;
        }

        form.Header = page.Header;
        form.TeamOptions = TeamItems(page.Teams);
        return View(nameof(Edit), form);
    }

    private async Task<IActionResult> ShowCloseFormAsync(Guid familyId, CloseFamilyForm form, CancellationToken ct)
    {
        var page = await queries.CloseFormAsync(User.ToActor(), familyId, ct);
        form.Header = page.Header;
        form.OpenStatuses = [.. page.OpenStatuses.Select(k => k.DisplayName())];
        return View(nameof(Close), form);
    }

    private async Task<IActionResult> ShowReopenFormAsync(Guid familyId, ReopenFamilyForm form, CancellationToken ct)
    {
        var page = await queries.ReopenFormAsync(User.ToActor(), familyId, ct);
        form.Header = page.Header;
        form.LeadOptions = LeadItems(page.Leads);
        return View(nameof(Reopen), form);
    }
}

public sealed record FamiliesIndexModel(Page<MyFamilyRow>? Mine, string? Query, Page<FamilySearchRow>? Results, bool MayOpen, DateOnly Today);

public sealed record FamilyOverviewModel(FamilyHeader Header, FamilyOverview Overview, DateOnly Today);

public sealed record TeamCaseloadModel(TeamCaseload Caseload, DateOnly Today);
