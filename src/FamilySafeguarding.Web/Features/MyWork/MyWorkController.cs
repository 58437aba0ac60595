using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Workbook;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Features.MyWork;

/// <summary>
/// "My work": the signed-in worker's monthly summaries due and overdue across their families. It needs a sign-in only
/// and shows the actor's own chapters, so it reveals nothing of families they are not allocated to.
/// </summary>
public sealed class MyWorkController(DueSummaries due, TimeProvider time) : Controller
{
    [HttpGet("/my-work")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default) =>
        View(new MyWorkModel(await due.MyWorkAsync(User.ToActor(), page, ct), time.UkToday()));
}

public sealed record MyWorkModel(Application.Workbook.MyWork Work, DateOnly Today);
