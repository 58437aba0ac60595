namespace FamilySafeguarding.Infrastructure.Search;

/// <summary>
/// SQL Server's full-text catalog and index over <c>SearchDocuments</c> (Title, Body), outside the model as on the other
/// engines (ADR-014, ADR-024). Full-text DDL cannot run inside a user transaction, so a migration runs these with
/// <c>migrationBuilder.Sql(SqlServerFullText.Create, suppressTransaction: true)</c> after the table exists, and
/// <c>migrationBuilder.Sql(SqlServerFullText.Drop, suppressTransaction: true)</c> in Down before the table goes.
/// Both are idempotent. <see cref="Create"/> does nothing on a server without Full-Text Search (so migrating never
/// fails there; search then reports itself unavailable), and can be run again by hand once the feature is installed.
/// Each statement is in <c>EXEC</c>, so it is compiled only when it runs.
/// </summary>
public static class SqlServerFullText
{
    public const string Catalog = "SearchDocumentsCatalog";

    /// <summary>The full-text key: the primary key of SearchDocuments, by EF Core's naming (PK_ + table).</summary>
    public const string KeyIndex = "PK_SearchDocuments";

    /// <summary>British English (LCID 2057): its word breaker, for both columns.</summary>
    public const string Language = "2057";

    /// <summary>
    /// The catalog (accent-insensitive, so "Zoe" finds "Zoë", as SQLite's remove_diacritics does) and the index:
    /// change tracking AUTO (the index follows every insert, update and delete within seconds, in the background) and no
    /// stoplist (every word is indexed, so a query of common words still requires each of them, as on SQLite).
    /// </summary>
    public const string Create = $"""
        IF FULLTEXTSERVICEPROPERTY('IsFullTextInstalled') = 1
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE [name] = N'{Catalog}')
                EXEC(N'CREATE FULLTEXT CATALOG [{Catalog}] WITH ACCENT_SENSITIVITY = OFF');

            IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE [object_id] = OBJECT_ID(N'[SearchDocuments]'))
                EXEC(N'CREATE FULLTEXT INDEX ON [SearchDocuments] ([Title] LANGUAGE {Language}, [Body] LANGUAGE {Language})
                    KEY INDEX [{KeyIndex}] ON [{Catalog}]
                    WITH CHANGE_TRACKING = AUTO, STOPLIST = OFF');
        END;
        """;

    /// <summary>Down: the index, then the catalog (a catalog with an index in it cannot be dropped).</summary>
    public const string Drop = $"""
        IF EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE [object_id] = OBJECT_ID(N'[SearchDocuments]'))
            EXEC(N'DROP FULLTEXT INDEX ON [SearchDocuments]');

        IF EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE [name] = N'{Catalog}')
            EXEC(N'DROP FULLTEXT CATALOG [{Catalog}]');
        """;

    /// <summary>
    /// The start-up check, one query: 1 when Full-Text Search is installed and SearchDocuments has an enabled
    /// full-text index, else 0.
    /// </summary>
    public const string Check = """
        SELECT CASE WHEN FULLTEXTSERVICEPROPERTY('IsFullTextInstalled') = 1
                     AND EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE [object_id] = OBJECT_ID(N'[SearchDocuments]') AND [is_enabled] = 1)
                    THEN 1 ELSE 0 END
        """;

    /// <summary>
    /// SQL Server's errors for a full-text query where the feature or the index is missing: 7601 (the table is not
    /// full-text indexed), 7609 (Full-Text Search is not installed, or a component cannot be loaded), 7616 (full-text
    /// search is not enabled for the database).
    /// </summary>
    public static readonly IReadOnlySet<int> UnavailableErrors = new HashSet<int> { 7601, 7609, 7616 };
}
