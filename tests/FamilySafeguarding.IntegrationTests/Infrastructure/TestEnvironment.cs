namespace FamilySafeguarding.IntegrationTests.Infrastructure;

/// <summary>
/// What the machine running the tests provides. A test whose prerequisite is missing is
/// skipped on a developer's machine, but runs (and fails) when <c>CI</c> is set: in CI a
/// missing server or browser is a failure, never a silent skip.
/// </summary>
public static class TestEnvironment
{
    public const string PostgresVariable = "FS_TEST_POSTGRES";

    public const string SqlServerVariable = "FS_TEST_SQLSERVER";

    public const string ChromiumPath = "/usr/bin/chromium";

    public const string PostgresMissing = "Set FS_TEST_POSTGRES to a PostgreSQL connection string to run this test";

    /// <summary>
    /// Unlike PostgreSQL, SQL Server is skipped in CI too: no SQL Server engine can run on the project's machines, so
    /// CI proves SQL Server offline (the model, the migrations, the deployment script) and a server is used wherever one is configured.
    /// </summary>
    public const string SqlServerMissing = "Set FS_TEST_SQLSERVER to a SQL Server connection string (a login that may create databases) to run this test on SQL Server; without it SQL Server is checked offline only";

    public const string ChromiumMissing = "Install Chromium at /usr/bin/chromium (apt-get install -y chromium) to run this test";

    public static bool IsCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>The superuser connection string from <c>FS_TEST_POSTGRES</c>, or null when it is not set.</summary>
    public static string? PostgresAdminConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>The connection string from <c>FS_TEST_SQLSERVER</c> (a login that may create and drop databases), or null when it is not set.</summary>
    public static string? SqlServerAdminConnectionString =>
        Environment.GetEnvironmentVariable(SqlServerVariable) is { Length: > 0 } value ? value : null;

    public static bool HasChromium => File.Exists(ChromiumPath);

    /// <summary>The reason to skip a test, or null to run it: tests always run in CI.</summary>
    public static string? SkipReason(bool prerequisiteMet, bool isCi, string reason) =>
        prerequisiteMet || isCi ? null : reason;

    public static string RequirePostgresAdminConnectionString() =>
        PostgresAdminConnectionString ?? throw new InvalidOperationException(MissingMessage(PostgresMissing));

    public static string RequireSqlServerAdminConnectionString() =>
        SqlServerAdminConnectionString ?? throw new InvalidOperationException(SqlServerMissing + ".");

    public static string RequireChromium() =>
        HasChromium ? ChromiumPath : throw new InvalidOperationException(MissingMessage(ChromiumMissing));

    private static string MissingMessage(string reason) =>
        IsCi ? $"{reason}. CI is set, so a missing prerequisite fails the test instead of skipping it." : $"{reason}.";
}
