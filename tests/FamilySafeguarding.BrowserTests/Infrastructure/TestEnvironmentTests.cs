namespace FamilySafeguarding.BrowserTests.Infrastructure;

public sealed class TestEnvironmentTests
{
    [Fact]
    public void SkipReason_WhenChromiumMissingOutsideCi_SkipsWithTheReason() =>
        Assert.Equal(TestEnvironment.ChromiumMissing, TestEnvironment.SkipReason(false, false, TestEnvironment.ChromiumMissing));

    [Fact]
    public void SkipReason_WhenChromiumMissingOnCi_RunsTheTest() =>
        Assert.Null(TestEnvironment.SkipReason(false, true, TestEnvironment.ChromiumMissing));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SkipReason_WhenChromiumInstalled_RunsTheTest(bool isCi) =>
        Assert.Null(TestEnvironment.SkipReason(true, isCi, TestEnvironment.ChromiumMissing));
}
