using FamilySafeguarding.Application.Common;

namespace FamilySafeguarding.UnitTests.Application.Common;

public sealed class PageTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(25, 1)]
    [InlineData(26, 2)]
    [InlineData(50, 2)]
    [InlineData(51, 3)]
    public void PageCount_OfTwentyFivePerPage_RoundsUpAndIsNeverZero(int totalCount, int expected) =>
        Assert.Equal(expected, new Page<string>([], 1, 25, totalCount).PageCount);

    [Theory]
    [InlineData(1, false, true)]
    [InlineData(2, true, true)]
    [InlineData(3, true, false)]
    public void HasPreviousAndHasNext_OfThreePages_AreTrueExceptAtTheEnds(int pageNumber, bool hasPrevious, bool hasNext)
    {
        var page = new Page<string>([], pageNumber, 25, 60);

        Assert.Equal(hasPrevious, page.HasPrevious);
        Assert.Equal(hasNext, page.HasNext);
    }
}
