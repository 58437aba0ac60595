using FamilySafeguarding.Application;
using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Application.Search;
using FamilySafeguarding.Infrastructure.Email;
using FamilySafeguarding.Infrastructure.KeyRing;
using FamilySafeguarding.Infrastructure.Persistence;
using FamilySafeguarding.Infrastructure.Persistence.Interceptors;
using FamilySafeguarding.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FamilySafeguarding.Infrastructure;

public static class DependencyInjection
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var dataFolder = DataFolder.From(configuration, environment);
        services.AddSingleton(dataFolder);

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        var connectionString = ConnectionString(configuration, database.Provider, dataFolder);

        services.AddScoped<AuditingInterceptor>();
        services.AddScoped<FormSubmissionInterceptor>();
        services.AddSingleton<SearchIndexInterceptor>();
        services.AddDbContext<AppDbContext>((provider, options) =>
        {
            options.Use(database.Provider, connectionString);
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                options.AddInterceptors(new SqlitePragmaInterceptor());
            }

            options.AddInterceptors(
                provider.GetRequiredService<AuditingInterceptor>(),
                provider.GetRequiredService<SearchIndexInterceptor>(),
                provider.GetRequiredService<FormSubmissionInterceptor>());
        });
        services.AddScoped<IAppDbContext>(provider => provider.GetRequiredService<AppDbContext>());
        switch (database.Provider)
        {
            case DatabaseProvider.PostgreSql:
                services.AddScoped<ISearchIndex, PostgresSearchIndex>();
                services.AddSingleton<SearchAvailability>();
                break;
            case DatabaseProvider.SqlServer:
                services.AddScoped<ISearchIndex, SqlServerSearchIndex>();
                services.AddSingleton<SearchAvailability, SqlServerSearchAvailability>();
                break;
            default:
                services.AddScoped<ISearchIndex, SqliteSearchIndex>();
                services.AddSingleton<SearchAvailability>();
                break;
        }

        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<IEmailSender, FileEmailSender>();

        services.AddKeyRing(configuration, environment);

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<SearchHealthCheck>("search", tags: [ReadyTag]);
        return services;
    }

    private static string ConnectionString(IConfiguration configuration, DatabaseProvider provider, DataFolder dataFolder)
    {
        var configured = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(dataFolder.Path);
            return $"Data Source={Path.Combine(dataFolder.Path, "familysafeguarding.db")}";
        }

        throw new InvalidOperationException(
            $"Set ConnectionStrings:{DatabaseOptions.ConnectionStringName} to use the {provider} database provider.");
    }
}
