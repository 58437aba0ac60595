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
/// the families the actor may see, narrowed to the kinds asked for, then counted and paged, in the database. Snippets are
/// made for the page's hits only (a third, small query, which also reads the documents, their families, a member's role
/// and a summary's chapter), since making one costs far more than matching. Three SQL commands whatever the number of
/// hits. Each engine's rank puts a family's own document (whose id is its family's) above every other, by adding
/// 1,000,000 (far above any rank an engine gives: bm25, ts_rank, CONTAINSTABLE's 0-1000) in its match's SQL, so a
/// family's name finds the family before its members.
/// </summary>
internal abstract class FullTextSearchIndex(AppDbContext db) : ISearchIndex
{
    private static readonly SearchKind[] AllKinds = Enum.GetValues<SearchKind>();

    protected AppDbContext Db => db;

    public Task<SearchCount> CountAsync(SearchTerms terms, IQueryable<Family> visibleFamilies, IReadOnlyCollection<SearchKind>? kinds, CancellationToken ct) =>
        RunAsync(async () =>
            await Hits(terms, visibleFamilies, kinds)
                .GroupBy(m => 1)
                .Select(g => new SearchCount(g.Count(), g.Count(m => m.DocumentId == m.FamilyId)))
                .SingleOrDefaultAsync(ct)
            ?? new SearchCount(0, 0));

    public Task<IReadOnlyList<SearchHit>> HitsAsync(SearchTerms terms, IQueryable<Family> visibleFamilies, IReadOnlyCollection<SearchKind>? kinds, int skip, int take, CancellationToken ct) =>
        RunAsync<IReadOnlyList<SearchHit>>(async () =>
        {
            var ranked = await Range(Hits(terms, visibleFamilies, kinds), skip, take).ToListAsync(ct);
            var rows = ranked.Count == 0 ? [] : await Documents(terms, ranked).ToListAsync(ct);
            var byId = rows.ToDictionary(r => r.Id, r => r with { Snippet = FinishSnippet(terms, r.Snippet) });
            return [.. ranked.Where(byId.ContainsKey).Select(id => byId[id])];
        });

    /// <summary>
    /// The matches in the visible families, of <paramref name="kinds"/> (null: all). Their ids are an uncorrelated
    /// subquery, which the engine works out once (a few hundred ids) rather than testing the access rule again for every
    /// matching document. Matching, filtering, counting and ranking read the full-text index and the family id only,
    /// never the documents themselves, except to narrow to kinds other than families (a family's document is the one
    /// whose id is its family's).
    /// </summary>
    internal IQueryable<FullTextMatch> Hits(SearchTerms terms, IQueryable<Family> visibleFamilies, IReadOnlyCollection<SearchKind>? kinds = null)
    {
        var visibleIds = visibleFamilies.Select(f => f.Id);
        var hits = Matches(terms).Where(m => visibleIds.Contains(m.FamilyId));
        if (kinds is null || AllKinds.All(kinds.Contains))
        {
            return hits;
        }

        if (kinds.All(k => k == SearchKind.Family))
        {
            return hits.Where(m => m.DocumentId == m.FamilyId);
        }

        var wanted = kinds.Distinct().ToList();
        return hits.Where(m => db.SearchDocuments.Any(d => d.Id == m.DocumentId && wanted.Contains(d.Kind)));
    }

    /// <summary>One page of the hits' document ids, best first.</summary>
    internal static IQueryable<Guid> PageOf(IQueryable<FullTextMatch> hits, int number, int pageSize) => Range(hits, (number - 1) * pageSize, pageSize);

    /// <summary>The hits' document ids from <paramref name="skip"/>, best first.</summary>
    internal static IQueryable<Guid> Range(IQueryable<FullTextMatch> hits, int skip, int take) => hits
        .OrderByDescending(m => m.Rank).ThenByDescending(m => m.DocumentId)
        .Skip(skip).Take(take)
        .Select(m => m.DocumentId);

    /// <summary>
    /// The page's documents, their families and their snippets, in one query for the page's ids only; with a member's
    /// role and preferred name, and for a summary or a note on one, the summary's chapter: its author, and the role of
    /// their latest allocation to the family (an open one first), as the workbook names a chapter.
    /// </summary>
    internal IQueryable<SearchHit> Documents(SearchTerms terms, List<Guid> ids) =>
        from s in Snippets(terms)
        where ids.Contains(s.DocumentId)
        join d in db.SearchDocuments on s.DocumentId equals d.Id
        join f in db.Families on d.FamilyId equals f.Id
        from m in db.FamilyMembers.Where(m => m.Id == d.Id).DefaultIfEmpty()
        from n in db.SummaryNotes.Where(n => n.Id == d.Id).DefaultIfEmpty()
        from own in db.MonthlySummaries.Where(x => x.Id == d.Id).DefaultIfEmpty()
        from noted in db.MonthlySummaries.Where(x => n != null && x.Id == n.SummaryId).DefaultIfEmpty()
        let author = own != null ? (Guid?)own.AuthorPersonId : noted != null ? (Guid?)noted.AuthorPersonId : null
        select new SearchHit(d.Id, d.Kind, d.FamilyId, f.Reference, f.DisplayName, d.Title, d.Date, d.Month, s.Snippet)
        {
            MemberRole = m == null ? null : m.Role,
            PreferredName = m == null ? null : m.PreferredName,
            Chapter = author == null
                ? null
                : new SearchChapter(
                    db.People.Where(p => p.Id == author).Select(p => p.FullName).FirstOrDefault(),
                    db.Allocations
                        .Where(a => a.FamilyId == d.FamilyId && a.PersonId == author)
                        .OrderBy(a => a.EndDate == null ? 0 : 1).ThenByDescending(a => a.StartDate)
                        .Select(a => (AllocationRole?)a.Role)
                        .FirstOrDefault()),
        };

    /// <summary>The documents matching every word, with their family and rank (a family's own document raised above all others).</summary>
    protected abstract IQueryable<FullTextMatch> Matches(SearchTerms terms);

    /// <summary>Every matching document's snippet of its body: only ever read filtered to a page's ids.</summary>
    protected abstract IQueryable<FullTextSnippet> Snippets(SearchTerms terms);

    /// <summary>
    /// A snippet as <see cref="Snippets"/> read it, made ready for the page: as it is where the engine makes snippets;
    /// an engine without a snippet function reads the document's text instead and cuts the snippet here.
    /// </summary>
    protected virtual string FinishSnippet(SearchTerms terms, string snippet) => snippet;

    /// <summary>Runs one of the search's reads; an engine that can refuse to search for want of its full-text feature says so here.</summary>
    protected virtual Task<T> RunAsync<T>(Func<Task<T>> read) => read();
}
