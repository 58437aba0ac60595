using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FamilySafeguarding.IntegrationTests.Infrastructure;

/// <summary>
/// The whole app in memory, on a real database of its own (a SQLite file or a PostgreSQL database), in the
/// Production environment (unless a test asks for another) with its real security settings: secure cookies, HSTS, the
/// exception handler. Only the clock and the mail relay are replaced. Clients talk to it over https://localhost.
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly string _dataFolder;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string _environment;
    private readonly Action<IServiceCollection>? _services;
    private readonly bool _ownsDatabase;

    private AppFactory(TestDatabase database, IReadOnlyDictionary<string, string?> settings, string environment, Action<IServiceCollection>? services, bool ownsDatabase = true)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
        _settings = settings;
        _environment = environment;
        _services = services;
        _dataFolder = Path.Combine(Path.GetTempPath(), "fs-tests", "data-" + Guid.NewGuid().ToString("N"));
        ClientOptions.BaseAddress = new Uri("https://localhost");
        ClientOptions.AllowAutoRedirect = false;
    }

    public string Provider => _database.Provider;

    public string DataFolder => _dataFolder;

    public TestClock Clock { get; } = new();

    public CapturingEmailSender Email { get; } = new();

    public CommandCounter Commands { get; } = new();

    /// <summary>
    /// Starts the app on a new empty database of the given provider, migrated on start-up as in production. Another
    /// <paramref name="environment"/> is for tests of what differs between environments (HSTS is sent only outside
    /// Development); the test database, secure cookies and no demo data apply in every environment. <paramref name="services"/>
    /// replaces or wraps app services for one test (a counting decorator, say).
    /// </summary>
    public static async Task<AppFactory> StartAsync(
        string provider, IReadOnlyDictionary<string, string?>? settings = null, string environment = "Production", Action<IServiceCollection>? services = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        return await StartedAsync(new AppFactory(database, settings ?? new Dictionary<string, string?>(), environment, services));
    }

    /// <summary>
    /// Starts another instance of the app on this one's database (as a second server behind a load balancer would run,
    /// or someone holding a copy of the database), with settings of its own. The database stays this instance's: it is
    /// removed when this one is disposed, not the other.
    /// </summary>
    public Task<AppFactory> StartAnotherOnTheSameDatabaseAsync(IReadOnlyDictionary<string, string?>? settings = null, string environment = "Production") =>
        StartedAsync(new AppFactory(_database, settings ?? new Dictionary<string, string?>(), environment, services: null, ownsDatabase: false));

    /// <summary>Starts the app; if it fails to start, its database and folders are removed before the failure is rethrown.</summary>
    private static async Task<AppFactory> StartedAsync(AppFactory factory)
    {
        try
        {
            _ = factory.Server;
            return factory;
        }
        catch
        {
            await factory.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Starts the app with settings it must refuse, for tests of what a failed start-up leaves behind (its log file): the
    /// factory, whose data folder holds the logs (dispose it), and the exception the start-up failed with.
    /// </summary>
    public static async Task<(AppFactory App, Exception Failure)> StartFailingAsync(string provider, IReadOnlyDictionary<string, string?> settings)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = new AppFactory(database, settings, "Production", services: null);
        try
        {
            _ = factory.Server;
        }
        catch (Exception ex)
        {
            return (factory, ex);
        }

        await factory.DisposeAsync();
        throw new InvalidOperationException("The app started, though its settings should have stopped it.");
    }

    public TestData Data => new(Services);

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each response as it is.</summary>
    public HttpClient NewClient() => CreateClient();

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("Database:Provider", _database.Provider);
        builder.UseSetting("ConnectionStrings:FamilySafeguarding", _database.ConnectionString);
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("DataFolder", _dataFolder);
        builder.UseSetting("Authentication:RequireTwoFactor", "false");
        builder.UseSetting("Authentication:SecureCookies", "true");

        // Every test signs in from the one test host, so sign-in throttling is set high; ThrottlingTests set it low.
        builder.UseSetting("Authentication:SignInAttemptsPerAccount", "100000");
        builder.UseSetting("Authentication:SignInAttemptsPerAddress", "100000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.RemoveAll<IEmailSender>();
            services.AddSingleton<IEmailSender>(Email);
            services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(Commands));
            services.AddTransient<IStartupFilter, ClientAddressFromHeader>();
            services.AddTransient<IStartupFilter, RawTargetAsKestrelSetsIt>();
            _services?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase)
        {
            await _database.DisposeAsync();
        }

        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
