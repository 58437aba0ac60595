using FamilySafeguarding.Application.Search;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Features.Search;

/// <summary>
/// The one search box (in every page's header, and on its own page): families, people, submitted summaries and their
/// notes, and significant events, only within the families the user may see, and staff by name. Narrowed by kind
/// (<c>?kind=families&amp;kind=staff</c>). Works without JavaScript (a GET form).
/// </summary>
public sealed class SearchController(SearchQueries search) : Controller
{
    [HttpGet("/search")]
    public async Task<IActionResult> Index(string? q, string[]? kind, int page = 1, CancellationToken ct = default)
    {
        var results = await search.SearchAsync(User.ToActor(), q, SearchFilters.Parse(kind), page, ct);
        if (results.Problem is { } problem)
        {
            ModelState.AddModelError(nameof(q), problem);
        }

        return View(new SearchPageModel(results));
    }
}
