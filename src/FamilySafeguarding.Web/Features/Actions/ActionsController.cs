using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Actions;
using FamilySafeguarding.Application.Chronology;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.Supervisions;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Features.Actions;

/// <summary>
/// The actions agreed at group supervision: "My actions" across the actor's families, a family's actions, one action
/// with its history, and the forms to mark it done (its owner), cancel it or change its owner or due date (a manager of
/// the family's team). Everyone who may see the family reads its actions; anyone else gets "not found".
/// </summary>
public sealed class ActionsController(FamilyHeaders headers, FamilyAccess access, ActionQueries queries, ActionService actions, TimeProvider time) : Controller
{
    private const string Root = "/families/{familyId:guid}/actions";
    private const string One = Root + "/{actionId:guid}";
    private const string DonePage = "Mark an action done";
    private const string CancelPage = "Cancel an action";
    private const string ChangePage = "Change an action";

    /// <summary>Needs a sign-in only: it lists the actor's own actions in the families they may see, so it reveals nothing else.</summary>
    [HttpGet(ActionLinks.MyActions)]
    public async Task<IActionResult> MyActions(int page = 1, CancellationToken ct = default) =>
        View(new MyActionsModel(await queries.MyActionsAsync(User.ToActor(), page, ct)));

    [HttpGet(Root)]
    public async Task<IActionResult> Index(Guid familyId, int page = 1, CancellationToken ct = default)
    {
        var header = await headers.ViewAsync(User.ToActor(), familyId, "Actions", ct);
        return View(new FamilyActionsModel(header, await queries.FamilyActionsAsync(familyId, page, ct)));
    }

    [HttpGet(One)]
    public async Task<IActionResult> Details(Guid familyId, Guid actionId, CancellationToken ct)
    {
        var actor = User.ToActor();
        var header = await headers.ViewAsync(actor, familyId, "Action", ct);
        var action = await queries.ActionAsync(familyId, actionId, ct);
        return View(new ActionModel(
            header,
            action,
            MayMarkDone: action.IsOpen && action.OwnerPersonId == actor.PersonId,
            MayManage: action.IsOpen && SupervisionRights.For(actor, header.Rights).MaySignOff));
    }

    [HttpGet(One + "/done")]
    public async Task<IActionResult> Done(Guid familyId, Guid actionId, CancellationToken ct)
    {
        var actor = User.ToActor();
        await access.RightsAsync(actor, familyId, DonePage, ct);
        var action = await queries.ActionAsync(familyId, actionId, ct);
        ActionService.EnsureMayMarkDone(actor, action.OwnerPersonId);
        return !action.IsOpen
            ? AlreadyClosed(action)
            : await ShowAsync(new DoneForm { DoneOn = DateInput.From(time.UkToday()), Version = action.Version }, familyId, actionId, DonePage, "Done", ct);
    }

    [HttpPost(One + "/done")]
    public async Task<IActionResult> Done(Guid familyId, Guid actionId, DoneForm form, [FromServices] IValidator<DoneForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        await access.RightsAsync(actor, familyId, DonePage, ct);
        ActionService.EnsureMayMarkDone(actor, (await queries.ActionAsync(familyId, actionId, ct)).OwnerPersonId);
        var saved = await ModelState.ValidateAsync(validator, form, ct)
            && await TrySaveAsync(form, () => actions.MarkDoneAsync(actor, familyId, actionId, form.DoneOn.ToDate()!.Value, form.Note, form.Version, ct), nameof(DoneForm.DoneOn), nameof(DoneForm.Note));
        return saved
            ? Saved(familyId, actionId, "The action has been marked done.")
            : await ShowAsync(form, familyId, actionId, DonePage, "Done", ct);
    }

    [HttpGet(One + "/cancel")]
    public async Task<IActionResult> Cancel(Guid familyId, Guid actionId, CancellationToken ct)
    {
        var action = await EnsureMayManageAsync(familyId, actionId, CancelPage, ct);
        return !action.IsOpen ? AlreadyClosed(action) : await ShowAsync(new CancelForm { Version = action.Version }, familyId, actionId, CancelPage, "Cancel", ct);
    }

