using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.Supervisions;
using FamilySafeguarding.Application.SupervisionSchedule;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Features.Supervisions;

/// <summary>
/// A family's group supervisions: the list, each supervision's page (its pack while it is to be held; its record,
/// addenda and the addendum form once signed off), the pack's print layout, and the record form (drafted by the chair
/// or the coordinator, signed off by a manager of the family's team). Scheduling has pages of its own.
/// </summary>
public sealed class SupervisionsController(FamilyHeaders headers, FamilyAccess access, SupervisionQueries queries, SupervisionService supervisions, TimeProvider time) : Controller
{
    private const string Root = "/families/{familyId:guid}/supervisions";
    private const string One = Root + "/{supervisionId:guid}";

    [HttpGet(Root)]
    public async Task<IActionResult> Index(Guid familyId, [FromQuery] int page, CancellationToken ct)
    {
        var actor = User.ToActor();
        var header = await headers.ViewAsync(actor, familyId, "Supervisions", ct);
        return View(new SupervisionListModel(header, SupervisionRights.For(actor, header.Rights), await queries.ListAsync(familyId, page, ct)));
    }

    [HttpGet(One)]
    public async Task<IActionResult> Details(Guid familyId, Guid supervisionId, CancellationToken ct) =>
        await ShowAsync(User.ToActor(), familyId, supervisionId, new AddendumForm(), ct);

    [HttpGet(One + "/pack/print")]
    public async Task<IActionResult> Print(Guid familyId, Guid supervisionId, CancellationToken ct)
    {
        var actor = User.ToActor();
        var header = await headers.ViewAsync(actor, familyId, "Supervision pack (print)", ct);
        return View(new PackPrintModel(header, await queries.PackAsync(familyId, supervisionId, ct), time.UkToday()));
    }

    [HttpPost(One + "/addenda")]
    [ExactlyOnce]
    public async Task<IActionResult> AddAddendum(Guid familyId, Guid supervisionId, [Bind(Prefix = "Addendum")] AddendumForm form, [FromServices] IValidator<AddendumForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        var rights = SupervisionRights.For(actor, await access.RightsAsync(actor, familyId, "Add an addendum to a supervision", ct));
        var record = await queries.RecordAsync(familyId, supervisionId, ct);
        SupervisionService.EnsureMayAddAddendum(actor, rights, record.Status, record.SignedOffByPersonId);

        var result = await validator.ValidateAsync(form, ct);
        foreach (var failure in result.Errors)
        {
            ModelState.AddModelError($"Addendum.{failure.PropertyName}", failure.ErrorMessage);
        }

        if (result.IsValid)
        {
            try
            {
                await supervisions.AddAddendumAsync(actor, familyId, supervisionId, form.Text, ct);
                TempData["Notice"] = "Your addendum has been added.";
                return Redirect(SupervisionLinks.Supervision(familyId, supervisionId) + "#addenda");
            }
            catch (DomainRuleException ex)
            {
                ModelState.AddModelError($"Addendum.{nameof(AddendumForm.Text)}", ex.Message);
            }
        }

        return await ShowAsync(actor, familyId, supervisionId, form, ct);
    }

    [HttpGet(One + "/record")]
    public async Task<IActionResult> Record(Guid familyId, Guid supervisionId, CancellationToken ct)
    {
        var actor = User.ToActor();
        var (rights, saved) = await EnsureMayDraftAsync(actor, familyId, supervisionId, signOff: false, ct);
        var pack = await queries.PackAsync(familyId, supervisionId, ct);
        var form = RecordForm.From(saved, pack).Arrange(pack, await queries.OwnersAsync(familyId, ct));
        return await ShowFormAsync(actor, familyId, rights, form, ct);
    }

