using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilySafeguarding.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the context for Sqlite without starting the app; nothing connects while migrations are added or scripted.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        DatabaseProviders.CreatePlainContext(DatabaseProvider.Sqlite, "Data Source=design-time.db");
}
