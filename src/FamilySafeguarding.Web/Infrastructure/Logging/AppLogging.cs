using System.Globalization;
using System.Security.Claims;
using FamilySafeguarding.Infrastructure;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace FamilySafeguarding.Web.Infrastructure.Logging;

/// <summary>
/// Serilog for the app: the console plus a daily rolling JSON file in the data folder, levels from the "Serilog" section,
/// and one line per request from Serilog.AspNetCore's request logging.
/// </summary>
/// <remarks>
/// Each app builds its own logger from its settings and hands it to the host (<c>AddSerilog(logger)</c>), rather than
/// reloading and freezing a static bootstrap logger: the integration tests run dozens of apps at once in one process, each
/// with its own data folder, and a static logger can be frozen once and point at one folder. <c>Program</c> keeps the
/// logger past the host's disposal so that a failed start-up is written to the app's own file, then disposes it. The
/// static <c>Log.Logger</c> is the console-only start-up logger, for failures before the settings are read.
/// </remarks>
public static class AppLogging
{
    /// <summary>The category Serilog.AspNetCore writes its request lines under.</summary>
    public const string RequestLinesCategory = "Serilog.AspNetCore.RequestLoggingMiddleware";

    /// <summary>Ids only: the path (never the query string, which can hold a search term), the status and the user's id.</summary>
    public const string RequestLineTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms (user {UserId})";

    private const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {{CorrelationId={CorrelationId}}} <{SourceContext}>{NewLine}{Exception}";

    /// <summary>The console alone, for what goes wrong before the app's settings have been read.</summary>
    public static Logger CreateStartupLogger() => new LoggerConfiguration()
        .MinimumLevel.Information()
        .Enrich.FromLogContext()
        .WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: CultureInfo.InvariantCulture)
        .CreateLogger();

    /// <summary>
    /// The app's own logger, made from its settings: console plus the daily JSON file (<c>Logging:FilePath</c>, in the
    /// data folder). Each app gets its own, so several apps in one process (the integration tests) keep to their own files.
    /// </summary>
    public static Logger CreateAppLogger(this WebApplicationBuilder builder)
    {
        var file = DataFolder.From(builder.Configuration, builder.Environment).Resolve(builder.Configuration["Logging:FilePath"] ?? "logs/familysafeguarding-.json");
        return new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)

            // Request lines stay at Information wherever Microsoft.* and other categories are turned down.
            .MinimumLevel.Override(RequestLinesCategory, LogEventLevel.Information)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(new JsonFormatter(renderMessage: true), file, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31)
            .CreateLogger();
    }

    /// <summary>One line per request, through the app's logger, with the signed-in user's id (an id, never a name).</summary>
    public static IApplicationBuilder UseRequestLines(this IApplicationBuilder app) => app.UseSerilogRequestLogging(o =>
    {
        o.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
        o.MessageTemplate = RequestLineTemplate;
        o.IncludeQueryInRequestPath = false;
        o.EnrichDiagnosticContext = EnrichRequestLine;
    });

    private static void EnrichRequestLine(IDiagnosticContext diagnostics, HttpContext context) =>
        diagnostics.Set("UserId", context.User.FindFirstValue(ClaimTypes.NameIdentifier));
}
