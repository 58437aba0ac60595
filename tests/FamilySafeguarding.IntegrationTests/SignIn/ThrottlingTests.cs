using System.Net;
using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static FamilySafeguarding.IntegrationTests.SignIn.SignInSteps;

namespace FamilySafeguarding.IntegrationTests.SignIn;

/// <summary>The app with low sign-in limits: 3 attempts per account at one address, 10 per address, in 15 minutes.</summary>
public sealed class ThrottledApps : Apps
{
    public const int PerAccount = 3;

    public const int PerAddress = 10;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Authentication:SignInAttemptsPerAccount"] = PerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Authentication:SignInAttemptsPerAddress"] = PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Authentication:SignInThrottleMinutes"] = "15",
    };
}

/// <summary>
/// Guessing is throttled per client address and per account at that address (ADR-019), with the same 429 page for every
/// account, real or not; the person whose account is under attack still signs in at once from anywhere else. Each test
/// uses addresses of its own (requests name theirs in a test-only header), so the tests of the class do not interfere.
/// </summary>
public sealed class ThrottlingTests(ThrottledApps apps) : IClassFixture<ThrottledApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PerAccountLimit_ThrottlesThatAccountAtThatAddress_RealOrNot_AndNowhereElse(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var unknown = $"nobody-{Guid.NewGuid():N}@council.example";
        var attacker = ClientAt(app, NewAddress());

        var pages = new List<string>();
        foreach (var email in new[] { user.Email, unknown })
        {
            for (var attempt = 1; attempt <= ThrottledApps.PerAccount; attempt++)
            {
                await AssertWrongDetailsAsync(await attacker.TryToSignInAsync(email, $"guess {attempt}"));
            }

            // The address typed differently is the same account.
            var throttled = await attacker.TryToSignInAsync("  " + email.ToUpperInvariant(), user.Password);
            pages.Add(await AssertTooManyAttemptsAsync(throttled));
        }

        Assert.Equal(pages[0], pages[1]);

        // Another account at the same address is not throttled, nor is the real person anywhere else.
        var colleague = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        AssertRedirect(await attacker.TryToSignInAsync(colleague.Email, colleague.Password), "/");
        var person = ClientAt(app, NewAddress());
        AssertRedirect(await person.TryToSignInAsync(user.Email, user.Password), "/");
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/teams")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PerAddressLimit_ThrottlesEveryAccountFromThatAddress_AndNoOtherAddress(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var sprayer = ClientAt(app, NewAddress());
        for (var attempt = 1; attempt <= ThrottledApps.PerAddress; attempt++)
        {
            await AssertWrongDetailsAsync(await sprayer.TryToSignInAsync($"guess-{attempt}-{Guid.NewGuid():N}@council.example", "password guess"));
        }

        await AssertTooManyAttemptsAsync(await sprayer.TryToSignInAsync($"another-{Guid.NewGuid():N}@council.example", "password guess"));
        await AssertTooManyAttemptsAsync(await sprayer.TryToSignInAsync(user.Email, user.Password));

        AssertRedirect(await ClientAt(app, NewAddress()).TryToSignInAsync(user.Email, user.Password), "/");
    }

    /// <summary>The second-factor steps count towards the same account's limit as its password, at that address only.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SecondFactorGuesses_AreThrottledPerAccountAtTheAddress(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var key = await app.TurnOnTwoFactorAsync(user);
        var attacker = ClientAt(app, NewAddress());

        AssertRedirect(await attacker.TryToSignInAsync(user.Email, user.Password), TwoFactorStep);
        for (var attempt = 2; attempt <= ThrottledApps.PerAccount; attempt++)
        {
            var wrong = await attacker.EnterCodeAsync("000000");
            Assert.Equal(WrongCode, (await wrong.HtmlAsync()).FieldErrors()["Code"]);
        }

        await AssertTooManyAttemptsAsync(await attacker.EnterCodeAsync(CodeNow(app, key)));
        await AssertTooManyAttemptsAsync(await attacker.EnterRecoveryCodeAsync("BCDFG-HJKMN"));

        var person = ClientAt(app, NewAddress());
        AssertRedirect(await person.TryToSignInAsync(user.Email, user.Password), TwoFactorStep);
        AssertRedirect(await person.EnterCodeAsync(CodeNow(app, key)), "/");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SetPassword_IsThrottledPerPostedAccountAtTheAddress(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var attacker = ClientAt(app, NewAddress());
        var guess = new Dictionary<string, string>
        {
            ["UserId"] = user.UserId.ToString(), ["Token"] = "guessed-token", ["Password"] = "a guessed new passphrase", ["ConfirmPassword"] = "a guessed new passphrase",
        };
        for (var attempt = 1; attempt <= ThrottledApps.PerAccount; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await attacker.PostFormAsync("/set-password", guess, tokenFrom: "/set-password")).StatusCode);
        }

        await AssertTooManyAttemptsAsync(await attacker.PostFormAsync("/set-password", guess, tokenFrom: "/set-password"));

        string token;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            token = await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(user.UserId.ToString()))!);
        }

        const string NewPassword = "an honest new passphrase 2026";
        var person = ClientAt(app, NewAddress());
        var link = $"/set-password?userId={user.UserId}&token={Uri.EscapeDataString(token)}";
        var fields = await person.FormFieldsAsync(link, "/set-password");
        fields["Password"] = NewPassword;
        fields["ConfirmPassword"] = NewPassword;
        AssertRedirect(await person.PostFormAsync("/set-password", fields, tokenFrom: link), "/sign-in");
    }

    /// <summary>A wrong password on a page that re-checks it counts towards the account's limit, as a wrong sign-in does.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FailedReauthentication_CountsTowardsTheAccountsLimit(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var address = NewAddress();
        var session = await ClientAt(app, address).SignInAsync(user); // the first attempt
        for (var attempt = 2; attempt <= ThrottledApps.PerAccount; attempt++)
        {
            var refused = await session.PostFormAsync("/account/two-factor", new() { ["Code"] = "123456", ["Password"] = "not my password" }, tokenFrom: "/account/two-factor");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        await AssertTooManyAttemptsAsync(await session.PostFormAsync("/account/two-factor", new() { ["Code"] = "123456", ["Password"] = user.Password }, tokenFrom: "/account/two-factor"));
        await AssertTooManyAttemptsAsync(await ClientAt(app, address).TryToSignInAsync(user.Email, user.Password));
        AssertRedirect(await ClientAt(app, NewAddress()).TryToSignInAsync(user.Email, user.Password), "/");
    }

    private static HttpClient ClientAt(AppFactory app, string address)
    {
        var client = app.NewClient();
        client.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return client;
    }

    private static string NewAddress() => $"10.{Random.Shared.Next(1, 255)}.{Random.Shared.Next(1, 255)}.{Random.Shared.Next(1, 255)}";

    /// <summary>Asserts the 429 page (the same for everyone) and a Retry-After within the window; returns the page.</summary>
    private static async Task<string> AssertTooManyAttemptsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter is { } after && after > TimeSpan.Zero && after <= TimeSpan.FromMinutes(15), $"Retry-After: {response.Headers.RetryAfter}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await response.HtmlAsync();
        Assert.Equal("Too many attempts", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Wait 15 minutes, then try again.", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Null(response.CookieSet(AuthCookie));
        return html;
    }
}
