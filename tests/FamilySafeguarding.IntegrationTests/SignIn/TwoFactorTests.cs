using System.Net;
using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FamilySafeguarding.IntegrationTests.SignIn.SignInSteps;

namespace FamilySafeguarding.IntegrationTests.SignIn;

/// <summary>
/// Two-factor authentication with an authenticator app (TOTP, RFC 6238): a code or a recovery code works once
/// (ASVS 5.0 6.5.1); wrong codes lock nobody out (they are throttled instead: see ThrottlingTests). Each test moves the
/// clock, so each runs its own app.
/// </summary>
public sealed class TwoFactorTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuthenticatorApp_OnceSetUp_IsNeededToSignIn_AndEachCodeWorksOnce(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var client = await app.NewClient().SignInAsync(user);
        var (key, _) = await client.SetUpAuthenticatorAsync(app, user);
        await client.SignOutAsync();

        // The password alone is no longer enough.
        AssertRedirect(await client.TryToSignInAsync(user.Email, user.Password), TwoFactorStep);
        AssertSentToSignIn(await client.GetAsync("/teams"));

        // The code just used to set the app up cannot be used again in its 30 seconds.
        var reused = await client.EnterCodeAsync(CodeNow(app, key));
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Equal(WrongCode, (await reused.HtmlAsync()).FieldErrors()["Code"]);

        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var code = CodeNow(app, key);
        AssertRedirect(await client.EnterCodeAsync(code), "/");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/teams")).StatusCode);
        await client.SignOutAsync();

        // Someone who saw that code cannot sign in with it, even within its 30 seconds.
        var other = app.NewClient();
        AssertRedirect(await other.TryToSignInAsync(user.Email, user.Password), TwoFactorStep);
        Assert.Equal(WrongCode, (await (await other.EnterCodeAsync(code)).HtmlAsync()).FieldErrors()["Code"]);

        app.Clock.Advance(TimeSpan.FromSeconds(30));
        AssertRedirect(await other.EnterCodeAsync(CodeNow(app, key)), "/");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/teams")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecoveryCode_SignsInOnce(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var client = await app.NewClient().SignInAsync(user);
        var (_, recoveryCodes) = await client.SetUpAuthenticatorAsync(app, user);
        await client.SignOutAsync();

        AssertRedirect(await client.TryToSignInAsync(user.Email, user.Password), TwoFactorStep);
        AssertRedirect(await client.EnterRecoveryCodeAsync(recoveryCodes[0]), "/");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/teams")).StatusCode);
        await client.SignOutAsync();

        AssertRedirect(await client.TryToSignInAsync(user.Email, user.Password), TwoFactorStep);
        var reused = await client.EnterRecoveryCodeAsync(recoveryCodes[0]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Equal("That recovery code is not correct or has already been used", (await reused.HtmlAsync()).FieldErrors()["RecoveryCode"]);
        AssertRedirect(await client.EnterRecoveryCodeAsync(recoveryCodes[1]), "/");
    }

    /// <summary>
    /// Wrong codes used to lock the account after five; now a wrong code is only a wrong code, so nobody who knows a
    /// worker's password can lock them out with it. Guessing is stopped by the throttle instead.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ManyWrongAuthenticatorCodes_DoNotLockTheAccount(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var client = await app.NewClient().SignInAsync(user);
        var (key, _) = await client.SetUpAuthenticatorAsync(app, user);
        await client.SignOutAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(30));

        AssertRedirect(await client.TryToSignInAsync(user.Email, user.Password), TwoFactorStep);
        var right = CodeNow(app, key);
        var wrong = right == "000000" ? "000001" : "000000";
        for (var attempt = 1; attempt <= 10; attempt++)
        {
            Assert.Equal(WrongCode, (await (await client.EnterCodeAsync(wrong)).HtmlAsync()).FieldErrors()["Code"]);
        }

        AssertRedirect(await client.EnterCodeAsync(right), "/");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/teams")).StatusCode);
        var account = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == user.UserId));
        Assert.Equal(0, account.AccessFailedCount);
        Assert.Null(account.LockoutEnd);
    }

    /// <summary>
    /// Two requests carrying the same code at the same moment (an attacker racing the real user): the replay guard records
    /// the code's time step, and only the request whose record is saved first may pass. Both requests have loaded the
    /// account before either saves, as two scopes here do, so this is decided by the account's concurrency stamp.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuthenticatorCode_CheckedByTwoRequestsAtOnce_IsAcceptedOnlyOnce(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var key = await app.TurnOnTwoFactorAsync(user);

        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var firstUsers = first.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var secondUsers = second.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var firstCopy = (await firstUsers.FindByIdAsync(user.UserId.ToString()))!;
        var secondCopy = (await secondUsers.FindByIdAsync(user.UserId.ToString()))!;
        var code = CodeNow(app, key);

        Assert.True(await firstUsers.VerifyTwoFactorTokenAsync(firstCopy, ReplayGuardedAuthenticatorTokenProvider.Name, code));
        Assert.False(await secondUsers.VerifyTwoFactorTokenAsync(secondCopy, ReplayGuardedAuthenticatorTokenProvider.Name, code));
    }
}
