using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Supervisions;
using FamilySafeguarding.Application.SupervisionSchedule;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Features.SupervisionSchedule;

/// <summary>
/// "My work"'s section on group supervisions: those of the signed-in worker's own families this month. It shows only
/// families the worker is allocated to, so it reveals nothing else.
/// </summary>
public sealed class MyWorkSupervisionsViewComponent(SupervisionListQueries lists) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Features/SupervisionSchedule/_MyWorkSupervisions.cshtml", await lists.MyMonthAsync(UserClaimsPrincipal.ToActor(), HttpContext.RequestAborted));
}

/// <summary>
/// The team page's group supervision section: the measures, overdue actions per worker and the link to the team's
/// supervision list. The team page shows it only to those who may see the team's families (its members and the
/// service manager over it).
/// </summary>
public sealed class TeamSupervisionsViewComponent(SupervisionMeasures measures, TimeProvider time) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid teamId) =>
        View("/Features/SupervisionSchedule/_TeamSupervisions.cshtml", new TeamSupervisionsSection(teamId, await measures.ForTeamAsync(teamId, time.UkToday(), HttpContext.RequestAborted)));
}

public sealed record TeamSupervisionsSection(Guid TeamId, SupervisionFigures Figures)
{
    /// <summary>The average as words: "2.5 days late", "1 day early", "On the due date".</summary>
    public string? AverageText => Figures.AverageDaysDueToHeld switch
    {
        null => null,
        0m => "On the due date",
        var days => $"{Math.Abs(days.Value).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} {(Math.Abs(days.Value) == 1m ? "day" : "days")} {(days > 0 ? "late" : "early")}",
    };
}
