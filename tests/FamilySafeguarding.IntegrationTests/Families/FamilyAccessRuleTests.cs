using System.Net;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Families;

/// <summary>
/// Who may see a family, for every kind of person, through the web layer: workers with a current allocation, current
/// members of the team holding the family (its managers among them), and the service manager over that team. Nobody
/// else, Administrators included.
/// </summary>
public sealed class FamilyAccessRuleTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Overview_ForEachKindOfPerson_IsShownOnlyToThoseTheRuleAllows(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var familyId = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);

        var specialistFromOtherService = await app.Data.UserInRoleAsync(JobRole.MentalHealthPractitioner, world.Charity);
        await app.Data.MembershipAsync(specialistFromOtherService.PersonId, world.TeamB1);
        await app.Data.AllocationAsync(familyId, specialistFromOtherService.PersonId, AllocationRole.MentalHealth);

        var formerlyAllocated = await app.Data.UserInRoleAsync(JobRole.SubstanceMisuseRecoveryWorker, world.Charity);
        await app.Data.MembershipAsync(formerlyAllocated.PersonId, world.TeamB1);
        var endedAllocation = await app.Data.AllocationAsync(familyId, formerlyAllocated.PersonId, AllocationRole.SubstanceMisuse);
        await app.Data.ChangeFamilyAsync(familyId, f =>
        {
            f.EndAllocation(endedAllocation, TestData.LongAgo.AddDays(10), TestData.Today);
            return true;
        });

        var coordinator = await app.Data.UserInRoleAsync(JobRole.TeamCoordinator);
        await app.Data.MembershipAsync(coordinator.PersonId, world.TeamA1);
        var otherTeamsWorker = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        await app.Data.MembershipAsync(otherTeamsWorker.PersonId, world.TeamA2);
        var formerTeamMember = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        await app.Data.MembershipAsync(formerTeamMember.PersonId, world.TeamA1, TestData.LongAgo, TestData.LongAgo.AddMonths(6));

        var expected = new (string Who, TestUser User, HttpStatusCode Status)[]
        {
            ("the lead social worker (allocated)", world.SocialWorker, HttpStatusCode.OK),
            ("a specialist of another service allocated to the family", specialistFromOtherService, HttpStatusCode.OK),
            ("the team's manager", world.TeamManager, HttpStatusCode.OK),
            ("a coordinator in the team", coordinator, HttpStatusCode.OK),
            ("the service manager over the team", world.ManagerA, HttpStatusCode.OK),
            ("a worker whose allocation ended", formerlyAllocated, HttpStatusCode.NotFound),
            ("a worker in another team of the same service", otherTeamsWorker, HttpStatusCode.NotFound),
            ("a former member of the team", formerTeamMember, HttpStatusCode.NotFound),
            ("the manager of another service", world.ManagerB, HttpStatusCode.NotFound),
            ("an Administrator", world.Administrator, HttpStatusCode.NotFound),
        };

        var failures = new List<string>();
        foreach (var (who, user, status) in expected)
        {
            var client = await app.SignedInAsync(user);
            var response = await client.GetAsync($"/families/{familyId}");
            if (response.StatusCode != status)
            {
                failures.Add($"{who}: {(int)response.StatusCode}, expected {(int)status}");
            }
        }

        Assert.Empty(failures);
        var log = await app.WithDbAsync(db => db.FamilyAccessLog.AsNoTracking().Where(a => a.FamilyId == familyId).ToListAsync());
        Assert.Equal(expected.Count(e => e.Status == HttpStatusCode.OK), log.Count(a => a.Granted));
        Assert.Equal(expected.Count(e => e.Status == HttpStatusCode.NotFound), log.Count(a => !a.Granted));
        Assert.Contains(log, a => !a.Granted && a.PersonId == world.Administrator.PersonId);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refusal_IsWrittenToTheSecurityLogWithIdsOnly(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var familyId = await app.Data.FamilyAsync(world.TeamB1, await LeadInAsync(app, world.TeamB1), "Quennell-Ashdown family");
        var administrator = await app.SignedInAsync(world.Administrator);

        Assert.Equal(HttpStatusCode.NotFound, (await administrator.GetAsync($"/families/{familyId}")).StatusCode);

        var lines = SignIn.LoggingTests.ReadLogLines(app);
        var refusal = Assert.Single(lines, l => l.Contains("family access refused", StringComparison.Ordinal) && l.Contains(familyId.ToString(), StringComparison.Ordinal));
        Assert.Contains(world.Administrator.UserId.ToString(), refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("Quennell", StringComparison.Ordinal));
    }

    private static async Task<Guid> LeadInAsync(AppFactory app, Guid teamId)
    {
        var lead = await app.Data.PersonAsync(JobRole.SocialWorker);
        await app.Data.MembershipAsync(lead, teamId);
        return lead;
    }
}
