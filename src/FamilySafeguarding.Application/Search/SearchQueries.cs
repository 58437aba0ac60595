using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Search;

/// <summary>The outcome of a search: the hits, or why there are none to look for.</summary>
/// <param name="Unavailable">The database cannot search at the moment (see <see cref="SearchAvailability"/>): no hits, no problem with the query.</param>
public sealed record SearchResults(string? Query, string? Problem, Page<SearchResult>? Hits, bool Unavailable = false)
{
    /// <summary>The kinds the search is narrowed to (none: everything).</summary>
    public IReadOnlyList<SearchFilter> Filters { get; init; } = [];
}

/// <summary>
/// The one search box: families, people (family members, and staff by name), submitted summaries and their notes, and
/// significant events, only within the families the actor may see (<see cref="FamilyAccess.VisibleFamilies"/>, inside
/// the search's own SQL); staff as the people directory shows them to everyone signed in. Narrowed by kind
/// (<see cref="SearchFilter"/>). The order: families whose name or reference matches, then staff whose name matches,
/// then every other document, best first. Listing a family among the results writes no access-log row; opening it
/// does, as every family page does. Where the database cannot search (<see cref="SearchAvailability"/>), every search
/// says so instead, whatever was typed. Four SQL commands at most, whatever the number of hits.
/// </summary>
public sealed class SearchQueries(ISearchIndex index, FamilyAccess access, SearchAvailability availability, IAppDbContext db, TimeProvider time)
{
    public const int PageSize = 20;

    public Task<SearchResults> SearchAsync(Actor actor, string? text, int pageNumber, CancellationToken ct) =>
        SearchAsync(actor, text, [], pageNumber, ct);

    public async Task<SearchResults> SearchAsync(Actor actor, string? text, IReadOnlyList<SearchFilter> filters, int pageNumber, CancellationToken ct)
    {
        var query = text?.Trim();
        if (!availability.IsAvailable)
        {
            return new SearchResults(string.IsNullOrEmpty(query) ? null : query, null, null, Unavailable: true) { Filters = filters };
        }

        if (string.IsNullOrEmpty(query))
        {
            return new SearchResults(null, null, null) { Filters = filters };
        }

        if (SearchTerms.Parse(query) is not { } terms)
        {
            return new SearchResults(query, $"Enter at least {SearchTerms.MinimumLength} letters or numbers to search for", null) { Filters = filters };
        }

        try
        {
            return new SearchResults(query, null, await PageAsync(actor, terms, filters, pageNumber, ct)) { Filters = filters };
        }
        catch (SearchUnavailableException)
        {
            // The index has logged why (an error number, never the words) and reported the search unavailable.
            return new SearchResults(query, null, null, Unavailable: true) { Filters = filters };
        }
    }

    /// <summary>
    /// One page of the results, read as one list: the <c>F</c> family documents (which the index ranks first), then the
    /// <c>S</c> staff, then the other documents. A page's documents are always one run of the index's order, so they are
    /// one paged query.
    /// </summary>
    private async Task<Page<SearchResult>> PageAsync(Actor actor, SearchTerms terms, IReadOnlyList<SearchFilter> filters, int pageNumber, CancellationToken ct)
    {
        var visible = access.VisibleFamilies(actor);
        var kinds = SearchFilters.Kinds(filters);
        var count = kinds is { Count: 0 } ? new SearchCount(0, 0) : await index.CountAsync(terms, visible, kinds, ct);
        var staff = SearchFilters.IncludesStaff(filters) ? await StaffAsync(terms, ct) : [];

        var total = count.Total + staff.Count;
        var number = Math.Clamp(pageNumber, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var start = (number - 1) * PageSize;
        var slots = Enumerable.Range(start, Math.Max(0, Math.Min(PageSize, total - start)))
            .Select(p => p < count.Families ? (IsStaff: false, Index: p)
                : p < count.Families + staff.Count ? (IsStaff: true, Index: p - count.Families)
                : (IsStaff: false, Index: p - staff.Count))
            .ToList();

        var documentSlots = slots.Where(s => !s.IsStaff).Select(s => s.Index).ToList();
        var first = documentSlots.Count == 0 ? 0 : documentSlots[0];
        var documents = documentSlots.Count == 0 ? [] : await index.HitsAsync(terms, visible, kinds, first, documentSlots.Count, ct);

        var items = slots
            .Select(s => s.IsStaff ? staff[s.Index] : (SearchResult?)Marked(terms, documents.ElementAtOrDefault(s.Index - first)))
            .OfType<SearchResult>()
            .ToList();
        return new Page<SearchResult>(items, number, PageSize, total);
    }

    /// <summary>A family's or a member's name with the matching words marked; other titles stay as they are.</summary>
    private static SearchHit? Marked(SearchTerms terms, SearchHit? hit) =>
        hit is { Kind: SearchKind.Family or SearchKind.Person } ? hit with { Title = SearchSnippet.Around(terms, hit.Title) } : hit;

    /// <summary>
    /// The named posts in which every word starts a word of the name (one SQL command; the directory is the council's
    /// staff, so it is read whole), current posts first, then by name.
    /// </summary>
    private async Task<List<StaffHit>> StaffAsync(SearchTerms terms, CancellationToken ct)
    {
        var today = time.UkToday();
        var people = db.People.AsNoTracking().Where(p => p.FullName != null);
        foreach (var word in terms.Words)
        {
            // Words hold letters and digits only, so nothing in the pattern needs escaping.
            var pattern = $"% {word.ToUpperInvariant()}%";
            people = people.Where(p => EF.Functions.Like(" " + p.FullName!.ToUpper().Replace("-", " "), pattern));
        }

        var rows = await people
            .OrderBy(p => p.EndDate != null && p.EndDate < today).ThenBy(p => p.FullName).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id,
                p.FullName,
                p.JobRole,
                Organisation = db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                p.EndDate,
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new StaffHit(r.Id, SearchSnippet.Around(terms, r.FullName!), r.JobRole, r.Organisation ?? string.Empty, r.EndDate < today ? r.EndDate : null))];
    }
}
