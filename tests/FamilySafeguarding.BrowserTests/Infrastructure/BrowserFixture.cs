using Microsoft.Playwright;
using Xunit.Abstractions;

namespace FamilySafeguarding.BrowserTests.Infrastructure;

/// <summary>
/// One app (see <see cref="AppServer"/>) and one headless Chromium for every browser test: starting them is the slow
/// part. Each test gets its own browser context through <see cref="StartJourneyAsync"/>, so no cookies are shared.
/// Debian's Chromium is used as it is: the tests never download a browser.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public AppServer App { get; } = new();

    public async Task InitializeAsync()
    {
        if (!TestEnvironment.HasChromium && !TestEnvironment.IsCi)
        {
            return; // every browser test is skipped (see BrowserFactAttribute)
        }

        var chromium = TestEnvironment.RequireChromium();

        // The app and the browser start side by side: each takes a few seconds.
        await Task.WhenAll(Task.Run(App.StartAsync), LaunchBrowserAsync(chromium));
    }

    public Task<Journey> StartJourneyAsync(ITestOutputHelper output, int width = 1280) =>
        Journey.StartAsync(_browser ?? throw new InvalidOperationException("The browser has not started."), App.BaseAddress, output, width);

    private async Task LaunchBrowserAsync(string chromium)
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>The browser tests share one <see cref="BrowserFixture"/> and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
