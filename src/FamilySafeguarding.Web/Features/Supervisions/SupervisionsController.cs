using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.Supervisions;
using FamilySafeguarding.Application.SupervisionSchedule;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FamilySafeguarding.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Features.Supervisions;

/// <summary>
/// A family's group supervisions: the list, each supervision's page (its pack while it is to be held; its record,
/// addenda and the addendum form once signed off), the pack's print layout, and the record form (drafted by the chair
/// or the coordinator, signed off by a manager of the family's team). Scheduling has pages of its own.
/// </summary>
public sealed class SupervisionsController(FamilyHeaders headers, SupervisionQueries queries, SupervisionService supervisions, TimeProvider time) : Controller
{
    private const string Root = SupervisionLinks.FamilyRoot;
    private const string One = SupervisionLinks.One;
    private const string AddendumPrefix = "Addendum";

    [HttpGet(Root)]
    public async Task<IActionResult> Index(Guid familyId, [FromQuery] int page, CancellationToken ct)
    {
        var actor = User.ToActor();
        var header = await headers.ViewAsync(actor, familyId, "Supervisions", ct);
        return View(new SupervisionListModel(header, SupervisionRights.For(actor, header.Rights), await queries.ListAsync(familyId, page, ct)));
    }

    [HttpGet(One)]
    public async Task<IActionResult> Details(Guid familyId, Guid supervisionId, CancellationToken ct) =>
        await ShowAsync(familyId, supervisionId, new AddendumForm(), ct);

    [HttpGet(One + "/pack/print")]
    public async Task<IActionResult> Print(Guid familyId, Guid supervisionId, CancellationToken ct)
    {
        var actor = User.ToActor();
        var header = await headers.ViewAsync(actor, familyId, "Supervision pack (print)", ct);
        return View(new PackPrintModel(header, await queries.PackAsync(familyId, supervisionId, ct), time.UkToday()));
    }

