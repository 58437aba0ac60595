using FamilySafeguarding.Application.Actions;
using FamilySafeguarding.Application.Chronology;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.Supervisions;
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
public sealed class ActionsController(FamilyHeaders headers, ActionQueries queries, ActionService actions, TimeProvider time) : Controller
{
    private const string Root = "/families/{familyId:guid}/actions";
    private const string One = Root + "/{actionId:guid}";

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
        var page = await queries.DoneFormAsync(User.ToActor(), familyId, actionId, ct);
        return Show(page, new DoneForm { DoneOn = DateInput.From(time.UkToday()) }, "Done");
    }

    [HttpPost(One + "/done")]
    public Task<IActionResult> Done(Guid familyId, Guid actionId, DoneForm form, [FromServices] IValidator<DoneForm> validator, CancellationToken ct) =>
        PostAsync(
            form,
            validator,
            () => actions.MarkDoneAsync(User.ToActor(), familyId, actionId, form.DoneOn.ToDate()!.Value, form.Note, form.Version, ct),
            async () => Show(await queries.DoneFormAsync(User.ToActor(), familyId, actionId, ct), form, "Done"),
            ActionLinks.Action(familyId, actionId),
            "The action has been marked done.",
            ct,
            nameof(DoneForm.DoneOn),
            nameof(DoneForm.Note));

    [HttpGet(One + "/cancel")]
    public async Task<IActionResult> Cancel(Guid familyId, Guid actionId, CancellationToken ct)
    {
        var page = await queries.CancelFormAsync(User.ToActor(), familyId, actionId, ct);
        return Show(page, new CancelForm(), "Cancel");
    }

    [HttpPost(One + "/cancel")]
    public Task<IActionResult> Cancel(Guid familyId, Guid actionId, CancelForm form, [FromServices] IValidator<CancelForm> validator, CancellationToken ct) =>
        PostAsync(
            form,
            validator,
            () => actions.CancelAsync(User.ToActor(), familyId, actionId, form.Reason, form.Version, ct),
            async () => Show(await queries.CancelFormAsync(User.ToActor(), familyId, actionId, ct), form, "Cancel"),
            ActionLinks.Action(familyId, actionId),
            "The action has been cancelled.",
            ct,
            nameof(CancelForm.Reason));

    [HttpGet(One + "/change")]
    public async Task<IActionResult> Change(Guid familyId, Guid actionId, CancellationToken ct)
    {
        var page = await queries.ChangeFormAsync(User.ToActor(), familyId, actionId, ct);
        var form = new ChangeForm { OwnerPersonId = page.Action.OwnerPersonId.ToString(), DueOn = DateInput.From(page.Action.DueOn) };
        return Show(page, form, "Change");
    }

    [HttpPost(One + "/change")]
    public Task<IActionResult> Change(Guid familyId, Guid actionId, ChangeForm form, [FromServices] IValidator<ChangeForm> validator, CancellationToken ct) =>
        PostAsync(
            form,
            validator,
            () => actions.ChangeAsync(User.ToActor(), familyId, actionId, form.Owner!.Value, form.DueOn.ToDate()!.Value, form.Reason, form.Version, ct),
            async () => Show(await queries.ChangeFormAsync(User.ToActor(), familyId, actionId, ct), form, "Change"),
            ActionLinks.Action(familyId, actionId),
            "The action has been changed.",
            ct,
            nameof(ChangeForm.OwnerPersonId),
            nameof(ChangeForm.DueOn),
            nameof(ChangeForm.Reason));

    /// <summary>
    /// The POST skeleton for an action's forms. A change someone else made since the form opened is shown at the top,
    /// with the action as it now stands above the form, the user's input kept, and the form carrying the new version,
    /// so sending it again is a choice made knowing both.
    /// </summary>
    private Task<IActionResult> PostAsync<TForm>(TForm form, IValidator<TForm> validator, Func<Task> save, Func<Task<IActionResult>> showAgain, string done, string notice, CancellationToken ct, params string[] fields)
        where TForm : ActionForm =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                await save();
                return this.Saved(notice, done);
            },
            showAgain,
            ct,
            fields,
            onConflict: _ =>
            {
                ModelState.Remove(nameof(ActionForm.Version));
                form.Version = Guid.Empty;
                return Task.CompletedTask;
            });

    /// <summary>
    /// The form on its page, from the form's one read; a form opened afresh (or after a clash) carries the action's
    /// version now. A closed action has no form: its page says so.
    /// </summary>
    private IActionResult Show(ActionFormPage page, ActionForm form, string view)
    {
        if (page.Header is null)
        {
            return AlreadyClosed(page.Action);
        }

        form.Header = page.Header;
        form.Action = page.Action;
        if (form.Version == Guid.Empty)
        {
            form.Version = page.Action.Version;
        }

        if (form is ChangeForm change)
        {
            change.Owners = page.Owners;
        }

        return View(view, form);
    }

    private RedirectResult AlreadyClosed(ActionDetail action)
    {
        TempData["Notice"] = $"This action is already {action.State.DisplayName().ToLowerInvariant()}.";
        return Redirect(ActionLinks.Action(action.FamilyId, action.Id));
    }
}
