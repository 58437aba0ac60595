using FamilySafeguarding.Web.Features.Shared;

namespace FamilySafeguarding.UnitTests.Web.Shared;

/// <summary>GOV.UK pagination: first, last, the current page and its neighbours, with a gap (null) shown as an ellipsis.</summary>
public sealed class PaginationModelTests
{
    [Fact]
    public void PagesToShow_OnePage_IsJustThatPage() =>
        Assert.Equal([1], Pages(1, 1));

    [Fact]
    public void PagesToShow_TenPagesOnTheFirst_ShowsItsNeighbourThenAGapThenTheLast() =>
        Assert.Equal([1, 2, null, 10], Pages(1, 10));

    [Fact]
    public void PagesToShow_TenPagesOnTheFifth_ShowsGapsEitherSide() =>
        Assert.Equal([1, null, 4, 5, 6, null, 10], Pages(5, 10));

    [Fact]
    public void PagesToShow_TenPagesOnTheLast_ShowsTheFirstThenAGap() =>
        Assert.Equal([1, null, 9, 10], Pages(10, 10));

    [Fact]
    public void PagesToShow_TenPagesOnTheThird_HasNoGapBeforeIt() =>
        Assert.Equal([1, 2, 3, 4, null, 10], Pages(3, 10));

    [Fact]
    public void PagesToShow_ThreePages_ShowsThemAllWithoutGaps() =>
        Assert.Equal([1, 2, 3], Pages(3, 3));

    [Fact]
    public void PagesToShow_NoPages_IsEmpty() =>
        Assert.Empty(Pages(1, 0));

    private static List<int?> Pages(int pageNumber, int pageCount) =>
        new PaginationModel(pageNumber, pageCount, page => $"/people?page={page}").PagesToShow().ToList();
}
