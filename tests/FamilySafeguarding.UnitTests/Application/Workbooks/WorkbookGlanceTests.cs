using FamilySafeguarding.Application.Workbook;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Application.Workbook;

/// <summary>How summaries are shown at a glance and linked to from other pages.</summary>
public sealed class WorkbookGlanceTests
{
    [Fact]
    public void Cut_ShortText_IsKeptOnOneLine()
    {
        Assert.Equal("Two visits. The children were seen alone.", SummaryGlance.Cut("Two visits.\n\n  The children were seen alone.  "));
    }

    [Fact]
    public void Cut_LongText_EndsAtAWordWithAnEllipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("Visited the family at home.", 20));

        var cut = SummaryGlance.Cut(text);

        Assert.EndsWith("home.…", cut, StringComparison.Ordinal);
        Assert.InRange(cut.Length, SummaryGlance.ExcerptLength / 2, SummaryGlance.ExcerptLength + 1);
        Assert.StartsWith(cut[..^1], text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cut_OneLongWord_IsCutAtTheLength()
    {
        Assert.Equal(new string('a', SummaryGlance.ExcerptLength) + "…", SummaryGlance.Cut(new string('a', 500)));
    }

    [Fact]
    public void Links_FollowTheWorkbooksUrlContract()
    {
        var family = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
        var worker = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");

        Assert.Equal($"/families/{family}/workbook/chapters/{worker}/2026-03", WorkbookLinks.Summary(family, worker, Day("2026-03-01")));
        Assert.Equal($"/families/{family}/workbook/chapters/{worker}/2026-03/edit", WorkbookLinks.Edit(family, worker, Day("2026-03-01")));
        Assert.Equal($"/families/{family}/workbook/chapters/{worker}", WorkbookLinks.Chapter(family, worker));
        Assert.Equal($"/families/{family}/workbook", WorkbookLinks.Workbook(family));
        Assert.Equal(
            $"/families/{family}/workbook/chapters/{worker}/2026-12/edit",
            new DueSummary(family, "FS-000001", "Ashby", worker, "Lead social worker - T. Fielding", Day("2026-12-01"), Day("2027-01-08"), false, false).EditLink);
    }

    [Fact]
    public void Completion_ReadsAsSubmittedOfOwed()
    {
        Assert.Equal("3 of 4", new SummaryCompletion(3, 4, 1).Text);
    }
}
