using System.Net;
using AngleSharp.Dom;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Security;

/// <summary>
/// The pages behind the changes: everyone signed in reads teams and people; the forms are refused (403) to those who may
/// not use them, and their links are shown only to those who may; an unknown record is "not found" (404).
/// </summary>
public sealed class ManagementPagesTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryFormPage_AsSocialWorker_IsForbidden(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var socialWorker = new SignedInUser("a social worker", await app.SignedInAsync(world.SocialWorker));

        await socialWorker.AssertStatusAsync(
            HttpStatusCode.Forbidden,
            ["/people/new", .. AdministratorFormPages(world), .. ServiceAFormPages(world, await MembershipOfSocialWorkerAsync(app, world))]);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ServiceAsFormPages_AreForbiddenToServiceBsManager_AndServedToServiceAsManager(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var pages = ServiceAFormPages(world, await MembershipOfSocialWorkerAsync(app, world));
        var managerA = new SignedInUser("service A's manager", await app.SignedInAsync(world.ManagerA));
        var managerB = new SignedInUser("service B's manager", await app.SignedInAsync(world.ManagerB));

        await managerB.AssertStatusAsync(HttpStatusCode.Forbidden, pages);
        await managerA.AssertStatusAsync(HttpStatusCode.OK, pages);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AdministratorFormPages_AreForbiddenToServiceManagers_AndServedToTheAdministrator(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var pages = AdministratorFormPages(world);
        var managerA = new SignedInUser("service A's manager", await app.SignedInAsync(world.ManagerA));
        var administrator = new SignedInUser("the administrator", await app.SignedInAsync(world.Administrator));

        await managerA.AssertStatusAsync(HttpStatusCode.Forbidden, pages);
        await administrator.AssertStatusAsync(HttpStatusCode.OK, pages);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReadPages_AsSocialWorker_AreServedWithoutLinksToChangeAnything(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var socialWorker = await app.SignedInAsync(world.SocialWorker);

        foreach (var url in new[] { "/teams", $"/teams/{world.TeamA1}", "/people", $"/people/{world.SocialWorker.PersonId}", $"/people/{world.Specialist}" })
        {
            var page = await socialWorker.GetHtmlAsync(url);
            var changeLinks = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Where(href => href.EndsWith("/new", StringComparison.Ordinal) || href.EndsWith("/edit", StringComparison.Ordinal) || href.EndsWith("/end", StringComparison.Ordinal))
                .ToList();
            Assert.True(changeLinks.Count == 0, $"{url} offers a social worker {string.Join(", ", changeLinks)}");
            Assert.Empty(page.QuerySelectorAll("form[action*='/account/']"));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TeamPage_OffersAddAMember_OnlyToTheAdministratorAndTheServicesOwnManager(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var addMember = $"a[href='/teams/{world.TeamA1}/members/new']";
        var endMembership = $"a[href^='/teams/{world.TeamA1}/members/'][href$='/end']";

        foreach (var (user, offered) in new[]
        {
            (world.Administrator, true), (world.ManagerA, true), (world.ManagerB, false), (world.TeamManager, false), (world.SocialWorker, false),
        })
        {
            var page = await (await app.SignedInAsync(user)).GetHtmlAsync($"/teams/{world.TeamA1}");
            Assert.True(offered == page.QuerySelector(addMember) is not null, $"{user.Email}: \"Add a member\" shown should be {offered}");
            Assert.True(offered == page.QuerySelectorAll(endMembership).Length > 0, $"{user.Email}: \"End membership\" shown should be {offered}");
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PersonPage_OffersChanges_OnlyToThoseWhoMayEditThePerson(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var inServiceA = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council);
        await app.Data.MembershipAsync(inServiceA, world.TeamA1);
        var inNoTeam = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council);
        var managerB = await app.SignedInAsync(world.ManagerB);

        Assert.Null(ChangeLink(await managerB.GetHtmlAsync($"/people/{inServiceA}"), inServiceA));
        Assert.Equal(HttpStatusCode.Forbidden, (await managerB.GetAsync($"/people/{inServiceA}/edit")).StatusCode);
        Assert.NotNull(ChangeLink(await managerB.GetHtmlAsync($"/people/{inNoTeam}"), inNoTeam));
        Assert.Equal(HttpStatusCode.OK, (await managerB.GetAsync($"/people/{inNoTeam}/edit")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TeamOrPerson_WithAnUnknownId_AsSocialWorker_IsNotFound(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var socialWorker = new SignedInUser("a social worker", await app.SignedInAsync(world.SocialWorker));

        await socialWorker.AssertStatusAsync(HttpStatusCode.NotFound, $"/teams/{Guid.NewGuid()}", $"/people/{Guid.NewGuid()}");
    }

    /// <summary>Every page about one record answers 404 for an id that does not exist (not 500, not an empty form).</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryRecordPage_WithAnUnknownId_AsAdministrator_IsNotFound(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var administrator = new SignedInUser("the administrator", await app.SignedInAsync(world.Administrator));
        var pages = AnonymousAccessTests.AllRoutes(app)
            .Where(r => r.Methods.Contains("GET") && r.Template.Contains(":guid}", StringComparison.Ordinal))
            .Select(r => System.Text.RegularExpressions.Regex.Replace(r.Template, "\\{[A-Za-z]+:guid\\}", _ => Guid.NewGuid().ToString()))
            .ToArray();
        Assert.True(pages.Length >= 10, $"Only {pages.Length} record pages found");
        Assert.All(pages, p => Assert.DoesNotContain("{", p, StringComparison.Ordinal));

        await administrator.AssertStatusAsync(HttpStatusCode.NotFound, pages);
    }

    /// <summary>The pages that change a service's teams and people, for service A.</summary>
    private static string[] ServiceAFormPages(World world, Guid membershipInA1) =>
    [
        $"/services/{world.ServiceA}/teams/new",
        $"/teams/{world.TeamA1}/edit",
        $"/teams/{world.TeamA1}/members/new",
        $"/teams/{world.TeamA1}/members/{membershipInA1}/end",
        $"/people/{world.SocialWorker.PersonId}/edit",
    ];

    /// <summary>The pages only an administrator may use (people/new is also a service manager's, so it is tested apart).</summary>
    private static string[] AdministratorFormPages(World world) =>
    [
        "/services/new",
        $"/services/{world.ServiceA}/edit",
        $"/people/{world.Specialist}/account/new",
        "/organisations",
        "/organisations/new",
        $"/organisations/{world.Council}/edit",
    ];

    private static Task<Guid> MembershipOfSocialWorkerAsync(AppFactory app, World world) =>
        app.WithDbAsync(db => db.TeamMemberships.Where(m => m.PersonId == world.SocialWorker.PersonId && m.TeamId == world.TeamA1).Select(m => m.Id).SingleAsync());

    private static IElement? ChangeLink(IDocument page, Guid personId) => page.QuerySelector($"a[href='/people/{personId}/edit']");
}
