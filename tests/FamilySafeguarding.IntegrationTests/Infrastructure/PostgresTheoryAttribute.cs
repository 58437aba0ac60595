namespace FamilySafeguarding.IntegrationTests.Infrastructure;

/// <summary>A theory that needs PostgreSQL: skipped without <c>FS_TEST_POSTGRES</c>, unless <c>CI</c> is set.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        Skip = TestEnvironment.SkipReason(
            TestEnvironment.PostgresAdminConnectionString is not null, TestEnvironment.IsCi, TestEnvironment.PostgresMissing);
    }
}
