using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.Workbook;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Features.Home;

public sealed class HomeController(FamilyQueries families, DueSummaries due) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var actor = User.ToActor();
        if (actor.IsAdministrator)
        {
            return View(new HomeModel(null, null, null));
        }

        var work = await due.MyWorkAsync(actor, 1, ct);
        return View(new HomeModel(await families.MyFamilyCountAsync(actor, ct), work.OverdueCount, work.DueCount));
    }
}

/// <param name="MyFamilyCount">Open families the person is allocated to; null for an administrator, who sees no family.</param>
/// <param name="OverdueSummaries">Their monthly summaries overdue (null for an administrator).</param>
/// <param name="DueSummaries">Their monthly summaries due and not yet overdue.</param>
public sealed record HomeModel(int? MyFamilyCount, int? OverdueSummaries, int? DueSummaries);
