using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Search;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Infrastructure.Search;

/// <summary>A document the engine's full-text index matched, with its relevance (higher is better).</summary>
internal sealed class FullTextMatch
{
    public Guid DocumentId { get; init; }

    public Guid FamilyId { get; init; }

    public double Rank { get; init; }
}

/// <summary>A matched document's words in context, the matches between the snippet markers.</summary>
internal sealed class FullTextSnippet
{
    public Guid DocumentId { get; init; }

    public string Snippet { get; init; } = string.Empty;
}

/// <summary>
/// Search over an engine's full-text index: the engine's match (raw SQL, composed by EF Core as a subquery) is joined to
/// the families the actor may see, then counted and paged, in the database. Snippets are made for the page's hits only
/// (a third, small query, which also reads the documents and their families), since making one costs far more than
/// matching. Three SQL commands whatever the number of hits.
/// </summary>
internal abstract class FullTextSearchIndex(AppDbContext db) : ISearchIndex
{
    protected AppDbContext Db => db;

    public virtual async Task<Page<SearchHit>> SearchAsync(SearchTerms terms, IQueryable<Family> visibleFamilies, int pageNumber, int pageSize, CancellationToken ct)
    {
        var hits = Hits(terms, visibleFamilies);
        var total = await hits.CountAsync(ct);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        var number = Math.Clamp(pageNumber, 1, pageCount);
        var ranked = total == 0 ? [] : await PageOf(hits, number, pageSize).ToListAsync(ct);
        var rows = ranked.Count == 0 ? [] : await Documents(terms, ranked).ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.Id, r => r with { Snippet = FinishSnippet(terms, r.Snippet) });
        return new Page<SearchHit>(ranked.Where(byId.ContainsKey).Select(id => byId[id]).ToList(), number, pageSize, total);
    }

    /// <summary>
    /// The matches in the visible families. Their ids are an uncorrelated subquery, which the engine works out once (a
    /// few hundred ids) rather than testing the access rule again for every matching document. Matching, filtering,
    /// counting and ranking read the full-text index and the family id only, never the documents themselves.
    /// </summary>
    internal IQueryable<FullTextMatch> Hits(SearchTerms terms, IQueryable<Family> visibleFamilies)
    {
        var visibleIds = visibleFamilies.Select(f => f.Id);
        return Matches(terms).Where(m => visibleIds.Contains(m.FamilyId));
    }

    /// <summary>One page of the hits' document ids, best first.</summary>
    internal static IQueryable<Guid> PageOf(IQueryable<FullTextMatch> hits, int number, int pageSize) => hits
        .OrderByDescending(m => m.Rank).ThenByDescending(m => m.DocumentId)
        .Skip((number - 1) * pageSize).Take(pageSize)
        .Select(m => m.DocumentId);

    /// <summary>The page's documents, their families and their snippets, in one query for the page's ids only.</summary>
    internal IQueryable<SearchHit> Documents(SearchTerms terms, List<Guid> ids) =>
        from s in Snippets(terms)
        where ids.Contains(s.DocumentId)
        join d in db.SearchDocuments on s.DocumentId equals d.Id
        join f in db.Families on d.FamilyId equals f.Id
        select new SearchHit(d.Id, d.Kind, d.FamilyId, f.Reference, f.DisplayName, d.Title, d.Date, d.Month, s.Snippet);

    /// <summary>The documents matching every word, with their family and rank.</summary>
    protected abstract IQueryable<FullTextMatch> Matches(SearchTerms terms);

    /// <summary>Every matching document's snippet: only ever read filtered to a page's ids.</summary>
    protected abstract IQueryable<FullTextSnippet> Snippets(SearchTerms terms);

    /// <summary>
    /// A snippet as <see cref="Snippets"/> read it, made ready for the page: as it is where the engine makes snippets;
    /// an engine without a snippet function reads the document's text instead and cuts the snippet here.
    /// </summary>
    protected virtual string FinishSnippet(SearchTerms terms, string snippet) => snippet;
}
