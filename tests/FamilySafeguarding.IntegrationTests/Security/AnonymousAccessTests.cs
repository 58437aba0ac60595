using System.Net;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FamilySafeguarding.IntegrationTests.Security;

/// <summary>Every page needs sign-in, except sign-in itself (and its steps), sign-out, error and health.</summary>
public sealed partial class AnonymousAccessTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly string[] OpenPrefixes = ["/sign-in", "/sign-out", "/signed-out", "/set-password", "/error", "/health"];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryOtherPage_WhenAnonymous_RedirectsToSignIn(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var routes = AllRoutes(app).ToList();
        Assert.True(routes.Count > 20, $"Only {routes.Count} routes found");

        var client = app.NewClient();
        var checkedCount = 0;
        foreach (var (template, methods) in routes.Where(r => !OpenPrefixes.Any(p => r.Template.StartsWith(p, StringComparison.Ordinal))))
        {
            var url = Fill(template, world);
            foreach (var method in methods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method == "POST")
                {
                    request.Content = new FormUrlEncodedContent([]);
                }

                var response = await client.SendAsync(request);
                var location = response.Headers.Location?.OriginalString ?? string.Empty;
                Assert.True(
                    response.StatusCode == HttpStatusCode.Redirect && location.StartsWith("https://localhost/sign-in?returnUrl=", StringComparison.Ordinal),
                    $"{method} {url} gave {(int)response.StatusCode} {location}");
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 20);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OpenPages_WhenAnonymous_AreServed(string provider)
    {
        var (app, _) = await apps.GetAsync(provider);
        var client = app.NewClient();
        foreach (var url in new[] { "/sign-in", "/sign-out", "/signed-out", "/error", "/health/live", "/health/ready" })
        {
            var response = await client.GetAsync(url);
            Assert.True(
                response.StatusCode is HttpStatusCode.OK or HttpStatusCode.InternalServerError && response.Headers.Location is null,
                $"GET {url} gave {(int)response.StatusCode} {response.Headers.Location}");
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sign-in")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/error/404")).StatusCode);
    }

    /// <summary>Every controller route of the app, with the HTTP methods it accepts.</summary>
    public static IEnumerable<(string Template, string[] Methods)> AllRoutes(AppFactory app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Controllers.ControllerActionDescriptor>() is not null)
            .Select(e => ("/" + e.RoutePattern.RawText!.TrimStart('/'), e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToArray() ?? ["GET", "POST"]))
            .GroupBy(r => r.Item1)
            .Select(g => (g.Key, g.SelectMany(r => r.Item2).Distinct().ToArray()));

    /// <summary>Fills a route template's parameters with ids of real records from the world.</summary>
    public static string Fill(string template, World world)
    {
        var filled = template
            .Replace("{id:guid}", template.StartsWith("/teams", StringComparison.Ordinal) ? world.TeamA1.ToString()
                : template.StartsWith("/services", StringComparison.Ordinal) ? world.ServiceA.ToString()
                : template.StartsWith("/people", StringComparison.Ordinal) ? world.SocialWorker.PersonId.ToString()
                : world.Council.ToString(), StringComparison.Ordinal)
            .Replace("{serviceId:guid}", world.ServiceA.ToString(), StringComparison.Ordinal)
            .Replace("{membershipId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{statusCode:int}", "404", StringComparison.Ordinal)
            .Replace("{teamId:guid}", world.TeamA1.ToString(), StringComparison.Ordinal);

        // Any parameter left (a family, member or event id) gets a new id: these tests are about who may ask, not what is found.
        return WithNewIds(filled);
    }

    /// <summary>Every {name:guid} parameter of a template filled with a new id, and a workbook's {month} (yyyy-MM) with a month.</summary>
    public static string WithNewIds(string template) =>
        OtherGuid().Replace(template, _ => Guid.NewGuid().ToString()).Replace("{month}", "2026-10", StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\w+:guid\}")]
    private static partial System.Text.RegularExpressions.Regex OtherGuid();
}
