namespace FamilySafeguarding.Application.Search;

/// <summary>
/// Whether the database can run full-text search, found out once at start-up (after migrations) and checked by the
/// search page and the readiness check. SQLite and PostgreSQL always can (their full-text search is built in and the
/// migrations create the index); SQL Server can only when Full-Text Search is installed and the SearchDocuments
/// full-text index exists (Infrastructure's SqlServerSearchAvailability). A search that the engine refuses for want of
/// full-text search also makes it unavailable, until the app restarts and checks again.
/// </summary>
public class SearchAvailability
{
    private volatile bool _available = true;

    public bool IsAvailable => _available;

    /// <summary>Finds out whether search can run; called once at start-up. The engine can by default.</summary>
    public virtual Task CheckAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Search cannot run on this database: the page says so and the readiness check reports Degraded.</summary>
    public void ReportUnavailable() => _available = false;
}

/// <summary>The database refused a search for want of full-text search (thrown by an <see cref="ISearchIndex"/>).</summary>
public sealed class SearchUnavailableException(Exception inner) : Exception("Full-text search is not available on this database.", inner);
