using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.Workbook;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FamilySafeguarding.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Features.Workbook;

/// <summary>
/// A family's workbook: the integrated view of every chapter month by month, each chapter with its months, each monthly
/// summary with its addenda and oversight notes, and the author's summary form (saved explicitly, and automatically by
/// the page's script). Everyone who may see the family reads every chapter; only a chapter's worker writes in it.
/// </summary>
public sealed class WorkbookController(FamilyHeaders headers, WorkbookQueries queries, WorkbookService workbook, TimeProvider time) : Controller
{
    private const string Root = WorkbookLinks.Root;
    private const string SummaryRoute = WorkbookLinks.SummaryRoute;
    private const string AddendumPrefix = "Addendum";
    private const string OversightPrefix = "Oversight";
    private const int PrintMonths = 1200;

    private static readonly string[] FormFields =
        [nameof(SummaryForm.WorkUndertaken), nameof(SummaryForm.WhatHasChanged), nameof(SummaryForm.Worries), nameof(SummaryForm.Strengths), nameof(SummaryForm.NextSteps)];

    [HttpGet(Root)]
    public async Task<IActionResult> Index(Guid familyId, [FromQuery] WorkbookQuery query, CancellationToken ct)
    {
        var actor = User.ToActor();
        var header = await headers.ViewAsync(actor, familyId, "Workbook", ct);
        var book = await queries.WorkbookAsync(actor, header.Rights, familyId, query.ToFilter(), query.Page, WorkbookQueries.MonthsPerPage, ct);
        return View(new WorkbookModel(header, query, book, actor.PersonId));
    }

    [HttpGet(Root + "/print")]
    public async Task<IActionResult> Print(Guid familyId, [FromQuery] WorkbookQuery query, CancellationToken ct)
    {
        var actor = User.ToActor();
        var header = await headers.ViewAsync(actor, familyId, "Workbook (print)", ct);
        var book = await queries.WorkbookAsync(actor, header.Rights, familyId, query.ToFilter(), 1, PrintMonths, ct);
        return View(new WorkbookModel(header, query, book, actor.PersonId));
    }

    [HttpGet(Root + "/chapters/{personId:guid}")]
    public async Task<IActionResult> Chapter(Guid familyId, Guid personId, CancellationToken ct)
    {
        var actor = User.ToActor();
        var header = await headers.ViewAsync(actor, familyId, "Workbook chapter", ct);
        return View(new ChapterModel(header, await queries.ChapterAsync(actor, header.Rights, familyId, personId, ct), actor.PersonId));
    }

    [HttpGet(SummaryRoute)]
    public async Task<IActionResult> Summary(Guid familyId, Guid personId, string month, CancellationToken ct)
    {
        var screen = await queries.SummaryPageAsync(User.ToActor(), familyId, personId, MonthOf(month), ct);
        return SummaryView(screen, new NoteForm(), new NoteForm());
    }

    [HttpGet(SummaryRoute + "/edit")]
    public Task<IActionResult> Edit(Guid familyId, Guid personId, string month, CancellationToken ct) =>
        ShowFormAsync(familyId, personId, MonthOf(month), null, ct);

    /// <summary>
    /// Saves the draft or submits it: the form is checked as typed, then the service, the one gate of the write, decides.
    /// The form's messages name the people it is about, so an invalid form is checked again once arranged from its read.
    /// </summary>
    [HttpPost(SummaryRoute + "/edit")]
    [UseCasePerButton(SummaryForm.SaveAction, SummaryForm.SubmitAction)]
    public async Task<IActionResult> Edit(Guid familyId, Guid personId, string month, SummaryForm form, [FromServices] IValidator<SummaryForm> validator, CancellationToken ct)
    {
        var m = MonthOf(month);
        if (!ModelState.IsValid || !(await validator.ValidateAsync(form, ct)).IsValid)
        {
            return await ShowFormAsync(familyId, personId, m, form, ct, validator);
        }

        var conflict = false;
        return await this.PostFormAsync(
            form,
            validator: null,
            save: async () =>
            {
                var actor = User.ToActor();
                if (form.IsSubmit)
                {
                    await workbook.SubmitAsync(actor, familyId, personId, m, form.ToContent(), form.Version, ct);
                    return this.Saved($"Your summary for {WorkbookNames.ShowMonth(m)} has been submitted.", WorkbookLinks.Summary(familyId, personId, m));
                }

                await workbook.SaveDraftAsync(actor, familyId, personId, m, form.ToContent(), form.Version, ct);
                return this.Saved($"Your draft summary for {WorkbookNames.ShowMonth(m)} has been saved.", WorkbookLinks.Edit(familyId, personId, m));
            },
            showAgain: () => ShowFormAsync(familyId, personId, m, form, ct, conflict: conflict),
            ct,
            FormFields,
            onConflict: _ => Task.FromResult(conflict = true));
    }

