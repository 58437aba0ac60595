using System.Net;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using FamilySafeguarding.Web.Infrastructure.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace FamilySafeguarding.IntegrationTests.Infrastructure;

/// <summary>The hidden fields a form page gives its form: the antiforgery token and, on a create form, the form key.</summary>
public sealed record FormTokens(string Token, string? Key)
{
    /// <summary>The fields as the browser would post them, with the token and the key.</summary>
    public FormUrlEncodedContent With(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var all = fields.Append(new("__RequestVerificationToken", Token));
        return new FormUrlEncodedContent(Key is null ? all : all.Append(new("__FormKey", Key)));
    }
}

/// <summary>Real browser-like form posts: fetch a page, take its antiforgery token (and a create form's key), post the fields.</summary>
public static partial class HttpExtensions
{
    public static async Task<HttpClient> SignInAsync(this HttpClient client, TestUser user)
    {
        var response = await client.PostFormAsync("/sign-in", new() { ["Email"] = user.Email, ["Password"] = user.Password }, tokenFrom: "/sign-in");
        Assert.True(
            response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/",
            $"Signing in as {user.Email} gave {(int)response.StatusCode} {response.Headers.Location}");
        return client;
    }

    /// <summary>Posts a form with the antiforgery token taken from <paramref name="tokenFrom"/> (by default the home page, whose sign-out form has one).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string tokenFrom = "/")
    {
        var token = await client.AntiforgeryTokenAsync(tokenFrom);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(url, content);
    }

    /// <summary>
    /// Sends a form as a browser does from the page that shows it: GETs <paramref name="page"/> (by default the form's
    /// own address, as for "/families/new"), takes the token and key of its form whose action is <paramref name="action"/>,
    /// and posts the fields there.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string action, Dictionary<string, string> fields, string? page = null) =>
        await client.PostAsync(action, (await client.FormTokensAsync(page ?? action, action)).With(fields));

    /// <summary>The token and form key of the form on <paramref name="page"/> that posts to <paramref name="action"/>.</summary>
    public static async Task<FormTokens> FormTokensAsync(this HttpClient client, string page, string action)
    {
        var document = await client.GetHtmlAsync(page);
        var form = document.QuerySelectorAll("form")
            .FirstOrDefault(f => string.Equals(f.GetAttribute("action"), action, StringComparison.OrdinalIgnoreCase));
        Assert.True(form is not null, $"No form posting to {action} on {page}");
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value");
        Assert.True(token is not null, $"The form posting to {action} on {page} has no antiforgery token");
        return new FormTokens(token, form.QuerySelector("input[name='__FormKey']")?.GetAttribute("value"));
    }

    /// <summary>
    /// The fields with a form key issued to the user for the form at <paramref name="action"/>, as a page shown earlier
    /// carries it (another tab, opened before the record changed so that the page no longer offers the form).
    /// </summary>
    public static Dictionary<string, string> WithFormKey(this Dictionary<string, string> fields, AppFactory app, TestUser user, string action)
    {
        fields["__FormKey"] = app.Services.GetRequiredService<FormKeys>().Issue(user.UserId, action);
        return fields;
    }

    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {url} ({(int)response.StatusCode})");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<IDocument> HtmlAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
    }

    public static async Task<IDocument> GetHtmlAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode} {response.Headers.Location}");
        return await response.HtmlAsync();
    }

    /// <summary>The error messages shown beside fields, by field id.</summary>
    public static IReadOnlyDictionary<string, string> FieldErrors(this IDocument page) =>
        page.QuerySelectorAll(".govuk-error-message")
            .ToDictionary(e => e.Id![..^"-error".Length], e => e.TextContent.Replace("Error:", string.Empty, StringComparison.Ordinal).Trim());

    /// <summary>The links in the GOV.UK error summary, as (href, text).</summary>
    public static IReadOnlyList<(string Href, string Text)> ErrorSummary(this IDocument page) =>
        page.QuerySelectorAll(".govuk-error-summary__list li")
            .Select(li => (li.QuerySelector("a")?.GetAttribute("href") ?? string.Empty, li.TextContent.Trim()))
            .ToList();

    public static string? ValueOf(this IDocument page, string name) =>
        page.QuerySelector($"[name='{name}']") switch
        {
            AngleSharp.Html.Dom.IHtmlSelectElement select => select.Value,
            AngleSharp.Html.Dom.IHtmlTextAreaElement area => area.Value,
            AngleSharp.Html.Dom.IHtmlInputElement { Type: "radio" } => page.QuerySelector($"[name='{name}']:checked")?.GetAttribute("value"),
            AngleSharp.Html.Dom.IHtmlInputElement input => input.Value,
            _ => null,
        };

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
