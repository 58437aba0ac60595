namespace FamilySafeguarding.BrowserTests.Infrastructure;

/// <summary>
/// What the machine running the browser tests provides (the same rule as the integration tests' TestEnvironment):
/// without Chromium the tests are skipped on a developer's machine, but when <c>CI</c> is set they run and fail, so a
/// missing browser in CI is a failure, never a silent skip.
/// </summary>
public static class TestEnvironment
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public const string ChromiumMissing = "Install Chromium at /usr/bin/chromium (apt-get install -y chromium) to run this test";

    public static bool IsCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static bool HasChromium => File.Exists(ChromiumPath);

    /// <summary>The reason to skip a test, or null to run it: tests always run in CI.</summary>
    public static string? SkipReason(bool prerequisiteMet, bool isCi, string reason) =>
        prerequisiteMet || isCi ? null : reason;

    public static string RequireChromium() =>
        HasChromium ? ChromiumPath : throw new InvalidOperationException(MissingMessage(ChromiumMissing));

    private static string MissingMessage(string reason) =>
        IsCi ? $"{reason}. CI is set, so a missing prerequisite fails the test instead of skipping it." : $"{reason}.";
}
