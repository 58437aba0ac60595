using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;

namespace FamilySafeguarding.Application.Search;

/// <summary>The outcome of a search: the hits, or why there are none to look for.</summary>
/// <param name="Unavailable">The database cannot search at the moment (see <see cref="SearchAvailability"/>): no hits, no problem with the query.</param>
public sealed record SearchResults(string? Query, string? Problem, Page<SearchHit>? Hits, bool Unavailable = false);

/// <summary>
/// The one search box: families, people, submitted summaries and their notes, and significant events, only within the
/// families the actor may see (<see cref="FamilyAccess.VisibleFamilies"/>, inside the search's own SQL). Listing a
/// family among the results writes no access-log row; opening it does, as every family page does. Where the database
/// cannot search (<see cref="SearchAvailability"/>), every search says so instead, whatever was typed.
/// </summary>
public sealed class SearchQueries(ISearchIndex index, FamilyAccess access, SearchAvailability availability)
{
    public const int PageSize = 20;

    public async Task<SearchResults> SearchAsync(Actor actor, string? text, int pageNumber, CancellationToken ct)
    {
        var query = text?.Trim();
        if (!availability.IsAvailable)
        {
            return new SearchResults(string.IsNullOrEmpty(query) ? null : query, null, null, Unavailable: true);
        }

        if (string.IsNullOrEmpty(query))
        {
            return new SearchResults(null, null, null);
        }

        if (SearchTerms.Parse(query) is not { } terms)
        {
            return new SearchResults(query, $"Enter at least {SearchTerms.MinimumLength} letters or numbers to search for", null);
        }

        try
        {
            return new SearchResults(query, null, await index.SearchAsync(terms, access.VisibleFamilies(actor), Math.Max(1, pageNumber), PageSize, ct));
        }
        catch (SearchUnavailableException)
        {
            // The index has logged why (an error number, never the words) and reported the search unavailable.
            return new SearchResults(query, null, null, Unavailable: true);
        }
    }
}
