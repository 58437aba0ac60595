using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Application.Security;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.IntegrationTests.SignIn;

/// <summary>The steps of signing in and out as a browser takes them, for the sign-in and session tests.</summary>
public static class SignInSteps
{
    public const string WrongDetails = "Enter a correct email address and password";

    public const string AuthCookie = "__Host-FamilySafeguarding";

    /// <summary>Where the password step sends someone with two-factor authentication on.</summary>
    public const string TwoFactorStep = "/sign-in/two-factor?returnUrl=%2F";

    public const string RecoveryCodeStep = "/sign-in/recovery-code?returnUrl=%2F";

    public const string WrongCode = "The code is not correct or has already been used. Enter the current code from your authenticator app";

    public const string AntiforgeryCookie = "__Host-FamilySafeguarding.af";

    /// <summary>Posts the sign-in form and returns the response as it is, whatever it is.</summary>
    public static Task<HttpResponseMessage> TryToSignInAsync(this HttpClient client, string email, string password) =>
        client.PostFormAsync("/sign-in", new() { ["Email"] = email, ["Password"] = password }, tokenFrom: "/sign-in");

    public static async Task SignOutAsync(this HttpClient client)
    {
        var response = await client.PostFormAsync("/sign-out", [], tokenFrom: "/sign-out");
        AssertRedirect(response, "/signed-out");
    }

    public static void AssertRedirect(HttpResponseMessage response, string location) =>
        Assert.True(
            response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == location,
            $"Expected a redirect to {location}, got {(int)response.StatusCode} {response.Headers.Location}");

    /// <summary>Asserts the response sends the browser to the sign-in page, as for a request with no valid session.</summary>
    public static void AssertSentToSignIn(HttpResponseMessage response) =>
        Assert.True(
            response.StatusCode == HttpStatusCode.Redirect
                && response.Headers.Location?.OriginalString.StartsWith("https://localhost/sign-in?returnUrl=", StringComparison.Ordinal) == true,
            $"Expected a redirect to sign-in, got {(int)response.StatusCode} {response.Headers.Location}");

    public static async Task<string> HeadingAsync(this HttpResponseMessage response) =>
        (await response.HtmlAsync()).QuerySelector("h1")?.TextContent.Trim() ?? string.Empty;

