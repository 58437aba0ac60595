using FamilySafeguarding.Application.Chronology;
using FamilySafeguarding.Application.Families;
using Microsoft.AspNetCore.WebUtilities;

namespace FamilySafeguarding.Web.Features.Chronology;

/// <summary>The chronology's filters as they arrive in the query string: <c>?person={id}&amp;type=Event&amp;type=Allocation&amp;page=2</c>.</summary>
public sealed class ChronologyQuery
{
    public Guid? Person { get; set; }

    /// <summary>Types by their exact names; unknown names are ignored, none means every type.</summary>
    public List<string> Type { get; set; } = [];

    public int Page { get; set; } = 1;

    /// <remarks>
    /// Matched against the names themselves, not with <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/>,
    /// which reads "Event,Opening" as the two combined (1 | 4), another type's number.
    /// </remarks>
    public IReadOnlySet<ChronologyType> Types =>
        ChronologyTypes.All.Where(type => Type.Contains(type.ToString(), StringComparer.Ordinal)).ToHashSet();

    public ChronologyFilter ToFilter() => new(Person, Types);

    /// <summary>A link to the page with the same filters, on another page or for printing.</summary>
    public string Link(string path, int? page = null)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        if (Person is { } person)
        {
            parameters.Add(new("person", person.ToString()));
        }

        parameters.AddRange(Types.Order().Select(t => new KeyValuePair<string, string?>("type", t.ToString())));
        if (page is > 1)
        {
            parameters.Add(new("page", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return QueryHelpers.AddQueryString(path, parameters);
    }

    public bool IsFiltered => Person is not null || Types.Count > 0;
}

public sealed record ChronologyModel(FamilyHeader Header, ChronologyQuery Query, FamilyChronology Chronology)
{
    public string? PersonName => Query.Person is { } id ? Chronology.Members.FirstOrDefault(m => m.MemberId == id)?.Name : null;

    /// <summary>The filters in words, for the heading of the printed page.</summary>
    public string FilterDescription
    {
        get
        {
            var parts = new List<string>();
            if (Query.Person is not null)
            {
                parts.Add($"about {PersonName ?? "someone no longer in the family"}");
            }

            if (Query.Types.Count > 0)
            {
                parts.Add(string.Join(", ", Query.Types.Order().Select(t => t.DisplayName().ToLowerInvariant())));
            }

            return parts.Count == 0 ? "Everything recorded" : "Showing " + string.Join("; ", parts);
        }
    }
}
