using System.Net;
using System.Security.Cryptography.X509Certificates;
using FamilySafeguarding.Infrastructure.DemoData;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FamilySafeguarding.BrowserTests.Infrastructure;

/// <summary>
/// The real app on Kestrel over HTTPS on 127.0.0.1 (a random port), as close to production as a test can run it:
/// environment Production (exception handler, HSTS, HTTPS redirection, __Host- Secure cookies), its own temporary
/// data folder and SQLite file, migrated at start-up by the app itself. Production refuses to load the demo data by
/// design, so the fixture loads it into its throw-away database through the app's own services after start-up.
/// Two-factor authentication is switched off and sign-in throttling set high: these journeys are about the pages behind
/// sign-in.
/// </summary>
public sealed class AppServer : WebApplicationFactory<Program>
{
    private readonly X509Certificate2 _certificate = TestCertificate.Create();

    public AppServer()
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "fs-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_certificate)));
    }

    public string DataFolder { get; }

    /// <summary>The address the app listens on, for example https://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = default!;

    public async Task StartAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single(a => a.StartsWith("https://", StringComparison.Ordinal)));

        await using var scope = Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider).SeedIfEmptyAsync(CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("DataFolder", DataFolder);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:FamilySafeguarding", $"Data Source={Path.Combine(DataFolder, "fs.db")}");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Authentication:RequireTwoFactor", "false");
        builder.UseSetting("Authentication:SecureCookies", "true");

        // Every journey signs in from 127.0.0.1, so sign-in throttling is set high.
        builder.UseSetting("Authentication:SignInAttemptsPerAccount", "100000");
        builder.UseSetting("Authentication:SignInAttemptsPerAddress", "100000");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _certificate.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open (a log being flushed) leaves the folder behind in the temp folder; nothing to fail for.
        }
    }
}
