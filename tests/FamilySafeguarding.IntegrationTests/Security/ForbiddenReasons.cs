using System.Net;
using FamilySafeguarding.IntegrationTests.Infrastructure;

namespace FamilySafeguarding.IntegrationTests.Security;

/// <summary>Asserts a refusal is a 403 whose permission page says the reason that applies.</summary>
internal static class ForbiddenReasons
{
    public static async Task AssertForbiddenBecauseAsync(this HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Equal("You do not have permission to do this", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(reason, page.QuerySelector("main .app-forbidden-reason")?.TextContent.Trim());
    }
}
