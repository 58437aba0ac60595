using System.Net;
using System.Text;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.SignIn;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Security;

/// <summary>
/// A request the app cannot read is the sender's fault: 400 with the error page, never a 500, signed in or not, and the
/// error page never binds the broken form. A search treats every character as text, NUL included, on both engines.
/// </summary>
public sealed class BrokenRequestTests(Apps apps) : IClassFixture<Apps>
{
    public static TheoryData<string, string> ProvidersAndBrokenBodies
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var provider in Providers.All)
            {
                foreach (var body in new[] { "nul-in-value", "nul-in-name", "too-many-fields", "huge-value", "huge-body", "bad-multipart", "multipart-without-boundary" })
                {
                    data.Add(provider, body);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ProvidersAndBrokenBodies))]
    public async Task SignIn_WithABrokenBody_IsBadRequestWithTheErrorPage_AndSignsNobodyIn(string provider, string body)
    {
        var (app, world) = await apps.GetAsync(provider);
        var client = app.NewClient();
        var token = await client.AntiforgeryTokenAsync("/sign-in");

        var response = await client.PostAsync("/sign-in", Broken(body, token, new() { ["Email"] = world.SocialWorker.Email, ["Password"] = world.SocialWorker.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Sorry, that did not work", await response.HeadingAsync());
        Assert.Null(response.CookieSet(SignInSteps.AuthCookie));
        SignInSteps.AssertSentToSignIn(await client.GetAsync("/teams"));
    }

    [Theory]
    [MemberData(nameof(ProvidersAndBrokenBodies))]
    public async Task CreateForm_WithABrokenBody_IsBadRequest_AndChangesNothing(string provider, string body)
    {
        var (app, world) = await apps.GetAsync(provider);
        var administrator = await app.SignedInAsync(world.Administrator);
        var token = await administrator.AntiforgeryTokenAsync("/organisations/new");
        var before = await DataFingerprint.TakeAsync(app);

        var response = await administrator.PostAsync("/organisations/new", Broken(body, token, new() { ["Name"] = "Broken Body Trust", ["Kind"] = "DomesticAbuseCharity" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Sorry, that did not work", await response.HeadingAsync());
        Assert.Equal(before, await DataFingerprint.TakeAsync(app));
    }

    /// <summary>Control: the same form, whole, is accepted, so the 400s above are down to what was broken.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateForm_WithALongButValidBody_IsAccepted(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var administrator = await app.SignedInAsync(world.Administrator);
        var name = ValidForms.Unique("Whole Body Trust");
        var fields = new Dictionary<string, string> { ["Name"] = name, ["Kind"] = "DomesticAbuseCharity" };
        for (var i = 0; i < 900; i++)
        {
            fields[$"Unused{i}"] = new string('x', 200);
        }

        var response = await administrator.SubmitAsync("/organisations/new", fields);

        await response.AssertRedirectAsync("/organisations");
        Assert.True(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == name)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Searches_WithANulOrOtherControlCharacters_AreTreatedAsText(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var familyId = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId, "Nulling family");
        var worker = await app.SignedInAsync(world.SocialWorker);
        var administrator = await app.SignedInAsync(world.Administrator);

        foreach (var q in new[] { "%00", "Nulling%00", "%00%01%1F%7F", "Null%E2%80%8Bing" })
        {
            var families = await worker.GetHtmlAsync($"/families?q={q}");
            Assert.Empty(families.QuerySelectorAll($"a[href='/families/{familyId}']"));
            await worker.GetHtmlAsync($"/search?q={q}");
            await administrator.GetHtmlAsync($"/people?name={q}");
        }

        // Control: the text without the NUL finds the family.
        Assert.NotEmpty((await worker.GetHtmlAsync("/families?q=Nulling")).QuerySelectorAll($"a[href='/families/{familyId}']"));
        Assert.True(await app.WithDbAsync(db => db.Families.AnyAsync(f => f.Id == familyId)));
    }

    /// <summary>A request body in one of the broken shapes, carrying the antiforgery token so that only the shape is wrong.</summary>
    private static HttpContent Broken(string kind, string token, Dictionary<string, string> fields)
    {
        var pairs = fields.Append(new("__RequestVerificationToken", token)).ToList();
        switch (kind)
        {
            case "nul-in-value":
                pairs.Add(new("Note", "before\0after"));
                return new FormUrlEncodedContent(pairs);
            case "nul-in-name":
                pairs.Add(new("No\0te", "text"));
                return new FormUrlEncodedContent(pairs);
            case "too-many-fields":
                pairs.AddRange(Enumerable.Range(0, 1100).Select(i => new KeyValuePair<string, string>($"f{i}", "x")));
                return new FormUrlEncodedContent(pairs);
            case "huge-value":
                pairs.Add(new("Note", new string('x', 300 * 1024)));
                return new FormUrlEncodedContent(pairs);
            case "huge-body":
                pairs.AddRange(Enumerable.Range(0, 20).Select(i => new KeyValuePair<string, string>($"f{i}", new string('y', 250 * 1024))));
                return new FormUrlEncodedContent(pairs);
            case "bad-multipart":
                var multipart = new StringContent("--b\r\nContent-Disposition: form-data; name=\"Email\"\r\n\r\nno closing boundary", Encoding.UTF8);
                multipart.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
                return multipart;
            case "multipart-without-boundary":
                var unbounded = new StringContent("Email=a", Encoding.UTF8);
                unbounded.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data");
                return unbounded;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }
}
