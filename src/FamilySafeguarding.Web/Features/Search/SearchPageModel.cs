using System.Globalization;
using System.Text;
using FamilySafeguarding.Application.People;
using FamilySafeguarding.Application.Search;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Workbook;
using Microsoft.AspNetCore.Html;

namespace FamilySafeguarding.Web.Features.Search;

public sealed record SearchPageModel(SearchResults Results)
{
    public bool IsChecked(SearchFilter filter) => Results.Filters.Contains(filter);

    /// <summary>This search's address at page <paramref name="page"/>: the words and the filters kept.</summary>
    public string LinkFor(int page)
    {
        var link = new StringBuilder("/search?q=").Append(Uri.EscapeDataString(Results.Query ?? string.Empty));
        foreach (var filter in Results.Filters)
        {
            link.Append("&kind=").Append(filter.Value());
        }

        return link.Append("&page=").Append(page.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    public static string KindName(SearchKind kind) => kind switch
    {
        SearchKind.Family => "Family",
        SearchKind.Person => "Person",
        SearchKind.Summary => "Monthly summary",
        SearchKind.Addendum => "Addendum",
        SearchKind.ManagementOversight => "Management oversight",
        SearchKind.SignificantEvent => "Significant event",
        _ => kind.ToString(),
    };

    public static string KindTagClass(SearchKind kind) => kind switch
    {
        SearchKind.Family => "govuk-tag--blue",
        SearchKind.Person => "govuk-tag--turquoise",
        SearchKind.Summary => "govuk-tag--green",
        SearchKind.Addendum or SearchKind.ManagementOversight => "govuk-tag--yellow",
        SearchKind.SignificantEvent => "govuk-tag--orange",
        _ => "govuk-tag--grey",
    };

    /// <summary>Where a hit leads: the family, the member, the workbook at the summary's month, or the family's events.</summary>
    public static string LinkFor(SearchHit hit) => hit.Kind switch
    {
        SearchKind.Person => $"/families/{hit.FamilyId}/members/{hit.Id}",
        SearchKind.SignificantEvent => $"/families/{hit.FamilyId}/events",
        SearchKind.Summary or SearchKind.Addendum or SearchKind.ManagementOversight when hit.Month is { } month =>
            $"/families/{hit.FamilyId}/workbook?from={Month(month)}&to={Month(month)}#month-{Month(month)}",
        _ => $"/families/{hit.FamilyId}",
    };

    public static string LinkFor(StaffHit hit) => PeopleLinks.Person(hit.PersonId);

    /// <summary>
    /// What follows the kind's tag in a hit's heading (the tag and this read together, e.g. "Monthly summary, October
    /// 2026"), so the kind is said once: a name as found (matches marked), the summary's month, the event and its date.
    /// </summary>
    public static string HeadingFor(SearchHit hit)
    {
        var month = hit.Month?.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        return hit.Kind switch
        {
            SearchKind.Summary when month is not null => month,
            SearchKind.Addendum when month is not null => $"to the {month} summary",
            SearchKind.ManagementOversight when month is not null => $"of the {month} summary",
            SearchKind.SignificantEvent when hit.Date is { } date => $"{hit.Title}, {date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
            _ => hit.Title,
        };
    }

    /// <summary>The separator between the tag and the heading's words, for those who do not see the tag as a box.</summary>
    public static string HeadingSeparator(SearchHit hit) => hit.Kind is SearchKind.Addendum or SearchKind.ManagementOversight && hit.Month is not null ? " " : ", ";

    /// <summary>
    /// The hit's one line of context, each part said once: the family (name and reference; for a family hit, its
    /// reference alone, as its name is the heading), a member's role, and for a summary or a note on one, whose chapter.
    /// </summary>
    public static IReadOnlyList<string> ContextFor(SearchHit hit)
    {
        var parts = new List<string>();
        if (hit.Kind == SearchKind.Person && hit.MemberRole is { } role)
        {
            parts.Add(hit.PreferredName is { Length: > 0 } preferred ? $"{role.DisplayName()}, known as {preferred}" : role.DisplayName());
        }

        if (hit.Kind != SearchKind.Family)
        {
            parts.Add($"{hit.FamilyName}, {hit.FamilyReference}");
        }

        if (hit.Chapter is { } chapter)
        {
            parts.Add(ChapterName(chapter));
        }

        return parts;
    }

    /// <summary>A summary's chapter as the workbook names it, with the worker's full name: "Lead social worker chapter, Tom Fielding".</summary>
    public static string ChapterName(SearchChapter chapter) => (chapter.Role, chapter.WorkerName) switch
    {
        ({ } role, { Length: > 0 } name) => $"{role.ChapterName()} chapter, {name}",
        ({ } role, _) => $"{role.ChapterName()} chapter",
        (null, { Length: > 0 } name) => $"{name}'s chapter",
        _ => "Chapter of a worker no longer recorded",
    };

    /// <summary>Whether the hit's body snippet says more than its heading and context (a family's or member's body is only their name's details).</summary>
    public static bool ShowsSnippet(SearchHit hit) => hit.Snippet.Length > 0 && hit.Kind is not (SearchKind.Family or SearchKind.Person);

    /// <summary>A member of staff's one line of context: their job, their organisation, and when their post ended, if it has.</summary>
    public static string ContextFor(StaffHit hit)
    {
        var context = hit.OrganisationName.Length > 0 ? $"{hit.Role.DisplayName()}, {hit.OrganisationName}" : hit.Role.DisplayName();
        return hit.EndDate is { } ended ? $"{context} (post ended {ended.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})" : context;
    }

    /// <summary>
    /// Text with the engine's match markers as HTML: every part encoded, each match in <c>&lt;mark&gt;</c>, and nothing
    /// added between the parts (no space before or after a mark: the text's own spacing is kept exactly).
    /// </summary>
    public static IHtmlContent Marked(string text)
    {
        var html = new HtmlContentBuilder();
        foreach (var (part, isMatch) in SearchSnippet.Parts(text))
        {
            if (isMatch)
            {
                html.AppendHtml("<mark>").Append(part).AppendHtml("</mark>");
            }
            else
            {
                html.Append(part);
            }
        }

        return html;
    }

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
