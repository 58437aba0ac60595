using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static FamilySafeguarding.IntegrationTests.SignIn.SignInSteps;

namespace FamilySafeguarding.IntegrationTests.SignIn;

/// <summary>
/// The second factor's secrets are unreadable in the database (ASVS 5.0 6.5.2): recovery codes hashed, the authenticator
/// key encrypted with Data Protection. Values stored in plain text before still work, and are then stored protected.
/// </summary>
public sealed class TwoFactorSecretsTests(Apps apps) : IClassFixture<Apps>
{
    private const string Provider = "[AspNetUserStore]";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecoveryCodes_AreStoredHashed_AndAShownCodeSignsInOnlyOnce(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var client = await app.NewClient().SignInAsync(user);
        var (_, codes) = await client.SetUpAuthenticatorAsync(app, user);

        var stored = await TokenAsync(app, user.UserId, "RecoveryCodes");
        Assert.StartsWith("$rc1$", stored, StringComparison.Ordinal);
        foreach (var code in codes)
        {
            Assert.DoesNotContain(code, stored, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(code.Replace("-", string.Empty, StringComparison.Ordinal), stored, StringComparison.OrdinalIgnoreCase);
        }

        await client.SignOutAsync();
        AssertRedirect(await RecoveryCodeSignInAsync(client, user, codes[3]), "/");
        Assert.Contains("You have 9 recovery codes left", (await client.GetHtmlAsync("/account/two-factor")).QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        await client.SignOutAsync();

        var again = await RecoveryCodeSignInAsync(client, user, codes[3]);
        Assert.Equal("That recovery code is not correct or has already been used", (await again.HtmlAsync()).FieldErrors()["RecoveryCode"]);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecoveryCodesStoredInPlainText_StillSignIn_AndAreThenStoredHashed(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        await app.TurnOnTwoFactorAsync(user);
        await SetTokenAsync(app, user.UserId, "RecoveryCodes", "BCDFG-HJKMN;PQRTV-WXY23");

        var client = app.NewClient();
        AssertRedirect(await RecoveryCodeSignInAsync(client, user, "PQRTV-WXY23"), "/");

        var stored = await TokenAsync(app, user.UserId, "RecoveryCodes");
        Assert.StartsWith("$rc1$", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("BCDFG-HJKMN", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("BCDFGHJKMN", stored, StringComparison.OrdinalIgnoreCase);
        await client.SignOutAsync();

        Assert.Equal("That recovery code is not correct or has already been used",
            (await (await RecoveryCodeSignInAsync(client, user, "PQRTV-WXY23")).HtmlAsync()).FieldErrors()["RecoveryCode"]);
        AssertRedirect(await client.EnterRecoveryCodeAsync("BCDFG-HJKMN"), "/");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuthenticatorKey_IsStoredEncrypted_AndStillSignsIn(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var client = await app.NewClient().SignInAsync(user);
        var (key, _) = await client.SetUpAuthenticatorAsync(app, user);
        var plain = key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

        var stored = await TokenAsync(app, user.UserId, "AuthenticatorKey");
        Assert.StartsWith("dp1:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(plain, stored, StringComparison.OrdinalIgnoreCase);

        await client.SignOutAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(30)); // the set-up spent this step's code
        AssertRedirect(await client.TryToSignInAsync(user.Email, user.Password), TwoFactorStep);
        AssertRedirect(await client.EnterCodeAsync(CodeNow(app, key)), "/");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuthenticatorKeyStoredInPlainText_StillSignsIn_AndIsThenStoredEncrypted(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        await app.TurnOnTwoFactorAsync(user);
        const string PlainKey = "JBSWY3DPEHPK3PXPKZXW4ZLSMFZGK4TF";
        await SetTokenAsync(app, user.UserId, "AuthenticatorKey", PlainKey);

        var client = app.NewClient();
        AssertRedirect(await client.TryToSignInAsync(user.Email, user.Password), TwoFactorStep);
        AssertRedirect(await client.EnterCodeAsync(CodeNow(app, PlainKey)), "/");

        var stored = await TokenAsync(app, user.UserId, "AuthenticatorKey");
        Assert.StartsWith("dp1:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(PlainKey, stored, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<HttpResponseMessage> RecoveryCodeSignInAsync(HttpClient client, TestUser user, string code)
    {
        AssertRedirect(await client.TryToSignInAsync(user.Email, user.Password), TwoFactorStep);
        return await client.EnterRecoveryCodeAsync(code);
    }

    private static Task<string> TokenAsync(AppFactory app, Guid userId, string name) =>
        app.WithDbAsync(db => db.UserTokens.AsNoTracking()
            .Where(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == name).Select(t => t.Value!).SingleAsync());

    /// <summary>Writes a token's value straight into the table, as an older version of the app stored it.</summary>
    private static Task<int> SetTokenAsync(AppFactory app, Guid userId, string name, string value) => app.WithDbAsync(async db =>
    {
        var token = await db.UserTokens.SingleOrDefaultAsync(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == name);
        if (token is null)
        {
            db.UserTokens.Add(new IdentityUserToken<Guid> { UserId = userId, LoginProvider = Provider, Name = name, Value = value });
        }
        else
        {
            token.Value = value;
        }

        return await db.SaveChangesAsync();
    });
}
