using FamilySafeguarding.Application.Chronology;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Features.Chronology;

/// <summary>A family's chronology, built from what is recorded, with filters by person and type, and a version for printing.</summary>
public sealed class ChronologyController(FamilyHeaders headers, ChronologyQueries queries) : Controller
{
    [HttpGet("/families/{familyId:guid}/chronology")]
    public async Task<IActionResult> Index(Guid familyId, [FromQuery] ChronologyQuery query, CancellationToken ct)
    {
        var header = await headers.ViewAsync(User.ToActor(), familyId, "Chronology", ct);
        var chronology = await queries.ChronologyAsync(familyId, query.ToFilter(), query.Page, ChronologyQueries.PageSize, ct);
        return View(new ChronologyModel(header, query, chronology));
    }

    [HttpGet("/families/{familyId:guid}/chronology/print")]
    public async Task<IActionResult> Print(Guid familyId, [FromQuery] ChronologyQuery query, CancellationToken ct)
    {
        var header = await headers.ViewAsync(User.ToActor(), familyId, "Chronology (print)", ct);
        var chronology = await queries.ChronologyAsync(familyId, query.ToFilter(), 1, ChronologyQueries.PrintLimit, ct);
        return View(new ChronologyModel(header, query, chronology));
    }
}
