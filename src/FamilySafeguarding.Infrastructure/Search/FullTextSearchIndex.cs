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
/// the documents and to the families the actor may see, then counted and paged, in the database. Snippets are made for
/// the page's hits only (a second, small query), since making one costs far more than matching.
/// </summary>
internal abstract class FullTextSearchIndex(AppDbContext db) : ISearchIndex
{
    protected AppDbContext Db => db;

    public async Task<Page<SearchHit>> SearchAsync(SearchTerms terms, IQueryable<Family> visibleFamilies, int pageNumber, int pageSize, CancellationToken ct)
    {
        var hits =
            from m in Matches(terms)
            join d in db.SearchDocuments on m.DocumentId equals d.Id
            join f in visibleFamilies on d.FamilyId equals f.Id
            select new { m.Rank, Document = d, f.Reference, f.DisplayName };

        var total = await hits.CountAsync(ct);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        var number = Math.Clamp(pageNumber, 1, pageCount);
        var rows = total == 0 ? [] : await hits
            .OrderByDescending(h => h.Rank).ThenByDescending(h => h.Document.Date).ThenBy(h => h.Document.Id)
            .Skip((number - 1) * pageSize).Take(pageSize)
            .Select(h => new { h.Document.Id, h.Document.Kind, h.Document.FamilyId, h.Reference, h.DisplayName, h.Document.Title, h.Document.Date, h.Document.Month })
            .ToListAsync(ct);

        var ids = rows.Select(r => r.Id).ToList();
        var snippets = ids.Count == 0
            ? []
            : await Snippets(terms).Where(s => ids.Contains(s.DocumentId)).ToDictionaryAsync(s => s.DocumentId, s => s.Snippet, ct);
        return new Page<SearchHit>(
            rows.Select(r => new SearchHit(r.Id, r.Kind, r.FamilyId, r.Reference, r.DisplayName, r.Title, r.Date, r.Month, snippets.GetValueOrDefault(r.Id, string.Empty))).ToList(),
            number,
            pageSize,
            total);
    }

    /// <summary>The documents matching every word, with their rank.</summary>
    protected abstract IQueryable<FullTextMatch> Matches(SearchTerms terms);

    /// <summary>Every matching document's snippet: only ever read filtered to a page's ids.</summary>
    protected abstract IQueryable<FullTextSnippet> Snippets(SearchTerms terms);
}
