using FamilySafeguarding.IntegrationTests.Infrastructure;
using static FamilySafeguarding.IntegrationTests.Security.ValidForms;

namespace FamilySafeguarding.IntegrationTests.Security;

/// <summary>
/// Refusals of the pages that change teams and people say why: a named policy's refusal (a social worker on a team's
/// form) gives the policy's reason, a record-level refusal (a service manager of another service) gives that rule's.
/// The workbook, supervision and action refusals are tested beside their features.
/// </summary>
public sealed class ForbiddenReasonTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddTeamMember_AsASocialWorker_IsForbidden_BecauseOnlyAdministratorsAndServiceManagersChangeTeams(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var worker = await app.SignedInAsync(world.SocialWorker);
        const string reason = "Only an administrator or a service manager can change teams and people.";

        await (await worker.GetAsync($"/teams/{world.TeamA1}/members/new")).AssertForbiddenBecauseAsync(reason);
        await (await worker.PostFormAsync($"/teams/{world.TeamA1}/members/new", AddMember(world.SocialWorker.PersonId, new DateOnly(2026, 11, 2))))
            .AssertForbiddenBecauseAsync(reason);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddTeamMember_AsTheServiceManagerOfAnotherService_IsForbidden_BecauseTheTeamIsNotInTheirService(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var otherManager = await app.SignedInAsync(world.ManagerB);

        await (await otherManager.GetAsync($"/teams/{world.TeamA1}/members/new"))
            .AssertForbiddenBecauseAsync("Only an administrator or the service manager of this team's service can change the team or its members.");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateService_AsAServiceManager_IsForbidden_BecauseOnlyAnAdministratorMay(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var manager = await app.SignedInAsync(world.ManagerA);

        await (await manager.GetAsync("/services/new"))
            .AssertForbiddenBecauseAsync("Only an administrator can use this page: services, organisations and sign-in accounts are changed by administrators.");
    }
}
