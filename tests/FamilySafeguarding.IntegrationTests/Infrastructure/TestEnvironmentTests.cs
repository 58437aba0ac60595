namespace FamilySafeguarding.IntegrationTests.Infrastructure;

public sealed class TestEnvironmentTests
{
    [Fact]
    public void SkipReason_WhenPrerequisiteMissingOutsideCi_SkipsWithTheReason() =>
        Assert.Equal(TestEnvironment.PostgresMissing, TestEnvironment.SkipReason(false, false, TestEnvironment.PostgresMissing));

    [Fact]
    public void SkipReason_WhenPrerequisiteMissingOnCi_RunsTheTest() =>
        Assert.Null(TestEnvironment.SkipReason(false, true, TestEnvironment.PostgresMissing));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SkipReason_WhenPrerequisiteMet_RunsTheTest(bool isCi) =>
        Assert.Null(TestEnvironment.SkipReason(true, isCi, TestEnvironment.PostgresMissing));
}
