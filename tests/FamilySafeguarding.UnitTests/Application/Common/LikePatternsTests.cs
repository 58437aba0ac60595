using FamilySafeguarding.Application.Common;

namespace FamilySafeguarding.UnitTests.Application.Common;

public sealed class LikePatternsTests
{
    [Theory]
    [InlineData("Smith", "%Smith%")]
    [InlineData("50%", "%50\\%%")]
    [InlineData("a_b", "%a\\_b%")]
    [InlineData("back\\slash", "%back\\\\slash%")]
    [InlineData("[abc]", "%\\[abc]%")] // SQL Server reads [ as a character class
    [InlineData("O'Neil", "%O'Neil%")] // a parameter, so a quote is just a character
    public void Containing_TakesEveryTypedCharacterLiterally(string typed, string pattern) =>
        Assert.Equal(pattern, LikePatterns.Containing(typed));

    [Fact]
    public void Containing_TextWithANul_MatchesNothing() =>
        Assert.Null(LikePatterns.Containing("a\0b"));
}
