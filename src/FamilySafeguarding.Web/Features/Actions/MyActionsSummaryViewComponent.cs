using FamilySafeguarding.Application.Actions;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Features.Actions;

/// <summary>"My work"'s actions section: how many of the signed-in person's actions are overdue and due soon, and a link to them.</summary>
public sealed class MyActionsSummaryViewComponent(ActionQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Features/Actions/_MyActionsSummary.cshtml", await queries.CountsAsync(UserClaimsPrincipal.ToActor(), HttpContext.RequestAborted));
}
