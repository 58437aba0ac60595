using AngleSharp.Dom;
using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Workbook;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilySafeguarding.IntegrationTests.Search;

/// <summary>
/// How search results read (issue 14): a family before its members for its own name, one line of context per hit
/// (a summary's chapter), marks without stray spaces, filters by kind that paging keeps, staff found by name, and a
/// page whose SQL command count does not grow with the hits.
/// </summary>
public sealed class SearchResultsTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly DateOnly LastMonth = new(2026, 10, 1); // the test clock stands in November 2026

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_ForAFamilysName_PutsTheFamilyFirst_ThenItsMembers_ThenWhatWasWritten(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var word = SearchPageTests.Word();
        var name = Capital(word);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId, $"{name} family");
        var members = new[]
        {
            await app.Data.ChildAsync(family, $"Ella {name}"),
            await app.Data.ChildAsync(family, $"Tom {name}"),
            await app.Data.AdultAsync(family, FamilyRole.Mother, $"Anna {name}"),
        };
        await SubmitSummaryAsync(app, world.SocialWorker, family, $"Visited the {name} household twice; {name} children at school.");
        var client = await app.SignedInAsync(world.SocialWorker);

        var page = await client.GetHtmlAsync($"/search?q={word}");
        var hits = Results(page);

        Assert.Equal(["Family", "Person", "Person", "Person", "Monthly summary"], hits.Select(h => h.Kind));
        Assert.Equal($"/families/{family}", hits[0].Href);
        Assert.Equal(members.Select(m => $"/families/{family}/members/{m}").Order(StringComparer.Ordinal), hits.Skip(1).Take(3).Select(h => h.Href).Order(StringComparer.Ordinal));

        // The family's line says its name once (the heading) and its reference once (the line below); no snippet repeats them.
        var reference = await app.WithDbAsync(db => db.Families.Where(f => f.Id == family).Select(f => f.Reference).SingleAsync());
        Assert.Equal($"Family, {name} family", hits[0].Heading);
        Assert.Equal(reference, hits[0].Context);
        Assert.Null(hits[0].Snippet);
        Assert.Equal(1, Occurrences(hits[0].Text, name));

        // A member: their name in the heading, their role and their family on the line below.
        Assert.All(hits.Skip(1).Take(3), h => Assert.EndsWith($"{name} family, {reference}", h.Context, StringComparison.Ordinal));
        Assert.Contains(hits, h => h.Context == $"Mother · {name} family, {reference}");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SummaryHits_NameTheirChapter_AndSayTheKindOnce(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var word = SearchPageTests.Word();
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId, "Harbour family");
        await SubmitSummaryAsync(app, world.SocialWorker, family, $"Talked about {word} with the children.");
        await InScopeAsync(app, (WorkbookService s) => s.AddOversightAsync(ActorOf(world.TeamManager, JobRole.TeamManager), family, world.SocialWorker.PersonId, LastMonth, $"Agree {word} plan.", default));
        var worker = await app.WithDbAsync(db => db.People.Where(p => p.Id == world.SocialWorker.PersonId).Select(p => p.FullName!).SingleAsync());
        var reference = await app.WithDbAsync(db => db.Families.Where(f => f.Id == family).Select(f => f.Reference).SingleAsync());
        var client = await app.SignedInAsync(world.TeamManager);

        var hits = Results(await client.GetHtmlAsync($"/search?q={word}"));

        var summary = Assert.Single(hits, h => h.Kind == "Monthly summary");
        Assert.Equal("Monthly summary, October 2026", summary.Heading);
        Assert.Equal($"Harbour family, {reference} · Lead social worker chapter, {worker}", summary.Context);
        Assert.Equal(1, Occurrences(summary.Text, "Monthly summary"));
        Assert.StartsWith($"Talked about {word} with the children.", summary.Snippet, StringComparison.Ordinal);

        // An oversight note is about the summary in the worker's chapter, whoever wrote the note.
        var oversight = Assert.Single(hits, h => h.Kind == "Management oversight");
        Assert.Equal("Management oversight of the October 2026 summary", oversight.Heading);
        Assert.EndsWith($"Lead social worker chapter, {worker}", oversight.Context, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task HighlightedWords_HaveNoStraySpacesAroundThem(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var word = SearchPageTests.Word();
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        await app.Data.EventAsync(family, world.SocialWorker.PersonId, account: $"Police attended ({word}), then left.");
        var client = await app.SignedInAsync(world.SocialWorker);

        var page = await client.GetHtmlAsync($"/search?q={word}");

        var snippet = page.QuerySelector(".app-search-snippet")!;
        Assert.StartsWith($"Police attended ({word}), then left", snippet.TextContent, StringComparison.Ordinal); // PostgreSQL's headline drops the full stop
        Assert.Contains($"(<mark>{word}</mark>),", snippet.InnerHtml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_NarrowedByKind_ShowsOnlyThoseKinds_AndPagingKeepsTheFilter(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var word = SearchPageTests.Word();
        var name = Capital(word);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId, $"{name} family");
        await app.Data.ChildAsync(family, $"Ella {name}");
        for (var i = 0; i < 23; i++)
        {
            await app.Data.EventAsync(family, world.SocialWorker.PersonId, account: $"Visit {i}: {word}.");
        }

        var staff = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council, $"Sam {name}");
        var client = await app.SignedInAsync(world.SocialWorker);

        Assert.Equal(["Person"], Results(await client.GetHtmlAsync($"/search?q={word}&kind=members")).Select(h => h.Kind));
        Assert.Equal(["Staff"], Results(await client.GetHtmlAsync($"/search?q={word}&kind=staff")).Select(h => h.Kind));
        Assert.Equal(["Family", "Staff"], Results(await client.GetHtmlAsync($"/search?q={word}&kind=families&kind=staff")).Select(h => h.Kind));
        Assert.Equal(26, Count(await client.GetHtmlAsync($"/search?q={word}")));

        var first = await client.GetHtmlAsync($"/search?q={word}&kind=events");
        Assert.Equal(23, Count(first));
        Assert.All(Results(first), h => Assert.Equal("Significant event", h.Kind));
        Assert.Equal("checked", first.QuerySelector("input#kind-events")!.GetAttribute("checked"));
        Assert.Null(first.QuerySelector("input#kind-families")!.GetAttribute("checked"));
        var next = first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!;
        Assert.Contains("kind=events", next, StringComparison.Ordinal);

        var second = await client.GetHtmlAsync(next);
        Assert.Equal(3, Results(second).Count);
        Assert.All(Results(second), h => Assert.Equal("Significant event", h.Kind));

        // The filter form works without JavaScript: a GET form of checkboxes named "kind" beside the words.
        var form = first.QuerySelector("main form[role=search][method=get][action='/search']")!;
        Assert.Equal(5, form.QuerySelectorAll("input[type=checkbox][name=kind]").Length);
        Assert.NotNull(form.QuerySelector("fieldset legend"));
        Assert.NotEqual(Guid.Empty, staff);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_ForAWorkersName_FindsTheirPersonPage_ForEveryoneSignedIn(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var word = SearchPageTests.Word();
        var organisation = await app.Data.OrganisationAsync($"Council {word[..4]}");
        var worker = await app.Data.PersonAsync(JobRole.SocialWorker, organisation, $"Tom {Capital(word)}-Fielding");
        await app.Data.PersonAsync(JobRole.SocialWorker, organisation, vacancy: true);

        foreach (var user in new[] { world.SocialWorker, world.Administrator, world.ManagerB })
        {
            var client = await app.SignedInAsync(user);
            var hit = Assert.Single(Results(await client.GetHtmlAsync($"/search?q=tom%20{word}")));
            Assert.Equal(("Staff", $"/people/{worker}"), (hit.Kind, hit.Href));
            Assert.Equal($"Staff, Tom {Capital(word)}-Fielding", hit.Heading);
            Assert.Equal($"{JobRole.SocialWorker.DisplayName()}, Council {word[..4]}", hit.Context);
            Assert.Single(Results(await client.GetHtmlAsync("/search?q=fielding%20" + word[..5])));
            Assert.Empty(Results(await client.GetHtmlAsync($"/search?q={word[2..]}"))); // a name is found by its words' starts
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_BySomeoneWhoMayNotSeeAFamily_FindsNothingOfIt_WhateverTheFilter(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var word = SearchPageTests.Word();
        var name = Capital(word);
        var otherWorker = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council);
        await app.Data.MembershipAsync(otherWorker, world.TeamB1);
        var other = await app.Data.FamilyAsync(world.TeamB1, otherWorker, $"{name} family");
        await app.Data.ChildAsync(other, $"Sam {name}");
        await app.Data.EventAsync(other, otherWorker, account: $"About {word}.");

        Assert.Equal(3, Results(await (await app.SignedInAsync(world.ManagerB)).GetHtmlAsync($"/search?q={word}")).Count);
        foreach (var user in new[] { world.SocialWorker, world.TeamManager, world.ManagerA, world.Administrator })
        {
            var client = await app.SignedInAsync(user);
            foreach (var filter in new[] { "", "&kind=families", "&kind=members", "&kind=events", "&kind=summaries", "&kind=families&kind=members&kind=staff" })
            {
                var page = await client.GetHtmlAsync($"/search?q={word}{filter}");
                Assert.Empty(Results(page));
                Assert.StartsWith("0 results", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SearchPage_IssuesAsManyCommandsForFortyHitsAsForOne_AtMostFourForTheSearch(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var (rare, common) = (SearchPageTests.Word(), SearchPageTests.Word());
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId, $"{Capital(common)} family");
        await app.Data.ChildAsync(family, $"Ella {Capital(common)}");
        await app.Data.EventAsync(family, world.SocialWorker.PersonId, account: $"About {rare}.");
        for (var i = 0; i < 40; i++)
        {
            await app.Data.EventAsync(family, world.SocialWorker.PersonId, account: $"Visit {i}: {common}.");
        }

        await SubmitSummaryAsync(app, world.SocialWorker, family, $"Spoke about {common}.");
        await app.Data.PersonAsync(JobRole.SocialWorker, world.Council, $"Jo {Capital(common)}");
        var client = await app.SignedInAsync(world.SocialWorker);
        await client.GetHtmlAsync($"/search?q={rare}"); // warm up: compiled queries, views, the session check

        var baseline = await CountAsync(app, client, "/search?q=");
        var one = await CountAsync(app, client, $"/search?q={rare}");
        var many = await CountAsync(app, client, $"/search?q={common}");
        var secondPage = await CountAsync(app, client, $"/search?q={common}&page=2");

        Assert.Equal(one, many);
        Assert.Equal(one, secondPage);
        Assert.True(many - baseline <= 4, $"the search took {many - baseline} commands");
    }

    private static async Task<int> CountAsync(AppFactory app, HttpClient client, string url)
    {
        app.Commands.Reset();
        await client.GetHtmlAsync(url);
        return app.Commands.Count;
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static int Count(IDocument page) => int.Parse(page.QuerySelector("[role=status]")!.TextContent.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    private static Actor ActorOf(TestUser user, JobRole role) => new(user.UserId, user.PersonId, role);

    private static Task SubmitSummaryAsync(AppFactory app, TestUser author, Guid family, string text) =>
        InScopeAsync(app, (WorkbookService s) => s.SubmitAsync(
            ActorOf(author, JobRole.SocialWorker), family, author.PersonId, LastMonth,
            new SummaryContent { WorkUndertaken = text, WhatHasChanged = "Little has changed.", NextSteps = "Visit again next week." }, null, default));

    private static async Task InScopeAsync<T>(AppFactory app, Func<T, Task> action)
        where T : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    private static List<Result> Results(IDocument page) => page.QuerySelectorAll(".app-search-result")
        .Select(r => new Result(
            r.QuerySelector(".govuk-tag")!.TextContent.Trim(),
            r.QuerySelector("h2 a")!.GetAttribute("href")!,
            r.QuerySelector("h2")!.TextContent.Trim(),
            r.QuerySelector(".app-secondary-text")?.TextContent.Trim(),
            r.QuerySelector(".app-search-snippet")?.TextContent.Trim(),
            r.TextContent))
        .ToList();

    private sealed record Result(string Kind, string Href, string Heading, string? Context, string? Snippet, string Text);
}
