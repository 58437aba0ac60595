using System.Net;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using static FamilySafeguarding.IntegrationTests.SignIn.SignInSteps;

namespace FamilySafeguarding.IntegrationTests.SignIn;

/// <summary>
/// What an administrator changes reaches open sessions at once (ASVS 5.0 7.4.2, 8.3.2): a disabled account's sessions
/// end, and a changed job role ends the person's sessions, so the next sign-in acts with the new role. Each test runs
/// its own app.
/// </summary>
public sealed class AccountChangeTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DisablingAnAccount_EndsItsSessionAtOnce_AndRefusesSignIn_UntilEnabledAgain(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var council = await app.Data.OrganisationAsync();
        var administrator = await app.NewClient().SignInAsync(await app.Data.UserInRoleAsync(JobRole.Administrator, council));
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, council);
        var session = await app.NewClient().SignInAsync(user);

        AssertRedirect(await administrator.PostFormAsync($"/people/{user.PersonId}/account/disable", []), $"/people/{user.PersonId}");

        AssertSentToSignIn(await session.GetAsync("/teams"));
        await AssertWrongDetailsAsync(await app.NewClient().TryToSignInAsync(user.Email, user.Password));
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync("/teams")).StatusCode);

        AssertRedirect(await administrator.PostFormAsync($"/people/{user.PersonId}/account/enable", []), $"/people/{user.PersonId}");
        var again = await app.NewClient().SignInAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/teams")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DemotingAnAdministrator_TakesAwayAdministratorPagesAtOnce(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        var council = await app.Data.OrganisationAsync();
        var administrator = await app.NewClient().SignInAsync(await app.Data.UserInRoleAsync(JobRole.Administrator, council));
        var demoted = await app.Data.UserInRoleAsync(JobRole.Administrator, council);
        var session = await app.NewClient().SignInAsync(demoted);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/organisations")).StatusCode);

        var edit = $"/people/{demoted.PersonId}/edit";
        var fields = await administrator.FormFieldsAsync(edit, edit);
        Assert.Equal(nameof(JobRole.Administrator), fields["JobRole"]);
        fields["JobRole"] = nameof(JobRole.SocialWorker);
        AssertRedirect(await administrator.PostFormAsync(edit, fields, tokenFrom: edit), $"/people/{demoted.PersonId}");

        // The role change ends the session; signed in again, the new role applies.
        AssertSentToSignIn(await session.GetAsync("/organisations"));
        var again = await app.NewClient().SignInAsync(demoted);
        Assert.Equal(HttpStatusCode.Forbidden, (await again.GetAsync("/organisations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/teams")).StatusCode);
    }
}
