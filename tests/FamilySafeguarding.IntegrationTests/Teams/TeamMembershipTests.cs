using System.Net;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Teams;

/// <summary>Adding and ending team memberships through the real forms, on each database engine.</summary>
public sealed class TeamMembershipTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddMember_SpecialistToASecondTeam_IsSavedAndShownOnBothTeamPages(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var specialist = await app.Data.PersonAsync(JobRole.MentalHealthPractitioner, world.Charity, "Morwenna Tregothnan");
        await app.Data.MembershipAsync(specialist, world.TeamA1);
        var client = await app.NewClient().SignInAsync(world.ManagerA);

        var response = await client.SubmitAsync($"/teams/{world.TeamA2}/members/new", Membership(specialist, "1", "4", "2026"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/teams/{world.TeamA2}", response.Headers.Location?.OriginalString);
        var page = await client.GetHtmlAsync($"/teams/{world.TeamA2}");
        var row = page.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Morwenna Tregothnan", StringComparison.Ordinal));
        Assert.Contains("Mental Health Practitioner", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Also in", row.TextContent, StringComparison.Ordinal);
        var saved = await app.WithDbAsync(db => db.TeamMemberships.AsNoTracking().Where(m => m.PersonId == specialist).Select(m => m.TeamId).ToListAsync());
        Assert.Equal(2, saved.Count);
        Assert.Contains(world.TeamA1, saved);
        Assert.Contains(world.TeamA2, saved);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddMember_ThirdTeamAtOnce_IsRefusedBesideTheFieldAndKeepsTheInput(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var specialist = await app.Data.PersonAsync(JobRole.SubstanceMisuseRecoveryWorker, world.Charity, "Bronwen Achterberg");
        await app.Data.MembershipAsync(specialist, world.TeamA1);
        await app.Data.MembershipAsync(specialist, world.TeamA2);
        var client = await app.NewClient().SignInAsync(world.Administrator);

        var response = await client.SubmitAsync($"/teams/{world.TeamB1}/members/new", Membership(specialist, "3", "11", "2026", "28", "2", "2027"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Contains("at most 2 teams at once", page.FieldErrors()["PersonId"], StringComparison.Ordinal);
        Assert.Contains(page.ErrorSummary(), e => e.Href == "#PersonId" && e.Text.Contains("at most 2 teams", StringComparison.Ordinal));
        Assert.Equal(specialist.ToString(), page.ValueOf("PersonId"));
        Assert.Equal(["3", "11", "2026", "28", "2", "2027"], new[] { "StartDate.Day", "StartDate.Month", "StartDate.Year", "EndDate.Day", "EndDate.Month", "EndDate.Year" }.Select(page.ValueOf));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.TeamMemberships.CountAsync(m => m.PersonId == specialist)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddMember_AThirdTeamAfterAnEarlierOneEnded_IsAllowed(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var specialist = await app.Data.PersonAsync(JobRole.ClinicalPsychologist, world.Charity);
        await app.Data.MembershipAsync(specialist, world.TeamA1, new DateOnly(2024, 1, 1), new DateOnly(2026, 3, 31));
        await app.Data.MembershipAsync(specialist, world.TeamA2);
        var client = await app.NewClient().SignInAsync(world.Administrator);

        var response = await client.SubmitAsync($"/teams/{world.TeamB1}/members/new", Membership(specialist, "1", "4", "2026"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(3, await app.WithDbAsync(db => db.TeamMemberships.CountAsync(m => m.PersonId == specialist)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddMember_SomeoneAlreadyInTheTeam_IsRefused(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var worker = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council, "Tamsin Oyelaran");
        await app.Data.MembershipAsync(worker, world.TeamA1);
        var client = await app.NewClient().SignInAsync(world.ManagerA);

        var response = await client.SubmitAsync($"/teams/{world.TeamA1}/members/new", Membership(worker, "1", "6", "2026"));

        var page = await response.HtmlAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Tamsin Oyelaran is already a member of this team for some of those dates", page.FieldErrors()["PersonId"]);
        Assert.Equal(1, await app.WithDbAsync(db => db.TeamMemberships.CountAsync(m => m.PersonId == worker)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddMember_WithNoPersonAndAnImpossibleDate_ShowsEachErrorAndKeepsWhatWasTyped(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var client = await app.NewClient().SignInAsync(world.ManagerA);

        var response = await client.SubmitAsync($"/teams/{world.TeamA1}/members/new", new()
        {
            ["PersonId"] = string.Empty,
            ["StartDate.Day"] = "31",
            ["StartDate.Month"] = "2",
            ["StartDate.Year"] = "2026",
            ["EndDate.Day"] = "x",
            ["EndDate.Month"] = string.Empty,
            ["EndDate.Year"] = string.Empty,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        var errors = page.FieldErrors();
        Assert.Equal("Select the person or vacant post to add", errors["PersonId"]);
        Assert.Equal("The date they join the team must be a real date", errors["StartDate"]);
        Assert.Equal("The date they leave the team must be a real date", errors["EndDate"]);
        Assert.Equal(["#PersonId", "#StartDate", "#EndDate"], page.ErrorSummary().Select(e => e.Href));
        Assert.NotNull(page.QuerySelector("#StartDate"));
        Assert.Equal("31", page.ValueOf("StartDate.Day"));
        Assert.Equal("2", page.ValueOf("StartDate.Month"));
        Assert.Equal("x", page.ValueOf("EndDate.Day"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddMember_LeavingBeforeJoining_IsRefusedBesideTheEndDate(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var worker = await app.Data.PersonAsync(JobRole.FamilyPractitioner, world.Council);
        var client = await app.NewClient().SignInAsync(world.ManagerA);

        var response = await client.SubmitAsync($"/teams/{world.TeamA2}/members/new", Membership(worker, "10", "5", "2026", "9", "5", "2026"));

        var page = await response.HtmlAsync();
        Assert.Equal("The date they leave must be the same as or after the date they join", page.FieldErrors()["EndDate"]);
        Assert.Equal(0, await app.WithDbAsync(db => db.TeamMemberships.CountAsync(m => m.PersonId == worker)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EndMembership_EndsItAndTheTeamPageNoLongerListsThePerson(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var worker = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council, "Ifeoma Castellanos");
        var membership = await app.Data.MembershipAsync(worker, world.TeamA2, new DateOnly(2025, 1, 6));
        var client = await app.NewClient().SignInAsync(world.ManagerA);

        var refused = await client.PostFormAsync($"/teams/{world.TeamA2}/members/{membership}/end", Date("EndDate", "5", "1", "2025"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("same as or after the membership's start date", (await refused.HtmlAsync()).FieldErrors()["EndDate"], StringComparison.Ordinal);
        Assert.Equal("5", (await refused.HtmlAsync()).ValueOf("EndDate.Day"));

        var ended = await client.PostFormAsync($"/teams/{world.TeamA2}/members/{membership}/end", Date("EndDate", "1", "11", "2026"));

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal(new DateOnly(2026, 11, 1), await app.WithDbAsync(db => db.TeamMemberships.Where(m => m.Id == membership).Select(m => m.EndDate).SingleAsync()));
        var page = await client.GetHtmlAsync($"/teams/{world.TeamA2}");
        Assert.DoesNotContain(page.QuerySelectorAll("table.govuk-table tr"), r => r.TextContent.Contains("Ifeoma Castellanos", StringComparison.Ordinal));
        Assert.Contains("Ifeoma Castellanos", page.QuerySelector("details")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TeamPage_GroupsMembersByDiscipline_CountsVacancies_AndMarksSharedSpecialists(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var service = await app.Data.ServiceAsync(world.ManagerA.PersonId);
        var team = await app.Data.TeamAsync(service, "Kingfisher Team");
        var other = await app.Data.TeamAsync(service, "Heron Team");
        await app.Data.MembershipAsync(await app.Data.PersonAsync(JobRole.TeamManager, world.Council), team);
        for (var i = 0; i < 4; i++)
        {
            await app.Data.MembershipAsync(await app.Data.PersonAsync(JobRole.SocialWorker, world.Council), team);
        }

        await app.Data.MembershipAsync(await app.Data.PersonAsync(JobRole.SocialWorker, world.Council, vacancy: true), team);
        var shared = await app.Data.PersonAsync(JobRole.DomesticAbuseVictimPractitioner, world.Charity, "Saoirse Abernethy");
        await app.Data.MembershipAsync(shared, team);
        await app.Data.MembershipAsync(shared, other);
        var client = await app.NewClient().SignInAsync(world.SocialWorker);

        var page = await client.GetHtmlAsync($"/teams/{team}");

        var headings = page.QuerySelectorAll("h2.govuk-heading-m").Select(h => h.ChildNodes[0].TextContent.Trim()).ToList();
        Assert.Equal(["Management", "Social work", "Domestic abuse"], headings.Take(3));
        Assert.Contains(
            "1 Team Manager, 5 Social Workers (1 vacant). Adult specialists: 1 Domestic Abuse Practitioner (victim-focused) (1 shared with another team).",
            page.Body!.TextContent, StringComparison.Ordinal);
        var sharedRow = page.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Saoirse Abernethy", StringComparison.Ordinal));
        Assert.Contains("Also in Heron Team", sharedRow.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("tr"), r => r.TextContent.Contains("Vacant post", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TeamPage_SqlCommandCount_DoesNotGrowWithTheTeam(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var small = await app.Data.TeamAsync(world.ServiceA);
        var large = await app.Data.TeamAsync(world.ServiceA);
        await app.Data.MembershipAsync(await app.Data.PersonAsync(JobRole.SocialWorker, world.Council), small);
        for (var i = 0; i < 25; i++)
        {
            var person = await app.Data.PersonAsync(i % 3 == 0 ? JobRole.MentalHealthPractitioner : JobRole.SocialWorker, world.Council);
            await app.Data.MembershipAsync(person, large);
            if (i % 3 == 0)
            {
                await app.Data.MembershipAsync(person, world.TeamB1);
            }
        }

        var client = await app.NewClient().SignInAsync(world.SocialWorker);
        await client.GetHtmlAsync($"/teams/{small}");

        app.Commands.Reset();
        await client.GetHtmlAsync($"/teams/{small}");
        var smallCount = app.Commands.Count;
        app.Commands.Reset();
        await client.GetHtmlAsync($"/teams/{large}");
        var largeCount = app.Commands.Count;

        Assert.Equal(smallCount, largeCount);
        Assert.InRange(largeCount, 1, 8);
    }

    private static Dictionary<string, string> Membership(Guid personId, string day, string month, string year, string endDay = "", string endMonth = "", string endYear = "") => new()
    {
        ["PersonId"] = personId.ToString(),
        ["StartDate.Day"] = day,
        ["StartDate.Month"] = month,
        ["StartDate.Year"] = year,
        ["EndDate.Day"] = endDay,
        ["EndDate.Month"] = endMonth,
        ["EndDate.Year"] = endYear,
    };

    private static Dictionary<string, string> Date(string name, string day, string month, string year) => new()
    {
        [$"{name}.Day"] = day,
        [$"{name}.Month"] = month,
        [$"{name}.Year"] = year,
    };
}
