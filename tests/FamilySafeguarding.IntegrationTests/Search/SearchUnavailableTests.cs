using System.Net;
using AngleSharp.Dom;
using FamilySafeguarding.Application.Search;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FamilySafeguarding.IntegrationTests.Search;

/// <summary>
/// Where the database cannot search (SQL Server without Full-Text Search or its index, ADR-024), shown here on SQLite
/// with the capability replaced: the search page says so plainly with 200 (the page works; only search does not, and a
/// proxy could swap a 503 for its own page), readiness reports Degraded, and nothing a browser sends gives a 500.
/// </summary>
public sealed class SearchUnavailableTests
{
    [Fact]
    public async Task Search_WhenTheDatabaseCannotSearchFromStartUp_SaysSoPlainly_AndReadinessIsDegraded()
    {
        var unavailable = new SearchAvailability();
        unavailable.ReportUnavailable();
        await using var app = await AppFactory.StartAsync(TestDatabase.Sqlite, services: s =>
        {
            s.RemoveAll<SearchAvailability>();
            s.AddSingleton(unavailable);
        });
        var world = await app.Data.WorldAsync();
        var word = SearchPageTests.Word();
        await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId, $"{word} family");
        var client = await app.SignedInAsync(world.SocialWorker);

        foreach (var url in new[] { $"/search?q={word}", "/search", "/search?q=a", $"/search?q={word}&page=-5" })
        {
            var page = await client.GetHtmlAsync(url);
            AssertUnavailable(page, url);
        }

        foreach (var query in new[] { $"\"{word}", $"NEAR(({word}), 2)", "\u0000", new string('x', 20_000) })
        {
            var response = await client.GetAsync($"/search?q={Uri.EscapeDataString(query)}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertUnavailable(await response.HtmlAsync(), query);
        }

        var ready = await app.NewClient().GetAsync("/health/ready");
        Assert.Equal((HttpStatusCode.OK, "Degraded"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
        Assert.Equal("Healthy", await (await app.NewClient().GetAsync("/health/live")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Search_WhenTheDatabaseRefusesASearch_SaysSoPlainly_StopsAsking_AndReadinessBecomesDegraded()
    {
        RefusingIndex? index = null;
        await using var app = await AppFactory.StartAsync(TestDatabase.Sqlite, services: s =>
        {
            s.RemoveAll<ISearchIndex>();
            s.AddScoped<ISearchIndex>(p => index ??= new RefusingIndex(p.GetRequiredService<SearchAvailability>()));
        });
        var world = await app.Data.WorldAsync();
        var client = await app.SignedInAsync(world.SocialWorker);
        Assert.Equal("Healthy", await (await app.NewClient().GetAsync("/health/ready")).Content.ReadAsStringAsync());

        AssertUnavailable(await client.GetHtmlAsync("/search?q=khan"), "the first search");
        AssertUnavailable(await client.GetHtmlAsync("/search?q=smith"), "the next search");

        Assert.Equal(1, index!.Calls);
        var ready = await app.NewClient().GetAsync("/health/ready");
        Assert.Equal((HttpStatusCode.OK, "Degraded"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
    }

    private static void AssertUnavailable(IDocument page, string what)
    {
        var banner = page.QuerySelector(".app-search-unavailable");
        Assert.True(banner is not null, $"{what}: no 'not available' message");
        Assert.Equal("Search is not available at the moment", banner!.QuerySelector(".govuk-notification-banner__heading")!.TextContent.Trim());
        Assert.Equal("/families", banner.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll(".app-search-result"));
        Assert.Empty(page.QuerySelectorAll(".govuk-error-summary"));
        Assert.NotNull(page.QuerySelector("form[role=search][action='/search'] input[name=q]"));
    }

    /// <summary>An engine that refuses for want of full-text search, as SqlServerSearchIndex does on SQL Server's 7601/7609/7616.</summary>
    private sealed class RefusingIndex(SearchAvailability availability) : ISearchIndex
    {
        public int Calls { get; private set; }

        public Task<SearchCount> CountAsync(SearchTerms terms, IQueryable<Family> visibleFamilies, IReadOnlyCollection<SearchKind>? kinds, CancellationToken ct) => Refuse<SearchCount>();

        public Task<IReadOnlyList<SearchHit>> HitsAsync(SearchTerms terms, IQueryable<Family> visibleFamilies, IReadOnlyCollection<SearchKind>? kinds, int skip, int take, CancellationToken ct) =>
            Refuse<IReadOnlyList<SearchHit>>();

        private Task<T> Refuse<T>()
        {
            Calls++;
            availability.ReportUnavailable();
            throw new SearchUnavailableException(new InvalidOperationException("no full-text index"));
        }
    }
}
