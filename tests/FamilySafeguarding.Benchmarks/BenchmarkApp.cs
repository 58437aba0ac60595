using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FamilySafeguarding.Benchmarks;

/// <summary>The real app in memory (Production configuration, migrated on start-up) on a fresh database of its own.</summary>
internal sealed class BenchmarkApp(string provider, string connectionString, string dataFolder) : WebApplicationFactory<Program>
{
    public CommandCounter Commands { get; } = new();

    public string Provider => provider;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(WebProjectFolder());
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:FamilySafeguarding", connectionString);
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("DataFolder", dataFolder);
        builder.UseSetting("Authentication:RequireTwoFactor", "false");
        builder.ConfigureTestServices(services => services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(Commands)));
    }

    /// <summary>The Web project's folder (its views and static files), found from the build output upwards.</summary>
    private static string WebProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "FamilySafeguarding.Web");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Run the benchmark from the repository: src/FamilySafeguarding.Web was not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A throw-away database: a SQLite file in the temp folder, or a PostgreSQL database made and dropped with the admin connection.</summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly Func<Task> _drop;

    private BenchmarkDatabase(string connectionString, Func<Task> drop)
    {
        ConnectionString = connectionString;
        _drop = drop;
    }

    public string ConnectionString { get; }

    public static async Task<BenchmarkDatabase> CreateAsync(BenchmarkOptions options)
    {
        if (options.Provider == "Sqlite")
        {
            var path = Path.Combine(Path.GetTempPath(), $"fs-benchmark-{Guid.NewGuid():N}.db");
            return new BenchmarkDatabase(new SqliteConnectionStringBuilder { DataSource = path }.ToString(), () =>
            {
                SqliteConnection.ClearAllPools();
                if (options.Keep)
                {
                    Console.WriteLine($"Kept the database: {path}");
                    return Task.CompletedTask;
                }

                foreach (var suffix in new[] { "", "-wal", "-shm" })
                {
                    File.Delete(path + suffix);
                }

                return Task.CompletedTask;
            });
        }

        var admin = options.PostgresAdmin ?? BenchmarkOptions.DefaultPostgres;
        var name = $"fs_benchmark_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new BenchmarkDatabase(connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            if (options.Keep)
            {
                Console.WriteLine($"Kept the database: {name}");
                return;
            }

            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });
    }

    public async ValueTask DisposeAsync() => await _drop();

    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Justification = "Only names a database generated here from a Guid.")]
    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>Counts the SQL commands the app sends.</summary>
internal sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>With FS_BENCHMARK_SQL set, every command's text is written out (to see a page's queries).</summary>
    private static readonly bool Show = Environment.GetEnvironmentVariable("FS_BENCHMARK_SQL") is { Length: > 0 };

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        if (Show)
        {
            Console.WriteLine("SQL> " + command.CommandText);
        }

        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}
