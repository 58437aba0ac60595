using System.Net;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using static FamilySafeguarding.IntegrationTests.SignIn.SignInSteps;

namespace FamilySafeguarding.IntegrationTests.SignIn;

/// <summary>
/// The response headers and cookies the OWASP HTTP Headers and Session Management cheat sheets ask for (ASVS 5.0 3.3,
/// 3.4). They do not depend on the database, so these tests run on SQLite only.
/// </summary>
public sealed class SecurityHeaderTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>A council's address for the service: HSTS is never sent for localhost, so the HSTS tests use this.</summary>
    private const string CouncilHost = "https://fs.council.example";

    [Fact]
    public async Task SignInPage_CarriesTheSecurityHeaders_AndASecureAntiforgeryCookie()
    {
        var (app, _) = await apps.GetAsync(TestDatabase.Sqlite);

        var response = await app.NewClient().GetAsync("/sign-in");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
        AssertHostOnlySecureCookie(response, AuthCookie + ".af");
    }

    [Fact]
    public async Task SignedInPages_CarryTheSecurityHeaders_AndTheSessionCookieIsHostOnlySecureAndHttpOnly()
    {
        var (app, _) = await apps.GetAsync(TestDatabase.Sqlite);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var client = app.NewClient();

        var signIn = await client.TryToSignInAsync(user.Email, user.Password);
        AssertRedirect(signIn, "/");
        AssertHostOnlySecureCookie(signIn, AuthCookie);
        AssertSecurityHeaders(signIn);

        foreach (var url in new[] { "/", "/teams", "/people" })
        {
            var page = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            AssertSecurityHeaders(page);
        }

        // Every cookie the app sets on the way is __Host- prefixed, Secure and HttpOnly. (Identity also deletes its
        // external-login cookie at sign-out; the app never sets it, and the deletion carries the same attributes.)
        var signOut = await client.PostFormAsync("/sign-out", [], tokenFrom: "/sign-out");
        foreach (var cookie in SetCookies(signIn).Concat(SetCookies(signOut)))
        {
            AssertCookieAttributes(cookie, deletion: cookie.Contains("=;", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Hsts_IsSentInProduction_ForAYear_IncludingSubdomains()
    {
        var (app, _) = await apps.GetAsync(TestDatabase.Sqlite);

        var response = await app.NewClient().GetAsync(CouncilHost + "/sign-in");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        var maxAge = hsts.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("max-age=", StringComparison.Ordinal));
        Assert.True(long.Parse(maxAge["max-age=".Length..], System.Globalization.CultureInfo.InvariantCulture) >= 31_536_000, hsts);
        Assert.Contains("includeSubDomains", hsts.Split(';', StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Hsts_IsNotSentInDevelopment()
    {
        await using var app = await AppFactory.StartAsync(TestDatabase.Sqlite, environment: "Development");

        var response = await app.NewClient().GetAsync(CouncilHost + "/sign-in");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var url = response.RequestMessage?.RequestUri;
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray());
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal(["'none'"], directives["base-uri"]);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.Contains("Referrer-Policy"), $"No Referrer-Policy on {url}");
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"Cache-Control on {url} is {response.Headers.CacheControl}");
        Assert.False(response.Headers.Contains("Server"), $"Server header on {url}");
        Assert.False(response.Headers.Contains("X-Powered-By"), $"X-Powered-By header on {url}");
    }

    private static void AssertHostOnlySecureCookie(HttpResponseMessage response, string name)
    {
        var cookies = SetCookies(response).Where(c => c.StartsWith(name + "=", StringComparison.Ordinal)).ToList();
        AssertCookieAttributes(Assert.Single(cookies));
    }

    /// <summary>
    /// __Host- cookies are sent back only to this host over HTTPS (Secure, Path=/ and no Domain are what browsers require
    /// of the prefix); HttpOnly keeps them from scripts; SameSite=Lax keeps them off cross-site posts.
    /// </summary>
    private static void AssertCookieAttributes(string setCookie, bool deletion = false)
    {
        var parts = setCookie.Split(';', StringSplitOptions.TrimEntries);
        var attributes = parts.Skip(1).Select(p => p.ToLowerInvariant()).ToList();
        if (!deletion)
        {
            Assert.StartsWith("__Host-FamilySafeguarding", parts[0], StringComparison.Ordinal);
        }

        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
    }
}
