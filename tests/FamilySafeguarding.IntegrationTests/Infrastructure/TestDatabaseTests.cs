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

    private static async Task<bool> PostgresDatabaseExistsAsync(string name)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.RequirePostgresAdminConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = $1", connection);
        command.Parameters.AddWithValue(name);
        return (long)(await command.ExecuteScalarAsync())! == 1;
    }
}
