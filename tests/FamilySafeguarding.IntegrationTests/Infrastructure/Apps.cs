using System.Collections.Concurrent;

namespace FamilySafeguarding.IntegrationTests.Infrastructure;

/// <summary>
/// The database engines the integration tests run on: SQLite always; PostgreSQL when FS_TEST_POSTGRES is set, and always
/// in CI; SQL Server when FS_TEST_SQLSERVER is set (never required: no engine can run on the project's machines).
/// </summary>
public static class Providers
{
    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string> { TestDatabase.Sqlite };
            if (TestEnvironment.PostgresAdminConnectionString is not null || TestEnvironment.IsCi)
            {
                data.Add(TestDatabase.PostgreSql);
            }

            if (TestEnvironment.SqlServerAdminConnectionString is not null)
            {
                data.Add(TestDatabase.SqlServer);
            }

            return data;
        }
    }
}

/// <summary>
/// A class fixture: one running app per provider, started on first use with a <see cref="World"/> in it, shared by the
/// tests of one class. Tests that change data make their own people and teams, so they do not depend on each other.
/// </summary>
public class Apps : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<(AppFactory App, World World)>>> _apps = new();

    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public async Task<(AppFactory App, World World)> GetAsync(string provider) =>
        await _apps.GetOrAdd(provider, p => new Lazy<Task<(AppFactory, World)>>(async () =>
        {
            var app = await AppFactory.StartAsync(p, Settings);
            return (app, await app.Data.WorldAsync());
        })).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated))
        {
            try
            {
                await (await app.Value).App.DisposeAsync();
            }
            catch (InvalidOperationException)
            {
                // The app failed to start; the test that started it has already failed with the reason.
            }
        }
    }
}
