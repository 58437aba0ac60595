using System.Net;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;

namespace FamilySafeguarding.IntegrationTests.SignIn;

/// <summary>Error pages give a reference the service desk can find in the logs: the request's correlation id.</summary>
public sealed class ErrorPageTests(Apps apps) : IClassFixture<Apps>
{
    [Fact]
    public async Task NotFoundPage_ShowsTheRequestsCorrelationIdAsItsReference()
    {
        var (app, _) = await apps.GetAsync(TestDatabase.Sqlite);
        var client = await app.NewClient().SignInAsync(await app.Data.UserInRoleAsync(JobRole.SocialWorker));

        foreach (var url in new[] { "/no-such-page", $"/teams/{Guid.NewGuid()}" })
        {
            var response = await client.GetAsync(url);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var correlationId = Assert.Single(response.Headers.GetValues("X-Correlation-Id"));
            Assert.Matches("^[0-9a-f]{32}$", correlationId);
            var page = await response.HtmlAsync();
            Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent.Trim());
            Assert.Contains($"Reference: {correlationId}", page.QuerySelector("main")?.TextContent ?? page.Body!.TextContent, StringComparison.Ordinal);
        }
    }
}
