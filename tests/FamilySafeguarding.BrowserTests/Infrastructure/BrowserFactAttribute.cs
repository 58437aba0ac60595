namespace FamilySafeguarding.BrowserTests.Infrastructure;

/// <summary>A fact that drives Chromium: skipped without <c>/usr/bin/chromium</c>, unless <c>CI</c> is set.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = TestEnvironment.SkipReason(TestEnvironment.HasChromium, TestEnvironment.IsCi, TestEnvironment.ChromiumMissing);
    }
}

/// <summary>A theory that drives Chromium, skipped as <see cref="BrowserFactAttribute"/> is.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        Skip = TestEnvironment.SkipReason(TestEnvironment.HasChromium, TestEnvironment.IsCi, TestEnvironment.ChromiumMissing);
    }
}
