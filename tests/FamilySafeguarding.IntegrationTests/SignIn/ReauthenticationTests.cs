using System.Net;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.Web.Features.Account;
using Microsoft.EntityFrameworkCore;
using static FamilySafeguarding.IntegrationTests.SignIn.SignInSteps;

namespace FamilySafeguarding.IntegrationTests.SignIn;

/// <summary>
/// Changing the second factor needs the password again in the same post, however recently the person signed in (ASVS 5.0
/// 7.5.1), so a stolen session cannot set up its own authenticator, mint recovery codes or turn two-factor off. Without
/// the password, or with a wrong one, nothing changes (the account row and its tokens are compared) and the form says so
/// beside the field.
/// </summary>
public sealed class ReauthenticationTests(Apps apps) : IClassFixture<Apps>
{
    private const string SetUp = "/account/two-factor";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SettingUpTheAuthenticator_WithoutTheRightPassword_IsRefusedAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(Domain.People.JobRole.SocialWorker, world.Council);
        var client = await app.NewClient().SignInAsync(user);
        var key = await client.AuthenticatorKeyShownAsync();
        var before = await SecondFactorAsync(app, user.UserId);
        var code = CodeNow(app, key);

        foreach (var (password, message) in Refusals)
        {
            var response = await client.PostFormAsync(SetUp, new() { ["Code"] = code, ["Password"] = password }, tokenFrom: SetUp);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.HtmlAsync();
            Assert.Equal(message, page.FieldErrors()["Password"]);
            Assert.Contains(("#Password", message), page.ErrorSummary());
            Assert.Equal(code, page.ValueOf("Code"));
            Assert.Equal(before, await SecondFactorAsync(app, user.UserId));
        }

        // The code was not spent by the refused posts: with the password, the same code turns it on.
        await client.SetUpAuthenticatorAsync(app, user);
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewRecoveryCodes_WithoutTheRightPassword_AreRefusedAndChangeNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(Domain.People.JobRole.SocialWorker, world.Council);
        var client = await app.NewClient().SignInAsync(user);
        var (_, oldCodes) = await client.SetUpAuthenticatorAsync(app, user);
        var before = await SecondFactorAsync(app, user.UserId);

        foreach (var (password, message) in Refusals)
        {
            var response = await client.PostFormAsync($"{SetUp}/recovery-codes", new() { ["NewCodesPassword"] = password }, tokenFrom: SetUp);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.HtmlAsync();
            Assert.Equal("Two-factor authentication", page.QuerySelector("h1")?.TextContent.Trim());
            Assert.Equal(message, page.FieldErrors()["NewCodesPassword"]);
            Assert.Contains(("#NewCodesPassword", message), page.ErrorSummary());
            Assert.Equal(before, await SecondFactorAsync(app, user.UserId));
        }

        var accepted = await client.PostFormAsync($"{SetUp}/recovery-codes", new() { ["NewCodesPassword"] = user.Password }, tokenFrom: SetUp);
        var codes = (await accepted.HtmlAsync()).QuerySelectorAll(".app-recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Empty(codes.Intersect(oldCodes));
        Assert.NotEqual(before, await SecondFactorAsync(app, user.UserId));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TurningOffTwoFactor_WithoutTheRightPassword_IsRefusedAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(Domain.People.JobRole.SocialWorker, world.Council);
        var client = await app.NewClient().SignInAsync(user);
        await client.SetUpAuthenticatorAsync(app, user);
        var before = await SecondFactorAsync(app, user.UserId);

        foreach (var (password, message) in Refusals)
        {
            var response = await client.PostFormAsync($"{SetUp}/turn-off", new() { ["TurnOffPassword"] = password }, tokenFrom: SetUp);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.HtmlAsync();
            Assert.Equal(message, page.FieldErrors()["TurnOffPassword"]);
            Assert.Contains(("#TurnOffPassword", message), page.ErrorSummary());
            Assert.Equal(before, await SecondFactorAsync(app, user.UserId));
        }

        AssertRedirect(await client.PostFormAsync($"{SetUp}/turn-off", new() { ["TurnOffPassword"] = user.Password }, tokenFrom: SetUp), SetUp);
        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    /// <summary>No password, then a wrong one (the signed-in person's password typed with a slip), and what each should say.</summary>
    private static (string Password, string Message)[] Refusals =>
    [
        (string.Empty, ReauthenticationMessages.Missing),
        (TestData.Password + "x", ReauthenticationMessages.Wrong),
    ];

    /// <summary>Everything about the account's second factor: the flag, the last code's time step, the stamp and the stored key and codes.</summary>
    private static Task<string> SecondFactorAsync(AppFactory app, Guid userId) => app.WithDbAsync(async db =>
    {
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.TwoFactorEnabled, u.LastTotpTimeStep, u.SecurityStamp }).SingleAsync();
        var tokens = await db.UserTokens.AsNoTracking().Where(t => t.UserId == userId)
            .OrderBy(t => t.Name).Select(t => t.Name + "=" + t.Value).ToListAsync();
        return $"{account.TwoFactorEnabled} {account.LastTotpTimeStep} {account.SecurityStamp} {string.Join(" ", tokens)}";
    });
}
