using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FamilySafeguarding.Benchmarks;

// Generates a council-sized history in a fresh database, starts the real app in memory on it, and times the workbook
// page and search as a signed-in team manager. See docs/benchmarks.md.
internal static class Benchmark
{
    public static async Task<int> Main(string[] args)
    {
        var options = BenchmarkOptions.Parse(args);
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"Benchmark on {options.Provider}: {options.Families} families, {options.Years} years, {options.Requests} timed requests per page"));

        await using var database = await BenchmarkDatabase.CreateAsync(options);
        var dataFolder = Path.Combine(Path.GetTempPath(), $"fs-benchmark-data-{Guid.NewGuid():N}");
        await using var app = new BenchmarkApp(options.Provider, database.ConnectionString, dataFolder);
        _ = app.Server; // starts the app, which migrates the new database

        var generating = Stopwatch.StartNew();
        var history = await CouncilHistory.WriteAsync(app.Services, options.Families, options.Years, m => Console.WriteLine(string.Create(culture, $"  {generating.Elapsed:mm\\:ss} {m}")));
        Console.WriteLine(string.Create(culture, $"Generated {history.Families} families, {history.Summaries} submitted summaries, {history.Documents} search documents in {generating.Elapsed:mm\\:ss}"));

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        await SignInAsync(client, history.ManagerEmail, history.Password);

        var pages = new (string Name, string Url)[]
        {
            ("Family overview (reference)", $"/families/{history.FamilyId}"),
            ("Workbook, latest 6 months (page 1)", $"/families/{history.FamilyId}/workbook"),
            ("Workbook, oldest months (page 10)", $"/families/{history.FamilyId}/workbook?page=10"),
            ("Workbook print, all months", $"/families/{history.FamilyId}/workbook/print"),
            ($"Search, common word \"{history.CommonWord}\"", $"/search?q={history.CommonWord}"),
            ($"Search, rare word \"{history.RareWord}\"", $"/search?q={history.RareWord}"),
            ("Search, two words, prefix", "/search?q=housing%20arre"),
        };

        var results = new List<Result>();
        foreach (var (name, url) in pages)
        {
            results.Add(await MeasureAsync(client, app.Commands, name, url, options.Requests));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(culture, $"Results on {options.Provider} ({history.Summaries} summaries, {history.Documents} search documents; signed in as a team manager who sees {options.Families / 3} families):"));
        Console.WriteLine("| Page | Status | Median ms | 95th percentile ms | SQL commands | Hits |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(culture, $"| {r.Name} | {r.Status} | {r.Median:F1} | {r.P95:F1} | {r.Commands} | {r.Hits} |"));
        }

        if (results.Any(r => r.Status == (int)HttpStatusCode.NotFound))
        {
            Console.WriteLine("Note: a page answered 404 Not Found: the route is not in this build (the workbook pages are built on another branch), so its figures mean nothing yet.");
        }

        await app.DisposeAsync();
        if (Directory.Exists(dataFolder))
        {
            Directory.Delete(dataFolder, recursive: true);
        }

        return 0;
    }

    private static async Task<Result> MeasureAsync(HttpClient client, CommandCounter commands, string name, string url, int requests)
    {
        for (var i = 0; i < 5; i++)
        {
            await (await client.GetAsync(url)).Content.ReadAsStringAsync(); // warm-up: compiled queries, view compilation, caches
        }

        var times = new List<double>();
        var counts = new List<int>();
        var status = 0;
        var html = string.Empty;
        for (var i = 0; i < requests; i++)
        {
            commands.Reset();
            var watch = Stopwatch.StartNew();
            var response = await client.GetAsync(url);
            html = await response.Content.ReadAsStringAsync();
            watch.Stop();
            times.Add(watch.Elapsed.TotalMilliseconds);
            counts.Add(commands.Count);
            status = (int)response.StatusCode;
        }

        times.Sort();
        counts.Sort();
        var hits = Regex.Match(html, @"(\d+) results? for").Groups[1].Value;
        return new Result(name, status, Percentile(times, 0.5), Percentile(times, 0.95), counts[counts.Count / 2], hits.Length == 0 ? "-" : hits);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static async Task SignInAsync(HttpClient client, string email, string password)
    {
        var page = await (await client.GetAsync("/sign-in")).Content.ReadAsStringAsync();
        var token = WebUtility.HtmlDecode(Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in gave {(int)response.StatusCode}");
        }
    }
}

internal sealed record Result(string Name, int Status, double Median, double P95, int Commands, string Hits);
