namespace FamilySafeguarding.IntegrationTests.Infrastructure;

/// <summary>A fact that needs PostgreSQL: skipped without <c>FS_TEST_POSTGRES</c>, unless <c>CI</c> is set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = TestEnvironment.SkipReason(
            TestEnvironment.PostgresAdminConnectionString is not null, TestEnvironment.IsCi, TestEnvironment.PostgresMissing);
    }
}
