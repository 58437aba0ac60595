using System.Net;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Security;

/// <summary>
/// GET is safe: no page changes anything when it is opened, so a link, a prefetch or an image tag on another site cannot
/// make a change (only POSTs with an antiforgery token can). The app does not audit reads of teams and people, so even
/// the audit log stays as it was. Looks at a family's record, and refusals, go to the family access log, which is not data.
/// </summary>
public sealed class GetRequestTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>
    /// The authenticator set-up page stores a new authenticator key the first time it is shown (as ASP.NET Core
    /// Identity's own pages do), so the key shown in the QR code is the one the next POST checks. It is left out here;
    /// see <see cref="TwoFactorSetUpPage_WhenFirstOpened_DoesNotEndTheSession"/>.
    /// </summary>
    private const string TwoFactorSetUp = "/account/two-factor";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryGetRoute_AsAdministrator_ChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var membershipId = await app.WithDbAsync(db => db.TeamMemberships
            .Where(m => m.PersonId == world.SocialWorker.PersonId && m.TeamId == world.TeamA1).Select(m => m.Id).SingleAsync());
        var administrator = await app.SignedInAsync(world.Administrator);
        var urls = AnonymousAccessTests.AllRoutes(app)
            .Where(r => r.Methods.Contains("GET") && r.Template != TwoFactorSetUp)
            .Select(r => AnonymousAccessTests.Fill(r.Template.Replace("{membershipId:guid}", membershipId.ToString(), StringComparison.Ordinal), world))
            .ToList();
        Assert.True(urls.Count >= 20, $"Only {urls.Count} GET routes found");
        var before = await DataFingerprint.TakeAsync(app);

        var answers = new List<string>();
        foreach (var url in urls)
        {
            var response = await administrator.GetAsync(url);
            answers.Add($"{url} {(int)response.StatusCode}");
            Assert.True(
                response.StatusCode != HttpStatusCode.InternalServerError || url == "/error",
                $"GET {url} gave 500");
        }

        Assert.Equal(before, await DataFingerprint.TakeAsync(app));
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync("/")).StatusCode);
        Assert.True(answers.Count(a => a.EndsWith(" 200", StringComparison.Ordinal)) >= 15, string.Join("\n", answers));
    }

    /// <summary>
    /// Showing the set-up page must not renew the security stamp: sessions check the stamp on every request, so a person
    /// who opens the page (as everyone must, straight after their first sign-in, when two-factor is required) would be
    /// signed out by their next request and lose the code they typed. (Identity's
    /// ResetAuthenticatorKeyAsync renews the stamp, so the page stores the first key without it.)
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TwoFactorSetUpPage_WhenFirstOpened_DoesNotEndTheSession(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserAsync(await app.Data.PersonAsync(Domain.People.JobRole.SocialWorker, world.Council));
        var client = await app.SignedInAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(TwoFactorSetUp)).StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(2));

        var response = await client.GetAsync("/people");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Two minutes after opening the set-up page: {(int)response.StatusCode} {response.Headers.Location}");
    }
}