    /// <summary>The sign-in page shown again with the one message that never says whether the account exists.</summary>
    public static async Task AssertWrongDetailsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Equal(WrongDetails, page.FieldErrors()["Email"]);
        Assert.Equal([("#Email", WrongDetails)], page.ErrorSummary());
    }

    /// <summary>The value of a cookie the response sets, or null.</summary>
    public static string? CookieSet(this HttpResponseMessage response, string name) =>
        SetCookies(response)
            .Where(c => c.StartsWith(name + "=", StringComparison.Ordinal))
            .Select(c => c[(name.Length + 1)..].Split(';')[0])
            .LastOrDefault();

    public static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    /// <summary>A client with no cookie jar and no redirects: it sends exactly the cookies a test gives it.</summary>
    public static HttpClient BareClient(this AppFactory app) =>
        new(app.Server.CreateHandler()) { BaseAddress = new Uri("https://localhost") };

    /// <summary>GETs a page with only the given session cookie, as someone replaying a copy of it would.</summary>
    public static async Task<HttpResponseMessage> GetWithCookieAsync(this HttpClient bareClient, string url, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", $"{AuthCookie}={cookie}");
        return await bareClient.SendAsync(request);
    }

    /// <summary>Signs in with a new client and keeps a copy of the session cookie its sign-in response set, as a thief would.</summary>
    public static async Task<(HttpClient Client, CopiedSession Copy)> SignInKeepingACopyAsync(this AppFactory app, TestUser user)
    {
        var client = app.NewClient();
        var response = await client.TryToSignInAsync(user.Email, user.Password);
        AssertRedirect(response, "/");
        var cookie = response.CookieSet(AuthCookie) ?? throw new InvalidOperationException("The sign-in response set no session cookie.");
        return (client, new CopiedSession(app.BareClient(), cookie));
    }

    /// <summary>The session id inside a sign-in cookie, read as the cookie handler reads it.</summary>
    public static Guid SessionIdOf(this AppFactory app, string cookie)
    {
        var options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var ticket = options.TicketDataFormat.Unprotect(cookie) ?? throw new InvalidOperationException("Not a sign-in cookie of this app.");
        return Guid.ParseExact(ticket.Principal.Claims.Single().Value, "N");
    }

    public static Task<UserSession> SessionAsync(this AppFactory app, Guid sessionId) =>
        app.WithDbAsync(db => db.UserSessions.AsNoTracking().SingleAsync(s => s.Id == sessionId));

    /// <summary>The current values of a form's fields, as a browser would submit them (without the antiforgery token).</summary>
    public static async Task<Dictionary<string, string>> FormFieldsAsync(this HttpClient client, string url, string formAction)
    {
        var page = await client.GetHtmlAsync(url);
        var form = page.QuerySelector($"form[action='{formAction}']") ?? throw new InvalidOperationException($"No form posting to {formAction} on {url}");
        var fields = new Dictionary<string, string>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (name is "__RequestVerificationToken" or "__FormKey")
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "radio" or "checkbox" } box when box.IsChecked:
                    fields[name] = box.Value;
                    break;
                case IHtmlInputElement { Type: "radio" or "checkbox" }:
                    break;
                case IHtmlInputElement input:
                    fields[name] = input.Value;
                    break;
                case IHtmlSelectElement select:
                    fields[name] = select.Value ?? string.Empty;
                    break;
                case IHtmlTextAreaElement area:
                    fields[name] = area.Value;
                    break;
            }
        }

        return fields;
    }

    /// <summary>
    /// Sets up the authenticator app on /account/two-factor as a person would: reads the key from the page, enters the
    /// code an app would show now and their password. Returns the key and the recovery codes shown once afterwards.
    /// </summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> SetUpAuthenticatorAsync(this HttpClient client, AppFactory app, TestUser user)
    {
        var key = await client.AuthenticatorKeyShownAsync();
        var response = await client.PostFormAsync(
            "/account/two-factor", new() { ["Code"] = CodeNow(app, key), ["Password"] = user.Password }, tokenFrom: "/account/two-factor");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var codesPage = await response.HtmlAsync();
        Assert.Equal("Your recovery codes", codesPage.QuerySelector("h1")?.TextContent.Trim());
        var codes = codesPage.QuerySelectorAll(".app-recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        return (key, codes);
    }

    /// <summary>Posts a code from the authenticator app at the second step of signing in.</summary>
    public static Task<HttpResponseMessage> EnterCodeAsync(this HttpClient client, string code) =>
        client.PostFormAsync("/sign-in/two-factor", new() { ["Code"] = code, ["ReturnUrl"] = "/" }, tokenFrom: TwoFactorStep);

    /// <summary>Posts a recovery code at the second step of signing in.</summary>
    public static Task<HttpResponseMessage> EnterRecoveryCodeAsync(this HttpClient client, string code) =>
        client.PostFormAsync("/sign-in/recovery-code", new() { ["RecoveryCode"] = code, ["ReturnUrl"] = "/" }, tokenFrom: RecoveryCodeStep);

    /// <summary>Turns two-factor authentication on for the account directly (no request is made); returns the key.</summary>
    public static async Task<string> TurnOnTwoFactorAsync(this AppFactory app, TestUser user)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var account = (await users.FindByIdAsync(user.UserId.ToString()))!;
        await users.ResetAuthenticatorKeyAsync(account);
        await users.SetTwoFactorEnabledAsync(account, true);
        return (await users.GetAuthenticatorKeyAsync(account))!;
    }

    /// <summary>The key the set-up page shows to type into an authenticator app (it is stored when the page is first shown).</summary>
    public static async Task<string> AuthenticatorKeyShownAsync(this HttpClient client)
    {
        var page = await client.GetHtmlAsync("/account/two-factor");
        return page.QuerySelector(".app-key")?.TextContent ?? throw new InvalidOperationException("No authenticator key on the set-up page.");
    }

    /// <summary>The six-digit code an authenticator app holding <paramref name="key"/> shows at the app's current time.</summary>
    public static string CodeNow(AppFactory app, string key) =>
        ReplayGuardedAuthenticatorTokenProvider.CodeFor(Base32.Decode(key), app.Clock.GetUtcNow().ToUnixTimeSeconds() / 30)
            .ToString("D6", CultureInfo.InvariantCulture);
}

/// <summary>
/// A copy of a session's cookie, replayed by a client with no cookie jar, as someone who lifted it would: pages, and
/// posts to keep-alive with an antiforgery cookie and token fetched once for the copy (from a page it can open, or else
/// from the sign-in page).
/// </summary>
public sealed class CopiedSession(HttpClient bareClient, string cookie)
{
    private (string Cookie, string Token)? _antiforgery;

    public string Cookie => cookie;

    public Task<HttpResponseMessage> GetAsync(string url) => bareClient.GetWithCookieAsync(url, cookie);

    public async Task<HttpResponseMessage> KeepAliveAsync()
    {
        var (antiforgery, token) = _antiforgery ??= await AntiforgeryAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/session/keep-alive");
        request.Headers.Add("Cookie", $"{SignInSteps.AuthCookie}={cookie}; {SignInSteps.AntiforgeryCookie}={antiforgery}");
        request.Headers.Add("RequestVerificationToken", token);
        return await bareClient.SendAsync(request);
    }

    private async Task<(string, string)> AntiforgeryAsync()
    {
        var page = await GetAsync("/");
        if (page.StatusCode != HttpStatusCode.OK)
        {
            page = await bareClient.GetAsync("/sign-in");
        }

        var antiforgery = page.CookieSet(SignInSteps.AntiforgeryCookie) ?? throw new InvalidOperationException("No antiforgery cookie was set.");
        return (antiforgery, TokenOf(await page.Content.ReadAsStringAsync()));
    }

    private static string TokenOf(string html)
    {
        const string Marker = "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"";
        var at = html.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("The page has no antiforgery token.");
        }

        var start = at + Marker.Length;
        return WebUtility.HtmlDecode(html[start..html.IndexOf('"', start)]);
    }
}
