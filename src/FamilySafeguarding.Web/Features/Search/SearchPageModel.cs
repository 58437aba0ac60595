using System.Globalization;
using FamilySafeguarding.Application.Search;

namespace FamilySafeguarding.Web.Features.Search;

public sealed record SearchPageModel(SearchResults Results)
{
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

    public static string HeadingFor(SearchHit hit)
    {
        var month = hit.Month?.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        return hit.Kind switch
        {
            SearchKind.Summary when month is not null => $"{hit.Title}, {month}",
            SearchKind.Addendum when month is not null => $"{hit.Title} to the {month} summary",
            SearchKind.ManagementOversight when month is not null => $"{hit.Title} of the {month} summary",
            SearchKind.SignificantEvent when hit.Date is { } date => $"{hit.Title}, {date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
            _ => hit.Title,
        };
    }

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
