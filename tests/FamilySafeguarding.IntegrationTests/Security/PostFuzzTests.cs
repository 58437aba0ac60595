using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using FamilySafeguarding.IntegrationTests.Families;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.SignIn;
using FamilySafeguarding.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilySafeguarding.IntegrationTests.Security;

/// <summary>
/// Nothing a browser can send produces a 500. For every POST route of the app (read from its endpoints, so a new form is
/// covered the day it is added), a seeded run of generated bodies: the real form with one field broken, every field
/// random, fields missing, keys repeated, extra fields (route ids among them), huge strings, wrong types, boundary
/// numbers and dates, markup, control characters and NULs. Each is sent by someone who may use the form, with the real
/// page's antiforgery token and hidden fields, so the body reaches the action. No answer may be a 5xx, a body with a NUL
/// must be a 400, and the log must hold no error. The count is fixed, so the run takes the same time in CI every day.
/// </summary>
public sealed class PostFuzzTests
{
    /// <summary>Bodies per route and engine, one of each shape: with some 50 routes, about 800 requests (a page and a post each) per engine.</summary>
    private const int BodiesPerRoute = 8;

    private static readonly string[] AnonymousPrefixes = ["/sign-in", "/set-password", "/sign-out"];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryPostRoute_WithGeneratedBodies_NeverAnswers5xx_AndLogsNoError(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var world = await app.Data.WorldAsync();
        var scene = await FamilyRouteAccessTests.FamilyWithEverythingAsync(app, world.TeamA1);
        var ids = new Dictionary<string, Guid>(scene.Ids)
        {
            ["membershipId"] = await app.WithDbAsync(db => db.TeamMemberships.Where(m => m.PersonId == world.SocialWorker.PersonId).Select(m => m.Id).FirstAsync()),
        };
        var clients = new Dictionary<string, HttpClient>
        {
            ["family"] = await app.NewClient().SignInAsync(world.TeamManager),
            ["administrator"] = await app.NewClient().SignInAsync(world.Administrator),
            ["anonymous"] = app.NewClient(),
        };

        var logLinesBefore = LoggingTests.ReadLogLines(app).Count;
        var routes = PostRoutes(app);
        Assert.True(routes.Count >= 50, $"Only {routes.Count} POST routes found");
        var failures = new List<string>();
        var sent = 0;
        foreach (var route in routes)
        {
            var url = Url(route.Template, world, ids);
            var client = clients[route.Template.StartsWith("/families/", StringComparison.Ordinal) ? "family"
                : AnonymousPrefixes.Any(p => route.Template.StartsWith(p, StringComparison.Ordinal)) ? "anonymous"
                : "administrator"];
            var random = new Random(Seed(route.Template));
            for (var i = 0; i < BodiesPerRoute; i++)
            {
                var form = await FormPageAsync(client, url);
                var (body, hasNul) = Generate(random, i, form, route.FieldNames, ids.Values.ToList());
                var response = await client.PostAsync(url, new FormUrlEncodedContent(body));
                sent++;
                if ((int)response.StatusCode >= 500 || (hasNul && response.StatusCode != HttpStatusCode.BadRequest))
                {
                    failures.Add($"POST {url} (seed {Seed(route.Template)}, body {i}) gave {(int)response.StatusCode}: {Describe(body)}");
                }
            }
        }

        var errors = LoggingTests.ReadLogLines(app)
            .Skip(logLinesBefore)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("Level").GetString() is "Error" or "Fatal")
            .Select(e => e.GetProperty("RenderedMessage").GetString() + " " + (e.TryGetProperty("Exception", out var ex) ? ex.GetString()?.Split('\n')[0] : null))
            .ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} posts failed:\n{string.Join('\n', failures.Take(20))}");
        Assert.True(errors.Count == 0, $"The log holds {errors.Count} errors after {sent} posts:\n{string.Join('\n', errors.Take(10))}");
    }

    /// <summary>The app's POST routes with the field names their action binds (complex parameters' properties, dates as day, month, year).</summary>
    private static List<(string Template, IReadOnlyList<string> FieldNames)> PostRoutes(AppFactory app) =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true
                && e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null
                && !e.RoutePattern.RawText!.TrimStart('/').StartsWith("error", StringComparison.Ordinal))
            .Select(e => ("/" + e.RoutePattern.RawText!.TrimStart('/'), FieldNames(e.Metadata.GetMetadata<ControllerActionDescriptor>()!, e.RoutePattern.Parameters.Select(p => p.Name))))
            .GroupBy(r => r.Item1)
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g.SelectMany(r => r.Item2).Distinct()]))
            .OrderBy(r => r.Key, StringComparer.Ordinal)];

    private static IEnumerable<string> FieldNames(ControllerActionDescriptor action, IEnumerable<string> routeParameters)
    {
        var fromRoute = routeParameters.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in action.Parameters)
        {
            var source = parameter.BindingInfo?.BindingSource;
            if (parameter.ParameterType == typeof(CancellationToken) || source == BindingSource.Services || fromRoute.Contains(parameter.Name))
            {
                continue;
            }

            foreach (var name in Names(parameter.ParameterType, parameter.Name, depth: 0))
            {
                yield return name;
            }
        }
    }

    private static IEnumerable<string> Names(Type type, string name, int depth)
    {
        if (IsSimple(type))
        {
            return [name];
        }

        if (type == typeof(DateInput))
        {
            return [name + ".Day", name + ".Month", name + ".Year"];
        }

        var element = type.IsArray ? type.GetElementType() : type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0] : null;
        if (element is not null)
        {
            return IsSimple(element) ? [name] : depth > 2 ? [] : Names(element, name + "[0]", depth + 1).Concat(Names(element, name + "[1]", depth + 1));
        }

        if (depth > 2)
        {
            return [];
        }

        // A complex parameter binds its properties without a prefix (MVC falls back to the empty prefix), which is how the views post them.
        var prefix = depth == 0 ? string.Empty : name + ".";
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.SetMethod!.IsPublic && p.GetCustomAttribute<BindNeverAttribute>() is null)
            .SelectMany(p => Names(p.PropertyType, prefix + p.Name, depth + 1));
    }

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(Guid) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(TimeOnly);
    }

    private static string Url(string template, World world, Dictionary<string, Guid> ids) =>
        template.StartsWith("/families/", StringComparison.Ordinal)
            ? FamilyRouteAccessTests.Fill(template, ids)
            : AnonymousAccessTests.Fill(template.Replace("{membershipId:guid}", ids["membershipId"].ToString(), StringComparison.Ordinal), world);

    /// <summary>A seed per route that does not change from run to run (string.GetHashCode does).</summary>
    private static int Seed(string template) => template.Aggregate(17, (h, c) => unchecked((h * 31) + c));

    /// <summary>The page that holds the form posting to the url (the url itself or a page above it), with its token and hidden fields.</summary>
    private static async Task<FormPage> FormPageAsync(HttpClient client, string url)
    {
        var path = url.Split('?')[0];
        for (var candidate = path; ; candidate = candidate[..Math.Max(candidate.LastIndexOf('/'), 0)])
        {
            var page = candidate.Length == 0 ? "/" : candidate;
            var response = await client.GetAsync(page);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var html = await response.HtmlAsync();
                var form = html.QuerySelectorAll("form").FirstOrDefault(f => string.Equals(f.GetAttribute("action"), path, StringComparison.OrdinalIgnoreCase));
                var token = (form is null ? (IParentNode)html : form).QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value");
                if (form is not null || page == "/")
                {
                    return new FormPage(token, form is null ? [] : Fields(form));
                }
            }

            if (page == "/")
            {
                return new FormPage(null, []);
            }
        }
    }

    private static List<KeyValuePair<string, string>> Fields(IElement form) =>
        [.. form.QuerySelectorAll("input[name], select[name], textarea[name]")
            .Where(e => e.GetAttribute("type") is not ("checkbox" or "radio") || e.HasAttribute("checked"))
            .Select(e => new KeyValuePair<string, string>(
                e.GetAttribute("name")!,
                e.LocalName == "textarea" ? e.TextContent
                    : e.LocalName == "select" ? e.QuerySelector("option[selected]")?.GetAttribute("value") ?? e.QuerySelector("option")?.GetAttribute("value") ?? string.Empty
                    : e.GetAttribute("value") ?? string.Empty))];

    /// <summary>One body of the run: its shape follows the body's number, its values the route's random sequence.</summary>
    private static (List<KeyValuePair<string, string>> Body, bool HasNul) Generate(Random random, int number, FormPage page, IReadOnlyList<string> names, IReadOnlyList<Guid> ids)
    {
        var real = page.Fields.Where(f => f.Key != "__RequestVerificationToken").ToList();
        var fieldNames = names.Concat(real.Select(f => f.Key)).Distinct(StringComparer.Ordinal).ToList();
        var body = new List<KeyValuePair<string, string>>();
        var hasNul = false;
        switch (number % 8)
        {
            case 0: // the real form, one field broken
                body.AddRange(real);
                if (fieldNames.Count > 0)
                {
                    var broken = fieldNames[random.Next(fieldNames.Count)];
                    body.RemoveAll(f => f.Key == broken);
                    body.Add(new(broken, Value(random, ids)));
                }

                break;
            case 1: // every field random
                body.AddRange(fieldNames.Select(n => new KeyValuePair<string, string>(n, Value(random, ids))));
                break;
            case 2: // fields missing
                body.AddRange(real.Where(_ => random.Next(2) == 0));
                break;
            case 3: // keys repeated, with different values
                foreach (var name in fieldNames)
                {
                    body.Add(new(name, Value(random, ids)));
                    body.Add(new(name, Value(random, ids)));
                }

                break;
            case 4: // extra fields, the route's ids and the binder's prefixes among them
                body.AddRange(real);
                foreach (var extra in new[] { "familyId", "form.FamilyId", "Id", "id", "PersonId", "UserId", "form.Id", "Version", "Header.Id", "__proto__", "Items[99999].Name", "a.b.c.d.e.f" })
                {
                    body.Add(new(extra, Value(random, ids)));
                }

                break;
            case 5: // huge strings
                body.AddRange(real);
                foreach (var name in fieldNames.Where(_ => random.Next(2) == 0))
                {
                    body.Add(new(name, new string((char)random.Next('a', 'z'), random.Next(10_001, 60_000))));
                }

                break;
            case 6: // a NUL somewhere
                body.AddRange(real);
                body.Add(new(fieldNames.Count > 0 ? fieldNames[random.Next(fieldNames.Count)] : "Field", "before\0after"));
                hasNul = true;
                break;
            default: // nothing but the token
                break;
        }

        if (page.Token is { } token)
        {
            body.Add(new("__RequestVerificationToken", token));
        }

        return (body, hasNul);
    }

    private static string Value(Random random, IReadOnlyList<Guid> ids) => random.Next(22) switch
    {
        0 => string.Empty,
        1 => "   ",
        2 => "0",
        3 => "-1",
        4 => int.MaxValue.ToString(CultureInfo.InvariantCulture),
        5 => "99999999999999999999999999999",
        6 => "1e308",
        7 => "NaN",
        8 => ids[random.Next(ids.Count)].ToString(),
        9 => Guid.NewGuid().ToString(),
        10 => Guid.Empty.ToString(),
        11 => "not-a-guid",
        12 => "31",
        13 => "2026",
        14 => "true",
        15 => "<script>alert(1)</script>\"'><img src=x>",
        16 => "'; DROP TABLE \"Families\"; --",
        17 => "%_\\[]*\"",
        18 => "\u202Eevil\u200B\uFEFF😀𝒳",
        19 => "line\r\nbreak\ttab\u0001\u001F\u007F",
        20 => new string('x', random.Next(200, 5_000)),
        _ => "\uFFFD\uFFFE\u0085",
    };

    private static string Describe(List<KeyValuePair<string, string>> body)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in body.Where(f => f.Key != "__RequestVerificationToken"))
        {
            text.Append(key).Append('=').Append(value.Length > 40 ? value[..40] + $"...({value.Length})" : value).Append("; ");
        }

        return text.ToString().Replace("\0", "\\0", StringComparison.Ordinal);
    }

    private sealed record FormPage(string? Token, List<KeyValuePair<string, string>> Fields);
}
