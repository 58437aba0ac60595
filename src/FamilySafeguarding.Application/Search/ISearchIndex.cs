using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain.Families;

namespace FamilySafeguarding.Application.Search;

/// <summary>A search hit: what it is, which family, where it leads, and its words in context.</summary>
/// <param name="Snippet">Plain text around the matching words, the matches between <see cref="SearchDocument.MatchStart"/> and <see cref="SearchDocument.MatchEnd"/>; see <see cref="SearchSnippet"/>.</param>
public sealed record SearchHit(
    Guid Id,
    SearchKind Kind,
    Guid FamilyId,
    string FamilyReference,
    string FamilyName,
    string Title,
    DateOnly? Date,
    DateOnly? Month,
    string Snippet);

/// <summary>
/// The full-text index over families, people, submitted summaries, their notes and significant events, one
/// implementation per database engine (SQLite FTS5, PostgreSQL tsvector, SQL Server full-text search). Matching, the
/// visibility filter, ranking and paging run in the database, in the same query. An engine that finds it cannot search
/// (SQL Server without Full-Text Search) throws <see cref="SearchUnavailableException"/>.
/// </summary>
public interface ISearchIndex
{
    /// <summary>A page of the documents matching every word, only from <paramref name="visibleFamilies"/>, best first.</summary>
    Task<Page<SearchHit>> SearchAsync(SearchTerms terms, IQueryable<Family> visibleFamilies, int pageNumber, int pageSize, CancellationToken ct);
}
