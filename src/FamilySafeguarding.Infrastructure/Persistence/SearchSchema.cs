using FamilySafeguarding.Application.Search;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Infrastructure.Search;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FamilySafeguarding.Infrastructure.Persistence;

/// <summary>
/// Each engine's full-text index over SearchDocuments (outside the model, so the schema tests leave exactly these
/// objects out) and the backfill that gives every existing family, member, significant event, submitted summary and note
/// on one its document. Called from each engine's SearchIndex migration.
/// SQLite: a plain FTS5 table, SearchDocumentsFts(Title, Body), kept in step by triggers on SearchDocuments. Its row ids
/// come from SearchDocumentsFtsKeys, whose INTEGER PRIMARY KEY survives VACUUM (the implicit row ids of SearchDocuments,
/// keyed by a Guid, would not), so an update or delete finds its FTS row by key instead of scanning; it also holds the
/// family id (a document never changes family), so search filters matches by access without reading the documents.
/// PostgreSQL: a generated tsvector column (title weighted A, body B, 'english') with a GIN index.
/// SQL Server: a full-text catalog and index (see <c>SqlServerFullText</c>).
/// </summary>
public static class SearchSchema
{
    public static void CreateSqliteFullText(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""CREATE TABLE "SearchDocumentsFtsKeys" ("RowId" INTEGER PRIMARY KEY, "DocumentId" TEXT NOT NULL UNIQUE, "FamilyId" TEXT NOT NULL);""");
        migrationBuilder.Sql("""CREATE VIRTUAL TABLE "SearchDocumentsFts" USING fts5("Title", "Body", tokenize = 'porter unicode61 remove_diacritics 2');""");
        migrationBuilder.Sql("""
            CREATE TRIGGER "SearchDocuments_FtsInsert" AFTER INSERT ON "SearchDocuments" BEGIN
                INSERT INTO "SearchDocumentsFtsKeys" ("DocumentId", "FamilyId") VALUES (new."Id", new."FamilyId");
                INSERT INTO "SearchDocumentsFts" (rowid, "Title", "Body")
                VALUES ((SELECT "RowId" FROM "SearchDocumentsFtsKeys" WHERE "DocumentId" = new."Id"), new."Title", new."Body");
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER "SearchDocuments_FtsUpdate" AFTER UPDATE OF "Title", "Body" ON "SearchDocuments" BEGIN
                UPDATE "SearchDocumentsFts" SET "Title" = new."Title", "Body" = new."Body"
                WHERE rowid = (SELECT "RowId" FROM "SearchDocumentsFtsKeys" WHERE "DocumentId" = new."Id");
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER "SearchDocuments_FtsDelete" AFTER DELETE ON "SearchDocuments" BEGIN
                DELETE FROM "SearchDocumentsFts" WHERE rowid = (SELECT "RowId" FROM "SearchDocumentsFtsKeys" WHERE "DocumentId" = old."Id");
                DELETE FROM "SearchDocumentsFtsKeys" WHERE "DocumentId" = old."Id";
            END;
            """);
    }

    public static void CreatePostgresFullText(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE "SearchDocuments" ADD "SearchVector" tsvector
                GENERATED ALWAYS AS (setweight(to_tsvector('english', "Title"), 'A') || setweight(to_tsvector('english', "Body"), 'B')) STORED;
            """);
        migrationBuilder.Sql("""CREATE INDEX "IX_SearchDocuments_SearchVector" ON "SearchDocuments" USING GIN ("SearchVector");""");
    }

    /// <summary>A document for every existing record, written as <see cref="SearchDocuments"/> writes them (drafts left out).</summary>
    /// <summary>SQLite's backfill: see <see cref="Backfill"/>.</summary>
    public static void BackfillSqlite(MigrationBuilder migrationBuilder) =>
        Backfill(migrationBuilder, new Dialect("char(10)", "group_concat", "||", c => $"date({c})"));

    /// <summary>PostgreSQL's backfill: see <see cref="Backfill"/>.</summary>
    public static void BackfillPostgreSql(MigrationBuilder migrationBuilder) =>
        Backfill(migrationBuilder, new Dialect("chr(10)", "string_agg", "||", c => $"({c} AT TIME ZONE 'UTC')::date"));

    /// <summary>SQL Server's backfill (2017 or later, for CONCAT_WS and STRING_AGG): see <see cref="Backfill"/>.</summary>
    public static void BackfillSqlServer(MigrationBuilder migrationBuilder) =>
        Backfill(migrationBuilder, new Dialect("CHAR(10)", "STRING_AGG", "+", c => $"CAST({c} AS date)"));

    public static void DropSqliteFullText(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DROP TRIGGER "SearchDocuments_FtsInsert";""");
        migrationBuilder.Sql("""DROP TRIGGER "SearchDocuments_FtsUpdate";""");
        migrationBuilder.Sql("""DROP TRIGGER "SearchDocuments_FtsDelete";""");
        migrationBuilder.Sql("""DROP TABLE "SearchDocumentsFts";""");
        migrationBuilder.Sql("""DROP TABLE "SearchDocumentsFtsKeys";""");
    }

    public static void DropPostgresFullText(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DROP INDEX "IX_SearchDocuments_SearchVector";""");
        migrationBuilder.Sql("""ALTER TABLE "SearchDocuments" DROP COLUMN "SearchVector";""");
    }

    /// <summary>Removes every document (the Down of a backfill).</summary>
    public static void RemoveDocuments(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""DELETE FROM "SearchDocuments";""");

    private sealed record Dialect(string Newline, string Aggregate, string Concat, Func<string, string> DateOf);

    /// <summary>A document for every existing record, written as <see cref="SearchDocuments"/> writes them (drafts left out).</summary>
    private static void Backfill(MigrationBuilder migrationBuilder, Dialect sql)
    {
        var roles = Case("m.\"Role\"", Enum.GetValues<FamilyRole>().Select(r => ((int)r, SearchDocuments.MemberRole(r))));
        // A migration must not change once written: the kinds are those that existed when it was (no event of a later
        // kind can exist before it runs; the app writes their documents as it saves them).
        var events = Case("e.\"Kind\"", KindsAtBackfill.Select(k => ((int)k, SearchDocuments.EventTitle(k))));
        migrationBuilder.Sql($"""
            INSERT INTO "SearchDocuments" ("Id", "FamilyId", "Kind", "Month", "Date", "Title", "Body")
            SELECT f."Id", f."Id", {(int)SearchKind.Family}, NULL, f."OpenedOn", f."DisplayName", f."Reference" FROM "Families" AS f;
            """);
        migrationBuilder.Sql($"""
            INSERT INTO "SearchDocuments" ("Id", "FamilyId", "Kind", "Month", "Date", "Title", "Body")
            SELECT m."Id", m."FamilyId", {(int)SearchKind.Person}, NULL, COALESCE(m."DateOfBirth", m."ExpectedDateOfDelivery"), m."FullName",
                   {roles} {sql.Concat} COALESCE({sql.Newline} {sql.Concat} m."PreferredName", '')
            FROM "FamilyMembers" AS m;
            """);
        migrationBuilder.Sql($"""
            INSERT INTO "SearchDocuments" ("Id", "FamilyId", "Kind", "Month", "Date", "Title", "Body")
            SELECT e."Id", e."FamilyId", {(int)SearchKind.SignificantEvent}, NULL, e."OccurredOn", {events}, e."Account"
            FROM "SignificantEvents" AS e;
            """);
        migrationBuilder.Sql($"""
            INSERT INTO "SearchDocuments" ("Id", "FamilyId", "Kind", "Month", "Date", "Title", "Body")
            SELECT s."Id", s."FamilyId", {(int)SearchKind.Summary}, s."Month", {sql.DateOf("s.\"SubmittedAt\"")}, '{SearchDocuments.SummaryTitle}',
                   concat_ws({sql.Newline}, NULLIF(s."WorkUndertaken", ''), NULLIF(s."WhatHasChanged", ''), NULLIF(s."Worries", ''),
                             NULLIF(s."Strengths", ''), NULLIF(s."NextSteps", ''),
                             (SELECT {sql.Aggregate}(p."Impact", {sql.Newline}) FROM "SummaryPeople" AS p WHERE p."SummaryId" = s."Id" AND p."Impact" IS NOT NULL))
            FROM "MonthlySummaries" AS s
            WHERE s."Status" = 2;
            """);
        migrationBuilder.Sql($"""
            INSERT INTO "SearchDocuments" ("Id", "FamilyId", "Kind", "Month", "Date", "Title", "Body")
            SELECT n."Id", n."FamilyId", CASE n."Kind" WHEN 1 THEN {(int)SearchKind.Addendum} ELSE {(int)SearchKind.ManagementOversight} END, s."Month",
                   {sql.DateOf("n.\"WrittenAt\"")}, CASE n."Kind" WHEN 1 THEN '{SearchDocuments.AddendumTitle}' ELSE '{SearchDocuments.OversightTitle}' END, n."Text"
            FROM "SummaryNotes" AS n
            JOIN "MonthlySummaries" AS s ON s."Id" = n."SummaryId"
            WHERE s."Status" = 2;
            """);
    }

    /// <summary>The significant-event kinds there were when the SearchIndex migration was written (issue 12).</summary>
    private static readonly SignificantEventKind[] KindsAtBackfill =
        [.. Enum.GetValues<SignificantEventKind>().Where(k => (int)k <= 9 || k == SignificantEventKind.Other)];

    private static string Case(string column, IEnumerable<(int Value, string Name)> names) =>
        $"CASE {column} " + string.Join(' ', names.Select(n => $"WHEN {n.Value} THEN '{n.Name.Replace("'", "''", StringComparison.Ordinal)}'")) + " ELSE '' END";
}
