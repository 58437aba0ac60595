namespace FamilySafeguarding.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "FamilySafeguarding";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the app starts (on by default, so a fresh clone needs no manual step).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Load the demo service, teams and sign-ins into an empty database. Refused in Production.</summary>
    public bool SeedDemoData { get; set; }
}
