using FamilySafeguarding.Infrastructure.Persistence;
using FamilySafeguarding.IntegrationTests.Infrastructure;

namespace FamilySafeguarding.IntegrationTests.Persistence;

/// <summary>Each engine's migrations build exactly the schema the model describes (objects outside the model, such as the full-text indexes, left out).</summary>
public sealed class AppSchemaTests
{
    [Fact]
    public Task MigratedSchema_OnSqlite_EqualsTheModel() =>
        ModelSchemaAssert.AssertMigratedSchemaMatchesModelAsync(
            cs => DatabaseProviders.CreatePlainContext(DatabaseProvider.Sqlite, cs), TestDatabase.Sqlite);

    [PostgresFact]
    public Task MigratedSchema_OnPostgreSql_EqualsTheModel() =>
        ModelSchemaAssert.AssertMigratedSchemaMatchesModelAsync(
            cs => DatabaseProviders.CreatePlainContext(DatabaseProvider.PostgreSql, cs), TestDatabase.PostgreSql);
}
