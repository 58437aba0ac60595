using FamilySafeguarding.Infrastructure.Persistence;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Persistence;

/// <summary>The hand-written migrations build exactly the schema the model describes, on each engine.</summary>
public sealed class AppSchemaTests
{
    [Fact]
    public Task MigratedSchema_OnSqlite_EqualsTheModel() =>
        ModelSchemaAssert.AssertMigratedSchemaMatchesModelAsync(
            cs => new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(cs).Options), TestDatabase.Sqlite);

    [PostgresFact]
    public Task MigratedSchema_OnPostgreSql_EqualsTheModel() =>
        ModelSchemaAssert.AssertMigratedSchemaMatchesModelAsync(
            cs => new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(cs).Options), TestDatabase.PostgreSql);
}
