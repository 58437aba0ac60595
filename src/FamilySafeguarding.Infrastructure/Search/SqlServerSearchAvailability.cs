using FamilySafeguarding.Application.Search;
using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FamilySafeguarding.Infrastructure.Search;

/// <summary>
/// On SQL Server, search needs Full-Text Search installed and the SearchDocuments full-text index (which the migration
/// creates only where the feature is installed). Checked once at start-up with one query (<see cref="SqlServerFullText.Check"/>),
/// outside the retrying execution strategy, so a server that is down delays start-up by seconds, not a minute; if the
/// check itself fails, search stays available and the query-time guard in <see cref="SqlServerSearchIndex"/> catches a
/// missing index.
/// </summary>
internal sealed partial class SqlServerSearchAvailability(IServiceScopeFactory scopes, ILogger<SqlServerSearchAvailability> logger) : SearchAvailability
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public override async Task CheckAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        try
        {
            await db.Database.OpenConnectionAsync(timeout.Token);
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = SqlServerFullText.Check;
                if (Convert.ToInt32(await command.ExecuteScalarAsync(timeout.Token), System.Globalization.CultureInfo.InvariantCulture) != 1)
                {
                    LogUnavailable(logger);
                    ReportUnavailable();
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogCheckFailed(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQL Server Full-Text Search is not installed (or the SearchDocuments full-text index is missing): search is unavailable until it is")]
    private static partial void LogUnavailable(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check whether SQL Server Full-Text Search is available ({ExceptionType}): search stays on, and turns itself off if the server refuses it")]
    private static partial void LogCheckFailed(ILogger logger, string exceptionType);
}
