using System.Globalization;

namespace FamilySafeguarding.Application.Workbook;

/// <summary>The workbook's addresses, written once (fixed by the workbook's URL contract): its routes, redirects and the links other pages make to it.</summary>
public static class WorkbookLinks
{
    public const string Root = "/families/{familyId:guid}/workbook";

    /// <summary>A chapter's summary for a month: <c>…/workbook/chapters/{personId}/2026-10</c>.</summary>
    public const string SummaryRoute = Root + "/chapters/{personId:guid}/{month}";

    /// <summary>A month as it appears in the workbook's addresses: yyyy-MM.</summary>
    public static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Summary(Guid familyId, Guid chapterPersonId, DateOnly month) => $"{Chapter(familyId, chapterPersonId)}/{MonthKey(month)}";

    /// <summary>The author's form for their summary.</summary>
    public static string Edit(Guid familyId, Guid chapterPersonId, DateOnly month) => Summary(familyId, chapterPersonId, month) + "/edit";

    public static string Chapter(Guid familyId, Guid chapterPersonId) => $"{Workbook(familyId)}/chapters/{chapterPersonId}";

    public static string Workbook(Guid familyId) => $"/families/{familyId}/workbook";
}
