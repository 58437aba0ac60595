using System.Text.Encodings.Web;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Search;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Web.Features.Search;
using Microsoft.AspNetCore.Html;

namespace FamilySafeguarding.UnitTests.Web.Search;

public sealed class SearchPageModelTests
{
    private const char Start = SearchDocument.MatchStart;
    private const char End = SearchDocument.MatchEnd;

    [Theory]
    [InlineData("Police attended (\uE000Khan\uE001), then left.", "Police attended (<mark>Khan</mark>), then left.")]
    [InlineData("\uE000Khan\uE001 was calm", "<mark>Khan</mark> was calm")]
    [InlineData("seen by \uE000Khan\uE001.", "seen by <mark>Khan</mark>.")]
    [InlineData("\uE000Ella\uE001 \uE000Khan\uE001", "<mark>Ella</mark> <mark>Khan</mark>")]
    public void Marked_WrapsEachMatch_AddingNoSpaceBeforeOrAfterIt(string snippet, string html) =>
        Assert.Equal(html, Render(SearchPageModel.Marked(snippet)));

    [Fact]
    public void Marked_EncodesEveryPart_SoStoredTextIsNeverMarkup() =>
        Assert.Equal(
            "&lt;script&gt;alert(1)&lt;/script&gt; <mark>&lt;b&gt;</mark>",
            Render(SearchPageModel.Marked($"<script>alert(1)</script> {Start}<b>{End}")));

    [Theory]
    [InlineData(AllocationRole.LeadSocialWorker, "Tom Fielding", "Lead social worker chapter, Tom Fielding")]
    [InlineData(AllocationRole.MentalHealth, "Priya Shah", "Mental health chapter, Priya Shah")]
    [InlineData(null, "Priya Shah", "Priya Shah's chapter")]
    public void ChapterName_SaysTheChapterAsTheWorkbookNamesIt_WithTheWorkersName(AllocationRole? role, string worker, string expected) =>
        Assert.Equal(expected, SearchPageModel.ChapterName(new SearchChapter(worker, role)));

    [Fact]
    public void ContextFor_AFamily_IsNotRepeated_AndASummarySaysItsFamilyAndChapter()
    {
        var family = Hit(SearchKind.Family, "Nowak family");
        var summary = Hit(SearchKind.Summary, "Monthly summary") with { Chapter = new SearchChapter("Tom Fielding", AllocationRole.SocialWorker) };
        var member = Hit(SearchKind.Person, "Ella Nowak") with { MemberRole = FamilyRole.Child, PreferredName = "Elly" };

        Assert.Empty(SearchPageModel.ContextFor(family));
        Assert.Equal(["Nowak family, FS-000002", "Social worker chapter, Tom Fielding"], SearchPageModel.ContextFor(summary));
        Assert.Equal(["Child, known as Elly", "Nowak family, FS-000002"], SearchPageModel.ContextFor(member));
        Assert.Equal("October 2026", SearchPageModel.HeadingFor(summary));
        Assert.False(SearchPageModel.ShowsSnippet(family));
        Assert.True(SearchPageModel.ShowsSnippet(summary));
    }

    [Fact]
    public void LinkFor_APage_KeepsTheWordsAndTheFilters()
    {
        var model = new SearchPageModel(new SearchResults("Nowak & co", null, new Page<SearchResult>([], 1, 20, 0))
        {
            Filters = [SearchFilter.Families, SearchFilter.Events],
        });

        Assert.Equal("/search?q=Nowak%20%26%20co&kind=families&kind=events&page=2", model.LinkFor(2));
        Assert.True(model.IsChecked(SearchFilter.Events));
        Assert.False(model.IsChecked(SearchFilter.Staff));
    }

    private static SearchHit Hit(SearchKind kind, string title) =>
        new(Guid.NewGuid(), kind, Guid.NewGuid(), "FS-000002", "Nowak family", title, null, new DateOnly(2026, 10, 1), "some text");

    private static string Render(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
