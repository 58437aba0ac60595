using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Events;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Features.Events;

/// <summary>
/// A family's significant events: everyone who may see the family reads them; its allocated workers and managers
/// record them; only the person who recorded an event may change it.
/// </summary>
public sealed class EventsController(FamilyHeaders headers, FamilyAccess access, EventQueries queries, EventService events) : Controller
{
    private static readonly string[] FormFields =
        [nameof(EventForm.OccurredOn), nameof(EventForm.Kind), nameof(EventForm.MemberIds), nameof(EventForm.Account)];

    [HttpGet("/families/{familyId:guid}/events")]
    public async Task<IActionResult> Index(Guid familyId, int page = 1, CancellationToken ct = default)
    {
        var actor = User.ToActor();
        var header = await headers.ViewAsync(actor, familyId, "Significant events", ct);
        return View(new EventsModel(header, await queries.PageAsync(familyId, page, ct), actor.PersonId));
    }

    [HttpGet("/families/{familyId:guid}/events/new")]
    public async Task<IActionResult> Create(Guid familyId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(User.ToActor(), familyId, "Record a significant event", ct, FamilyNeed.Record);
        if (!header.Rights.MayRecord)
        {
            throw new ForbiddenException(FamilyAccess.MayNotRecord);
        }

        return View("EventForm", await WithOptionsAsync(new EventForm(), header, ct));
    }

    [HttpPost("/families/{familyId:guid}/events/new")]
    [ExactlyOnce]
    public async Task<IActionResult> Create(Guid familyId, EventForm form, [FromServices] IValidator<EventForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        // One gate (issue 13): the service checks who may record; a form shown again checks through its header.
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return await ShowAsync(familyId, form, "Record a significant event", ct);
        }

        try
        {
            await events.RecordAsync(actor, familyId, form.ToDetails(), ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(ex, FormFields);
            return await ShowAsync(familyId, form, "Record a significant event", ct);
        }

        TempData["Notice"] = "The significant event has been recorded.";
        return Redirect($"/families/{familyId}/events");
    }

    [HttpGet("/families/{familyId:guid}/events/{eventId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid familyId, Guid eventId, CancellationToken ct)
    {
        var actor = User.ToActor();
        var header = await headers.ViewAsync(actor, familyId, "Change a significant event", ct, FamilyNeed.Record);
        var saved = await queries.ForEditAsync(familyId, eventId, ct);
        if (!header.Rights.MayRecord || saved.RecordedByPersonId != actor.PersonId)
        {
            throw new ForbiddenException(header.Rights.MayRecord ? EventService.OnlyTheRecorderMayChange : FamilyAccess.MayNotRecord);
        }

        return View("EventForm", await WithOptionsAsync(EventForm.From(saved), header, ct));
    }

    [HttpPost("/families/{familyId:guid}/events/{eventId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid familyId, Guid eventId, EventForm form, [FromServices] IValidator<EventForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        await access.EnsureMayRecordAsync(actor, familyId, "Change a significant event", ct);
        var saved = await queries.ForEditAsync(familyId, eventId, ct);
        if (saved.RecordedByPersonId != actor.PersonId)
        {
            throw new ForbiddenException(EventService.OnlyTheRecorderMayChange);
        }

        form.EventId = eventId;
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return await ShowAsync(familyId, form, "Change a significant event", ct);
        }

        try
        {
            await events.UpdateAsync(actor, familyId, eventId, form.ToDetails(), form.Version, ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(ex, FormFields);
            return await ShowAsync(familyId, form, "Change a significant event", ct);
        }
        catch (ConcurrencyConflictException ex)
        {
            // Nothing was saved: the user's text stays in the form, what was saved in between is shown beside it, and
            // the form now carries the saved version, so saving again keeps the user's text on purpose.
            form.Conflict = await queries.ForEditAsync(familyId, eventId, ct);
            form.Version = form.Conflict.Version;
            ModelState.AddConflictError(ex);
            return await ShowAsync(familyId, form, "Change a significant event", ct);
        }

        TempData["Notice"] = "The significant event has been changed.";
        return Redirect($"/families/{familyId}/events");
    }

    private async Task<IActionResult> ShowAsync(Guid familyId, EventForm form, string page, CancellationToken ct)
    {
        // The form again: its header is the access check for this answer, as the form's GET makes it.
        var header = await headers.ViewAsync(User.ToActor(), familyId, page, ct, FamilyNeed.Record);
        return View("EventForm", await WithOptionsAsync(form, header, ct));
    }

    private async Task<EventForm> WithOptionsAsync(EventForm form, FamilyHeader header, CancellationToken ct)
    {
        form.Header = header;
        form.Members = await queries.MembersAsync(header.Id, ct);
        return form;
    }
}
