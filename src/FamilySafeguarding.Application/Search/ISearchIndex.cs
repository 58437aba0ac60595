using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;

namespace FamilySafeguarding.Application.Search;

/// <summary>One line of search results: a document of a family (<see cref="SearchHit"/>) or a member of staff (<see cref="StaffHit"/>).</summary>
public abstract record SearchResult;

/// <summary>A search hit: what it is, which family, where it leads, and its words in context.</summary>
/// <param name="Title">The document's title; for a family or a family member, their name with the matching words marked (<see cref="SearchSnippet"/>).</param>
/// <param name="Snippet">Plain text around the matching words in the document's body (never its title), the matches between <see cref="SearchDocument.MatchStart"/> and <see cref="SearchDocument.MatchEnd"/>; see <see cref="SearchSnippet"/>.</param>
public sealed record SearchHit(
    Guid Id,
    SearchKind Kind,
    Guid FamilyId,
    string FamilyReference,
    string FamilyName,
    string Title,
    DateOnly? Date,
    DateOnly? Month,
    string Snippet) : SearchResult
{
    /// <summary>For a family member: their role in the family.</summary>
    public FamilyRole? MemberRole { get; init; }

    /// <summary>For a family member: the name they prefer, if any.</summary>
    public string? PreferredName { get; init; }

    /// <summary>For a summary, an addendum or an oversight note: the chapter the summary is in.</summary>
    public SearchChapter? Chapter { get; init; }
}

/// <summary>The chapter a summary hit is in: its worker, and the role they are (or were last) allocated in.</summary>
public sealed record SearchChapter(string? WorkerName, AllocationRole? Role);

/// <summary>A member of staff found by name (everyone signed in may read the people directory).</summary>
/// <param name="Name">Their full name, the matching words marked.</param>
public sealed record StaffHit(Guid PersonId, string Name, JobRole Role, string OrganisationName, DateOnly? EndDate) : SearchResult;

/// <summary>How many documents match: all of them, and how many of those are families' own documents (which rank first).</summary>
public sealed record SearchCount(int Total, int Families);

/// <summary>
/// The full-text index over families, people, submitted summaries, their notes and significant events, one
/// implementation per database engine (SQLite FTS5, PostgreSQL tsvector, SQL Server full-text search). Matching, the
/// visibility filter, the kinds filter, ranking and paging run in the database, in the same query. A family's own
/// document ranks above every other (so a family's name finds the family first, then its members). An engine that finds
/// it cannot search (SQL Server without Full-Text Search) throws <see cref="SearchUnavailableException"/>.
/// </summary>
public interface ISearchIndex
{
    /// <summary>How many documents of <paramref name="kinds"/> (null: every kind) match every word in <paramref name="visibleFamilies"/>; one SQL command.</summary>
    Task<SearchCount> CountAsync(SearchTerms terms, IQueryable<Family> visibleFamilies, IReadOnlyCollection<SearchKind>? kinds, CancellationToken ct);

    /// <summary>The matching documents from <paramref name="skip"/>, at most <paramref name="take"/> of them, families first then best first; two SQL commands.</summary>
    Task<IReadOnlyList<SearchHit>> HitsAsync(SearchTerms terms, IQueryable<Family> visibleFamilies, IReadOnlyCollection<SearchKind>? kinds, int skip, int take, CancellationToken ct);
}
