using FamilySafeguarding.Application.Search;
using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Infrastructure.Search;

/// <summary>
/// SQLite FTS5: the <c>SearchDocumentsFts</c> table (Title, Body; porter stemming) is kept in step with
/// <c>SearchDocuments</c> by triggers, through <c>SearchDocumentsFtsKeys</c>, which gives each document a fixed integer
/// row id and holds its family id, so matches are filtered by access without reading the documents (see the Search migration). Ranked by bm25 with the title weighing ten times the body, a family's own document first; snippets from the body (column 1) only, as the title is shown beside them.
/// </summary>
internal sealed class SqliteSearchIndex(AppDbContext db) : FullTextSearchIndex(db)
{
    protected override IQueryable<FullTextMatch> Matches(SearchTerms terms) => Db.Database.SqlQuery<FullTextMatch>($"""
        SELECT k."DocumentId" AS "DocumentId", k."FamilyId" AS "FamilyId", -bm25("SearchDocumentsFts", 10.0, 1.0) + CASE WHEN k."DocumentId" = k."FamilyId" THEN 1000000.0 ELSE 0.0 END AS "Rank"
        FROM "SearchDocumentsFts"
        JOIN "SearchDocumentsFtsKeys" AS k ON k."RowId" = "SearchDocumentsFts".rowid
        WHERE "SearchDocumentsFts" MATCH {terms.ToFts5()}
        """);

    protected override IQueryable<FullTextSnippet> Snippets(SearchTerms terms) => Db.Database.SqlQuery<FullTextSnippet>($"""
        SELECT k."DocumentId" AS "DocumentId", snippet("SearchDocumentsFts", 1, char(57344), char(57345), '…', 32) AS "Snippet"
        FROM "SearchDocumentsFts"
        JOIN "SearchDocumentsFtsKeys" AS k ON k."RowId" = "SearchDocumentsFts".rowid
        WHERE "SearchDocumentsFts" MATCH {terms.ToFts5()}
        """);
}
