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

public sealed class SearchTermsContainsQueryTests
{
    [Theory]
    [InlineData("Police visit", "\"police*\" AND \"visit*\"")]
    [InlineData("\"a\" OR \"b\"", "\"a*\" AND \"or*\" AND \"b*\"")]
    [InlineData("police\" OR 1=1 --", "\"police*\" AND \"or*\" AND \"1*\"")]
    [InlineData("NEAR((khan, smith), 2, TRUE)", "\"near*\" AND \"khan*\" AND \"smith*\" AND \"2*\" AND \"true*\"")]
    [InlineData("(visit", "\"visit*\"")]
    [InlineData("visit))) AND NOT (", "\"visit*\" AND \"and*\" AND \"not*\"")]
    [InlineData("khan & !smith | ~jones", "\"khan*\" AND \"smith*\" AND \"jones*\"")]
    [InlineData("FORMSOF(INFLECTIONAL, run) ISABOUT(x WEIGHT(0.5))", "\"formsof*\" AND \"inflectional*\" AND \"run*\" AND \"isabout*\" AND \"x*\" AND \"weight*\" AND \"0*\" AND \"5*\"")]
    [InlineData("[Title] 'Body' `x` {y} <z>", "\"title*\" AND \"body*\" AND \"x*\" AND \"y*\" AND \"z*\"")]
    [InlineData("khan*smith**", "\"khan*\" AND \"smith*\"")]
    [InlineData("khan\u0000smith\u0000", "\"khan*\" AND \"smith*\"")]
    [InlineData("Zoë Ødegård 東京 Straße", "\"zoë*\" AND \"ødegård*\" AND \"東京*\" AND \"straße*\"")]
    [InlineData("Zoe\u0308", "\"zoë*\"")]
    public void ToContainsQuery_MakesEveryWordARequiredQuotedPrefix_WhateverWasTyped(string typed, string expected) =>
        Assert.Equal(expected, SearchTerms.Parse(typed)!.ToContainsQuery());

    [Theory]
    [InlineData("\"\"")]
    [InlineData("* * *")]
    [InlineData("() & | ! ~ [ ]")]
    [InlineData("\u0000\u0000")]
    [InlineData("😀😀")]
    public void Parse_WithNothingToSearchFor_GivesNoQueryAtAll(string typed) => Assert.Null(SearchTerms.Parse(typed));

    /// <summary>Lone surrogates (built in code: attribute strings cannot hold them) separate words and never throw.</summary>
    [Fact]
    public void Parse_WithLoneSurrogates_TreatsThemAsSeparators()
    {
        Assert.Equal("\"khan*\" AND \"smith*\"", SearchTerms.Parse("khan" + '\ud800' + "smith" + '\udfff')!.ToContainsQuery());
        Assert.Null(SearchTerms.Parse(new string(['\udfff', '\ud800', ' ', '\ud800'])));
    }

    [Fact]
    public void ToContainsQuery_ForVeryLongInput_CutsEachWord_AndStaysFarBelowTheParameterSize()
    {
        var typed = string.Join(' ', Enumerable.Range(0, 50).Select(i => new string((char)('a' + (i % 26)), 10_000)));

        var query = SearchTerms.Parse(typed)!.ToContainsQuery();

        Assert.Equal($"\"{new string('a', SearchTerms.MaximumContainsWordLength)}*\"", query.Split(" AND ")[0]);
        Assert.Equal(SearchTerms.MaximumWords, query.Split(" AND ").Length);
        Assert.True(query.Length < 4000, $"{query.Length} characters");
    }

