using System.Net;
using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Application.Security;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FamilySafeguarding.IntegrationTests.SignIn.SignInSteps;

namespace FamilySafeguarding.IntegrationTests.SignIn;

/// <summary>
/// A copy of a session cookie (lifted from the sign-in response, replayed by a client of its own) is refused on the
/// very first request after anything that ends the session (ASVS 5.0 7.4.1, 7.4.2, 7.4.3): no grace period, and
/// keeping the copy alive with keep-alive every 40 seconds before the event changes nothing. The session's row says why
/// it ended. The tests move the clock by minutes only, so they share an app; each has its own accounts.
/// </summary>
public sealed class CopiedCookieTests(Apps apps) : IClassFixture<Apps>
{
    public static TheoryData<string, bool> ProvidersWithAndWithoutKeepAlive
    {
        get
        {
            var data = new TheoryData<string, bool>();
            foreach (var provider in Providers.All)
            {
                data.Add(provider, false);
                data.Add(provider, true);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ProvidersWithAndWithoutKeepAlive))]
    public async Task SigningOut_RefusesACopiedCookie_OnTheFirstRequest(string provider, bool keptAlive)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var (client, copy) = await SignInWithACopyAsync(app, user, keptAlive);

        await client.SignOutAsync();

        await AssertRefusedAsync(app, copy, keptAlive, SessionEndReason.SignedOut);
    }

    [Theory]
    [MemberData(nameof(ProvidersWithAndWithoutKeepAlive))]
    public async Task DisablingTheAccount_RefusesACopiedCookie_OnTheFirstRequest(string provider, bool keptAlive)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var (_, copy) = await SignInWithACopyAsync(app, user, keptAlive);
        var administrator = await app.SignedInAsync(world.Administrator);

        AssertRedirect(await administrator.PostFormAsync($"/people/{user.PersonId}/account/disable", []), $"/people/{user.PersonId}");

        await AssertRefusedAsync(app, copy, keptAlive, SessionEndReason.AccountDisabled);
    }

    [Theory]
    [MemberData(nameof(ProvidersWithAndWithoutKeepAlive))]
    public async Task ChangingTheRole_RefusesACopiedCookie_OnTheFirstRequest(string provider, bool keptAlive)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var (_, copy) = await SignInWithACopyAsync(app, user, keptAlive);
        var administrator = await app.SignedInAsync(world.Administrator);

        var edit = $"/people/{user.PersonId}/edit";
        var fields = await administrator.FormFieldsAsync(edit, edit);
        fields["JobRole"] = nameof(JobRole.TeamManager);
        AssertRedirect(await administrator.PostFormAsync(edit, fields, tokenFrom: edit), $"/people/{user.PersonId}");

        await AssertRefusedAsync(app, copy, keptAlive, SessionEndReason.RoleChanged);
    }

    [Theory]
    [MemberData(nameof(ProvidersWithAndWithoutKeepAlive))]
    public async Task ResettingThePassword_RefusesACopiedCookie_OnTheFirstRequest(string provider, bool keptAlive)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var (_, copy) = await SignInWithACopyAsync(app, user, keptAlive);
        string token;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            token = await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(user.UserId.ToString()))!);
        }

        const string NewPassword = "orchard lantern pebble 5521";
        var reset = await app.NewClient().PostFormAsync(
            "/set-password",
            new() { ["UserId"] = user.UserId.ToString(), ["Token"] = token, ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword },
            tokenFrom: "/sign-in");
        AssertRedirect(reset, "/sign-in");

        await AssertRefusedAsync(app, copy, keptAlive, SessionEndReason.PasswordChanged);
    }

    [Theory]
    [MemberData(nameof(ProvidersWithAndWithoutKeepAlive))]
    public async Task AnAdministratorEndingTheSessions_RefusesACopiedCookie_OnTheFirstRequest(string provider, bool keptAlive)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var (client, copy) = await SignInWithACopyAsync(app, user, keptAlive);
        var administrator = await app.SignedInAsync(world.Administrator);

        AssertRedirect(await administrator.PostFormAsync($"/people/{user.PersonId}/account/end-sessions", []), $"/people/{user.PersonId}");

        await AssertRefusedAsync(app, copy, keptAlive, SessionEndReason.EndedByAdministrator);
        AssertSentToSignIn(await client.GetAsync("/teams"));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "SessionsEnded" && a.EntityId == user.UserId && a.UserId == world.Administrator.UserId)));
    }

    [Theory]
    [MemberData(nameof(ProvidersWithAndWithoutKeepAlive))]
    public async Task AnAdministratorResettingTwoFactor_RefusesACopiedCookie_OnTheFirstRequest(string provider, bool keptAlive)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var (_, copy) = await SignInWithACopyAsync(app, user, keptAlive);

        // The person has an authenticator app (set straight in the database, so the session is not refreshed).
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).ExecuteUpdateAsync(u => u.SetProperty(x => x.TwoFactorEnabled, true)));
        var administrator = await app.SignedInAsync(world.Administrator);

        AssertRedirect(await administrator.PostFormAsync($"/people/{user.PersonId}/account/reset-two-factor", []), $"/people/{user.PersonId}");

        await AssertRefusedAsync(app, copy, keptAlive, SessionEndReason.TwoFactorReset);
    }

    [Theory]
    [MemberData(nameof(ProvidersWithAndWithoutKeepAlive))]
    public async Task SigningOutEverywhereElse_RefusesACopiedCookie_OnTheFirstRequest_AndKeepsThisSession(string provider, bool keptAlive)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var (_, copy) = await SignInWithACopyAsync(app, user, keptAlive);
        var (elsewhere, elsewhereCopy) = await app.SignInKeepingACopyAsync(user);

        var response = await elsewhere.PostFormAsync("/account/security/sign-out-others", [], tokenFrom: "/account/security");
        AssertRedirect(response, "/account/security");

        await AssertRefusedAsync(app, copy, keptAlive, SessionEndReason.SignedOutElsewhere);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/teams")).StatusCode);
        Assert.False((await app.SessionAsync(app.SessionIdOf(elsewhereCopy.Cookie))).HasEnded);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "SignedOutElsewhere" && a.UserId == user.UserId)));
    }

    /// <summary>
    /// Signing in again in the same browser (as another person at a shared computer, say) never carries on the session
    /// the browser had: the new sign-in gets a new id, and the old cookie is refused.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SigningInOverAnOpenSession_StartsANewSession_AndRefusesTheOldCookie(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var first = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var second = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        var (client, copy) = await app.SignInKeepingACopyAsync(first);

        var response = await client.TryToSignInAsync(second.Email, second.Password);

        AssertRedirect(response, "/");
        var cookie = response.CookieSet(AuthCookie)!;
        var session = await app.SessionAsync(app.SessionIdOf(cookie));
        Assert.Equal(second.UserId, session.UserId);
        AssertSentToSignIn(await copy.GetAsync("/teams"));
        Assert.Equal(SessionEndReason.Replaced, (await app.SessionAsync(app.SessionIdOf(copy.Cookie))).EndReason);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/teams")).StatusCode);
    }

    /// <summary>Signs in keeping a copy of the cookie; with <paramref name="keptAlive"/>, the copy posts keep-alive every 40 seconds for four minutes.</summary>
    private static async Task<(HttpClient Client, CopiedSession Copy)> SignInWithACopyAsync(AppFactory app, TestUser user, bool keptAlive)
    {
        var (client, copy) = await app.SignInKeepingACopyAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/teams")).StatusCode);
        if (keptAlive)
        {
            for (var i = 0; i < 6; i++)
            {
                app.Clock.Advance(TimeSpan.FromSeconds(40));
                Assert.Equal(HttpStatusCode.NoContent, (await copy.KeepAliveAsync()).StatusCode);
            }

            Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/teams")).StatusCode);
        }

        return (client, copy);
    }

    /// <summary>The copy's very next request is refused; if it was being kept alive, keep-alive goes on being refused too.</summary>
    private static async Task AssertRefusedAsync(AppFactory app, CopiedSession copy, bool keptAlive, SessionEndReason reason)
    {
        AssertSentToSignIn(await copy.GetAsync("/teams"));
        if (keptAlive)
        {
            for (var i = 0; i < 3; i++)
            {
                app.Clock.Advance(TimeSpan.FromSeconds(40));
                AssertSentToSignIn(await copy.KeepAliveAsync());
                AssertSentToSignIn(await copy.GetAsync("/families"));
            }
        }

        var session = await app.SessionAsync(app.SessionIdOf(copy.Cookie));
        Assert.Equal(reason, session.EndReason);
        Assert.Null(session.Ticket);
    }
}
