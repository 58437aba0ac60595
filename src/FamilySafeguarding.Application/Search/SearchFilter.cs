namespace FamilySafeguarding.Application.Search;

/// <summary>What a search may be narrowed to, as the search page's checkboxes offer it (none ticked: everything).</summary>
public enum SearchFilter
{
    Families = 1,
    Members = 2,
    Staff = 3,
    Summaries = 4,
    Events = 5,
}

public static class SearchFilters
{
    /// <summary>Every filter, in the order the page lists them.</summary>
    public static IReadOnlyList<SearchFilter> All { get; } =
        [SearchFilter.Families, SearchFilter.Members, SearchFilter.Staff, SearchFilter.Summaries, SearchFilter.Events];

    /// <summary>The filter's value in the query string (<c>?kind=families</c>).</summary>
    public static string Value(this SearchFilter filter) => filter switch
    {
        SearchFilter.Families => "families",
        SearchFilter.Members => "members",
        SearchFilter.Staff => "staff",
        SearchFilter.Summaries => "summaries",
        SearchFilter.Events => "events",
        _ => filter.ToString().ToLowerInvariant(),
    };

    public static string DisplayName(this SearchFilter filter) => filter switch
    {
        SearchFilter.Families => "Families",
        SearchFilter.Members => "Family members",
        SearchFilter.Staff => "Staff",
        SearchFilter.Summaries => "Monthly summaries, addenda and oversight",
        SearchFilter.Events => "Significant events",
        _ => filter.ToString(),
    };

    /// <summary>The filters named in the query string, in the page's order; unknown values are ignored.</summary>
    public static IReadOnlyList<SearchFilter> Parse(IEnumerable<string?>? values)
    {
        var named = (values ?? []).Where(v => v is not null).Select(v => v!.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. All.Where(f => named.Contains(f.Value()))];
    }

    /// <summary>The document kinds <paramref name="filters"/> ask for: null for every kind (no filter), empty for none (staff only).</summary>
    public static IReadOnlyCollection<SearchKind>? Kinds(IReadOnlyCollection<SearchFilter> filters)
    {
        if (filters.Count == 0 || All.Where(f => f != SearchFilter.Staff).All(filters.Contains))
        {
            return null;
        }

        return [.. filters.SelectMany(f => f switch
        {
            SearchFilter.Families => [SearchKind.Family],
            SearchFilter.Members => [SearchKind.Person],
            SearchFilter.Summaries => [SearchKind.Summary, SearchKind.Addendum, SearchKind.ManagementOversight],
            SearchFilter.Events => [SearchKind.SignificantEvent],
            _ => Array.Empty<SearchKind>(),
        })];
    }

    /// <summary>Whether <paramref name="filters"/> include staff (no filter includes everything).</summary>
    public static bool IncludesStaff(IReadOnlyCollection<SearchFilter> filters) => filters.Count == 0 || filters.Contains(SearchFilter.Staff);
}