    /// <summary>Whatever is typed, the condition is only quoted prefix terms of letters and digits joined by AND.</summary>
    [Fact]
    public void ToContainsQuery_ForRandomHostileInput_IsAlwaysOnlyQuotedPrefixTermsJoinedByAnd()
    {
        const string alphabet = "\"'*()[]{}&|!~-+=,;:<>@#$%^\\/ \t\n\r\u0000\u00a0\u200b\u2028\u0308\ud800aAzZ09éß東😀NEARANDORNOT";
        var shape = new System.Text.RegularExpressions.Regex(@"^""[\p{L}\p{Nd}]{1,64}\*""( AND ""[\p{L}\p{Nd}]{1,64}\*"")*$");
        var random = new Random(12);
        for (var n = 0; n < 5_000; n++)
        {
            var typed = new string(Enumerable.Range(0, random.Next(1, 80)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            if (SearchTerms.Parse(typed) is { } terms)
            {
                var query = terms.ToContainsQuery();
                Assert.True(shape.IsMatch(query), $"{typed} gave {query}");
            }
        }
    }
}

public sealed class SearchSnippetAroundTests
{
    private const char S = SearchDocument.MatchStart;
    private const char E = SearchDocument.MatchEnd;

    [Fact]
    public void Around_MarksEveryWordStartingWithATerm_WhateverItsCase()
    {
        var snippet = SearchSnippet.Around(Terms("visit HOME"), "Police VISITED the homes.\nThe visitor left; nobody revisited.");

        Assert.Equal($"Police {S}VISITED{E} the {S}homes{E}. The {S}visitor{E} left; nobody revisited.", snippet);
    }

    [Fact]
    public void Around_ALongText_GivesAboutThirtyWordsFromTenBeforeTheFirstMatch_WithEllipses()
    {
        var text = string.Join(' ', Enumerable.Range(1, 100).Select(i => i == 50 ? "Khan" : $"w{i}"));

        var snippet = SearchSnippet.Around(Terms("khan"), text);

        Assert.StartsWith("… w40 w41", snippet, StringComparison.Ordinal);
        Assert.Contains($" w49 {S}Khan{E} w51 ", snippet, StringComparison.Ordinal);
        Assert.EndsWith("w69 …", snippet, StringComparison.Ordinal);
        Assert.Equal(SearchSnippet.Words, snippet.Split(' ').Count(w => w != "…"));
    }

    [Fact]
    public void Around_AMatchNearTheEnd_StillGivesThirtyWords()
    {
        var text = string.Join(' ', Enumerable.Range(1, 100).Select(i => i == 99 ? "Khan" : $"w{i}"));

        var snippet = SearchSnippet.Around(Terms("khan"), text);

        Assert.StartsWith("… w71 ", snippet, StringComparison.Ordinal);
        Assert.EndsWith($"{S}Khan{E} w100", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Around_AShortText_IsTheWholeTextWithoutEllipses()
    {
        Assert.Equal($"Monthly summary Visited {S}twice{E}.", SearchSnippet.Around(Terms("twice"), "Monthly summary\n\n  Visited   twice."));
    }

    [Fact]
    public void Around_WithNoWordMatching_GivesTheFirstWordsUnmarked()
    {
        var text = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"w{i}"));

        var snippet = SearchSnippet.Around(Terms("khan"), text);

        Assert.DoesNotContain(S, snippet);
        Assert.StartsWith("w1 w2 ", snippet, StringComparison.Ordinal);
        Assert.EndsWith("w30 …", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Around_IgnoresAccents_AsTheFullTextCatalogDoes() =>
        Assert.Equal($"{S}Zoë{E} and {S}ZOE{E}", SearchSnippet.Around(Terms("zoe"), "Zoë and ZOE"));

    [Fact]
    public void Around_WithVeryLongWords_StaysShort()
    {
        var text = string.Join(' ', Enumerable.Range(0, 40).Select(i => new string('x', 200))) + " khan";

        var snippet = SearchSnippet.Around(Terms("khan"), text);

        Assert.EndsWith($"{S}khan{E}", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < SearchSnippet.MaximumLength + 1_000, $"{snippet.Length} characters");
    }

    [Fact]
    public void Around_GivesPlainTextThatPartsSplitsIntoTheMatches()
    {
        var snippet = SearchSnippet.Around(Terms("script"), "Police: <script>alert(1)</script> & \"quotes\"");

        var parts = SearchSnippet.Parts(snippet);

        Assert.Equal(["script", "script"], parts.Where(p => p.IsMatch).Select(p => p.Text));
        Assert.Equal("Police: <script>alert(1)</script> & \"quotes\"", string.Concat(parts.Select(p => p.Text)));
    }

    [Fact]
    public void Around_ATextWithALoneSurrogate_NeverThrows() =>
        Assert.Equal($"{S}khan{E}\ufffd", SearchSnippet.Around(Terms("khan"), "khan" + '\ud800'));

    [Theory]
    [InlineData("")]
    [InlineData("  \n ... !!! ")]
    public void Around_ATextWithoutWords_IsEmpty(string text) => Assert.Equal(string.Empty, SearchSnippet.Around(Terms("khan"), text));

    private static SearchTerms Terms(string typed) => SearchTerms.Parse(typed)!;
}
