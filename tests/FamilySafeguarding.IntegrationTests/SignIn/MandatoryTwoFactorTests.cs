using System.Net;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using static FamilySafeguarding.IntegrationTests.SignIn.SignInSteps;

namespace FamilySafeguarding.IntegrationTests.SignIn;

/// <summary>The app with two-factor authentication mandatory, as it is in production (appsettings.json).</summary>
public sealed class MandatoryTwoFactorApps : Apps
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?> { ["Authentication:RequireTwoFactor"] = "true" };
}

/// <summary>
/// When two-factor authentication is mandatory (ASVS 5.0 6.3.3), someone signed in with only a password can set up an
/// authenticator app or sign out, and reach nothing else.
/// </summary>
public sealed class MandatoryTwoFactorTests(MandatoryTwoFactorApps apps) : IClassFixture<MandatoryTwoFactorApps>
{
    private const string SetUp = "/account/two-factor";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WithoutTwoFactor_EveryPageLeadsToSetUp_UntilTheAuthenticatorIsSetUp(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var client = await app.NewClient().SignInAsync(user);

        foreach (var url in new[] { "/", "/teams", $"/teams/{world.TeamA1}", "/people", $"/people/{world.SocialWorker.PersonId}" })
        {
            AssertRedirect(await client.GetAsync(url), SetUp);
        }

        // Not only pages: a form posted straight to the app is turned away before it reaches the action.
        var token = await client.AntiforgeryTokenAsync(SetUp);
        using var post = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        AssertRedirect(await client.PostAsync($"/people/{world.SocialWorker.PersonId}/edit", post), SetUp);

        var setUpPage = await client.GetHtmlAsync(SetUp);
        Assert.Contains("You need to set up an authenticator app before you can use the service", setUpPage.QuerySelector(".govuk-inset-text")?.TextContent, StringComparison.Ordinal);

        await client.SetUpAuthenticatorAsync(app, user);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/teams")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/people")).StatusCode);

        // Mandatory means it cannot be turned off again.
        var turnOff = await client.PostFormAsync("/account/two-factor/turn-off", new() { ["TurnOffPassword"] = user.Password }, tokenFrom: SetUp);
        Assert.Equal(HttpStatusCode.Forbidden, turnOff.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WithoutTwoFactor_SigningOutStillWorks(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var client = await app.NewClient().SignInAsync(user);
        AssertRedirect(await client.GetAsync("/teams"), SetUp);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sign-out")).StatusCode);
        await client.SignOutAsync();

        AssertSentToSignIn(await client.GetAsync("/teams"));
        AssertSentToSignIn(await client.GetAsync(SetUp));
    }
}