    /// <summary>
    /// The summary form's script saves the draft here every 30 seconds while it changes and when the page is left:
    /// 200 with the new version, 409 when another tab or device saved in between (nothing is saved), 400 when the
    /// draft cannot be saved as it is (the form's own Save draft shows why). Refusals are 404 and 403 as for the form.
    /// </summary>
    [HttpPost(SummaryRoute + "/autosave")]
    public async Task<IActionResult> Autosave(Guid familyId, Guid personId, string month, SummaryForm form, [FromServices] IValidator<SummaryForm> validator, CancellationToken ct)
    {
        var m = MonthOf(month);
        form.Action = SummaryForm.SaveAction;
        const string NotSaved = "Your draft could not be saved automatically. Select Save draft to see why.";
        if (!(await validator.ValidateAsync(form, ct)).IsValid)
        {
            return BadRequest(new { message = NotSaved });
        }

        try
        {
            var saved = await workbook.SaveDraftAsync(User.ToActor(), familyId, personId, m, form.ToContent(), form.Version, ct);
            return Json(new { version = saved.Version, savedAt = time.GetUtcNow(), sessionExpiresIn = await SessionExpiry.SecondsLeftAsync(HttpContext, time) });
        }
        catch (DomainRuleException ex) when (!ex.IsRefusal)
        {
            return BadRequest(new { message = NotSaved });
        }
        catch (ConcurrencyConflictException)
        {
            return Conflict(new { message = "A newer version of this summary was saved from another tab or device. Your latest changes have not been saved automatically: select Save draft to see both versions." });
        }
    }

    [HttpPost(SummaryRoute + "/addenda")]
    [ExactlyOnce]
    public Task<IActionResult> AddAddendum(Guid familyId, Guid personId, string month, [Bind(Prefix = AddendumPrefix)] NoteForm form, [FromServices] IValidator<NoteForm> validator, CancellationToken ct)
    {
        var m = MonthOf(month);
        return AddNoteAsync(familyId, personId, m, form, validator, SummaryNoteKind.Addendum, () => workbook.AddAddendumAsync(User.ToActor(), familyId, personId, m, form.Text, ct), "Your addendum has been added.", ct);
    }

    [HttpPost(SummaryRoute + "/oversight")]
    [ExactlyOnce]
    public Task<IActionResult> AddOversight(Guid familyId, Guid personId, string month, [Bind(Prefix = OversightPrefix)] NoteForm form, [FromServices] IValidator<NoteForm> validator, CancellationToken ct)
    {
        var m = MonthOf(month);
        return AddNoteAsync(familyId, personId, m, form, validator, SummaryNoteKind.ManagementOversight, () => workbook.AddOversightAsync(User.ToActor(), familyId, personId, m, form.Text, ct), "Your management oversight has been recorded.", ct);
    }

    /// <summary>A note's POST: the service adds it (the one gate); the summary's page is shown again from its one read, with the note's form as typed.</summary>
    private Task<IActionResult> AddNoteAsync(Guid familyId, Guid personId, DateOnly month, NoteForm form, IValidator<NoteForm> validator, SummaryNoteKind kind, Func<Task> add, string notice, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                await add();
                return this.Saved(notice, WorkbookLinks.Summary(familyId, personId, month));
            },
            showAgain: async () =>
            {
                var screen = await queries.NoteFormAsync(User.ToActor(), familyId, personId, month, kind, ct);
                return kind == SummaryNoteKind.Addendum ? SummaryView(screen, form, new NoteForm()) : SummaryView(screen, new NoteForm(), form);
            },
            ct,
            prefix: kind == SummaryNoteKind.Addendum ? AddendumPrefix : OversightPrefix,
            ruleField: nameof(NoteForm.Text));

    /// <summary>A month of the workbook's addresses (yyyy-MM); anything else is "not found".</summary>
    private static DateOnly MonthOf(string month) => Months.TryParse(month, out var m) ? m : throw new NotFoundException();

    private ViewResult SummaryView(SummaryScreen screen, NoteForm addendum, NoteForm oversight) =>
        View(nameof(Summary), new SummaryModel(screen.Header, screen.Page, User.ToActor().PersonId, addendum, oversight));

    /// <summary>
    /// The form from its one read, which is the access check for this answer. Opened afresh (<paramref name="form"/> null)
    /// it starts from the summary as saved; shown again it keeps what was typed, arranged for the family's members (and
    /// checked again by <paramref name="validator"/>, so its messages name them), and after a clash with another tab's
    /// save it shows that one beside it and takes its version.
    /// </summary>
    private async Task<IActionResult> ShowFormAsync(Guid familyId, Guid personId, DateOnly month, SummaryForm? form, CancellationToken ct, IValidator<SummaryForm>? validator = null, bool conflict = false)
    {
        var page = await queries.SummaryFormAsync(User.ToActor(), familyId, personId, month, ct);
        form ??= SummaryForm.From(page.Saved);
        if (conflict)
        {
            form.Conflict = page.Saved;
            form.Version = page.Saved?.Version;
        }

        form.Header = page.Header;
        form.Month = month;
        form.DueWorkingDay = page.DueWorkingDay;
        form.Arrange(page.Members, page.Chapter);
        if (validator is not null)
        {
            ModelState.AddFailures(await validator.ValidateAsync(form, ct));
        }

        return View(nameof(Edit), form);
    }
}
