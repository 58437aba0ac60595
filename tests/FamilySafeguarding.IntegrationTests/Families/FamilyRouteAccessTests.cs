using System.Net;
using System.Text.RegularExpressions;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using FamilySafeguarding.IntegrationTests.Workbooks;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Families;

/// <summary>
/// The issue's access acceptance point, over every route of the app that takes a family: a worker allocated to family A
/// and not family B sees A and gets 404 for every page and form of B, on GET and on POST, guessing ids included; so do
/// an Administrator, the manager of another service and a worker of another team. The routes are read from the app's
/// endpoints, so a new family page is covered the day it is added.
/// </summary>
public sealed partial class FamilyRouteAccessTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryFamilyRoute_ForPeopleWithoutAccess_IsNotFound(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var familyA = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var b = await FamilyWithEverythingAsync(app, world.TeamB1);

        var routes = FamilyRoutes(app);
        Assert.True(routes.Count >= 5, $"Only {routes.Count} family routes: " + string.Join(", ", routes.Select(r => r.Template)));

        // The lead of family B (in team B1) may open each of B's pages, so a 404 below is the access rule at work, not a wrong id.
        var leadOfB = await app.SignedInAsync(b.Lead);
        foreach (var (template, _) in routes.Where(r => r.Methods.Contains("GET")))
        {
            var url = Fill(template, b.Ids);
            var response = await leadOfB.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden, $"GET {url} as family B's lead gave {(int)response.StatusCode}");
        }

        // The worker allocated to A (world.SocialWorker, team A1) sees A.
        var workerOfA = await app.SignedInAsync(world.SocialWorker);
        Assert.Equal(HttpStatusCode.OK, (await workerOfA.GetAsync($"/families/{familyA}")).StatusCode);

        var outsiders = await app.SignedInAsync(
            ("a worker allocated to family A only", world.SocialWorker),
            ("an Administrator", world.Administrator),
            ("the manager of another service", world.ManagerA));
        var refusalsBefore = await RefusalsAsync(app, b.Ids["familyId"]);
        var requests = 0;
        foreach (var (who, client) in outsiders)
        {
            foreach (var (template, methods) in routes)
            {
                var url = Fill(template, b.Ids);
                foreach (var method in methods)
                {
                    var response = method == "GET"
                        ? await client.GetAsync(url)
                        : await client.PostFormAsync(url, new() { ["Version"] = Guid.NewGuid().ToString() });
                    Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {url} as {who} gave {(int)response.StatusCode}, not 404");
                    requests++;
                }
            }

            // Guessing: a made-up family id is as unknown as a real one the person may not see.
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/families/{Guid.NewGuid()}")).StatusCode);
        }

        Assert.Equal(refusalsBefore + requests, await RefusalsAsync(app, b.Ids["familyId"]));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FamilyPages_WhenShown_LeaveAnAccessLogRowEach(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var b = await FamilyWithEverythingAsync(app, world.TeamB1);
        var lead = await app.SignedInAsync(b.Lead);
        var pages = FamilyRoutes(app).Where(r => r.Methods.Contains("GET")).Select(r => Fill(r.Template, b.Ids)).ToList();

        var shown = 0;
        foreach (var url in pages)
        {
            if ((await lead.GetAsync(url)).StatusCode == HttpStatusCode.OK)
            {
                shown++;
            }
        }

        var rows = await app.WithDbAsync(db => db.FamilyAccessLog.AsNoTracking()
            .Where(a => a.FamilyId == b.Ids["familyId"] && a.PersonId == b.Lead.PersonId && a.Granted)
            .ToListAsync());
        Assert.True(shown >= 3, $"Only {shown} pages shown");
        Assert.Equal(shown, rows.Count);
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.CorrelationId)));
        Assert.All(rows, r => Assert.Equal(b.Lead.UserId, r.UserId));
    }

    /// <summary>
    /// Every page of a family's record names the family beside its reference and in the browser title, so a worker with
    /// several tabs open, or a manager reading a pack, always knows whose record it is. Read as the lead and as the
    /// team's manager, who between them open every page (the manager's forms too).
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryFamilyPage_NamesTheFamily_InItsHeadingAndBrowserTitle(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var b = await FamilyWithEverythingAsync(app, world.TeamA1);
        var name = await app.WithDbAsync(db => db.Families.Where(f => f.Id == b.Ids["familyId"]).Select(f => f.DisplayName).SingleAsync());
        var readers = await app.SignedInAsync(("the lead", b.Lead), ("the team manager", world.TeamManager));
        var pages = FamilyRoutes(app).Where(r => r.Methods.Contains("GET")).Select(r => Fill(r.Template, b.Ids)).ToList();

        var checkedPages = new HashSet<string>();
        foreach (var (who, client) in readers.Select(r => (r.Who, r.Client)))
        {
            foreach (var url in pages)
            {
                var response = await client.GetAsync(url);
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                var page = await response.HtmlAsync();
                Assert.True(page.Title?.Contains(name, StringComparison.Ordinal) == true, $"{url} as {who}: title \"{page.Title}\" lacks the family's name");
                var heading = string.Concat(page.QuerySelector("main .govuk-caption-l")?.TextContent, " ", page.QuerySelector("main h1")?.TextContent);
                Assert.True(heading.Contains(name, StringComparison.Ordinal), $"{url} as {who}: heading \"{heading.Trim()}\" lacks the family's name");
                checkedPages.Add(url);
            }
        }

        Assert.True(checkedPages.Count >= 25, $"Only {checkedPages.Count} family pages checked:\n{string.Join("\n", checkedPages)}");
    }

    /// <summary>The app's routes whose path holds a family, with their methods.</summary>
    private static List<(string Template, string[] Methods)> FamilyRoutes(AppFactory app) =>
        [.. AnonymousAccessTests.AllRoutes(app).Where(r => r.Template.StartsWith("/families/{", StringComparison.Ordinal))];

    /// <summary>Fills each {name} or {name:guid} of a template from the ids; an unknown parameter fails the test so it gets an id here.</summary>
    internal static string Fill(string template, Dictionary<string, Guid> ids) =>
        Parameter().Replace(template, m =>
        {
            var name = m.Groups[1].Value;
            if (name == "month")
            {
                // The month of the workbook summary FamilyWithEverythingAsync writes.
                return Workbooks.WorkbookScene.LastMonthText;
            }

            var key = name == "id" ? "familyId"
                : name == "memberId" && template.Contains("worries", StringComparison.Ordinal) ? "adultId"
                : name;
            Assert.True(ids.ContainsKey(key), $"No id for {{{name}}} in {template}: add one to FamilyWithEverythingAsync");
            return ids[key].ToString();
        });

    private static Task<int> RefusalsAsync(AppFactory app, Guid familyId) =>
        app.WithDbAsync(db => db.FamilyAccessLog.CountAsync(a => a.FamilyId == familyId && !a.Granted));

    /// <summary>A family in the team with one record of each kind, so every nested id in a route is real.</summary>
    internal static async Task<(TestUser Lead, Dictionary<string, Guid> Ids)> FamilyWithEverythingAsync(AppFactory app, Guid teamId)
    {
        var lead = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        await app.Data.MembershipAsync(lead.PersonId, teamId);
        var familyId = await app.Data.FamilyAsync(teamId, lead.PersonId);
        var childId = await app.Data.ChildAsync(familyId);
        var adultId = await app.Data.AdultAsync(familyId);
        var episodeId = await app.Data.LegalStatusAsync(familyId, childId, LegalStatusKind.ChildInNeedPlan, TestData.LongAgo);
        var worryId = await app.Data.ChangeFamilyAsync(familyId, f => f.AddWorry(adultId, WorryKind.MentalHealth, TestData.LongAgo, TestData.Today).Id);
        var relationshipId = await app.Data.ChangeFamilyAsync(familyId, f => f.Relate(adultId, childId, RelationshipKind.ParentOf, true, null).Id);
        var allocationId = await app.Data.ChangeFamilyAsync(familyId, f => f.CurrentLead!.Id);
        var eventId = await app.Data.EventAsync(familyId, lead.PersonId, memberIds: [childId]);
        await app.SummaryAsync(familyId, lead.PersonId, Workbooks.WorkbookScene.LastMonth, submit: true);
        var supervisionId = await Supervisions.SupervisionSeeding.ScheduledSupervisionAsync(app, familyId, new DateOnly(2026, 11, 20));
        var managerId = await app.Data.PersonAsync(JobRole.TeamManager);
        await app.Data.MembershipAsync(managerId, teamId);
        var actionId = (await Supervisions.SupervisionSeeding.SignedOffSupervisionAsync(app, familyId, managerId, new DateOnly(2026, 11, 2), [new("Book the core group", lead.PersonId, new DateOnly(2026, 11, 30))])).ActionIds[0];
        return (lead, new Dictionary<string, Guid>
        {
            ["familyId"] = familyId,
            ["memberId"] = childId,
            ["adultId"] = adultId,
            ["episodeId"] = episodeId,
            ["worryId"] = worryId,
            ["relationshipId"] = relationshipId,
            ["allocationId"] = allocationId,
            ["eventId"] = eventId,
            ["personId"] = lead.PersonId,
            ["supervisionId"] = supervisionId,
            ["actionId"] = actionId,
        });
    }

    [GeneratedRegex(@"\{(\w+)(:\w+)?\}")]
    private static partial Regex Parameter();
}
