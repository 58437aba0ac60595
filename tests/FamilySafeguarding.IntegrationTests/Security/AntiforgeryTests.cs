using System.Net;
using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Domain.Organisations;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Teams;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FamilySafeguarding.IntegrationTests.Security.ValidForms;

namespace FamilySafeguarding.IntegrationTests.Security;

/// <summary>
/// Every POST of the app needs the antiforgery token of the session sending it: without one the answer is 400 and
/// nothing changes, even from an administrator posting a form that would otherwise be saved.
/// </summary>
public sealed class AntiforgeryTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>The error pages are re-executed for failed requests of any method, so they take no token (and change nothing).</summary>
    private const string ErrorPages = "/error";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryPostRoute_WithoutAnAntiforgeryToken_IsBadRequestAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var posts = await ValidPostsAsync(app, world);
        var administrator = await app.SignedInAsync(world.Administrator);
        var routes = AnonymousAccessTests.AllRoutes(app)
            .Where(r => r.Methods.Contains("POST") && !r.Template.StartsWith(ErrorPages, StringComparison.Ordinal))
            .Select(r => r.Template)
            .ToList();
        Assert.True(routes.Count >= 20, $"Only {routes.Count} POST routes found");
        var missing = routes.Except(posts.Keys).ToList();
        Assert.True(missing.Count == 0, $"Add a valid form to {nameof(ValidPostsAsync)} for {string.Join(", ", missing)}");
        var emailsBefore = app.Email.Sent.Count;

        foreach (var template in routes)
        {
            var (url, form, _) = posts[template];
            var before = await DataFingerprint.TakeAsync(app);

            var response = await administrator.PostAsync(url, new FormUrlEncodedContent(form));

            Assert.True(
                response.StatusCode == HttpStatusCode.BadRequest,
                $"POST {url} without a token gave {(int)response.StatusCode} {response.Headers.Location}, not 400");
            Assert.Equal(before, await DataFingerprint.TakeAsync(app));
        }

        Assert.Equal(emailsBefore, app.Email.Sent.Count);
        var home = await administrator.GetAsync("/");
        Assert.True(home.StatusCode == HttpStatusCode.OK, "Signing out without a token signed the administrator out");

        // Control: the same requests with the session's token are accepted, so the 400s were down to the token alone. A
        // create form ("/new") is sent from its page, as a browser sends it, with the page's form key too.
        foreach (var (url, form, _) in posts.Values.Where(p => p.AcceptedWithToken))
        {
            var response = url.EndsWith("/new", StringComparison.Ordinal) ? await administrator.SubmitAsync(url, form) : await administrator.PostFormAsync(url, form);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url} with a token gave {(int)response.StatusCode}, not a redirect");
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignIn_WithoutAnAntiforgeryToken_IsBadRequestAndDoesNotSignIn(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sign-in")).StatusCode);
        var before = await DataFingerprint.TakeAsync(app);

        var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = world.SocialWorker.Email,
            ["Password"] = world.SocialWorker.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(
            response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [],
            c => c.StartsWith("__Host-FamilySafeguarding=", StringComparison.Ordinal));
        Assert.Equal(before, await DataFingerprint.TakeAsync(app));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/people")).StatusCode);
    }

    /// <summary>A token is bound to the session it was issued to: one lifted from another person's page is refused.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Post_WithAnotherSessionsToken_IsBadRequestAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var administrator = await app.SignedInAsync(world.Administrator);
        var otherToken = await (await app.SignedInAsync(world.SocialWorker)).AntiforgeryTokenAsync("/");
        var anonymousToken = await app.NewClient().AntiforgeryTokenAsync("/sign-in");
        var name = Unique("Organisation");
        var before = await DataFingerprint.TakeAsync(app);

        foreach (var token in new[] { otherToken, anonymousToken })
        {
            var form = Organisation(name, OrganisationKind.Other);
            form["__RequestVerificationToken"] = token;
            Assert.Equal(HttpStatusCode.BadRequest, (await administrator.PostAsync("/organisations/new", new FormUrlEncodedContent(form))).StatusCode);
        }

        Assert.Equal(before, await DataFingerprint.TakeAsync(app));
        await (await administrator.SubmitAsync("/organisations/new", Organisation(name, OrganisationKind.Other))).AssertRedirectAsync("/organisations");
    }

    /// <summary>
    /// For each POST route, a request that would be saved if it carried a token: records of its own for each, so that the
    /// control (the same request with a token) succeeds. Account pages that act on the administrator's own session are
    /// posted but not replayed.
    /// </summary>
    private static async Task<Dictionary<string, (string Url, Dictionary<string, string> Form, bool AcceptedWithToken)>> ValidPostsAsync(AppFactory app, World world)
    {
        var data = app.Data;
        var serviceId = await data.ServiceAsync(world.ManagerA.PersonId);
        var teamId = await data.TeamAsync(world.ServiceA);
        var newMember = await data.PersonAsync(JobRole.SocialWorker, world.Council);
        var membershipId = await data.MembershipAsync(await data.PersonAsync(JobRole.SocialWorker, world.Council), teamId);
        var personToEdit = await data.PersonAsync(JobRole.SocialWorker, world.Council);
        var personWithoutAccount = await data.PersonAsync(JobRole.SocialWorker, world.Council);
        var linkAccount = await data.UserAsync(await data.PersonAsync(JobRole.SocialWorker, world.Council));
        var disableAccount = await data.UserAsync(await data.PersonAsync(JobRole.SocialWorker, world.Council));
        var enableAccount = await data.UserAsync(await data.PersonAsync(JobRole.SocialWorker, world.Council));
        var resetAccount = await data.UserAsync(await data.PersonAsync(JobRole.SocialWorker, world.Council));
        var endSessionsAccount = await data.UserAsync(await data.PersonAsync(JobRole.SocialWorker, world.Council));
        var passwordAccount = await data.UserAsync(await data.PersonAsync(JobRole.SocialWorker, world.Council));
        var organisationId = await data.OrganisationAsync();
        string resetToken;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var disabled = await users.FindByIdAsync(enableAccount.UserId.ToString());
            disabled!.IsDisabled = true;
            await users.UpdateAsync(disabled);
            resetToken = await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(passwordAccount.UserId.ToString()))!);
        }

        const string NewPassword = "marmalade lighthouse 4417";
        return new()
        {
            ["/services/new"] = ("/services/new", Service(Unique("Service"), world.ManagerA.PersonId), true),
            ["/services/{id:guid}/edit"] = ($"/services/{serviceId}/edit", Service(Unique("Renamed"), world.ManagerB.PersonId, await app.VersionOfAsync<Service>(serviceId)), true),
            ["/services/{serviceId:guid}/teams/new"] = ($"/services/{world.ServiceA}/teams/new", Team(Unique("Team"), "Town Hall"), true),
            ["/teams/{id:guid}/edit"] = ($"/teams/{teamId}/edit", Team(Unique("Renamed"), "Harbour Office", await app.VersionOfAsync<Team>(teamId)), true),
            ["/teams/{id:guid}/members/new"] = ($"/teams/{teamId}/members/new", AddMember(newMember, EarlierThisMonth), true),
            ["/teams/{id:guid}/members/{membershipId:guid}/end"] = ($"/teams/{teamId}/members/{membershipId}/end", EndMembership(EarlierThisMonth), true),
            ["/people/new"] = ("/people/new", Person(Unique("Person"), JobRole.SocialWorker, world.Council), true),
            ["/people/{id:guid}/edit"] = ($"/people/{personToEdit}/edit", Person(Unique("Renamed"), JobRole.SocialWorker, world.Council, await app.VersionOfAsync<Person>(personToEdit)), true),
            ["/people/{id:guid}/account/new"] = ($"/people/{personWithoutAccount}/account/new", Account(UniqueEmail()), true),
            ["/people/{id:guid}/account/send-link"] = ($"/people/{linkAccount.PersonId}/account/send-link", [], true),
            ["/people/{id:guid}/account/disable"] = ($"/people/{disableAccount.PersonId}/account/disable", [], true),
            ["/people/{id:guid}/account/enable"] = ($"/people/{enableAccount.PersonId}/account/enable", [], true),
            ["/people/{id:guid}/account/reset-two-factor"] = ($"/people/{resetAccount.PersonId}/account/reset-two-factor", [], true),
            ["/people/{id:guid}/account/end-sessions"] = ($"/people/{endSessionsAccount.PersonId}/account/end-sessions", [], true),
            ["/organisations/new"] = ("/organisations/new", Organisation(Unique("Organisation"), OrganisationKind.Police), true),
            ["/organisations/{id:guid}/edit"] = ($"/organisations/{organisationId}/edit", Organisation(Unique("Renamed"), OrganisationKind.Other, await app.VersionOfAsync<Organisation>(organisationId)), true),
            // Family record changes: an administrator may not see any family, so these are posted without a token only.
            ["/families/{familyId:guid}/members/new"] = ($"/families/{Guid.NewGuid()}/members/new", new() { ["FullName"] = "A Child" }, false),
            ["/families/{familyId:guid}/members/{memberId:guid}/edit"] = ($"/families/{Guid.NewGuid()}/members/{Guid.NewGuid()}/edit", new() { ["FullName"] = "A Child" }, false),
            ["/families/{familyId:guid}/members/{memberId:guid}/statuses/new"] = ($"/families/{Guid.NewGuid()}/members/{Guid.NewGuid()}/statuses/new", new() { ["Kind"] = "ChildInNeedPlan" }, false),
            ["/families/{familyId:guid}/members/{memberId:guid}/statuses/{episodeId:guid}/end"] = ($"/families/{Guid.NewGuid()}/members/{Guid.NewGuid()}/statuses/{Guid.NewGuid()}/end", new() { ["Reason"] = "OutcomesAchieved" }, false),
            ["/families/{familyId:guid}/members/{memberId:guid}/worries/new"] = ($"/families/{Guid.NewGuid()}/members/{Guid.NewGuid()}/worries/new", new() { ["Kind"] = "MentalHealth" }, false),
            ["/families/{familyId:guid}/members/{memberId:guid}/worries/{worryId:guid}/end"] = ($"/families/{Guid.NewGuid()}/members/{Guid.NewGuid()}/worries/{Guid.NewGuid()}/end", [], false),
            ["/families/{familyId:guid}/relationships/new"] = ($"/families/{Guid.NewGuid()}/relationships/new", new() { ["Kind"] = "ParentOf" }, false),
            ["/families/{familyId:guid}/relationships/{relationshipId:guid}/remove"] = ($"/families/{Guid.NewGuid()}/relationships/{Guid.NewGuid()}/remove", [], false),
            ["/set-password"] = ("/set-password", new()
            {
                ["UserId"] = passwordAccount.UserId.ToString(), ["Token"] = resetToken, ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword,
            }, true),
            ["/sign-in"] = ("/sign-in", new() { ["Email"] = world.Administrator.Email, ["Password"] = world.Administrator.Password }, false),
            ["/sign-in/two-factor"] = ("/sign-in/two-factor", new() { ["Code"] = "123456" }, false),
            ["/sign-in/recovery-code"] = ("/sign-in/recovery-code", new() { ["RecoveryCode"] = "abcde-12345" }, false),
            ["/sign-out"] = ("/sign-out", [], false),
            ["/account/two-factor"] = ("/account/two-factor", new() { ["Code"] = "123456" }, false),
            ["/account/two-factor/recovery-codes"] = ("/account/two-factor/recovery-codes", [], false),
            ["/account/two-factor/turn-off"] = ("/account/two-factor/turn-off", [], false),
            ["/account/security/sign-out-others"] = ("/account/security/sign-out-others", [], true),

            // An administrator may not open or see a family, so these are refused with the token too (403 and 404).
            ["/families/new"] = ("/families/new", new() { ["DisplayName"] = "Anti Forgery family" }, false),
            ["/families/{familyId:guid}/edit"] = ($"/families/{Guid.NewGuid()}/edit", new() { ["DisplayName"] = "Anti Forgery family" }, false),
            ["/families/{familyId:guid}/close"] = ($"/families/{Guid.NewGuid()}/close", new() { ["Reason"] = "NoFurtherAction" }, false),
            ["/families/{familyId:guid}/reopen"] = ($"/families/{Guid.NewGuid()}/reopen", [], false),
            // Family pages: an administrator may not see any family, so these are refused with a token too (404).
            ["/families/{familyId:guid}/workers/new"] = ($"/families/{Guid.NewGuid()}/workers/new", new() { ["PersonId"] = newMember.ToString(), ["Role"] = "SocialWorker" }, false),
            ["/families/{familyId:guid}/workers/{allocationId:guid}/end"] = ($"/families/{Guid.NewGuid()}/workers/{Guid.NewGuid()}/end", EndMembership(EarlierThisMonth), false),
            ["/families/{familyId:guid}/events/new"] = ($"/families/{Guid.NewGuid()}/events/new", new() { ["Kind"] = "Court", ["Account"] = "Hearing adjourned." }, false),
            ["/families/{familyId:guid}/events/{eventId:guid}/edit"] = ($"/families/{Guid.NewGuid()}/events/{Guid.NewGuid()}/edit", new() { ["Kind"] = "Court", ["Account"] = "Hearing adjourned." }, false),
            ["/families/{familyId:guid}/workbook/chapters/{personId:guid}/{month}/edit"] = ($"/families/{Guid.NewGuid()}/workbook/chapters/{Guid.NewGuid()}/2026-10/edit", new() { ["WorkUndertaken"] = "Two home visits.", ["action"] = "save" }, false),
            ["/families/{familyId:guid}/workbook/chapters/{personId:guid}/{month}/autosave"] = ($"/families/{Guid.NewGuid()}/workbook/chapters/{Guid.NewGuid()}/2026-10/autosave", new() { ["WorkUndertaken"] = "Two home visits." }, false),
            ["/families/{familyId:guid}/workbook/chapters/{personId:guid}/{month}/addenda"] = ($"/families/{Guid.NewGuid()}/workbook/chapters/{Guid.NewGuid()}/2026-10/addenda", new() { ["Addendum.Text"] = "A correction." }, false),
            ["/families/{familyId:guid}/workbook/chapters/{personId:guid}/{month}/oversight"] = ($"/families/{Guid.NewGuid()}/workbook/chapters/{Guid.NewGuid()}/2026-10/oversight", new() { ["Oversight.Text"] = "Reviewed." }, false),
            ["/families/{familyId:guid}/supervisions/schedule"] = ($"/families/{Guid.NewGuid()}/supervisions/schedule", new() { ["ScheduledOn.Day"] = "20", ["ScheduledOn.Month"] = "11", ["ScheduledOn.Year"] = "2026", ["ScheduledAt"] = "10:00" }, false),
            ["/families/{familyId:guid}/supervisions/{supervisionId:guid}/reschedule"] = ($"/families/{Guid.NewGuid()}/supervisions/{Guid.NewGuid()}/reschedule", new() { ["ScheduledOn.Day"] = "20", ["ScheduledOn.Month"] = "11", ["ScheduledOn.Year"] = "2026", ["ScheduledAt"] = "10:00" }, false),
            ["/families/{familyId:guid}/supervisions/{supervisionId:guid}/cancel"] = ($"/families/{Guid.NewGuid()}/supervisions/{Guid.NewGuid()}/cancel", [], false),

            ["/families/{familyId:guid}/actions/{actionId:guid}/done"] = ($"/families/{Guid.NewGuid()}/actions/{Guid.NewGuid()}/done", new() { ["Note"] = "Done.", ["DoneOn.Day"] = "1", ["DoneOn.Month"] = "11", ["DoneOn.Year"] = "2026" }, false),
            ["/families/{familyId:guid}/actions/{actionId:guid}/cancel"] = ($"/families/{Guid.NewGuid()}/actions/{Guid.NewGuid()}/cancel", new() { ["Reason"] = "Not needed." }, false),
            ["/families/{familyId:guid}/actions/{actionId:guid}/change"] = ($"/families/{Guid.NewGuid()}/actions/{Guid.NewGuid()}/change", new() { ["OwnerPersonId"] = newMember.ToString() }, false),

            ["/families/{familyId:guid}/supervisions/{supervisionId:guid}/record"] = ($"/families/{Guid.NewGuid()}/supervisions/{Guid.NewGuid()}/record", new() { ["Worries"] = "Dad's drinking.", ["action"] = "save" }, false),
            ["/families/{familyId:guid}/supervisions/{supervisionId:guid}/record/autosave"] = ($"/families/{Guid.NewGuid()}/supervisions/{Guid.NewGuid()}/record/autosave", new() { ["Worries"] = "Dad's drinking." }, false),
            ["/families/{familyId:guid}/supervisions/{supervisionId:guid}/addenda"] = ($"/families/{Guid.NewGuid()}/supervisions/{Guid.NewGuid()}/addenda", new() { ["Addendum.Text"] = "A correction." }, false),

            // Renews the administrator's own session (204), so it is posted but not replayed.
            ["/session/keep-alive"] = ("/session/keep-alive", [], false),
        };
    }
}
