using System.Text.Json;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using static FamilySafeguarding.IntegrationTests.SignIn.SignInSteps;

namespace FamilySafeguarding.IntegrationTests.SignIn;

/// <summary>
/// The logs hold ids, never personal data (ASVS 5.0 16.2.5, UK GDPR data minimisation): not the names, email addresses,
/// search terms, passwords or set-password tokens that pass through the app. Each request still gets a line with its
/// correlation id.
/// </summary>
public sealed class LoggingTests
{
    private const string Name = "Zebedee Quixotic-Ploughwright";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Logs_HoldRequestLinesWithCorrelationIds_ButNoPersonalData(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var council = await app.Data.OrganisationAsync();
        var team = await app.Data.TeamAsync(await app.Data.ServiceAsync());
        var administrator = await app.NewClient().SignInAsync(await app.Data.UserInRoleAsync(JobRole.Administrator, council));
        var email = $"zebedee.qp.{Guid.NewGuid():N}@council.example";
        const string password = "a lantern of pickled thunder";

        // Add the person, put them in a team, give them an account; they set a password and sign in, once wrongly.
        var fields = await administrator.FormFieldsAsync("/people/new", "/people/new");
        fields["PostStatus"] = "Filled";
        fields["FullName"] = Name;
        fields["WorkEmail"] = email;
        fields["JobRole"] = nameof(JobRole.SocialWorker);
        fields["OrganisationId"] = council.ToString();
        fields["Fte"] = "1";
        var created = await administrator.SubmitAsync("/people/new", fields);
        var personPage = created.Headers.Location!.OriginalString;
        var personId = personPage["/people/".Length..];
        AssertRedirect(await administrator.SubmitAsync(
            $"/teams/{team}/members/new",
            new() { ["PersonId"] = personId, ["StartDate.Day"] = "1", ["StartDate.Month"] = "4", ["StartDate.Year"] = "2026" }), $"/teams/{team}");
        Assert.Contains(Name, (await administrator.GetHtmlAsync("/people?name=Quixotic")).Body!.TextContent, StringComparison.Ordinal);
        AssertRedirect(await administrator.SubmitAsync($"/people/{personId}/account/new", new() { ["Email"] = email }), personPage);

        var link = new Uri(app.Email.LastTo(email).Link!);
        var token = Uri.UnescapeDataString(link.Query.Split('&').Single(p => p.StartsWith("token=", StringComparison.Ordinal))["token=".Length..]);
        var person = app.NewClient();
        var setPassword = await person.FormFieldsAsync(link.PathAndQuery, "/set-password");
        setPassword["Password"] = password;
        setPassword["ConfirmPassword"] = password;
        AssertRedirect(await person.PostFormAsync("/set-password", setPassword, tokenFrom: link.PathAndQuery), "/sign-in");
        await AssertWrongDetailsAsync(await person.TryToSignInAsync(email, password + " typo"));
        await AssertWrongDetailsAsync(await person.TryToSignInAsync("typo." + email, password));
        AssertRedirect(await person.TryToSignInAsync(email, password), "/");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await person.GetAsync("/teams")).StatusCode);

        var lines = ReadLogLines(app);
        var text = string.Join('\n', lines);
        foreach (var secret in new[] { "Zebedee", "Quixotic", "Ploughwright", email, "zebedee.qp", password, token, Uri.EscapeDataString(token) })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }

        var requests = lines.Select(l => JsonDocument.Parse(l).RootElement)
            .Where(IsRequestLine)
            .Select(e => e.GetProperty("Properties"))
            .Select(p => (Line: $"HTTP {p.GetProperty("RequestMethod").GetString()} {p.GetProperty("RequestPath").GetString()} {p.GetProperty("StatusCode").GetInt32()}", CorrelationId: p.GetProperty("CorrelationId").GetString()))
            .ToList();
        var addPerson = Assert.Single(requests, r => r.Line == "HTTP POST /people/new 302");
        Assert.Matches("^[0-9a-f]{32}$", addPerson.CorrelationId);
        Assert.Contains(requests, r => r.Line == $"HTTP POST /teams/{team}/members/new 302");
        Assert.Contains(requests, r => r.Line == "HTTP GET /people 200");
        Assert.Contains(requests, r => r.Line == "HTTP POST /set-password 302");
        Assert.All(requests, r => Assert.Matches("^[0-9a-f]{32}$", r.CorrelationId));
        Assert.Equal(requests.Count, requests.Select(r => r.CorrelationId).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RequestLine_ForASearch_HoldsThePathStatusUserAndCorrelationId_ButNotTheQueryString(string provider)
    {
        const string searched = "Smithwick-Ollerenshaw";
        await using var app = await AppFactory.StartAsync(provider);
        var worker = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var client = await app.NewClient().SignInAsync(worker);

        var response = await client.GetAsync($"/search?q={searched}&page=1");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var correlationId = Assert.Single(response.Headers.GetValues("X-Correlation-Id"));
        var lines = ReadLogLines(app);
        var line = JsonDocument.Parse(Assert.Single(lines, l => l.Contains(correlationId, StringComparison.Ordinal) && IsRequestLine(JsonDocument.Parse(l).RootElement))).RootElement;
        var properties = line.GetProperty("Properties");
        Assert.Equal(
            ("GET", "/search", 200, correlationId, worker.UserId.ToString()),
            (properties.GetProperty("RequestMethod").GetString(), properties.GetProperty("RequestPath").GetString(), properties.GetProperty("StatusCode").GetInt32(),
                properties.GetProperty("CorrelationId").GetString(), properties.GetProperty("UserId").GetString()));
        Assert.Equal("Information", line.GetProperty("Level").GetString());
        Assert.StartsWith("HTTP \"GET\" \"/search\" responded 200 in ", line.GetProperty("RenderedMessage").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("Smithwick", StringComparison.OrdinalIgnoreCase) || l.Contains("?q=", StringComparison.Ordinal));
    }

    /// <summary>A start-up that fails, on a bad setting or a database it cannot open, says why in the app's own log file.</summary>
    [Theory]
    [InlineData("Workbook:SummaryDueWorkingDay", "99", "Workbook:SummaryDueWorkingDay must be a working day from 1 to 20.")]
    [InlineData("ConnectionStrings:FamilySafeguarding", "Data Source={file}/familysafeguarding.db", "unable to open database file")]
    public async Task StartUp_ThatFails_IsLoggedAsFatalWithTheReason(string setting, string value, string reason)
    {
        // A path under a file, not a folder: SQLite can never open it.
        var file = Path.GetTempFileName();
        try
        {
            var (app, failure) = await AppFactory.StartFailingAsync(TestDatabase.Sqlite, new Dictionary<string, string?> { [setting] = value.Replace("{file}", file, StringComparison.Ordinal) });
            await using (app)
            {
                Assert.Contains(reason, failure.ToString(), StringComparison.Ordinal);
                var fatal = Assert.Single(
                    ReadLogLines(app).Select(l => JsonDocument.Parse(l).RootElement),
                    e => e.GetProperty("Level").GetString() == "Fatal");
                Assert.Equal("The app failed to start or stopped unexpectedly", fatal.GetProperty("RenderedMessage").GetString());
                Assert.Contains(reason, fatal.GetProperty("Exception").GetString(), StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static bool IsRequestLine(JsonElement e) =>
        e.GetProperty("MessageTemplate").GetString()!.StartsWith("HTTP {RequestMethod} {RequestPath} responded {StatusCode}", StringComparison.Ordinal);

    /// <summary>Every line of the app's JSON log files; Serilog keeps them open, so they are read with sharing allowed.</summary>
    internal static List<string> ReadLogLines(AppFactory app)
    {
        var files = Directory.GetFiles(Path.Combine(app.DataFolder, "logs"), "*.json");
        Assert.NotEmpty(files);
        var lines = new List<string>();
        foreach (var file in files)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
            }
        }

        return lines;
    }
}
