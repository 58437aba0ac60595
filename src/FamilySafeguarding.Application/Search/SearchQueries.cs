using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;

namespace FamilySafeguarding.Application.Search;

/// <summary>The outcome of a search: the hits, or why there are none to look for.</summary>
public sealed record SearchResults(string? Query, string? Problem, Page<SearchHit>? Hits);

/// <summary>
/// The one search box: families, people, submitted summaries and their notes, and significant events, only within the
/// families the actor may see (<see cref="FamilyAccess.VisibleFamilies"/>, inside the search's own SQL). Listing a
/// family among the results writes no access-log row; opening it does, as every family page does.
/// </summary>
public sealed class SearchQueries(ISearchIndex index, FamilyAccess access)
{
    public const int PageSize = 20;

    public async Task<SearchResults> SearchAsync(Actor actor, string? text, int pageNumber, CancellationToken ct)
    {
        var query = text?.Trim();
        if (string.IsNullOrEmpty(query))
        {
            return new SearchResults(null, null, null);
        }

        if (SearchTerms.Parse(query) is not { } terms)
        {
            return new SearchResults(query, $"Enter at least {SearchTerms.MinimumLength} letters or numbers to search for", null);
        }

        return new SearchResults(query, null, await index.SearchAsync(terms, access.VisibleFamilies(actor), Math.Max(1, pageNumber), PageSize, ct));
    }
}