    [HttpPost(One + "/record")]
    [ExactlyOnce]
    public async Task<IActionResult> Record(Guid familyId, Guid supervisionId, RecordForm form, [FromServices] IValidator<RecordForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        var (rights, _) = await EnsureMayDraftAsync(actor, familyId, supervisionId, form.IsSignOff, ct);

        // The rows are arranged afresh (blank ones dropped, new ones added), so what was posted is shown from the form itself.
        ModelState.Clear();
        if (form.IsAddAction)
        {
            form.BlankRows++;
        }

        var pack = await queries.PackAsync(familyId, supervisionId, ct);
        form.Arrange(pack, await queries.OwnersAsync(familyId, ct));
        if (form.IsAddAction || !await ModelState.ValidateAsync(validator, form, ct))
        {
            return await ShowFormAsync(actor, familyId, rights, form, ct);
        }

        try
        {
            if (form.IsSignOff)
            {
                await supervisions.SignOffAsync(actor, familyId, supervisionId, form.ToRecord(), form.Version, ct);
                TempData["Notice"] = "The supervision has been signed off. Its actions are now tracked.";
                return Redirect(SupervisionLinks.Supervision(familyId, supervisionId));
            }

            await supervisions.SaveDraftAsync(actor, familyId, supervisionId, form.ToRecord(), form.Version, ct);
        }
        catch (DomainRuleException ex)
        {
            var field = form.FieldFor(ex.Field);
            ModelState.AddModelError(field is not null && form.Fields().Contains(field) ? field : string.Empty, ex.Message);
            return await ShowFormAsync(actor, familyId, rights, form, ct);
        }
        catch (ConcurrencyConflictException ex)
        {
            // Nothing was saved: the user's text stays in the form, the saved record is shown beside it, and the form now
            // carries the saved version, so saving again keeps the user's text on purpose.
            form.Conflict = await queries.RecordAsync(familyId, supervisionId, ct);
            form.Version = form.Conflict.Version;
            ModelState.AddConflictError(ex);
            return await ShowFormAsync(actor, familyId, rights, form, ct);
        }

        TempData["Notice"] = "Your draft record has been saved.";
        return Redirect(SupervisionLinks.Supervision(familyId, supervisionId) + "/record");
    }

    /// <summary>
    /// "Not found" for those who may not see the family or a supervision it does not have; 403 unless the actor may draft
    /// (or, to sign off, sign off), and for a record signed off or cancelled, except a second sign-off, which the service
    /// answers as the same sign-off when it holds the same record.
    /// </summary>
    private async Task<(SupervisionRights Rights, SupervisionRecordView Saved)> EnsureMayDraftAsync(Actor actor, Guid familyId, Guid supervisionId, bool signOff, CancellationToken ct)
    {
        var rights = SupervisionRights.For(actor, await access.RightsAsync(actor, familyId, "Record a supervision", ct));
        var saved = await queries.RecordAsync(familyId, supervisionId, ct);
        if (!rights.MayDraft || (signOff && !rights.MaySignOff))
        {
            throw new ForbiddenException(signOff
                ? "Only the team manager or assistant team manager of the family's team can sign off its supervision."
                : "Only the team manager, assistant team manager or team coordinator of the family's team can record its supervision.");
        }

        if (saved.IsSignedOff && !signOff)
        {
            throw new ForbiddenException("This supervision has been signed off and cannot be changed. Add an addendum instead.");
        }

        if (saved.Status == Domain.Supervisions.SupervisionStatus.Cancelled)
        {
            throw new ForbiddenException("This supervision was cancelled, so nothing more can be recorded on it.");
        }

        return (rights, saved);
    }

    private async Task<IActionResult> ShowAsync(Actor actor, Guid familyId, Guid supervisionId, AddendumForm addendum, CancellationToken ct)
    {
        var header = await headers.ViewAsync(actor, familyId, "Supervision", ct);
        var record = await queries.RecordAsync(familyId, supervisionId, ct);
        var pack = record.IsScheduled ? await queries.PackAsync(familyId, supervisionId, ct) : null;
        return View(nameof(Details), new SupervisionPageModel(header, SupervisionRights.For(actor, header.Rights), record, pack, actor.PersonId, addendum));
    }

    private async Task<IActionResult> ShowFormAsync(Actor actor, Guid familyId, SupervisionRights rights, RecordForm form, CancellationToken ct)
    {
        form.Header = await headers.ViewAsync(actor, familyId, "Record a supervision", ct);
        form.Rights = rights;
        return View(nameof(Record), form);
    }
}
