using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Features.Home;

public sealed class HomeController(FamilyQueries families) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var actor = User.ToActor();
        return View(new HomeModel(actor.IsAdministrator ? null : await families.MyFamilyCountAsync(actor, ct)));
    }
}

/// <param name="MyFamilyCount">Open families the person is allocated to; null for an administrator, who sees no family.</param>
public sealed record HomeModel(int? MyFamilyCount);
