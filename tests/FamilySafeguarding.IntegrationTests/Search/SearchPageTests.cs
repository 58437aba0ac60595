using System.Net;
using AngleSharp.Dom;
using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Workbook;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.Infrastructure.Persistence;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilySafeguarding.IntegrationTests.Search;

/// <summary>The one search box, on each engine's full-text search: what it finds, what it never shows, and that it keeps up with changes.</summary>
public sealed class SearchPageTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly DateOnly LastMonth = new(2026, 10, 1); // the test clock stands in November 2026

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_ForAFamilysName_FindsTheFamily(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var word = Word();
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId, $"{Capital(word)} family");
        var client = await app.SignedInAsync(world.SocialWorker);

        var hits = await SearchAsync(client, word);

        var hit = Assert.Single(hits);
        Assert.Equal(("Family", $"/families/{family}"), (hit.Kind, hit.Href));
        Assert.Contains(word, hit.Marked, StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_ForAMembersName_FindsThePersonAndThePrefixOfTheName(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var word = Word();
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var child = await app.Data.ChildAsync(family, $"Ella {Capital(word)}");
        var client = await app.SignedInAsync(world.SocialWorker);

        var hit = Assert.Single(await SearchAsync(client, $"ella {word}"));
        Assert.Equal(("Person", $"/families/{family}/members/{child}"), (hit.Kind, hit.Href));
        Assert.Single(await SearchAsync(client, word[..5]));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_ForAWordInASubmittedSummary_FindsItWithTheWordMarkedAndLinksToItsMonth(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var word = Word();
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        await SaveSummaryAsync(app, world.SocialWorker, family, $"Visited twice. The children spoke about {word} at school.", submit: true);
        var client = await app.SignedInAsync(world.TeamManager);

        var page = await client.GetHtmlAsync($"/search?q={word}");

        var hit = Assert.Single(Hits(page));
        Assert.Equal(("Monthly summary", $"/families/{family}/workbook?from=2026-10&to=2026-10#month-2026-10"), (hit.Kind, hit.Href));
        Assert.Equal([word], hit.Marked);
        Assert.Contains("Monthly summary, October 2026", hit.Heading, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_ForAWordInADraft_FindsNothing_AndFindsItOnceSubmittedWithItsNewText(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var (drafted, submitted) = (Word(), Word());
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var client = await app.SignedInAsync(world.SocialWorker);

        var version = await SaveSummaryAsync(app, world.SocialWorker, family, $"Draft about {drafted}.", submit: false);
        Assert.Empty(await SearchAsync(client, drafted));

        await SaveSummaryAsync(app, world.SocialWorker, family, $"Final text about {submitted}.", submit: true, version);
        Assert.Empty(await SearchAsync(client, drafted));
        Assert.Equal("Monthly summary", Assert.Single(await SearchAsync(client, submitted)).Kind);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_ForAWordInAnAddendumAndAnOversightNote_FindsBoth(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var word = Word();
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var summary = await SaveSummaryAsync(app, world.SocialWorker, family, "Visited twice.", submit: true);
        await InScopeAsync(app, (WorkbookService s) => s.AddAddendumAsync(ActorOf(world.SocialWorker, JobRole.SocialWorker), family, world.SocialWorker.PersonId, LastMonth, $"Correction: {word} was present.", default));
        await InScopeAsync(app, (WorkbookService s) => s.AddOversightAsync(ActorOf(world.TeamManager, JobRole.TeamManager), family, world.SocialWorker.PersonId, LastMonth, $"Discussed {word} in supervision.", default));
        var client = await app.SignedInAsync(world.SocialWorker);

        var hits = await SearchAsync(client, word);

        Assert.Equal(["Addendum", "Management oversight"], hits.Select(h => h.Kind).Order(StringComparer.Ordinal));
        Assert.All(hits, h => Assert.Equal($"/families/{family}/workbook?from=2026-10&to=2026-10#month-2026-10", h.Href));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_ForAWordInAnEvent_FindsIt_AndAfterAnEditFindsTheNewWordOnly(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var (before, after) = (Word(), Word());
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var eventId = await app.Data.EventAsync(family, world.SocialWorker.PersonId, account: $"Police attended: {before} <script>alert(1)</script> was shouting.");
        var client = await app.SignedInAsync(world.SocialWorker);

        var page = await client.GetHtmlAsync($"/search?q={before}");
        var hit = Assert.Single(Hits(page));
        Assert.Equal(("Significant event", $"/families/{family}/events"), (hit.Kind, hit.Href));
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Contains("alert(1)", page.QuerySelector(".app-search-snippet")!.TextContent, StringComparison.Ordinal); // shown as text, never run

        await InScopeAsync(app, async (AppDbContext db) =>
        {
            var saved = await db.SignificantEvents.Include(e => e.People).SingleAsync(e => e.Id == eventId);
            saved.Update(new EventDetails { OccurredOn = saved.OccurredOn, Kind = saved.Kind, Account = $"Police attended; {after} was calm." }, TestData.Today);
            await db.SaveChangesAsync();
        });

        Assert.Empty(await SearchAsync(client, before));
        Assert.Single(await SearchAsync(client, after));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_ForWordsOnlyInAnotherTeamsFamily_FindsNothing_AndAnAdministratorFindsNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var word = Word();
        var otherWorker = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council);
        await app.Data.MembershipAsync(otherWorker, world.TeamB1);
        var other = await app.Data.FamilyAsync(world.TeamB1, otherWorker, $"{Capital(word)} family");
        await app.Data.ChildAsync(other, $"Sam {Capital(word)}");
        await app.Data.EventAsync(other, otherWorker, account: $"About {word}.");
        var mine = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var managerB = await app.SignedInAsync(world.ManagerB);

        Assert.Equal(3, (await SearchAsync(managerB, word)).Count);
        foreach (var user in new[] { world.SocialWorker, world.TeamManager, world.ManagerA, world.Administrator })
        {
            var client = await app.SignedInAsync(user);
            Assert.Empty(await SearchAsync(client, word));
        }

        var access = await app.WithDbAsync(db => db.FamilyAccessLog.CountAsync(e => e.FamilyId == other || e.FamilyId == mine));
        Assert.Equal(0, access); // a list of results is not a look at a family's record
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_WithFullTextSyntaxInTheQuery_NeverFails(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var word = Word();
        await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId, $"{Capital(word)} family");
        var client = await app.SignedInAsync(world.SocialWorker);

        string[] queries = [$"\"{word}", $"{word}*", $"-{word}", $"{word} AND", $"NEAR({word} x)", $"({word}", $"{word} OR NOT", $"{word}:*", $"'{word}' & !", $"{word} ^ {{ }} [", "* * *", "\"\"", $"{word}\u0000"];
        foreach (var query in queries)
        {
            var response = await client.GetAsync($"/search?q={Uri.EscapeDataString(query)}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"/search?q={query} gave {(int)response.StatusCode}");
        }

        Assert.Single(await SearchAsync(client, $"({word}*"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_ForOneCharacter_AsksForMore(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var client = await app.SignedInAsync(world.SocialWorker);

        var page = await client.GetHtmlAsync("/search?q=%20a%20");

        Assert.Equal("Enter at least 2 letters or numbers to search for", page.ErrorSummary().Single().Text);
        Assert.Equal("#q", page.ErrorSummary().Single().Href);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Empty(Hits(page));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_WithManyHits_PagesThemTwentyAtATime(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var word = Word();
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        for (var i = 0; i < 23; i++)
        {
            await app.Data.EventAsync(family, world.SocialWorker.PersonId, account: $"Visit {i}: {word}.");
        }

        var client = await app.SignedInAsync(world.SocialWorker);

        Assert.Equal(20, (await SearchAsync(client, word)).Count);
        var second = await client.GetHtmlAsync($"/search?q={word}&page=2");
        Assert.Equal(3, Hits(second).Count);
        Assert.Contains("23 results", second.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryPage_HasTheSearchBoxInItsHeader(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var client = await app.SignedInAsync(world.SocialWorker);

        var page = await client.GetHtmlAsync("/families");

        var form = page.QuerySelector("header form[role=search][action='/search'][method=get]");
        Assert.NotNull(form);
        Assert.NotNull(page.QuerySelector("label[for=header-search]"));
        Assert.Equal("q", form!.QuerySelector("input#header-search")!.GetAttribute("name"));
    }

    internal static string Word() => "zq" + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + (Convert.ToInt32(c.ToString(), 16) % 20))));

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static Actor ActorOf(TestUser user, JobRole role) => new(user.UserId, user.PersonId, role);

    private static async Task<SavedSummary> SaveSummaryAsync(AppFactory app, TestUser author, Guid family, string text, bool submit, SavedSummary? seen = null)
    {
        var content = new SummaryContent { WorkUndertaken = text, WhatHasChanged = "Little has changed.", NextSteps = "Visit again next week." };
        SavedSummary saved = null!;
        await InScopeAsync(app, async (WorkbookService s) =>
            saved = submit
                ? await s.SubmitAsync(ActorOf(author, JobRole.SocialWorker), family, author.PersonId, LastMonth, content, seen?.Version, default)
                : await s.SaveDraftAsync(ActorOf(author, JobRole.SocialWorker), family, author.PersonId, LastMonth, content, seen?.Version, default));
        return saved;
    }

    private static async Task InScopeAsync<T>(AppFactory app, Func<T, Task> action)
        where T : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    private static async Task<IReadOnlyList<Hit>> SearchAsync(HttpClient client, string query) =>
        Hits(await client.GetHtmlAsync($"/search?q={Uri.EscapeDataString(query)}"));

    private static List<Hit> Hits(IDocument page) => page.QuerySelectorAll(".app-search-result")
        .Select(r => new Hit(
            r.QuerySelector(".govuk-tag")!.TextContent.Trim(),
            r.QuerySelector("h2 a")!.GetAttribute("href")!,
            r.QuerySelector("h2")!.TextContent.Trim(),
            r.QuerySelectorAll("mark").Select(m => m.TextContent).ToList()))
        .ToList();

    private sealed record Hit(string Kind, string Href, string Heading, IReadOnlyList<string> Marked);
}
