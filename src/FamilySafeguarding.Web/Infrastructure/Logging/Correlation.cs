using System.Diagnostics;
using Serilog.Context;

namespace FamilySafeguarding.Web.Infrastructure.Logging;

/// <summary>
/// Gives every request a correlation id: the request's trace id, set as its <c>TraceIdentifier</c> (error pages show it,
/// audit entries keep it), sent in the X-Correlation-Id response header and put on every log line written while the
/// request runs, its request line included.
/// </summary>
public static class Correlation
{
    public const string HeaderName = "X-Correlation-Id";

    /// <summary>The log event property that holds the id.</summary>
    public const string PropertyName = "CorrelationId";

    /// <summary>Goes before the request logging, so that the request line is written inside the id's log context.</summary>
    public static IApplicationBuilder UseCorrelationIds(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var correlationId = Activity.Current?.TraceId.ToHexString() ?? Guid.NewGuid().ToString("N");
        context.TraceIdentifier = correlationId;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = correlationId;
            return Task.CompletedTask;
        });

        using (LogContext.PushProperty(PropertyName, correlationId))
        {
            await next(context);
        }
    });
}
