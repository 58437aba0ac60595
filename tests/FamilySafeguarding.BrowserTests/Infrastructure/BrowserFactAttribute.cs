namespace FamilySafeguarding.BrowserTests.Infrastructure;

/// <summary>A fact that drives Chromium: skipped without <c>/usr/bin/chromium</c>, unless <c>CI</c> is set.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = TestEnvironment.SkipReason(TestEnvironment.HasChromium, TestEnvironment.IsCi, TestEnvironment.ChromiumMissing);
    }
}