    [HttpPost(One + "/cancel")]
    public async Task<IActionResult> Cancel(Guid familyId, Guid actionId, CancelForm form, [FromServices] IValidator<CancelForm> validator, CancellationToken ct)
    {
        await EnsureMayManageAsync(familyId, actionId, CancelPage, ct);
        var saved = await ModelState.ValidateAsync(validator, form, ct)
            && await TrySaveAsync(form, () => actions.CancelAsync(User.ToActor(), familyId, actionId, form.Reason, form.Version, ct), nameof(CancelForm.Reason));
        return saved
            ? Saved(familyId, actionId, "The action has been cancelled.")
            : await ShowAsync(form, familyId, actionId, CancelPage, "Cancel", ct);
    }

    [HttpGet(One + "/change")]
    public async Task<IActionResult> Change(Guid familyId, Guid actionId, CancellationToken ct)
    {
        var action = await EnsureMayManageAsync(familyId, actionId, ChangePage, ct);
        var form = new ChangeForm { OwnerPersonId = action.OwnerPersonId.ToString(), DueOn = DateInput.From(action.DueOn), Version = action.Version };
        return !action.IsOpen ? AlreadyClosed(action) : await ShowAsync(form, familyId, actionId, ChangePage, "Change", ct);
    }

    [HttpPost(One + "/change")]
    public async Task<IActionResult> Change(Guid familyId, Guid actionId, ChangeForm form, [FromServices] IValidator<ChangeForm> validator, CancellationToken ct)
    {
        await EnsureMayManageAsync(familyId, actionId, ChangePage, ct);
        var saved = await ModelState.ValidateAsync(validator, form, ct)
            && await TrySaveAsync(form, () => actions.ChangeAsync(User.ToActor(), familyId, actionId, form.Owner!.Value, form.DueOn.ToDate()!.Value, form.Reason, form.Version, ct), nameof(ChangeForm.OwnerPersonId), nameof(ChangeForm.DueOn), nameof(ChangeForm.Reason));
        return saved
            ? Saved(familyId, actionId, "The action has been changed.")
            : await ShowAsync(form, familyId, actionId, ChangePage, "Change", ct);
    }

    /// <summary>"Not found" for those who may not see the family or when it has no such action; 403 unless a manager of the family's team.</summary>
    private async Task<ActionDetail> EnsureMayManageAsync(Guid familyId, Guid actionId, string page, CancellationToken ct)
    {
        var actor = User.ToActor();
        var rights = await access.RightsAsync(actor, familyId, page, ct);
        var action = await queries.ActionAsync(familyId, actionId, ct);
        ActionService.EnsureMayManage(actor, rights);
        return action;
    }

    /// <summary>
    /// Runs the change. A rule it refuses goes beside its field; a change someone else made since the form opened is
    /// shown at the top, with the action as it now stands above the form, the user's input kept, and the form carrying
    /// the new version, so sending it again is a choice made knowing both.
    /// </summary>
    private async Task<bool> TrySaveAsync(ActionForm form, Func<Task> save, params string[] fields)
    {
        try
        {
            await save();
            return true;
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(ex, fields);
        }
        catch (ConcurrencyConflictException ex)
        {
            ModelState.AddConflictError(ex);
            ModelState.Remove(nameof(ActionForm.Version));
            form.Version = Guid.Empty;
        }

        return false;
    }

    private async Task<IActionResult> ShowAsync(ActionForm form, Guid familyId, Guid actionId, string page, string view, CancellationToken ct)
    {
        form.Header = await headers.ViewAsync(User.ToActor(), familyId, page, ct);
        form.Action = await queries.ActionAsync(familyId, actionId, ct);
        if (form.Version == Guid.Empty)
        {
            form.Version = form.Action.Version;
        }

        if (form is ChangeForm change)
        {
            change.Owners = await queries.OwnerChoicesAsync(familyId, ct);
        }

        return View(view, form);
    }

    private RedirectResult Saved(Guid familyId, Guid actionId, string notice)
    {
        TempData["Notice"] = notice;
        return Redirect(ActionLinks.Action(familyId, actionId));
    }

    private RedirectResult AlreadyClosed(ActionDetail action)
    {
        TempData["Notice"] = $"This action is already {action.State.DisplayName().ToLowerInvariant()}.";
        return Redirect(ActionLinks.Action(action.FamilyId, action.Id));
    }
}
