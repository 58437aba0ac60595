using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Supervisions;
using FamilySafeguarding.Application.SupervisionSchedule;
using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FamilySafeguarding.Benchmarks;

// Generates a council-sized history in a fresh database, starts the real app in memory on it, and times the workbook
// page, search and the supervision pages as a signed-in team manager, and the supervision due-date query for a team.
// See docs/benchmarks.md.
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
        Console.WriteLine(string.Create(culture, $"Generated {history.Families} families, {history.Summaries} submitted summaries, {history.Supervisions} signed-off supervisions with {history.Actions} actions, {history.Documents} search documents in {generating.Elapsed:mm\\:ss}"));

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
            ($"Search, common word \"{history.CommonWord}\", summaries only", $"/search?q={history.CommonWord}&kind=summaries"),

            ("Team's supervision list", $"/teams/{history.TeamId}/supervisions"),
            ("Supervision pack, scheduled, 60 months of history", $"/families/{history.FamilyId}/supervisions/{history.ScheduledSupervisionId}"),
            ("Supervision pack print", $"/families/{history.FamilyId}/supervisions/{history.ScheduledSupervisionId}/pack/print"),
            ("Supervision record form", $"/families/{history.FamilyId}/supervisions/{history.ScheduledSupervisionId}/record"),
            ("Supervision sign-off confirmation", $"/families/{history.FamilyId}/supervisions/{history.ScheduledSupervisionId}/record/confirm"),
            ("Signed-off supervision record", $"/families/{history.FamilyId}/supervisions/{history.LatestSupervisionId}"),
            ("Family's actions", $"/families/{history.FamilyId}/actions"),

            ("Security page (the manager's sessions)", "/account/security"),
            ("Teams list (no family data: the session check's share)", "/teams"),
            ("Home, team manager (Team 1's supervisions, oversight queue, overdue actions, caseloads)", "/"),
        };

        var results = new List<Result>();
        foreach (var (name, url) in pages)
        {
            results.Add(await MeasureAsync(app.Commands, name, options.Requests, async () =>
            {
                var response = await client.GetAsync(url);
                var html = await response.Content.ReadAsStringAsync();
                var hits = Regex.Match(html, @"(\d+) results? for").Groups[1].Value;
                return (((int)response.StatusCode).ToString(culture), hits.Length == 0 ? "-" : hits);
            }));
        }

        // The service manager's home: a row per team of the service, signed in as the service manager.
        var serviceManager = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        await SignInAsync(serviceManager, history.ServiceManagerEmail, history.Password);
        results.Add(await MeasureAsync(app.Commands, "Home, service manager (a row per team)", options.Requests, async () =>
        {
            var response = await serviceManager.GetAsync("/");
            await response.Content.ReadAsStringAsync();
            return (((int)response.StatusCode).ToString(culture), "-");
        }));

        // The supervision due dates of Team 1's open families, as the team's supervision list asks for them: one command.
        var today = app.Services.GetRequiredService<TimeProvider>().UkToday();
        results.Add(await MeasureAsync(app.Commands, "Supervision due dates, Team 1's families (query only)", options.Requests, async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var due = await db.ForFamiliesAsync(db.Families.Where(f => f.TeamId == history.TeamId), new SupervisionOptions(), today, CancellationToken.None);
            return ("-", due.Count.ToString(culture));
        }));

        Console.WriteLine();
        Console.WriteLine(string.Create(culture, $"Results on {options.Provider} ({history.Summaries} summaries, {history.Supervisions} supervisions, {history.Documents} search documents; signed in as a team manager who sees {options.Families / 3} families):"));
        Console.WriteLine("| Page | Status | Median ms | 95th percentile ms | SQL commands | Hits |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(culture, $"| {r.Name} | {r.Status} | {r.Median:F1} | {r.P95:F1} | {r.Commands} | {r.Hits} |"));
        }

        if (results.Any(r => r.Status == "404"))
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

    /// <summary>Times a request (a page, or a query): 5 warm-ups (compiled queries, views, caches), then one at a time; it answers its status and hits.</summary>
    private static async Task<Result> MeasureAsync(CommandCounter commands, string name, int requests, Func<Task<(string Status, string Hits)>> request)
    {
        for (var i = 0; i < 5; i++)
        {
            await request();
        }

        var times = new List<double>();
        var counts = new List<int>();
        var answer = (Status: "-", Hits: "-");
        for (var i = 0; i < requests; i++)
        {
            commands.Reset();
            var watch = Stopwatch.StartNew();
            answer = await request();
            watch.Stop();
            times.Add(watch.Elapsed.TotalMilliseconds);
            counts.Add(commands.Count);
        }

        times.Sort();
        counts.Sort();
        return new Result(name, answer.Status, Percentile(times, 0.5), Percentile(times, 0.95), counts[counts.Count / 2], answer.Hits);
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

internal sealed record Result(string Name, string Status, double Median, double P95, int Commands, string Hits);
