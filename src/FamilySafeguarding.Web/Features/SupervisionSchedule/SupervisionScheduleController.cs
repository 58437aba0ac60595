using FamilySafeguarding.Application.SupervisionSchedule;
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
public sealed class SupervisionScheduleController(SupervisionScheduleService scheduling, SupervisionListQueries lists) : Controller
{
    private const string FamilyRoot = SupervisionLinks.FamilyRoot;
    private const string SupervisionRoot = SupervisionLinks.One;
    private const string SchedulePage = "Schedule a supervision";
    private const string ReschedulePage = "Reschedule a supervision";
    private const string CancelPage = "Cancel a supervision";

    private static readonly string[] FormFields = [nameof(ScheduleForm.ScheduledOn), nameof(ScheduleForm.ScheduledAt)];

    [HttpGet("/teams/{teamId:guid}/supervisions")]
    public async Task<IActionResult> Team(Guid teamId, int page = 1, bool overdue = false, CancellationToken ct = default) =>
        View(new TeamSupervisionsModel(await lists.TeamAsync(User.ToActor(), teamId, page, overdue, ct)));

    [HttpGet(FamilyRoot + "/schedule")]
    public async Task<IActionResult> Schedule(Guid familyId, CancellationToken ct) =>
        await ShowScheduleAsync(familyId, null, null, ct);

    [HttpPost(FamilyRoot + "/schedule")]
    [ExactlyOnce]
    public Task<IActionResult> Schedule(Guid familyId, ScheduleForm form, [FromServices] IValidator<ScheduleForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                var scheduled = await scheduling.ScheduleAsync(User.ToActor(), familyId, form.ScheduledOn.ToDate()!.Value, form.Time()!.Value, ct);
                return Done(scheduled, "has been scheduled for " + Show(scheduled.ScheduledOn, scheduled.ScheduledAt));
            },
            showAgain: () => ShowScheduleAsync(familyId, null, form, ct),
            ct,
            FormFields);

    [HttpGet(SupervisionRoot + "/reschedule")]
    public async Task<IActionResult> Reschedule(Guid familyId, Guid supervisionId, CancellationToken ct) =>
        await ShowScheduleAsync(familyId, supervisionId, null, ct);

    [HttpPost(SupervisionRoot + "/reschedule")]
    public Task<IActionResult> Reschedule(Guid familyId, Guid supervisionId, ScheduleForm form, [FromServices] IValidator<ScheduleForm> validator, CancellationToken ct)
    {
        var conflict = false;
        return this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                var moved = await scheduling.RescheduleAsync(User.ToActor(), familyId, supervisionId, form.ScheduledOn.ToDate()!.Value, form.Time()!.Value, form.Version ?? Guid.Empty, ct);
                return Done(moved, "has been rescheduled for " + Show(moved.ScheduledOn, moved.ScheduledAt));
            },
            showAgain: () => ShowScheduleAsync(familyId, supervisionId, form, ct, conflict),
            ct,
            FormFields,
            onConflict: _ => Task.FromResult(conflict = true));
    }

    [HttpGet(SupervisionRoot + "/cancel")]
    public async Task<IActionResult> Cancel(Guid familyId, Guid supervisionId, CancellationToken ct) =>
        await ShowCancelAsync(familyId, supervisionId, ct);

    [HttpPost(SupervisionRoot + "/cancel")]
    [ActionName(nameof(Cancel))]
    public Task<IActionResult> CancelConfirmed(Guid familyId, Guid supervisionId, CancellationToken ct) =>
        this.PostFormAsync<object?>(
            null,
            null,
            save: async () =>
            {
                var cancelled = await scheduling.CancelAsync(User.ToActor(), familyId, supervisionId, ct);
                return Done(cancelled, $"on {Show(cancelled.ScheduledOn, cancelled.ScheduledAt)} has been cancelled");
            },
            showAgain: () => ShowCancelAsync(familyId, supervisionId, ct),
            ct);

    /// <summary>
    /// The schedule or reschedule form from its one read, which is the access check for this answer. Opened afresh
    /// (<paramref name="form"/> null) it starts from the supervision as saved; shown again it keeps what was typed, and
    /// after a clash with someone else's save it shows theirs beside it and takes its version.
    /// </summary>
    private async Task<IActionResult> ShowScheduleAsync(Guid familyId, Guid? supervisionId, ScheduleForm? form, CancellationToken ct, bool conflict = false)
    {
        var page = await lists.ScheduleFormAsync(User.ToActor(), familyId, supervisionId, supervisionId is null ? SchedulePage : ReschedulePage, ct);
        form ??= page.Supervision is { } saved ? ScheduleForm.For(saved) : new ScheduleForm();
        form.Supervision = page.Supervision;
        if (conflict && page.Supervision is { } theirs)
        {
            form.Conflict = theirs;
            form.Version = theirs.Version;
        }

        form.Header = page.Header;
        form.Due = page.Due;
        return View(nameof(Schedule), form);
    }

    private async Task<IActionResult> ShowCancelAsync(Guid familyId, Guid supervisionId, CancellationToken ct)
    {
        var page = await lists.ScheduleFormAsync(User.ToActor(), familyId, supervisionId, CancelPage, ct);
        return View(nameof(Cancel), new CancelSupervisionModel(page.Header, page.Supervision!));
    }

    /// <summary>Back to the team's supervision list, where the coordinator schedules from, with what was done.</summary>
    private IActionResult Done(SupervisionToChange supervision, string what) =>
        this.Saved($"The supervision for {supervision.FamilyName} {what}.", SupervisionLinks.TeamList(supervision.TeamId));

    private static string Show(DateOnly on, TimeOnly at) =>
        $"{on.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} at {SupervisionTimes.Show(at)}";
}
