using System.Net;
using FamilySafeguarding.IntegrationTests.Infrastructure;

namespace FamilySafeguarding.IntegrationTests.Security;

/// <summary>A signed-in browser session, named for the failure messages ("service B's manager").</summary>
public sealed record SignedInUser(string Who, HttpClient Client);

/// <summary>Acting as given people, and the assertions the authorization tests share.</summary>
public static class Acting
{
    /// <summary>A new browser session signed in as the user. Sign-in hashes a password (~0.2 s): once per user per test.</summary>
    public static async Task<HttpClient> SignedInAsync(this AppFactory app, TestUser user) => await app.NewClient().SignInAsync(user);

    public static async Task<IReadOnlyList<SignedInUser>> SignedInAsync(this AppFactory app, params (string Who, TestUser User)[] users)
    {
        var sessions = new List<SignedInUser>();
        foreach (var (who, user) in users)
        {
            sessions.Add(new SignedInUser(who, await app.SignedInAsync(user)));
        }

        return sessions;
    }

    /// <summary>Each user posts the form (with a real antiforgery token) and gets exactly 403; the data is as it was before.</summary>
    public static async Task AssertForbiddenAndUnchangedAsync(this AppFactory app, IEnumerable<SignedInUser> users, string url, Dictionary<string, string> form)
    {
        var before = await DataFingerprint.TakeAsync(app);
        var emailsBefore = app.Email.Sent.Count;
        foreach (var (who, client) in users)
        {
            var response = await client.PostFormAsync(url, form);
            Assert.True(
                response.StatusCode == HttpStatusCode.Forbidden,
                $"POST {url} as {who} gave {(int)response.StatusCode} {response.Headers.Location}, not 403");
        }

        Assert.Equal(before, await DataFingerprint.TakeAsync(app));
        Assert.Equal(emailsBefore, app.Email.Sent.Count);
    }

    /// <summary>Each user GETs the page and gets exactly the status.</summary>
    public static async Task AssertStatusAsync(this SignedInUser user, HttpStatusCode expected, params string[] urls)
    {
        foreach (var url in urls)
        {
            var response = await user.Client.GetAsync(url);
            Assert.True(
                response.StatusCode == expected,
                $"GET {url} as {user.Who} gave {(int)response.StatusCode} {response.Headers.Location}, not {(int)expected}");
        }
    }

    public static async Task AssertRedirectAsync(this HttpResponseMessage response, string location)
    {
        Assert.True(
            response.StatusCode == HttpStatusCode.Redirect,
            $"Expected a redirect to {location}, got {(int)response.StatusCode}: {await ExplainAsync(response)}");
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    /// <summary>Asserts a redirect to a record's page under the prefix ("/people/"), and returns the record's id.</summary>
    public static async Task<Guid> AssertRedirectToRecordAsync(this HttpResponseMessage response, string prefix)
    {
        Assert.True(
            response.StatusCode == HttpStatusCode.Redirect,
            $"Expected a redirect to {prefix}{{id}}, got {(int)response.StatusCode}: {await ExplainAsync(response)}");
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        Assert.StartsWith(prefix, location, StringComparison.Ordinal);
        return Guid.Parse(location[prefix.Length..]);
    }

    /// <summary>The messages of a re-shown form's error summary (or where a redirect went), to explain an unexpected answer.</summary>
    private static async Task<string> ExplainAsync(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.OK
            ? string.Join("; ", (await response.HtmlAsync()).ErrorSummary().Select(e => e.Text))
            : response.Headers.Location?.OriginalString ?? string.Empty;
}
