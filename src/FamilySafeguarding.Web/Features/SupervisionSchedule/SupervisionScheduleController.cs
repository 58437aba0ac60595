using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.SupervisionSchedule;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Features.SupervisionSchedule;

/// <summary>
/// The diary of group supervisions: a team's list of its open families with their due and scheduled supervisions, and
/// the forms to schedule, reschedule and cancel a family's supervision. The list is for the team's members and the
/// service manager over it, like the team's caseload; the forms are for the team's manager, assistant manager and
/// coordinator (403 for anyone else who sees the family, 404 for everyone else).
/// </summary>
public sealed class SupervisionScheduleController(FamilyHeaders headers, SupervisionScheduling scheduling, SupervisionListQueries lists) : Controller
{
    private const string FamilyRoot = "/families/{familyId:guid}/supervisions";
    private const string SupervisionRoot = FamilyRoot + "/{supervisionId:guid}";

    private static readonly string[] FormFields = [nameof(ScheduleForm.ScheduledOn), nameof(ScheduleForm.ScheduledAt)];

    [HttpGet("/teams/{teamId:guid}/supervisions")]
    public async Task<IActionResult> Team(Guid teamId, int page = 1, bool overdue = false, CancellationToken ct = default) =>
        View(new TeamSupervisionsModel(await lists.TeamAsync(User.ToActor(), teamId, page, overdue, ct)));

    [HttpGet(FamilyRoot + "/schedule")]
    public async Task<IActionResult> Schedule(Guid familyId, CancellationToken ct)
    {
        await scheduling.EnsureMayScheduleAsync(User.ToActor(), familyId, "Schedule a supervision", ct);
        return await ShowScheduleAsync(familyId, new ScheduleForm(), ct);
    }

    [HttpPost(FamilyRoot + "/schedule")]
    [ExactlyOnce]
    public async Task<IActionResult> Schedule(Guid familyId, ScheduleForm form, [FromServices] IValidator<ScheduleForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        await scheduling.EnsureMayScheduleAsync(actor, familyId, "Schedule a supervision", ct);
        SupervisionToChange? scheduled = null;
        if (!await ModelState.ValidateAsync(validator, form, ct)
            || !await ModelState.TrySaveAsync(async () => scheduled = await scheduling.ScheduleAsync(actor, familyId, form.ScheduledOn.ToDate()!.Value, form.Time()!.Value, ct), FormFields))
        {
            return await ShowScheduleAsync(familyId, form, ct);
        }

        return Done(scheduled!, "has been scheduled for " + Show(scheduled!.ScheduledOn, scheduled.ScheduledAt));
    }

    [HttpGet(SupervisionRoot + "/reschedule")]
    public async Task<IActionResult> Reschedule(Guid familyId, Guid supervisionId, CancellationToken ct)
    {
        await scheduling.EnsureMayScheduleAsync(User.ToActor(), familyId, "Reschedule a supervision", ct);
        var supervision = await scheduling.ScheduledAsync(familyId, supervisionId, ct);
        return await ShowScheduleAsync(familyId, ScheduleForm.For(supervision), ct);
    }

    [HttpPost(SupervisionRoot + "/reschedule")]
    public async Task<IActionResult> Reschedule(Guid familyId, Guid supervisionId, ScheduleForm form, [FromServices] IValidator<ScheduleForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        await scheduling.EnsureMayScheduleAsync(actor, familyId, "Reschedule a supervision", ct);
        form.Supervision = await scheduling.ScheduledAsync(familyId, supervisionId, ct);
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return await ShowScheduleAsync(familyId, form, ct);
        }

        try
        {
            await scheduling.RescheduleAsync(actor, familyId, supervisionId, form.ScheduledOn.ToDate()!.Value, form.Time()!.Value, form.Version ?? Guid.Empty, ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(ex, FormFields);
            return await ShowScheduleAsync(familyId, form, ct);
        }
        catch (ConcurrencyConflictException ex)
        {
            // Nothing was saved: the user's date and time stay in the form, the saved ones are shown beside them, and
            // the form now carries the saved version, so saving again keeps the user's on purpose.
            form.Conflict = form.Supervision;
            form.Version = form.Conflict.Version;
            ModelState.AddConflictError(ex);
            return await ShowScheduleAsync(familyId, form, ct);
        }

        return Done(form.Supervision, "has been rescheduled for " + Show(form.ScheduledOn.ToDate()!.Value, form.Time()!.Value));
    }

    [HttpGet(SupervisionRoot + "/cancel")]
    public async Task<IActionResult> Cancel(Guid familyId, Guid supervisionId, CancellationToken ct)
    {
        await scheduling.EnsureMayScheduleAsync(User.ToActor(), familyId, "Cancel a supervision", ct);
        var supervision = await scheduling.ScheduledAsync(familyId, supervisionId, ct);
        return View(new CancelSupervisionModel(await headers.ViewAsync(User.ToActor(), familyId, "Cancel a supervision", ct), supervision));
    }

    [HttpPost(SupervisionRoot + "/cancel")]
    [ActionName(nameof(Cancel))]
    public async Task<IActionResult> CancelConfirmed(Guid familyId, Guid supervisionId, CancellationToken ct)
    {
        var actor = User.ToActor();
        await scheduling.EnsureMayScheduleAsync(actor, familyId, "Cancel a supervision", ct);
        var supervision = await scheduling.ScheduledAsync(familyId, supervisionId, ct);
        if (!await ModelState.TrySaveAsync(() => scheduling.CancelAsync(actor, familyId, supervisionId, ct)))
        {
            return View(nameof(Cancel), new CancelSupervisionModel(await headers.ViewAsync(actor, familyId, "Cancel a supervision", ct), supervision));
        }

        return Done(supervision, $"on {Show(supervision.ScheduledOn, supervision.ScheduledAt)} has been cancelled");
    }

    private async Task<IActionResult> ShowScheduleAsync(Guid familyId, ScheduleForm form, CancellationToken ct)
    {
        var actor = User.ToActor();
        form.Header = await headers.ViewAsync(actor, familyId, form.IsReschedule ? "Reschedule a supervision" : "Schedule a supervision", ct);
        form.Due = await scheduling.DueAsync(familyId, ct);
        return View("Schedule", form);
    }

    /// <summary>Back to the team's supervision list, where the coordinator schedules from, with what was done.</summary>
    private RedirectResult Done(SupervisionToChange supervision, string what)
    {
        TempData["Notice"] = $"The supervision for {supervision.FamilyName} {what}.";
        return Redirect(SupervisionLinks.TeamList(supervision.TeamId));
    }

    private static string Show(DateOnly on, TimeOnly at) =>
        $"{on.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} at {SupervisionTimes.Show(at)}";
}
