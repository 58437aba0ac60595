using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilySafeguarding.Migrations.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the context for PostgreSql without starting the app; nothing connects while migrations are added or scripted.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        DatabaseProviders.CreatePlainContext(DatabaseProvider.PostgreSql, "Host=localhost;Database=design_time");
}
