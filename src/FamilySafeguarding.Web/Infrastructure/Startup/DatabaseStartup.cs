using FamilySafeguarding.Application.Search;
using FamilySafeguarding.Infrastructure.DemoData;
using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Web.Infrastructure.Startup;

/// <summary>
/// At start-up: applies pending migrations (so a fresh clone needs no manual step), finds out whether the database can
/// search (<see cref="SearchAvailability"/>: one query on SQL Server, none elsewhere) and, in Development or with the
/// <c>--seed-demo</c> switch, loads the demo data into an empty database. Demo data is never loaded in Production.
/// </summary>
public static partial class DatabaseStartup
{
    public const string SeedDemoSwitch = "--seed-demo";

    public static async Task InitialiseAsync(IServiceProvider services, IWebHostEnvironment environment, string[] args)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var seedRequested = args.Contains(SeedDemoSwitch, StringComparer.Ordinal) || options.SeedDemoData;
        if (seedRequested && environment.IsProduction())
        {
            throw new InvalidOperationException("Demo data is never loaded in Production. Remove --seed-demo and Database:SeedDemoData.");
        }

        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        if (options.MigrateOnStartup)
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var unknown = (await db.Database.GetAppliedMigrationsAsync()).Except(db.Database.GetMigrations(), StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                // A database made by migrations this version does not have: a newer version's, or the hand-written
                // history the generated baselines replaced (ADR-021). Migrating over it would fail halfway.
                throw new InvalidOperationException(
                    $"The {options.Provider} database has {unknown.Count} migration(s) this version of the app does not know, the first {unknown[0]}. " +
                    "It was made by another version: a database made before the migrations were regenerated (ADR-021) cannot be upgraded; " +
                    "for a local demo database, delete it (App_Data/familysafeguarding.db) and start again.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            if (pending.Count > 0)
            {
                LogMigrating(logger, pending.Count, options.Provider);
                await db.Database.MigrateAsync();
            }
        }

        await scope.ServiceProvider.GetRequiredService<SearchAvailability>().CheckAsync(CancellationToken.None);

        if (seedRequested)
        {
            var seeded = await ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider).SeedIfEmptyAsync(CancellationToken.None);
            if (seeded)
            {
                LogSeeded(logger);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} pending migration(s) to the {Provider} database")]
    private static partial void LogMigrating(ILogger logger, int count, DatabaseProvider provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the demo data: see the README for the demo sign-ins")]
    private static partial void LogSeeded(ILogger logger);
}
