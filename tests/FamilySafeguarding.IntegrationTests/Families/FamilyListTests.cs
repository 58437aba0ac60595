using System.Net;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Families;

/// <summary>"My families" and family search: each lists only what the person may see, in a bounded number of queries.</summary>
public sealed class FamilyListTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MyFamilies_ListsOnlyOpenFamiliesWithACurrentAllocation_WithRoleChildrenByStatusAndNextDueDate(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var worker = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        await app.Data.MembershipAsync(worker.PersonId, world.TeamA1);
        var led = await app.Data.FamilyAsync(world.TeamA1, worker.PersonId, "Alder family");
        var cp = await app.Data.ChildAsync(led);
        var cin = await app.Data.ChildAsync(led);
        await app.Data.ChildAsync(led);
        await app.Data.LegalStatusAsync(led, cp, LegalStatusKind.ChildProtectionPlan, new DateOnly(2026, 10, 1));
        await app.Data.LegalStatusAsync(led, cin, LegalStatusKind.ChildInNeedPlan, new DateOnly(2026, 5, 1));
        var supporting = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId, "Birch family");
        await app.Data.AllocationAsync(supporting, worker.PersonId, AllocationRole.SocialWorker);
        var ended = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId, "Cedar family");
        var allocation = await app.Data.AllocationAsync(ended, worker.PersonId, AllocationRole.SocialWorker);
        await app.Data.ChangeFamilyAsync(ended, f => { f.EndAllocation(allocation, new DateOnly(2025, 1, 1), TestData.Today); return 0; });
        var closed = await app.Data.FamilyAsync(world.TeamA1, worker.PersonId, "Damson family");
        await app.Data.ChangeFamilyAsync(closed, f => { f.Close(new DateOnly(2026, 1, 1), ClosureReason.NoFurtherAction, null, TestData.Today); return 0; });
        await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId, "Elm family"); // the team's, not theirs
        var client = await app.SignedInAsync(worker);

        var page = await client.GetHtmlAsync("/families");

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => Squash(c.TextContent)).ToArray()).ToList();
        Assert.Equal(["Alder family", "Birch family"], rows.Select(r => r[1]));
        Assert.Equal("Lead social worker", rows[0][2]);
        Assert.Equal("3 children: 1 CP, 1 CIN", rows[0][3]);
        Assert.StartsWith("1 Jan 2027", rows[0][4], StringComparison.Ordinal); // first review conference: 3 months after the plan began
        Assert.Equal("Social worker", rows[1][2]);
        Assert.Equal("0 children: No plan", rows[1][3]);
        Assert.Equal("None", rows[1][4]);
        var home = await client.GetHtmlAsync("/");
        Assert.Contains("allocated to 2 open families", home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_FindsByReferenceFamilyNameAndMembersName_OnlyAmongFamiliesThePersonMaySee(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var surname = "Quenby" + Guid.NewGuid().ToString("N")[..6];
        var inA1 = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId, $"{surname} family");
        await app.Data.ChildAsync(inA1, $"Rosa {surname}");
        var workerB1 = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council);
        await app.Data.MembershipAsync(workerB1, world.TeamB1);
        var inB1 = await app.Data.FamilyAsync(world.TeamB1, workerB1, "Harbour family");
        await app.Data.ChildAsync(inB1, $"Tom {surname}");
        var closedInA1 = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId, "Larch family");
        await app.Data.AdultAsync(closedInA1, name: $"Ada {surname}-Smith");
        await app.Data.ChangeFamilyAsync(closedInA1, f => { f.Close(new DateOnly(2026, 1, 1), ClosureReason.MovedOutOfArea, null, TestData.Today); return 0; });
        var references = await app.WithDbAsync(db => db.Families.Where(f => f.Id == inA1 || f.Id == inB1).ToDictionaryAsync(f => f.Id, f => f.Reference));
        var client = await app.SignedInAsync(world.SocialWorker);

        var byMember = await client.GetHtmlAsync($"/families?q={Uri.EscapeDataString("  rosa   " + surname.ToLowerInvariant())}");
        var bySurname = await client.GetHtmlAsync($"/families?q={surname}");
        var byReference = await client.GetHtmlAsync($"/families?q={references[inA1]}");
        var byNumber = await client.GetHtmlAsync($"/families?q={references[inA1][^6..]}");
        var otherTeamsReference = await client.GetHtmlAsync($"/families?q={references[inB1]}");
        var wildcard = await client.GetHtmlAsync("/families?q=%25");

        Assert.Equal([references[inA1]], Links(byMember));
        Assert.Equal(2, Links(bySurname).Count);
        Assert.DoesNotContain(references[inB1], Links(bySurname));
        Assert.Contains("Closed", Squash(bySurname.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Larch family", StringComparison.Ordinal)).TextContent), StringComparison.Ordinal);
        Assert.Equal(references[inA1], Links(byReference).First());
        Assert.Contains(references[inA1], Links(byNumber));
        Assert.Empty(Links(otherTeamsReference));
        Assert.Empty(Links(wildcard));

        var administrator = await app.SignedInAsync(world.Administrator);
        Assert.Empty(Links(await administrator.GetHtmlAsync($"/families?q={surname}")));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MyFamilies_IsPagedBy25(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var worker = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        await app.Data.MembershipAsync(worker.PersonId, world.TeamA1);
        for (var i = 0; i < 27; i++)
        {
            await app.Data.FamilyAsync(world.TeamA1, worker.PersonId, $"Paging family {i:D2}");
        }

        var client = await app.SignedInAsync(worker);

        var first = await client.GetHtmlAsync("/families");
        var second = await client.GetHtmlAsync("/families?page=2");

        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(2, second.QuerySelectorAll("tbody tr").Length);
        Assert.NotNull(first.QuerySelector(".govuk-pagination a[href='/families?page=2']"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/families?page=99")).StatusCode);
    }

    private static List<string> Links(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("tbody a[href^='/families/']").Select(a => a.TextContent.Trim()).ToList();

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
