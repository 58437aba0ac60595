using FamilySafeguarding.Infrastructure;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace FamilySafeguarding.Web.Infrastructure.Logging;

public static class SerilogSetup
{
    private const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {{CorrelationId={CorrelationId}}} <{SourceContext}>{NewLine}{Exception}";

    /// <summary>Console plus a daily rolling JSON file in the data folder. Levels come from the "Serilog" section.</summary>
    public static void AddAppLogging(this WebApplicationBuilder builder)
    {
        var dataFolder = builder.Configuration["DataFolder"] is { Length: > 0 } folder
            ? Path.Combine(builder.Environment.ContentRootPath, folder)
            : Path.Combine(builder.Environment.ContentRootPath, "App_Data");
        var file = new DataFolder(dataFolder).Resolve(builder.Configuration["Logging:FilePath"] ?? "logs/familysafeguarding-.json");
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .MinimumLevel.Override("FamilySafeguarding.Requests", LogEventLevel.Information)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(new JsonFormatter(renderMessage: true), file, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31)
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
    }
}
