using System.Net;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Families;

/// <summary>
/// Who may use the workers, events and chronology pages: 404 for anyone who may not see the family (Administrators
/// included) and for ids of another family's records; 403 for those who may only read; an access-log row for each page.
/// </summary>
public sealed class WorkersEventsChronologyAccessTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryRoute_ForSomeoneWhoMayNotSeeTheFamily_IsNotFoundAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var outsider = await app.UserInTeamAsync(JobRole.SocialWorker, world.TeamB1);
        var before = await FingerprintAsync(app, scene.Family);

        foreach (var user in new[] { outsider, world.Administrator })
        {
            var client = await app.NewClient().SignInAsync(user);
            foreach (var url in scene.Pages)
            {
                var response = await client.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url} as {user.Email} gave {(int)response.StatusCode}, not 404");
            }

            foreach (var (url, fields) in scene.Posts)
            {
                var response = await client.PostFieldsAsync(url, fields);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"POST {url} as {user.Email} gave {(int)response.StatusCode}, not 404");
            }
        }

        Assert.Equal(before, await FingerprintAsync(app, scene.Family));
        Assert.Equal(0, await app.WithDbAsync(db => db.FamilyAccessLog.CountAsync(e => e.FamilyId == scene.Family && e.Granted && (e.PersonId == outsider.PersonId || e.PersonId == world.Administrator.PersonId))));
        Assert.True(await app.WithDbAsync(db => db.FamilyAccessLog.CountAsync(e => e.FamilyId == scene.Family && !e.Granted && e.PersonId == outsider.PersonId)) >= scene.Pages.Length);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NestedIds_OfAnotherFamily_AreNotFoundOnGetAndPost(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var other = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var otherAllocation = await app.Data.AllocationAsync(other, world.Specialist, AllocationRole.DomesticAbuseVictimWorker);
        var otherEvent = await app.Data.EventAsync(other, world.SocialWorker.PersonId);
        var before = await FingerprintAsync(app, other);
        // The manager may manage both families, and the social worker recorded both events: only the family in the path differs.
        var manager = await app.NewClient().SignInAsync(world.TeamManager);
        var recorder = await app.NewClient().SignInAsync(world.SocialWorker);

        var end = $"/families/{scene.Family}/workers/{otherAllocation}/end";
        var edit = $"/families/{scene.Family}/events/{otherEvent}/edit";
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(end)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostFieldsAsync(end, WorkersScene.Date("EndDate", app.AppToday()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await recorder.GetAsync(edit)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await recorder.PostFieldsAsync(edit, EventFields(Guid.NewGuid()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/families/{scene.Family}/workers/{Guid.NewGuid()}/end")).StatusCode);

        Assert.Equal(before, await FingerprintAsync(app, other));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReadOnlyTeamMember_ReadsThePagesButIsForbiddenEveryFormAndChange(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var coordinator = await app.UserInTeamAsync(JobRole.TeamCoordinator, world.TeamA1);
        var client = await app.NewClient().SignInAsync(coordinator);
        var before = await FingerprintAsync(app, scene.Family);

        foreach (var url in scene.ReadPages)
        {
            Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK, $"GET {url} as the coordinator was not 200");
        }

        foreach (var url in scene.Pages.Except(scene.ReadPages))
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"GET {url} as the coordinator gave {(int)response.StatusCode}, not 403");
        }

        foreach (var (url, fields) in scene.Posts)
        {
            var response = await client.PostFieldsAsync(url, fields);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"POST {url} as the coordinator gave {(int)response.StatusCode}, not 403");
        }

        Assert.Equal(before, await FingerprintAsync(app, scene.Family));
        var workers = await client.GetHtmlAsync($"/families/{scene.Family}/workers");
        Assert.Null(workers.QuerySelector("a[href$='/workers/new']"));
        var events = await client.GetHtmlAsync($"/families/{scene.Family}/events");
        Assert.Null(events.QuerySelector("a[href$='/events/new']"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AllocatedSocialWorker_RecordsEventsButIsForbiddenToAllocate(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var client = await app.NewClient().SignInAsync(world.SocialWorker);
        var before = await FingerprintAsync(app, scene.Family);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/families/{scene.Family}/events/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/families/{scene.Family}/workers/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/families/{scene.Family}/workers/{scene.Allocation}/end")).StatusCode);
        foreach (var (url, fields) in scene.Posts.Where(p => p.Url.Contains("/workers/", StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFieldsAsync(url, fields)).StatusCode);
        }

        Assert.Equal(before, await FingerprintAsync(app, scene.Family));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ServiceManager_MayAllocateInTheirService(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var client = await app.NewClient().SignInAsync(world.ManagerA);

        var response = await client.PostFieldsAsync($"/families/{scene.Family}/workers/{scene.Allocation}/end", WorkersScene.Date("EndDate", app.AppToday()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.NewClient().SignInAsync(world.ManagerB)).GetAsync($"/families/{scene.Family}/workers")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryPage_WritesAnAccessLogRowForTheViewer(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var scene = await SceneAsync(app, world);
        var client = await app.NewClient().SignInAsync(world.SocialWorker);

        foreach (var url in scene.Pages.Where(p => !p.EndsWith("/end", StringComparison.Ordinal) && !p.EndsWith("/workers/new", StringComparison.Ordinal)))
        {
            var logged = await app.WithDbAsync(db => db.FamilyAccessLog.CountAsync(e => e.FamilyId == scene.Family && e.PersonId == world.SocialWorker.PersonId && e.Granted));
            await client.GetHtmlAsync(url);
            Assert.True(
                logged + 1 == await app.WithDbAsync(db => db.FamilyAccessLog.CountAsync(e => e.FamilyId == scene.Family && e.PersonId == world.SocialWorker.PersonId && e.Granted)),
                $"GET {url} did not write exactly one access-log row");
        }

        var pages = await app.WithDbAsync(db => db.FamilyAccessLog.Where(e => e.FamilyId == scene.Family && e.PersonId == world.SocialWorker.PersonId).Select(e => e.Page).ToListAsync());
        Assert.Contains("Workers", pages);
        Assert.Contains("Significant events", pages);
        Assert.Contains("Chronology", pages);
        Assert.Contains("Chronology (print)", pages);
    }

    /// <summary>A family in team A1 led by the world's social worker, with a specialist allocated and an event the social worker recorded.</summary>
    private static async Task<Scene> SceneAsync(AppFactory app, World world)
    {
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var allocation = await app.Data.AllocationAsync(family, world.Specialist, AllocationRole.DomesticAbuseVictimWorker);
        var recorded = await app.Data.EventAsync(family, world.SocialWorker.PersonId);
        var version = await app.WithDbAsync(db => db.SignificantEvents.Where(e => e.Id == recorded).Select(e => e.Version).SingleAsync());
        var newWorker = await app.WorkerInTeamsAsync(JobRole.FamilyPractitioner, "Fern Ashby", world.TeamA1);
        var today = app.AppToday();
        return new Scene(
            family,
            allocation,
            ReadPages:
            [
                $"/families/{family}/workers", $"/families/{family}/events", $"/families/{family}/chronology", $"/families/{family}/chronology/print",
            ],
            Pages:
            [
                $"/families/{family}/workers", $"/families/{family}/workers/new", $"/families/{family}/workers/{allocation}/end",
                $"/families/{family}/events", $"/families/{family}/events/new", $"/families/{family}/events/{recorded}/edit",
                $"/families/{family}/chronology", $"/families/{family}/chronology/print",
            ],
            Posts:
            [
                ($"/families/{family}/workers/new", [new("PersonId", newWorker.ToString()), new("Role", nameof(AllocationRole.FamilyPractitioner)), .. WorkersScene.Date("StartDate", today)]),
                ($"/families/{family}/workers/{allocation}/end", [.. WorkersScene.Date("EndDate", today)]),
                ($"/families/{family}/events/new", EventFields(null)),
                ($"/families/{family}/events/{recorded}/edit", EventFields(version)),
            ]);
    }

    private static KeyValuePair<string, string>[] EventFields(Guid? version) =>
    [
        .. WorkersScene.Date("OccurredOn", new DateOnly(2026, 1, 1)), new("Kind", nameof(SignificantEventKind.Court)), new("Account", "Hearing adjourned."),
        .. version is { } v ? [new KeyValuePair<string, string>("Version", v.ToString())] : Array.Empty<KeyValuePair<string, string>>(),
    ];

    /// <summary>Everything these routes could change about a family: its allocations and events, with their versions.</summary>
    private static Task<string> FingerprintAsync(AppFactory app, Guid family) => app.WithDbAsync(async db =>
    {
        var allocations = await db.Allocations.AsNoTracking().Where(a => a.FamilyId == family).Select(a => a.Id + ":" + a.Version).ToListAsync();
        var events = await db.SignificantEvents.AsNoTracking().Where(e => e.FamilyId == family).Select(e => e.Id + ":" + e.Version).ToListAsync();
        var version = await db.Families.Where(f => f.Id == family).Select(f => f.Version).SingleAsync();
        return string.Join('|', allocations.Order(StringComparer.Ordinal).Concat(events.Order(StringComparer.Ordinal)).Append(version.ToString()));
    });

    private sealed record Scene(Guid Family, Guid Allocation, string[] ReadPages, string[] Pages, (string Url, KeyValuePair<string, string>[] Fields)[] Posts);
}
