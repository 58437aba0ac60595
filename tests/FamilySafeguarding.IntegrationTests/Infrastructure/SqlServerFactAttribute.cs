namespace FamilySafeguarding.IntegrationTests.Infrastructure;

/// <summary>A fact that needs a SQL Server: skipped without <c>FS_TEST_SQLSERVER</c>, in CI too (no engine can run on the project's machines).</summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public SqlServerFactAttribute()
    {
        Skip = TestEnvironment.SqlServerAdminConnectionString is null ? TestEnvironment.SqlServerMissing : null;
    }
}
