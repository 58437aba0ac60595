using System.Net;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;

namespace FamilySafeguarding.IntegrationTests.Families;

/// <summary>
/// Caseloads: each worker's open families with a current allocation and the children in them, against the target
/// (configured here as 2, so "over target" is quick to reach), on the team page, the person page and the team caseload page.
/// </summary>
public sealed class CaseloadTests(CaseloadTests.SmallTargetApps apps) : IClassFixture<CaseloadTests.SmallTargetApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TeamPersonAndCaseloadPages_ShowEachWorkersOpenFamiliesAndChildren_AgainstTheTarget(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var serviceId = await app.Data.ServiceAsync(world.ManagerA.PersonId);
        var teamId = await app.Data.TeamAsync(serviceId);
        var busy = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council, "Busy Worker");
        var quiet = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council, "Quiet Worker");
        var member = await app.Data.UserAsync(await app.Data.PersonAsync(JobRole.FamilyPractitioner, world.Council, "Practitioner Member"));
        foreach (var person in new[] { busy, quiet, member.PersonId })
        {
            await app.Data.MembershipAsync(person, teamId);
        }

        for (var i = 0; i < 3; i++)
        {
            var family = await app.Data.FamilyAsync(teamId, busy, $"Busy family {i}");
            await app.Data.ChildAsync(family);
            if (i == 0)
            {
                await app.Data.ChildAsync(family);
                await app.Data.AllocationAsync(family, member.PersonId, AllocationRole.FamilyPractitioner);
            }
        }

        var closed = await app.Data.FamilyAsync(teamId, quiet, "Closed family");
        await app.Data.ChildAsync(closed);
        await app.Data.ChangeFamilyAsync(closed, f => { f.Close(new DateOnly(2026, 1, 1), ClosureReason.NoFurtherAction, null, TestData.Today); return 0; });
        var client = await app.SignedInAsync(member);

        var teamPage = await client.GetHtmlAsync($"/teams/{teamId}");
        var personPage = await client.GetHtmlAsync($"/people/{busy}");
        var caseloadPage = await client.GetHtmlAsync($"/teams/{teamId}/caseload");

        Assert.Contains("3 of 2 (4 children) Over target", Row(teamPage, "Busy Worker"), StringComparison.Ordinal);
        Assert.Contains("0 of 2 (0 children)", Row(teamPage, "Quiet Worker"), StringComparison.Ordinal);
        Assert.DoesNotContain("Over target", Row(teamPage, "Quiet Worker"), StringComparison.Ordinal);
        Assert.Contains("1 of 2 (2 children)", Row(teamPage, "Practitioner Member"), StringComparison.Ordinal);
        Assert.Contains("3 families, 4 children (target 2) Over target", Squash(personPage.QuerySelector("main")!.TextContent), StringComparison.Ordinal);
        Assert.Contains("3 of 2 Over target 4", Row(caseloadPage, "Busy Worker"), StringComparison.Ordinal);
        var families = caseloadPage.QuerySelectorAll("tbody tr").Where(r => r.QuerySelector("a[href^='/families/']") is not null).Select(r => Squash(r.TextContent)).ToList();
        Assert.Equal(3, families.Count);
        Assert.All(families, f => Assert.Contains("Busy Worker", f, StringComparison.Ordinal));
        Assert.DoesNotContain(families, f => f.Contains("Closed family", StringComparison.Ordinal));
        Assert.NotNull(teamPage.QuerySelector($"a[href='/teams/{teamId}/caseload']"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CaseloadPage_IsForTheTeamsMembersAndItsServiceManager_AndNotFoundForAnyoneElse(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var workerB1 = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        await app.Data.MembershipAsync(workerB1.PersonId, world.TeamB1);
        var url = $"/teams/{world.TeamA1}/caseload";
        var allowed = await app.SignedInAsync(("a social worker in the team", world.SocialWorker), ("its team manager", world.TeamManager), ("its service manager", world.ManagerA));
        var refused = await app.SignedInAsync(("a social worker of team B1", workerB1), ("service B's manager", world.ManagerB), ("the administrator", world.Administrator));

        foreach (var user in allowed)
        {
            await user.AssertStatusAsync(HttpStatusCode.OK, url);
        }

        foreach (var user in refused)
        {
            await user.AssertStatusAsync(HttpStatusCode.NotFound, url, $"/teams/{Guid.NewGuid()}/caseload");
            Assert.Null((await user.Client.GetHtmlAsync($"/teams/{world.TeamA1}")).QuerySelector($"a[href='{url}']"));
        }
    }

    private static string Row(AngleSharp.Dom.IDocument page, string name) =>
        Squash(page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelectorAll("a").Any(a => a.TextContent.Trim() == name)).TextContent);

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Apps whose caseload target is 2.</summary>
    public sealed class SmallTargetApps : Apps
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Caseloads:Target"] = "2" };
    }
}
