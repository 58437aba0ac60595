using FamilySafeguarding.Application.Search;

namespace FamilySafeguarding.UnitTests.Application.Search;

public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("Police visit", "\"police\" \"visit\"*", "'police' & 'visit':*")]
    [InlineData("  \"Khan\" AND -(NEAR*)  ", "\"khan\" \"and\" \"near\"*", "'khan' & 'and' & 'near':*")]
    [InlineData("O'Brien's", "\"o\" \"brien\" \"s\"", "'o' & 'brien' & 's'")]
    [InlineData("FS-000123", "\"fs\" \"000123\"*", "'fs' & '000123':*")]
    [InlineData("Zoë zoë", "\"zoë\"*", "'zoë':*")]
    public void Parse_KeepsOnlyLettersAndDigits_AndMatchesTheLastWordAsAPrefix(string typed, string fts5, string tsQuery)
    {
        var terms = SearchTerms.Parse(typed)!;

        Assert.Equal(fts5, terms.ToFts5());
        Assert.Equal(tsQuery, terms.ToTsQuery());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a")]
    [InlineData(" * \" ( ) - ")]
    public void Parse_WithFewerThanTwoLettersOrDigits_GivesNothing(string? typed) => Assert.Null(SearchTerms.Parse(typed));

    [Fact]
    public void Parse_ManyWords_KeepsTheFirstTwelve() =>
        Assert.Equal(SearchTerms.MaximumWords, SearchTerms.Parse(string.Join(' ', Enumerable.Range(1, 30).Select(i => $"w{i}")))!.Words.Count);
}

public sealed class SearchSnippetTests
{
    [Fact]
    public void Parts_SplitsAtTheMarkers_SayingWhichPartsMatched()
    {
        var snippet = $"Police <b>{SearchDocument.MatchStart}visited{SearchDocument.MatchEnd} the {SearchDocument.MatchStart}home{SearchDocument.MatchEnd}";

        Assert.Equal([("Police <b>", false), ("visited", true), (" the ", false), ("home", true)], SearchSnippet.Parts(snippet));
    }

    [Fact]
    public void Set_TakesTheMarkersOutOfTheText_SoOnlyTheEnginesMarkersRemain()
    {
        var document = new SearchDocument(Guid.NewGuid(), Guid.NewGuid(), SearchKind.SignificantEvent);

        document.Set($"A{SearchDocument.MatchStart}B", $"C{SearchDocument.MatchEnd}D", null, null);

        Assert.Equal(("AB", "CD"), (document.Title, document.Body));
    }
}
