using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FamilySafeguarding.IntegrationTests.Infrastructure;

/// <summary>
/// A throw-away, empty database on a real engine, removed again on dispose: a SQLite file in
/// the temp folder, or a database created on the PostgreSQL server named by <c>FS_TEST_POSTGRES</c> or the SQL Server
/// named by <c>FS_TEST_SQLSERVER</c>.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>Provider names, as in the app's <c>Database:Provider</c> setting.</summary>
    public const string Sqlite = "Sqlite";

    public const string PostgreSql = "PostgreSql";

    public const string SqlServer = "SqlServer";

    /// <summary>The database file and the files SQLite may keep beside it.</summary>
    private static readonly string[] SqliteFileSuffixes = ["", "-wal", "-shm", "-journal"];

    private readonly Func<Task> _removeAsync;

    private TestDatabase(string provider, string connectionString, Func<Task> removeAsync)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _removeAsync = removeAsync;
    }

    /// <summary><c>"Sqlite"</c>, <c>"PostgreSql"</c> or <c>"SqlServer"</c>.</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    public static Task<TestDatabase> CreateAsync(string provider) => provider switch
    {
        Sqlite => CreateSqliteAsync(),
        PostgreSql => CreatePostgresAsync(),
        SqlServer => CreateSqlServerAsync(),
        _ => throw new ArgumentException($"Unknown database provider \"{provider}\": use \"{Sqlite}\", \"{PostgreSql}\" or \"{SqlServer}\".", nameof(provider)),
    };

    /// <summary>A new SQLite file path (not yet created); pooling is off so the file can be deleted.</summary>
    public static Task<TestDatabase> CreateSqliteAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "fs-tests");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{Guid.NewGuid()}.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

        return Task.FromResult(new TestDatabase(Sqlite, connectionString, () =>
        {
            foreach (var suffix in SqliteFileSuffixes)
            {
                File.Delete(path + suffix);
            }

            return Task.CompletedTask;
        }));
    }

    /// <summary>A new empty PostgreSQL database, created and later dropped with the admin connection.</summary>
    public static async Task<TestDatabase> CreatePostgresAsync()
    {
        var adminConnectionString = TestEnvironment.RequirePostgresAdminConnectionString();
        var name = $"fs_test_{Guid.NewGuid():N}";
        await ExecuteAsAdminAsync(adminConnectionString, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;

        return new TestDatabase(PostgreSql, connectionString, async () =>
        {
            // Close this database's pooled connections, then drop it; WITH (FORCE) terminates any
            // session still connected (pg_terminate_backend), e.g. one held by a context's own pool.
            using (var connection = new NpgsqlConnection(connectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }

            await ExecuteAsAdminAsync(adminConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });
    }

    /// <summary>A new empty SQL Server database, created and later dropped with the login from <c>FS_TEST_SQLSERVER</c>.</summary>
    public static async Task<TestDatabase> CreateSqlServerAsync()
    {
        var adminConnectionString = TestEnvironment.RequireSqlServerAdminConnectionString();
        var name = $"fs_test_{Guid.NewGuid():N}";
        await ExecuteOnSqlServerAsync(adminConnectionString, $"CREATE DATABASE [{name}]");
        var connectionString = new SqlConnectionStringBuilder(adminConnectionString) { InitialCatalog = name }.ConnectionString;

        return new TestDatabase(SqlServer, connectionString, async () =>
        {
            using (var connection = new SqlConnection(connectionString))
            {
                SqlConnection.ClearPool(connection);
            }

            // SINGLE_USER WITH ROLLBACK IMMEDIATE ends any session still using the database, then it can be dropped.
            await ExecuteOnSqlServerAsync(adminConnectionString,
                $"IF DB_ID(N'{name}') IS NOT NULL BEGIN ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]; END");
        });
    }

    /// <summary>A new, unopened connection to this database.</summary>
    public DbConnection CreateConnection() => Provider switch
    {
        Sqlite => new SqliteConnection(ConnectionString),
        PostgreSql => new NpgsqlConnection(ConnectionString),
        _ => new SqlConnection(ConnectionString),
    };

    public async ValueTask DisposeAsync() => await _removeAsync();

    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities",
        Justification = "The statements only name a database generated here from a Guid.")]
    private static async Task ExecuteOnSqlServerAsync(string adminConnectionString, string sql)
    {
        await using var connection = new SqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new SqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities",
        Justification = "The statements only name a database generated here from a Guid.")]
    private static async Task ExecuteAsAdminAsync(string adminConnectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
