using System.Net;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace FamilySafeguarding.IntegrationTests.Platform;

public sealed class HealthTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task LiveAndReady_WithTheDatabaseUp_AreHealthyWithoutSigningIn(string provider)
    {
        var (app, _) = await apps.GetAsync(provider);
        var client = app.NewClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [PostgresFact]
    public async Task Ready_WhenPostgreSqlBecomesUnreachable_IsUnhealthy_AndRecoversWhenItIsBack()
    {
        await using var database = await TestDatabase.CreatePostgresAsync();
        var real = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var proxy = new TcpProxy(real.Host!, real.Port);
        await using var app = await StartThroughAsync(proxy, database);
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        proxy.Cut();
        var started = DateTime.UtcNow;
        var down = await client.GetAsync("/health/ready");
        var took = DateTime.UtcNow - started;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal("Unhealthy", await down.Content.ReadAsStringAsync());
        Assert.True(took < TimeSpan.FromSeconds(10), $"The readiness check took {took.TotalSeconds:0.0} s to report the outage");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

        proxy.Restore();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    /// <summary>
    /// Every signed-in request looks its session up in the database (ADR-017). While the database cannot be reached that
    /// request fails, as any page would, with the error page and its reference (not an empty 500), and once the database
    /// is back the same session carries on: an outage neither signs anyone in nor out. (The failing request takes about a
    /// minute: the retrying execution strategy tries six times first, as for any query.)
    /// </summary>
    [PostgresFact]
    public async Task SignedInPage_WhenPostgreSqlBecomesUnreachable_ShowsTheErrorPage_AndTheSessionCarriesOnWhenItIsBack()
    {
        await using var database = await TestDatabase.CreatePostgresAsync();
        var real = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var proxy = new TcpProxy(real.Host!, real.Port);
        await using var app = await StartThroughAsync(proxy, database);
        var client = await app.NewClient().SignInAsync(await app.Data.UserInRoleAsync(JobRole.SocialWorker));

        proxy.Cut();
        var down = await client.GetAsync("/teams");

        Assert.Equal(HttpStatusCode.InternalServerError, down.StatusCode);
        var page = await down.HtmlAsync();
        Assert.Equal("Sorry, there is a problem with the service", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(down.Headers.GetValues("X-Correlation-Id").Single(), page.QuerySelector(".app-reference")?.TextContent);

        proxy.Restore();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/teams")).StatusCode);
    }

    [Fact]
    public async Task Ready_WhenTheSqliteFileCannotBeOpened_IsUnhealthy()
    {
        await using var app = await AppFactory.StartAsync(TestDatabase.Sqlite, new Dictionary<string, string?>
        {
            ["ConnectionStrings:FamilySafeguarding"] = $"Data Source={Path.Combine(Path.GetTempPath(), "fs-tests", "no-such-folder-" + Guid.NewGuid(), "fs.db")};Mode=ReadWrite",
            ["Database:MigrateOnStartup"] = "false",
        });

        var ready = await app.NewClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    [Fact]
    public async Task App_WithProviderSqlServer_StartsOnSqlServer_AndReadyReportsAnUnreachableServer()
    {
        // No SQL Server can run here: a closed port on loopback stands in for a server that is down. The app still
        // starts (migrations are the DBA's, as docs/deploy/sqlserver.md says), on the SQL Server provider with its own
        // migrations, and readiness says the database cannot be reached.
        using var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        await using var app = await AppFactory.StartAsync(TestDatabase.Sqlite, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:FamilySafeguarding"] = $"Server=127.0.0.1,{port};Database=FamilySafeguarding;User ID=fs_app;Password=x;Connect Timeout=2;TrustServerCertificate=true",
            ["Database:MigrateOnStartup"] = "false",
        });

        var (engine, migrations) = await app.WithDbAsync(db => Task.FromResult(
            (db.Database.ProviderName, db.GetService<IMigrationsAssembly>().Assembly.GetName().Name)));
        var client = app.NewClient();

        Assert.Equal(("Microsoft.EntityFrameworkCore.SqlServer", "FamilySafeguarding.Migrations.SqlServer"), (engine, migrations));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
    }

    /// <summary>The app on PostgreSQL through the proxy, which a test can cut and restore (no pooling: every command connects).</summary>
    private static Task<AppFactory> StartThroughAsync(TcpProxy proxy, TestDatabase database)
    {
        var viaProxy = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port, Pooling = false, Timeout = 3 };
        return AppFactory.StartAsync(TestDatabase.Sqlite, new Dictionary<string, string?>
        {
            ["Database:Provider"] = TestDatabase.PostgreSql,
            ["ConnectionStrings:FamilySafeguarding"] = viaProxy.ToString(),
        });
    }
}
