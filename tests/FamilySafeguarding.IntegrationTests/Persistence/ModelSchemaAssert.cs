using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Persistence;

/// <summary>
/// Proves hand-written migrations build the schema the model describes: one empty database is
/// migrated, a second is created from the model with <c>EnsureCreated</c>, and their catalogs are compared.
/// </summary>
public static class ModelSchemaAssert
{
    /// <param name="createContext">Makes a context for the given connection string, on <paramref name="provider"/>.</param>
    /// <param name="provider"><see cref="TestDatabase.Sqlite"/> or <see cref="TestDatabase.PostgreSql"/>.</param>
    public static async Task AssertMigratedSchemaMatchesModelAsync(Func<string, DbContext> createContext, string provider)
    {
        var differences = await DescribeMigrationDriftAsync(createContext, provider);
        if (differences.Count > 0)
        {
            Assert.Fail(
                $"The {provider} schema built by the migrations differs from the model in {differences.Count} way(s):"
                + Environment.NewLine + string.Join(Environment.NewLine, differences));
        }
    }

    /// <summary>The differences between the migrated database (actual) and the model's (expected).</summary>
    public static async Task<IReadOnlyList<string>> DescribeMigrationDriftAsync(Func<string, DbContext> createContext, string provider)
    {
        await using var migrated = await TestDatabase.CreateAsync(provider);
        await using var fromModel = await TestDatabase.CreateAsync(provider);

        await using (var context = createContext(migrated.ConnectionString))
        {
            Assert.True(
                context.Database.GetMigrations().Any(),
                $"No migrations found for {context.GetType().Name}: each needs [DbContext(typeof({context.GetType().Name}))] and [Migration(\"<id>\")].");
            await context.Database.MigrateAsync();
        }

        await using (var context = createContext(fromModel.ConnectionString))
        {
            await context.Database.EnsureCreatedAsync();
        }

        var expected = await ReadCatalogAsync(fromModel);
        var actual = await ReadCatalogAsync(migrated);
        return SchemaCatalog.DescribeDifferences(expected, actual);
    }

    private static async Task<SchemaCatalog> ReadCatalogAsync(TestDatabase database)
    {
        await using var connection = database.CreateConnection();
        return await SchemaCatalog.ReadAsync(connection, CancellationToken.None);
    }
}