    [HttpPost(One + "/addenda")]
    [ExactlyOnce]
    public Task<IActionResult> AddAddendum(Guid familyId, Guid supervisionId, [Bind(Prefix = AddendumPrefix)] AddendumForm form, [FromServices] IValidator<AddendumForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                await supervisions.AddAddendumAsync(User.ToActor(), familyId, supervisionId, form.Text, ct);
                return this.Saved("Your addendum has been added.", SupervisionLinks.Addenda(familyId, supervisionId));
            },
            showAgain: () => ShowAsync(familyId, supervisionId, form, ct),
            ct,
            prefix: AddendumPrefix,
            ruleField: nameof(AddendumForm.Text));

    [HttpGet(One + "/record")]
    public async Task<IActionResult> Record(Guid familyId, Guid supervisionId, CancellationToken ct) =>
        await ShowFormAsync(familyId, supervisionId, null, ct);

    /// <summary>
    /// The confirmation asked before the irreversible sign-off, shown once "Sign off" has saved the draft (so nothing
    /// typed is lost): its "Confirm sign-off" sends the saved record, as hidden fields, to the record's POST to sign off.
    /// </summary>
    [HttpGet(One + "/record/confirm")]
    public async Task<IActionResult> ConfirmSignOff(Guid familyId, Guid supervisionId, CancellationToken ct)
    {
        var page = await queries.RecordFormAsync(User.ToActor(), familyId, supervisionId, ct, toSignOff: true);
        var form = RecordForm.From(page.Saved, page.Pack).Arrange(page.Arrangement);
        form.Header = page.Header;
        form.Rights = page.Rights;
        form.Pack = page.Pack;
        return View(form);
    }

    /// <summary>
    /// Saves the draft, saves it for its sign-off (then asks for confirmation), signs it off (the confirmation's button),
    /// or adds an action row (nothing saved). The rows are arranged from a light read of
    /// the family (no pack); the service is the gate; the form shown again is the form's one read.
    /// </summary>
    [HttpPost(One + "/record")]
    [UseCasePerButton(RecordForm.SaveAction, RecordForm.ReviewSignOffAction, RecordForm.SignOffAction)]
    [ExactlyOnce]
    public async Task<IActionResult> Record(Guid familyId, Guid supervisionId, RecordForm form, [FromServices] IValidator<RecordForm> validator, CancellationToken ct)
    {
        // The rows are arranged afresh (blank ones dropped, new ones added), so what was posted is shown from the form itself.
        ModelState.Clear();
        if (form.IsAddAction)
        {
            form.BlankRows++;
            return await ShowFormAsync(familyId, supervisionId, form, ct);
        }

        form.Arrange(await queries.ArrangementAsync(familyId, [.. form.Updates.Select(u => u.ChapterPersonId)], ct));
        var conflict = false;
        return await this.PostFormAsync(
            form,
            validator,
            save: () => SaveRecordAsync(familyId, supervisionId, form),
            showAgain: () => ShowFormAsync(familyId, supervisionId, form, ct, conflict),
            ct,
            form.Fields(),
            onConflict: _ => Task.FromResult(conflict = true));

        // A rule's field is the record's ("Attendees[0].Name" of those answered); its message stands beside the form's row.
        async Task<IActionResult> SaveRecordAsync(Guid familyId, Guid supervisionId, RecordForm form)
        {
            var actor = User.ToActor();
            try
            {
                if (form.IsSignOff)
                {
                    await supervisions.SignOffAsync(actor, familyId, supervisionId, form.ToRecord(), form.Version, ct);
                    return this.Saved("The supervision has been signed off. Its actions are now tracked.", SupervisionLinks.Supervision(familyId, supervisionId));
                }

                if (form.IsReviewSignOff)
                {
                    await supervisions.SaveForSignOffAsync(actor, familyId, supervisionId, form.ToRecord(), form.Version, ct);
                    return this.Saved("Your draft record has been saved.", SupervisionLinks.ConfirmSignOff(familyId, supervisionId));
                }

                await supervisions.SaveDraftAsync(actor, familyId, supervisionId, form.ToRecord(), form.Version, ct);
                return this.Saved("Your draft record has been saved.", SupervisionLinks.Record(familyId, supervisionId));
            }
            catch (DomainRuleException ex) when (!ex.IsRefusal)
            {
                throw DomainRuleException.Many(ex.Problems.Select(p => p with { Field = form.FieldFor(p.Field) }));
            }
        }
    }

    /// <summary>
    /// The record form's script (autosave.mjs, as on the summary form) saves the draft here every 30 seconds while it
    /// changes and when the page is left, whichever button the form will later be sent with: 200 with the new version,
    /// 409 when another tab or device saved in between (nothing is saved; the form's Save draft then shows both), 400
    /// when the draft cannot be saved as it is (Save draft shows why). Refusals are 404 and 403 as for the form.
    /// </summary>
    [HttpPost(One + "/record/autosave")]
    public async Task<IActionResult> Autosave(Guid familyId, Guid supervisionId, RecordForm form, [FromServices] IValidator<RecordForm> validator, CancellationToken ct)
    {
        const string NotSaved = "Your draft could not be saved automatically. Select Save draft to see why.";
        ModelState.Clear();
        form.Action = RecordForm.SaveAction;
        if (!(await validator.ValidateAsync(form, ct)).IsValid)
        {
            return BadRequest(new { message = NotSaved });
        }

        form.Arrange(await queries.ArrangementAsync(familyId, [.. form.Updates.Select(u => u.ChapterPersonId)], ct));
        try
        {
            var saved = await supervisions.SaveDraftAsync(User.ToActor(), familyId, supervisionId, form.ToRecord(), form.Version, ct);
            return Json(new { version = saved.Version, savedAt = time.GetUtcNow(), sessionExpiresIn = await SessionExpiry.SecondsLeftAsync(HttpContext, time) });
        }
        catch (DomainRuleException ex) when (!ex.IsRefusal)
        {
            return BadRequest(new { message = NotSaved });
        }
        catch (ConcurrencyConflictException)
        {
            return Conflict(new { message = "A newer version of this record was saved from another tab or device. Your latest changes have not been saved automatically: select Save draft to see both versions." });
        }
    }

    private async Task<IActionResult> ShowAsync(Guid familyId, Guid supervisionId, AddendumForm addendum, CancellationToken ct)
    {
        var actor = User.ToActor();
        var page = await queries.PageAsync(actor, familyId, supervisionId, ct);
        return View(nameof(Details), new SupervisionPageModel(page.Header, page.Rights, page.Record, page.Pack, actor.PersonId, addendum));
    }

    /// <summary>
    /// The record form from its one read, which is the access check for this answer. Opened afresh (<paramref name="form"/>
    /// null) it starts from the saved draft or the pack; shown again it keeps what was typed, and after a clash with
    /// someone else's save it shows theirs beside it and takes its version.
    /// </summary>
    private async Task<IActionResult> ShowFormAsync(Guid familyId, Guid supervisionId, RecordForm? form, CancellationToken ct, bool conflict = false)
    {
        var page = await queries.RecordFormAsync(User.ToActor(), familyId, supervisionId, ct);
        form ??= RecordForm.From(page.Saved, page.Pack);
        if (conflict)
        {
            form.Conflict = page.Saved;
            form.Version = page.Saved.Version;
        }

        form.Arrange(page.Arrangement);
        form.Header = page.Header;
        form.Rights = page.Rights;
        form.Pack = page.Pack;
        return View(nameof(Record), form);
    }
}
