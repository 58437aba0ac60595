using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilySafeguarding.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the context for SqlServer without starting the app; nothing connects while migrations are added or scripted.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        DatabaseProviders.CreatePlainContext(DatabaseProvider.SqlServer, "Server=localhost;Database=DesignTime;Integrated Security=true;TrustServerCertificate=true");
}
