using FamilySafeguarding.Application.Search;

namespace FamilySafeguarding.UnitTests.Application.Search;

public sealed class SearchFiltersTests
{
    [Fact]
    public void Parse_KeepsKnownValues_InThePagesOrder_IgnoringCaseRepeatsAndUnknownOnes() =>
        Assert.Equal(
            [SearchFilter.Families, SearchFilter.Staff, SearchFilter.Events],
            SearchFilters.Parse(["events", "STAFF", "families", "events", "bogus", null, ""]));

    [Fact]
    public void Kinds_NoneTickedOrEveryDocumentKindTicked_IsEveryKind()
    {
        Assert.Null(SearchFilters.Kinds([]));
        Assert.Null(SearchFilters.Kinds([SearchFilter.Families, SearchFilter.Members, SearchFilter.Summaries, SearchFilter.Events]));
        Assert.True(SearchFilters.IncludesStaff([]));
    }

    [Fact]
    public void Kinds_SummariesIncludeTheirNotes_AndStaffAloneSearchesNoDocuments()
    {
        Assert.Equal([SearchKind.Summary, SearchKind.Addendum, SearchKind.ManagementOversight], SearchFilters.Kinds([SearchFilter.Summaries]));
        Assert.Empty(SearchFilters.Kinds([SearchFilter.Staff])!);
        Assert.True(SearchFilters.IncludesStaff([SearchFilter.Staff]));
        Assert.False(SearchFilters.IncludesStaff([SearchFilter.Families]));
    }
}
