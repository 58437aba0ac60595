using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FamilySafeguarding.BrowserTests.Infrastructure;

/// <summary>
/// One user's journey: a fresh browser context (no cookies shared with other tests) and its page. After every page
/// the journey reaches, <see cref="CheckPageAsync"/> waits for the page to load, fails on any error the browser
/// reported (a script error, a stylesheet, script or image that failed
/// to load, a Content-Security-Policy refusal, a server error), and runs axe.
/// </summary>
public sealed partial class Journey : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ITestOutputHelper _output;
    private readonly ConcurrentQueue<string> _browserErrors = new(); // filled by Playwright's event handlers
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private Journey(IBrowserContext context, IPage page, ITestOutputHelper output)
    {
        _context = context;
        _output = output;
        Page = page;
        Page.Console += (_, message) =>
        {
            // A resource that failed to load is reported, with its address, by the Response handler below.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                _browserErrors.Enqueue($"console: {message.Text} ({message.Location})");
            }
        };
        Page.PageError += (_, error) => _browserErrors.Enqueue($"script error: {error}");
        Page.Response += (_, response) =>
        {
            // A page's own 4xx status is for the test to expect (see GoToAsync); a server error never is.
            if (response.Status >= 500 || (response.Status >= 400 && !(response.Request.IsNavigationRequest && response.Frame == Page.MainFrame)))
            {
                _browserErrors.Enqueue($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
        Page.RequestFailed += (_, request) =>
        {
            if (request.Failure != "net::ERR_ABORTED")
            {
                _browserErrors.Enqueue($"request failed ({request.Failure}): {request.Method} {request.Url}");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>The pages this journey has checked, in order.</summary>
    public List<string> PagesChecked { get; } = [];

    /// <param name="width">The viewport's width in CSS pixels: 1280 (a desktop), or 390 for a phone.</param>
    public static async Task<Journey> StartAsync(IBrowser browser, Uri baseAddress, ITestOutputHelper output, int width = 1280)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            IgnoreHTTPSErrors = true,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 900 },
            IsMobile = width < 600,
            HasTouch = width < 600,
        });
        context.SetDefaultTimeout(15_000);
        await Accessibility.InstallAsync(context);
        var page = await context.NewPageAsync();
        return new Journey(context, page, output);
    }

    /// <summary>Opens a page by its path (following redirects), expects its status and checks it.</summary>
    public async Task GoToAsync(string path, int expectedStatus = 200)
    {
        var response = await Page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.True(response.Status == expectedStatus, $"GET {path} ended at {response.Url} with status {response.Status}, not {expectedStatus}.");
        await CheckPageAsync();
    }

    /// <summary>Waits for the page to finish loading, then fails on browser errors or serious accessibility violations.</summary>
    public async Task CheckPageAsync()
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        var title = await Page.TitleAsync();
        var description = $"\"{title}\" ({new Uri(Page.Url).PathAndQuery})";
        PagesChecked.Add($"{_clock.ElapsedMilliseconds,6} ms {description}");

        Assert.True(_browserErrors.IsEmpty, $"The browser reported errors on {description}:{Environment.NewLine}{string.Join(Environment.NewLine, _browserErrors)}");

        var axeTime = Stopwatch.StartNew();
        var violations = await Accessibility.CheckAsync(Page);
        PagesChecked[^1] += $", axe {axeTime.ElapsedMilliseconds} ms";
        foreach (var minor in violations.Where(v => !v.Fails))
        {
            _output.WriteLine($"axe (not failing) on {description}:{Environment.NewLine}{minor}");
        }

        Accessibility.AssertNoSeriousViolations(description, violations);
    }

    /// <summary>
    /// Fails if the page is wider than the viewport, so that it would scroll sideways, naming the elements that stick out
    /// past its right edge (a wide table inside its own scrolling box does not make the page scroll, and is not named).
    /// </summary>
    public async Task AssertNoSidewaysScrollAsync()
    {
        var overflow = await Page.EvaluateAsync<string[]>("""
            () => {
              const width = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth <= width) return [];
              const scrolls = el => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
              return [...document.querySelectorAll('body *')]
                .filter(el => el.getBoundingClientRect().right > width + 1 && !scrolls(el))
                .slice(0, 8)
                .map(el => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`)
                .concat([`page ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`]);
            }
            """);
        Assert.True(overflow.Length == 0, $"{new Uri(Page.Url).PathAndQuery} scrolls sideways:{Environment.NewLine}{string.Join(Environment.NewLine, overflow)}");
    }

    /// <summary>Signs in with the email address and password, expecting to reach a signed-in page.</summary>
    public async Task SignInAsync(string email, string password)
    {
        await GoToAsync("/sign-in");
        await Page.GetByLabel("Email address").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await CheckPageAsync();
    }

    /// <summary>Writes a full-page screenshot to the screenshots folder (FS_SCREENSHOTS, or fs-screens in the temp folder).</summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = Environment.GetEnvironmentVariable("FS_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "fs-screens");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, UnsafeFileCharacters().Replace(name, "-") + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        _output.WriteLine($"Screenshot: {path}");
    }

    public async ValueTask DisposeAsync()
    {
        _output.WriteLine("Pages checked for browser errors and by axe (time into the journey, time axe took):" + string.Concat(PagesChecked.Select(p => $"{Environment.NewLine}  {p}")));
        await _context.DisposeAsync();
    }

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex UnsafeFileCharacters();
}
