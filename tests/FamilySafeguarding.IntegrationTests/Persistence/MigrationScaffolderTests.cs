using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Persistence;

public sealed class MigrationScaffolderTests
{
    /// <summary>
    /// Checks the scaffolder covers every table of the model. With FS_SCAFFOLD_MIGRATION set to a file path it also
    /// writes the whole-model migration there, which is how a developer starts a new hand-written migration.
    /// </summary>
    [Fact]
    public void Generate_ForTheModel_CreatesEveryTableAndIndex()
    {
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options);

        var code = MigrationScaffolder.Generate(db, "20261122000000_Initial", "FamilySafeguarding.Infrastructure.Persistence.Migrations", "Initial");

        foreach (var entity in db.Model.GetEntityTypes())
        {
            Assert.Contains($"name: \"{entity.GetTableName()}\",", code, StringComparison.Ordinal);
            foreach (var index in entity.GetIndexes())
            {
                Assert.Contains($"name: \"{index.GetDatabaseName()}\",", code, StringComparison.Ordinal);
            }
        }

        if (Environment.GetEnvironmentVariable("FS_SCAFFOLD_MIGRATION") is { Length: > 0 } path)
        {
            File.WriteAllText(path, code);
        }
    }
}
