using FamilySafeguarding.Application.Access;
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
public sealed class WorkbookController(FamilyHeaders headers, FamilyAccess access, WorkbookQueries queries, WorkbookService workbook, TimeProvider time) : Controller
{
    private const string Root = "/families/{familyId:guid}/workbook";
    private const string SummaryRoute = Root + "/chapters/{personId:guid}/{month}";
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
        var actor = User.ToActor();
        var header = await headers.ViewAsync(actor, familyId, "Monthly summary", ct);
        var page = await SummaryPageAsync(actor, header.Rights, familyId, personId, month, ct);
        return View(new SummaryModel(header, page, actor.PersonId, new NoteForm(), new NoteForm()));
    }

    [HttpGet(SummaryRoute + "/edit")]
    public async Task<IActionResult> Edit(Guid familyId, Guid personId, string month, CancellationToken ct)
    {
        var actor = User.ToActor();
        var (chapter, m) = await EnsureMayWriteAsync(actor, familyId, personId, month, ct);
        var saved = await queries.ForEditAsync(familyId, personId, m, ct);
        if (saved is { IsSubmitted: true })
        {
            throw new ForbiddenException("This summary has been submitted and cannot be changed. Add an addendum instead.");
        }

        var form = SummaryForm.From(saved);
        return await ShowFormAsync(actor, familyId, chapter, m, form, ct);
    }

    [HttpPost(SummaryRoute + "/edit")]
    public async Task<IActionResult> Edit(Guid familyId, Guid personId, string month, SummaryForm form, [FromServices] IValidator<SummaryForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        var (chapter, m) = await EnsureMayWriteAsync(actor, familyId, personId, month, ct);
        var submitted = await EnsureNotSubmittedAsync(familyId, personId, m, form.IsSubmit, ct);
        form.Arrange(await queries.MembersAsync(familyId, ct), chapter);
        if (!submitted && !await ModelState.ValidateAsync(validator, form, ct))
        {
            return await ShowFormAsync(actor, familyId, chapter, m, form, ct);
        }

        try
        {
            await workbook.SaveAsync(actor, familyId, personId, m, form.ToContent(), form.Version, form.IsSubmit, ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(ex, FormFields);
            return await ShowFormAsync(actor, familyId, chapter, m, form, ct);
        }
        catch (ConcurrencyConflictException ex)
        {
            // Nothing was saved: the user's text stays in the form, the saved version is shown beside it, and the form
            // now carries the saved version, so saving again keeps the user's text on purpose.
            form.Conflict = await queries.ForEditAsync(familyId, personId, m, ct);
            form.Version = form.Conflict?.Version;
            ModelState.AddConflictError(ex);
            return await ShowFormAsync(actor, familyId, chapter, m, form, ct);
        }

        var path = $"/families/{familyId}/workbook/chapters/{personId}/{Months.Format(m)}";
        if (form.IsSubmit)
        {
            TempData["Notice"] = $"Your summary for {WorkbookNames.ShowMonth(m)} has been submitted.";
            return Redirect(path);
        }

        TempData["Notice"] = $"Your draft summary for {WorkbookNames.ShowMonth(m)} has been saved.";
        return Redirect(path + "/edit");
    }

    /// <summary>
    /// The summary form's script saves the draft here every 30 seconds while it changes and when the page is left:
    /// 200 with the new version, 409 when another tab or device saved in between (nothing is saved), 400 when the
    /// draft cannot be saved as it is (the form's own Save draft shows why).
    /// </summary>
    [HttpPost(SummaryRoute + "/autosave")]
    public async Task<IActionResult> Autosave(Guid familyId, Guid personId, string month, SummaryForm form, [FromServices] IValidator<SummaryForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        var (chapter, m) = await EnsureMayWriteAsync(actor, familyId, personId, month, ct);
        form.Action = SummaryForm.SaveAction;
        await EnsureNotSubmittedAsync(familyId, personId, m, submit: false, ct);
        form.Arrange(await queries.MembersAsync(familyId, ct), chapter);
        if (!(await validator.ValidateAsync(form, ct)).IsValid)
        {
            return BadRequest(new { message = "Your draft could not be saved automatically. Select Save draft to see why." });
        }

        try
        {
            var saved = await workbook.SaveAsync(actor, familyId, personId, m, form.ToContent(), form.Version, submit: false, ct);
            return Json(new { version = saved.Version, savedAt = time.GetUtcNow(), sessionExpiresIn = await SessionExpiry.SecondsLeftAsync(HttpContext, time) });
        }
        catch (DomainRuleException)
        {
            return BadRequest(new { message = "Your draft could not be saved automatically. Select Save draft to see why." });
        }
        catch (ConcurrencyConflictException)
        {
            return Conflict(new { message = "A newer version of this summary was saved from another tab or device. Your latest changes have not been saved automatically: select Save draft to see both versions." });
        }
    }

    [HttpPost(SummaryRoute + "/addenda")]
    [ExactlyOnce]
    public Task<IActionResult> AddAddendum(Guid familyId, Guid personId, string month, [Bind(Prefix = "Addendum")] NoteForm form, [FromServices] IValidator<NoteForm> validator, CancellationToken ct) =>
        AddNoteAsync(familyId, personId, month, form, SummaryNoteKind.Addendum, validator, ct);

    [HttpPost(SummaryRoute + "/oversight")]
    [ExactlyOnce]
    public Task<IActionResult> AddOversight(Guid familyId, Guid personId, string month, [Bind(Prefix = "Oversight")] NoteForm form, [FromServices] IValidator<NoteForm> validator, CancellationToken ct) =>
        AddNoteAsync(familyId, personId, month, form, SummaryNoteKind.ManagementOversight, validator, ct);

    private async Task<IActionResult> AddNoteAsync(Guid familyId, Guid personId, string month, NoteForm form, SummaryNoteKind kind, IValidator<NoteForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        var what = kind == SummaryNoteKind.Addendum ? "Add an addendum" : "Record management oversight";
        var rights = await access.RightsAsync(actor, familyId, what, ct);
        var page = await SummaryPageAsync(actor, rights, familyId, personId, month, ct);
        var summary = page.Summary ?? throw new NotFoundException();
        WorkbookService.EnsureMayAddNote(kind, summary.AuthorPersonId, actor, rights);

        var prefix = kind == SummaryNoteKind.Addendum ? "Addendum" : "Oversight";
        var result = await validator.ValidateAsync(form, ct);
        ModelState.AddFailures(result, prefix);

        if (result.IsValid)
        {
            try
            {
                if (kind == SummaryNoteKind.Addendum)
                {
                    await workbook.AddAddendumAsync(actor, familyId, summary.Id, form.Text, ct);
                }
                else
                {
                    await workbook.AddOversightAsync(actor, familyId, summary.Id, form.Text, ct);
                }

                TempData["Notice"] = kind == SummaryNoteKind.Addendum ? "Your addendum has been added." : "Your management oversight has been recorded.";
                return Redirect($"/families/{familyId}/workbook/chapters/{personId}/{Months.Format(page.Month)}");
            }
            catch (DomainRuleException ex)
            {
                ModelState.AddModelError($"{prefix}.{nameof(NoteForm.Text)}", ex.Message);
            }
        }

        var header = await headers.ViewAsync(actor, familyId, "Monthly summary", ct);
        page = await queries.SummaryAsync(actor, header.Rights, familyId, personId, page.Month, ct);
        return View(nameof(Summary), new SummaryModel(
            header,
            page,
            actor.PersonId,
            kind == SummaryNoteKind.Addendum ? form : new NoteForm(),
            kind == SummaryNoteKind.ManagementOversight ? form : new NoteForm()));
    }

    /// <summary>The summary (or the month of the chapter without one); "not found" for a month the chapter does not cover and no summary the actor may see.</summary>
    private async Task<SummaryPage> SummaryPageAsync(Actor actor, FamilyRights rights, Guid familyId, Guid personId, string month, CancellationToken ct)
    {
        if (!Months.TryParse(month, out var m))
        {
            throw new NotFoundException();
        }

        var page = await queries.SummaryAsync(actor, rights, familyId, personId, m, ct);
        return page.Summary is null && (!page.Chapter.CoversMonth(m) || m > MonthlySummary.MonthOf(time.UkToday())) ? throw new NotFoundException() : page;
    }

    /// <summary>Refuses as every family route does (404 for those who may not see the family) and then unless this is the actor's own open chapter (403).</summary>
    private async Task<(Chapter Chapter, DateOnly Month)> EnsureMayWriteAsync(Actor actor, Guid familyId, Guid personId, string month, CancellationToken ct)
    {
        if (!Months.TryParse(month, out var m))
        {
            await access.RightsAsync(actor, familyId, "Write a monthly summary", ct);
            throw new NotFoundException();
        }

        return (await workbook.EnsureMayWriteAsync(actor, familyId, personId, m, time.UkToday(), ct), m);
    }

    /// <summary>
    /// A submitted summary is never edited: 403, except a second submit (a double click), which the service answers as
    /// the same submission when it holds the same text, and refuses otherwise. Returns whether it is submitted.
    /// </summary>
    private async Task<bool> EnsureNotSubmittedAsync(Guid familyId, Guid personId, DateOnly month, bool submit, CancellationToken ct)
    {
        var submitted = await queries.StatusAsync(familyId, personId, month, ct) == SummaryStatus.Submitted;
        return submitted && !submit
            ? throw new ForbiddenException("This summary has been submitted and cannot be changed. Add an addendum instead.")
            : submitted;
    }

    private async Task<IActionResult> ShowFormAsync(Actor actor, Guid familyId, Chapter chapter, DateOnly month, SummaryForm form, CancellationToken ct)
    {
        form.Header = await headers.ViewAsync(actor, familyId, "Write a monthly summary", ct);
        form.Month = month;
        form.DueWorkingDay = queries.Options.SummaryDueWorkingDay;
        form.Arrange(await queries.MembersAsync(familyId, ct), chapter);
        return View("Edit", form);
    }
}
