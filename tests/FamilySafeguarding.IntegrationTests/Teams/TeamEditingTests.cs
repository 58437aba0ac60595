using System.Net;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Teams;

/// <summary>Creating and changing teams: rule breaches refused with a message, edits that conflict keep both versions.</summary>
public sealed class TeamEditingTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateTeam_AsTheServicesManager_IsSavedAndListed(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var client = await app.NewClient().SignInAsync(world.ManagerA);

        var response = await client.SubmitAsync($"/services/{world.ServiceA}/teams/new", new() { ["Name"] = "  Otterburn   Team ", ["Locality"] = "Otterburn Library" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var team = await app.WithDbAsync(db => db.Teams.AsNoTracking().SingleAsync(t => t.Name == "Otterburn   Team"));
        Assert.Equal(world.ServiceA, team.ServiceId);
        Assert.Equal($"/teams/{team.Id}", response.Headers.Location?.OriginalString);
        var list = await client.GetHtmlAsync("/teams");
        Assert.Contains(list.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/teams/{team.Id}");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateTeam_WithANameAlreadyUsedInTheService_IsRefusedAndKeepsTheInput(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        await app.Data.TeamAsync(world.ServiceA, "Wren Team");
        var client = await app.NewClient().SignInAsync(world.ManagerA);

        var response = await client.SubmitAsync($"/services/{world.ServiceA}/teams/new", new() { ["Name"] = "wren  TEAM", ["Locality"] = "Station Road" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Equal("This service already has a team called wren  TEAM", page.FieldErrors()["Name"]);
        Assert.Equal("wren  TEAM", page.ValueOf("Name"));
        Assert.Equal("Station Road", page.ValueOf("Locality"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Teams.CountAsync(t => t.ServiceId == world.ServiceA && t.NormalizedName == "WREN TEAM")));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateTeam_WithTheSameNameInAnotherService_IsAllowed(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        await app.Data.TeamAsync(world.ServiceA, "Curlew Team");
        var client = await app.NewClient().SignInAsync(world.ManagerB);

        var response = await client.SubmitAsync($"/services/{world.ServiceB}/teams/new", new() { ["Name"] = "Curlew Team", ["Locality"] = "Quayside" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateTeam_WithBlankAndOverlongFields_ShowsEachMessageBesideItsField(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var client = await app.NewClient().SignInAsync(world.ManagerA);
        var tooLong = new string('x', 121);

        var response = await client.SubmitAsync($"/services/{world.ServiceA}/teams/new", new() { ["Name"] = "   ", ["Locality"] = tooLong });

        var page = await response.HtmlAsync();
        Assert.Equal("Enter the team's name", page.FieldErrors()["Name"]);
        Assert.Equal("The locality or office must be 120 characters or fewer", page.FieldErrors()["Locality"]);
        Assert.Equal(tooLong, page.ValueOf("Locality"));
        Assert.Equal(["#Name", "#Locality"], page.ErrorSummary().Select(e => e.Href));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditTeam_AfterSomeoneElseSaved_KeepsBothVersionsAndSavesNothingUntilConfirmed(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var team = await app.Data.TeamAsync(world.ServiceA, "Kestrel Team", "Mill Lane");
        var first = await app.NewClient().SignInAsync(world.ManagerA);
        var second = await app.NewClient().SignInAsync(world.Administrator);
        var opened = await first.GetHtmlAsync($"/teams/{team}/edit");
        var versionSeen = opened.ValueOf("Version")!;

        var theirs = await second.PostFormAsync($"/teams/{team}/edit", new()
        {
            ["Name"] = "Kestrel Team (North)", ["Locality"] = "Mill Lane", ["Version"] = (await second.GetHtmlAsync($"/teams/{team}/edit")).ValueOf("Version")!,
        });
        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);

        var mine = await first.PostFormAsync($"/teams/{team}/edit", new() { ["Name"] = "Kestrel Team", ["Locality"] = "The Old Bakery, Mill Lane", ["Version"] = versionSeen });

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        var page = await mine.HtmlAsync();
        Assert.Contains("Someone else changed this record after you opened it", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The Old Bakery, Mill Lane", page.ValueOf("Locality"));
        Assert.Contains("Kestrel Team (North)", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        var saved = await app.WithDbAsync(db => db.Teams.AsNoTracking().SingleAsync(t => t.Id == team));
        Assert.Equal(("Kestrel Team (North)", "Mill Lane"), (saved.Name, saved.Locality));

        var confirmed = await first.PostFormAsync($"/teams/{team}/edit", new() { ["Name"] = "Kestrel Team", ["Locality"] = "The Old Bakery, Mill Lane", ["Version"] = page.ValueOf("Version")! });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        saved = await app.WithDbAsync(db => db.Teams.AsNoTracking().SingleAsync(t => t.Id == team));
        Assert.Equal(("Kestrel Team", "The Old Bakery, Mill Lane"), (saved.Name, saved.Locality));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TeamsPage_SqlCommandCount_DoesNotGrowWithTheNumberOfServicesAndTeams(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var client = await app.NewClient().SignInAsync(world.Administrator);
        await client.GetHtmlAsync("/teams");
        app.Commands.Reset();
        await client.GetHtmlAsync("/teams");
        var before = app.Commands.Count;

        for (var i = 0; i < 5; i++)
        {
            var service = await app.Data.ServiceAsync(world.ManagerB.PersonId);
            await app.Data.TeamAsync(service);
            await app.Data.TeamAsync(service);
        }

        app.Commands.Reset();
        await client.GetHtmlAsync("/teams");

        Assert.Equal(before, app.Commands.Count);
    }
}
