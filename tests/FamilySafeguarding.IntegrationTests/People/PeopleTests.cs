using System.Net;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.People;

/// <summary>The people directory and the post form, on each database engine.</summary>
public sealed class PeopleTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Directory_FilteredByEmployer_IsPagedIn25s_WithAFixedNumberOfQueries(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var agency = await app.Data.OrganisationAsync(kind: Domain.Organisations.OrganisationKind.NhsTrust);
        for (var i = 0; i < 30; i++)
        {
            var person = await app.Data.PersonAsync(JobRole.MentalHealthPractitioner, agency, $"Clinician {i:00}");
            if (i % 2 == 0)
            {
                await app.Data.MembershipAsync(person, world.TeamA1);
            }
        }

        var client = await app.NewClient().SignInAsync(world.SocialWorker);
        var first = await client.GetHtmlAsync($"/people?organisation={agency}");
        app.Commands.Reset();
        var second = await client.GetHtmlAsync($"/people?organisation={agency}&page=2");
        var queries = app.Commands.Count;

        Assert.Contains("30 results, page 1 of 2", first.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(5, second.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("Clinician 00", first.QuerySelector("tbody tr td a")!.TextContent);
        Assert.Equal("Clinician 25", second.QuerySelector("tbody tr td a")!.TextContent);
        Assert.NotNull(first.QuerySelector($"a[href='/people?organisation={agency}&page=2']"));

        app.Commands.Reset();
        await client.GetHtmlAsync("/people?status=Vacancy");
        Assert.Equal(queries, app.Commands.Count);
        Assert.InRange(queries, 1, 8);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Directory_Filters_ByDisciplineTeamStatusAndName(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var team = await app.Data.TeamAsync(world.ServiceB, "Puffin Team");
        var recovery = await app.Data.PersonAsync(JobRole.SubstanceMisuseRecoveryWorker, world.Charity, "Gwenllian Featherstonehaugh");
        await app.Data.MembershipAsync(recovery, team);
        var vacancy = await app.Data.PersonAsync(JobRole.SubstanceMisuseRecoveryWorker, world.Charity, vacancy: true);
        await app.Data.MembershipAsync(vacancy, team);
        var client = await app.NewClient().SignInAsync(world.SocialWorker);

        string[] Names(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToArray();

        Assert.Equal(["Gwenllian Featherstonehaugh", "Vacant post"], Names(await client.GetHtmlAsync($"/people?team={team}")));
        Assert.Equal(["Vacant post"], Names(await client.GetHtmlAsync($"/people?team={team}&status=Vacancy")));
        Assert.Equal(["Gwenllian Featherstonehaugh"], Names(await client.GetHtmlAsync($"/people?team={team}&status=InPost&discipline=SubstanceMisuse")));
        Assert.Empty(Names(await client.GetHtmlAsync($"/people?team={team}&discipline=MentalHealth")));
        Assert.Equal(["Gwenllian Featherstonehaugh"], Names(await client.GetHtmlAsync("/people?name=featherSTONE")));
        Assert.Empty(Names(await client.GetHtmlAsync("/people?name=%25")));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreatePerson_WithBadInput_ShowsEveryMessageBesideItsFieldAndKeepsWhatWasTyped(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var client = await app.NewClient().SignInAsync(world.ManagerA);
        var before = await app.WithDbAsync(db => db.People.CountAsync());

        var response = await client.SubmitAsync("/people/new", new()
        {
            ["PostStatus"] = "Filled",
            ["FullName"] = string.Empty,
            ["WorkEmail"] = "not-an-email",
            ["JobRole"] = string.Empty,
            ["OrganisationId"] = string.Empty,
            ["Fte"] = "1.5",
            ["StartDate.Day"] = "12",
            ["StartDate.Month"] = "13",
            ["StartDate.Year"] = "2026",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        var errors = page.FieldErrors();
        Assert.Equal("Enter the person's full name", errors["FullName"]);
        Assert.Equal("Enter an email address in the correct format, like name@example.org", errors["WorkEmail"]);
        Assert.Equal("Select a job role", errors["JobRole"]);
        Assert.Equal("Select the employing organisation", errors["OrganisationId"]);
        Assert.Equal("FTE must be a number between 0.01 and 1, with up to 2 decimal places, like 0.5", errors["Fte"]);
        Assert.Equal("The start date must be a real date", errors["StartDate"]);
        Assert.Equal(["#FullName", "#WorkEmail", "#JobRole", "#OrganisationId", "#Fte", "#StartDate"], page.ErrorSummary().Select(e => e.Href));
        Assert.Equal("not-an-email", page.ValueOf("WorkEmail"));
        Assert.Equal("1.5", page.ValueOf("Fte"));
        Assert.Equal("13", page.ValueOf("StartDate.Month"));
        Assert.Equal("Filled", page.ValueOf("PostStatus"));
        Assert.Equal(before, await app.WithDbAsync(db => db.People.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreatePerson_AVacancy_IsSavedWithoutANameAndShownAsVacant(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var client = await app.NewClient().SignInAsync(world.Administrator);

        var response = await client.SubmitAsync("/people/new", new()
        {
            ["PostStatus"] = "Vacant",
            ["FullName"] = "ignored for a vacancy",
            ["JobRole"] = nameof(JobRole.DomesticAbusePerpetratorPractitioner),
            ["OrganisationId"] = world.Charity.ToString(),
            ["Fte"] = "0.6",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        var person = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Null(person.FullName);
        Assert.Equal(0.6m, person.Fte);
        var page = await client.GetHtmlAsync($"/people/{id}");
        Assert.Equal("Vacant post: Domestic Abuse Practitioner (perpetrator-focused)", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditPerson_AfterSomeoneElseSaved_KeepsBothVersions(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var person = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council, "Eluned Pryce");
        var first = await app.NewClient().SignInAsync(world.Administrator);
        var second = await app.NewClient().SignInAsync(world.ManagerA);
        var opened = await first.GetHtmlAsync($"/people/{person}/edit");
        var theirsOpened = await second.GetHtmlAsync($"/people/{person}/edit");

        var theirs = await second.PostFormAsync($"/people/{person}/edit", Form(theirsOpened, ("FullName", "Eluned Pryce-Jones")));
        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);

        var mine = await first.PostFormAsync($"/people/{person}/edit", Form(opened, ("Fte", "0.8")));

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        var page = await mine.HtmlAsync();
        Assert.Equal("0.8", page.ValueOf("Fte"));
        Assert.Equal("Eluned Pryce", page.ValueOf("FullName"));
        Assert.Contains("Eluned Pryce-Jones", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        var saved = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == person));
        Assert.Equal(("Eluned Pryce-Jones", 1m), (saved.FullName, saved.Fte));
    }

    /// <summary>The form's current values as a browser would post them, with some changed.</summary>
    private static Dictionary<string, string> Form(AngleSharp.Dom.IDocument page, params (string Name, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>();
        foreach (var name in new[] { "PostStatus", "FullName", "WorkEmail", "JobRole", "OrganisationId", "Fte", "StartDate.Day", "StartDate.Month", "StartDate.Year", "EndDate.Day", "EndDate.Month", "EndDate.Year", "Version" })
        {
            fields[name] = page.ValueOf(name) ?? string.Empty;
        }

        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return fields;
    }
}
