using System.Diagnostics;
using System.Security.Claims;
using Serilog.Context;

namespace FamilySafeguarding.Web.Infrastructure.Logging;

/// <summary>
/// Gives every request a correlation id (on every log line, in the X-Correlation-Id response header and on error pages)
/// and writes one line per request: method, path, status and duration. Query strings are left out: they can hold search
/// terms typed by users. Paths hold only ids.
/// </summary>
public static partial class RequestLogging
{
    public const string HeaderName = "X-Correlation-Id";

    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var correlationId = Activity.Current?.TraceId.ToHexString() ?? Guid.NewGuid().ToString("N");
        context.TraceIdentifier = correlationId;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = correlationId;
            return Task.CompletedTask;
        });

        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("FamilySafeguarding.Requests");
        using (LogContext.PushProperty("CorrelationId", correlationId))
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogRequest(logger, context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode, elapsed, userId);
            }
        }
    });

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path} responded {StatusCode} in {Elapsed:0.0} ms (user {UserId})")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double elapsed, string? userId);
}
