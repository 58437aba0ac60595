using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FamilySafeguarding.IntegrationTests.Infrastructure;

public sealed class TestDatabaseTests
{
    [Fact]
    public async Task Sqlite_IsAFileInTheTempFolder_DeletedOnDispose()
    {
        var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var path = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        await using (var connection = database.CreateConnection())
        {
            await connection.OpenAsync();
        }

        Assert.Equal("Sqlite", database.Provider);
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "fs-tests"), path, StringComparison.Ordinal);
        Assert.True(File.Exists(path));

        await database.DisposeAsync();

        Assert.False(File.Exists(path));
    }

    [PostgresFact]
    public async Task PostgreSql_IsANewDatabase_DroppedOnDispose()
    {
        var database = await TestDatabase.CreateAsync(TestDatabase.PostgreSql);
        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database;
        await using (var connection = database.CreateConnection())
        {
            await connection.OpenAsync(); // left in the pool: dispose must still drop the database
        }

        Assert.Equal("PostgreSql", database.Provider);
        Assert.StartsWith("fs_test_", name, StringComparison.Ordinal);
        Assert.True(await PostgresDatabaseExistsAsync(name!));

        await database.DisposeAsync();

        Assert.False(await PostgresDatabaseExistsAsync(name!));
    }

    [SqlServerFact]
    public async Task SqlServer_IsANewDatabase_DroppedOnDispose()
    {
        var database = await TestDatabase.CreateAsync(TestDatabase.SqlServer);
        var name = new SqlConnectionStringBuilder(database.ConnectionString).InitialCatalog;
        await using (var connection = database.CreateConnection())
        {
            await connection.OpenAsync(); // left in the pool: dispose must still drop the database
        }

        Assert.Equal("SqlServer", database.Provider);
        Assert.StartsWith("fs_test_", name, StringComparison.Ordinal);
        Assert.True(await SqlServerDatabaseExistsAsync(name));

        await database.DisposeAsync();

        Assert.False(await SqlServerDatabaseExistsAsync(name));
    }

    private static async Task<bool> SqlServerDatabaseExistsAsync(string name)
    {
        await using var connection = new SqlConnection(TestEnvironment.RequireSqlServerAdminConnectionString());
        await connection.OpenAsync();
        await using var command = new SqlCommand("SELECT COUNT(*) FROM sys.databases WHERE name = @name", connection);
        command.Parameters.AddWithValue("@name", name);
        return (int)(await command.ExecuteScalarAsync())! == 1;
    }

    private static async Task<bool> PostgresDatabaseExistsAsync(string name)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.RequirePostgresAdminConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = $1", connection);
        command.Parameters.AddWithValue(name);
        return (long)(await command.ExecuteScalarAsync())! == 1;
    }
}
