using FamilySafeguarding.Application.Events;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Features.Events;

/// <summary>
/// A family's significant events: everyone who may see the family reads them; its allocated workers and managers
/// record them; only the person who recorded an event may change it.
/// </summary>
public sealed class EventsController(FamilyHeaders headers, EventQueries queries, EventService events) : Controller
{
    private const string Root = EventLinks.Root;

    private static readonly string[] FormFields =
        [nameof(EventForm.OccurredOn), nameof(EventForm.Kind), nameof(EventForm.MemberIds), nameof(EventForm.Account)];

    [HttpGet(Root)]
    public async Task<IActionResult> Index(Guid familyId, int page = 1, CancellationToken ct = default)
    {
        var actor = User.ToActor();
        var header = await headers.ViewAsync(actor, familyId, "Significant events", ct);
        return View(new EventsModel(header, await queries.PageAsync(familyId, page, ct), actor.PersonId));
    }

    [HttpGet(Root + "/new")]
    public async Task<IActionResult> Create(Guid familyId, CancellationToken ct) =>
        await ShowAsync(familyId, null, new EventForm(), ct);

    [HttpPost(Root + "/new")]
    [ExactlyOnce]
    public Task<IActionResult> Create(Guid familyId, EventForm form, [FromServices] IValidator<EventForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                await events.RecordAsync(User.ToActor(), familyId, form.ToDetails(), ct);
                return this.Saved("The significant event has been recorded.", EventLinks.Events(familyId));
            },
            showAgain: () => ShowAsync(familyId, null, form, ct),
            ct,
            FormFields);

    [HttpGet(Root + "/{eventId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid familyId, Guid eventId, CancellationToken ct) =>
        await ShowAsync(familyId, eventId, null, ct);

    [HttpPost(Root + "/{eventId:guid}/edit")]
    public Task<IActionResult> Edit(Guid familyId, Guid eventId, EventForm form, [FromServices] IValidator<EventForm> validator, CancellationToken ct)
    {
        form.EventId = eventId;
        var conflict = false;
        return this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                await events.UpdateAsync(User.ToActor(), familyId, eventId, form.ToDetails(), form.Version, ct);
                return this.Saved("The significant event has been changed.", EventLinks.Events(familyId));
            },
            showAgain: () => ShowAsync(familyId, eventId, form, ct, conflict),
            ct,
            FormFields,
            onConflict: _ => Task.FromResult(conflict = true));
    }

    /// <summary>
    /// The form from its one read, which is the access check for this answer. Opened afresh (<paramref name="form"/> null)
    /// it starts from the event as saved; shown again it keeps what was typed, and after a clash with someone else's save
    /// it shows theirs beside it and takes its version.
    /// </summary>
    private async Task<IActionResult> ShowAsync(Guid familyId, Guid? eventId, EventForm? form, CancellationToken ct, bool conflict = false)
    {
        var page = await queries.FormAsync(User.ToActor(), familyId, eventId, ct);
        form ??= page.Saved is { } saved ? EventForm.From(saved) : new EventForm();
        if (conflict && page.Saved is { } theirs)
        {
            form.Conflict = theirs;
            form.Version = theirs.Version;
        }

        form.Header = page.Header;
        form.Members = page.Members;
        return View("EventForm", form);
    }
}
