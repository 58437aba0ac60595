using FamilySafeguarding.Application.Search;
using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Infrastructure.Search;

/// <summary>
/// PostgreSQL full-text search: the generated <c>SearchVector</c> column of <c>SearchDocuments</c> (title weighted A,
/// body B, 'english' configuration) with a GIN index (see the Search migration); ranked by ts_rank (a family's own document
/// first), snippets of the body by ts_headline (the title is shown beside them).
/// </summary>
internal sealed class PostgresSearchIndex(AppDbContext db) : FullTextSearchIndex(db)
{
    private static readonly string HeadlineOptions =
        $"StartSel={SearchDocument.MatchStart}, StopSel={SearchDocument.MatchEnd}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    protected override IQueryable<FullTextMatch> Matches(SearchTerms terms) => Db.Database.SqlQuery<FullTextMatch>($"""
        SELECT d."Id" AS "DocumentId", d."FamilyId" AS "FamilyId", ts_rank(d."SearchVector", q.query)::float8 + CASE WHEN d."Id" = d."FamilyId" THEN 1000000.0 ELSE 0.0 END AS "Rank"
        FROM "SearchDocuments" AS d
        CROSS JOIN to_tsquery('english', {terms.ToTsQuery()}) AS q(query)
        WHERE d."SearchVector" @@ q.query
        """);

    protected override IQueryable<FullTextSnippet> Snippets(SearchTerms terms) => Db.Database.SqlQuery<FullTextSnippet>($"""
        SELECT d."Id" AS "DocumentId",
               ts_headline('english', d."Body", to_tsquery('english', {terms.ToTsQuery()}), {HeadlineOptions}) AS "Snippet"
        FROM "SearchDocuments" AS d
        """);
}
