using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using static FamilySafeguarding.IntegrationTests.SignIn.SignInSteps;

namespace FamilySafeguarding.IntegrationTests.SignIn;

/// <summary>
/// No account is ever locked: a lockout counted per account let anyone lock a named worker out with five wrong passwords,
/// and its page told them the address had an account. Attempts are throttled per address instead (ThrottlingTests).
/// A refused sign-in never tells why (ASVS 5.0 6.3.8): an unknown address, a wrong password, a disabled account, one
/// with no password yet and one that has had many failures get the same page, cookies and work (one PBKDF2
/// verification, counted here by wrapping the app's password hasher; no stopwatch).
/// </summary>
public sealed partial class LockoutTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RefusedSignIns_AnswerAlike_AndCostOneVerification_WhateverTheReason(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider, services: CountingPasswordHasher.Register);
        var hasher = (CountingPasswordHasher)app.Services.GetRequiredService<IPasswordHasher<AppUser>>();
        var wrong = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var disabled = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var manyFailures = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var noPassword = await AccountWithoutPasswordAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var account = (await users.FindByIdAsync(disabled.UserId.ToString()))!;
            account.IsDisabled = true;
            await users.UpdateAsync(account);
        }

        for (var attempt = 1; attempt <= 10; attempt++)
        {
            await AssertWrongDetailsAsync(await app.NewClient().TryToSignInAsync(manyFailures.Email, $"not my password {attempt}"));
        }

        var attempts = new (string Case, string Email, string Password)[]
        {
            ("unknown address", $"nobody-{Guid.NewGuid():N}@council.example", TestData.Password),
            ("wrong password", wrong.Email, "not my password at all"),
            ("disabled account, right password", disabled.Email, disabled.Password),
            ("no password set yet", noPassword, TestData.Password),
            ("after 10 failures", manyFailures.Email, "not my password 11"),
        };
        var answers = new List<(string Case, HttpStatusCode Status, string Html, string Cookies, int Verifications)>();
        foreach (var (name, email, password) in attempts)
        {
            var client = app.NewClient();
            await client.AntiforgeryTokenAsync("/sign-in");
            var before = hasher.Verifications;
            var response = await client.TryToSignInAsync(email, password);
            var cookies = string.Join(",", SetCookies(response).Select(c => c.Split('=')[0]).Order(StringComparer.Ordinal));
            answers.Add((name, response.StatusCode, Normalise(await response.Content.ReadAsStringAsync(), email), cookies, hasher.Verifications - before));
            await AssertWrongDetailsAsync(response);
        }

        var first = answers[0];
        foreach (var answer in answers)
        {
            Assert.True(answer.Status == first.Status, $"{answer.Case}: {answer.Status}, {first.Case}: {first.Status}");
            Assert.True(answer.Html == first.Html, $"{answer.Case} answered with a different page from {first.Case}");
            Assert.True(answer.Cookies == first.Cookies, $"{answer.Case} set cookies [{answer.Cookies}], {first.Case} [{first.Cookies}]");
            Assert.True(answer.Verifications == 1, $"{answer.Case}: {answer.Verifications} password verifications");
        }

        // Control: the right password is one verification too, and it signs in.
        var control = app.NewClient();
        await control.AntiforgeryTokenAsync("/sign-in");
        var beforeSuccess = hasher.Verifications;
        AssertRedirect(await control.TryToSignInAsync(wrong.Email, wrong.Password), "/");
        Assert.Equal(1, hasher.Verifications - beforeSuccess);
    }

    /// <summary>Many wrong passwords, or a lockout recorded before lockout was removed, never keep the real person out.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ManyWrongPasswords_DoNotLockTheAccount(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var attacker = app.NewClient();
        for (var attempt = 1; attempt <= 10; attempt++)
        {
            await AssertWrongDetailsAsync(await attacker.TryToSignInAsync(user.Email, $"not my password {attempt}"));
        }

        var person = app.NewClient();
        AssertRedirect(await person.TryToSignInAsync(user.Email, user.Password), "/");
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/teams")).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).Select(u => u.AccessFailedCount).SingleAsync()));

        var lockedBefore = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == lockedBefore.UserId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, app.Clock.GetUtcNow().AddHours(1)).SetProperty(x => x.AccessFailedCount, 4)));
        AssertRedirect(await app.NewClient().TryToSignInAsync(lockedBefore.Email, lockedBefore.Password), "/");
    }

    private static async Task<string> AccountWithoutPasswordAsync(AppFactory app)
    {
        var personId = await app.Data.PersonAsync(JobRole.SocialWorker);
        var email = $"waiting-{Guid.NewGuid():N}@council.example";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True((await users.CreateAsync(new AppUser { PersonId = personId, UserName = email, Email = email, EmailConfirmed = true })).Succeeded);
        return email;
    }

    /// <summary>The page without what must differ: its antiforgery tokens, and the address typed (shown again as typed).</summary>
    private static string Normalise(string html, string email) =>
        TokenValue().Replace(html, "TOKEN").Replace(HtmlEncoder.Default.Encode(email), "EMAIL", StringComparison.Ordinal)
            .Replace(email, "EMAIL", StringComparison.Ordinal);

    [GeneratedRegex("(?<=name=\"__RequestVerificationToken\" type=\"hidden\" value=\")[^\"]+")]
    private static partial Regex TokenValue();
}

/// <summary>The app's password hasher, counting verifications, so a test can tell how much work a sign-in did.</summary>
public sealed class CountingPasswordHasher(IPasswordHasher<AppUser> inner) : IPasswordHasher<AppUser>
{
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public static void Register(IServiceCollection services)
    {
        services.RemoveAll<IPasswordHasher<AppUser>>();
        services.AddSingleton<IPasswordHasher<AppUser>>(sp =>
            new CountingPasswordHasher(new PasswordHasher<AppUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>())));
    }

    public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
