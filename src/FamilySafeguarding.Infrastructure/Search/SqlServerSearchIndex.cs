using FamilySafeguarding.Application.Search;
using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FamilySafeguarding.Infrastructure.Search;

/// <summary>
/// SQL Server full-text search: <c>CONTAINSTABLE</c> over the full-text index on <c>SearchDocuments</c> (Title, Body;
/// see <see cref="SqlServerFullText"/>), every word a prefix term, ranked by its RANK. SQL Server has no snippet
/// function, so the page's documents are read whole (for its 20 ids only) and cut by <see cref="SearchSnippet.Around"/>.
/// A search the server refuses for want of Full-Text Search or of the index shows the page's "not available" message
/// instead of failing (ADR-024).
/// </summary>
internal sealed partial class SqlServerSearchIndex(AppDbContext db, SearchAvailability availability, ILogger<SqlServerSearchIndex> logger)
    : FullTextSearchIndex(db)
{
    protected override async Task<T> RunAsync<T>(Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception ex) when (FullTextError(ex) is { } number)
        {
            LogUnavailable(logger, number);
            availability.ReportUnavailable();
            throw new SearchUnavailableException(ex);
        }
    }

    /// <summary>The terms go as a parameter (<c>nvarchar(4000)</c>: <see cref="SearchTerms.ToContainsQuery"/> stays far shorter), never into the SQL.</summary>
    protected override IQueryable<FullTextMatch> Matches(SearchTerms terms) => Db.Database.SqlQuery<FullTextMatch>($"""
        SELECT d.[Id] AS [DocumentId], d.[FamilyId] AS [FamilyId], CAST(ft.[RANK] AS float) + CASE WHEN d.[Id] = d.[FamilyId] THEN 1000000.0 ELSE 0.0 END AS [Rank]
        FROM CONTAINSTABLE([SearchDocuments], ([Title], [Body]), {terms.ToContainsQuery()}) AS ft
        JOIN [SearchDocuments] AS d ON d.[Id] = ft.[KEY]
        """);

    /// <summary>The documents' whole text (title, then body): <see cref="FinishSnippet"/> cuts it.</summary>
    protected override IQueryable<FullTextSnippet> Snippets(SearchTerms terms) =>
        Db.SearchDocuments.Select(d => new FullTextSnippet { DocumentId = d.Id, Snippet = d.Title + "\n" + d.Body });

    /// <summary>The body's words around the match: the title (the first line; titles hold no line breaks) is shown beside the snippet.</summary>
    protected override string FinishSnippet(SearchTerms terms, string snippet) => SearchSnippet.Around(terms, snippet[(snippet.IndexOf('\n', StringComparison.Ordinal) + 1)..]);

    /// <summary>The number of SQL Server's "no full-text search here" error in <paramref name="ex"/> or what it wraps, if it is one.</summary>
    internal static int? FullTextError(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is SqlException sql)
            {
                foreach (SqlError error in sql.Errors)
                {
                    if (SqlServerFullText.UnavailableErrors.Contains(error.Number))
                    {
                        return error.Number;
                    }
                }
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQL Server refused a full-text search with error {ErrorNumber}: search is unavailable until Full-Text Search and the SearchDocuments full-text index are in place and the app restarts")]
    private static partial void LogUnavailable(ILogger logger, int errorNumber);
}
