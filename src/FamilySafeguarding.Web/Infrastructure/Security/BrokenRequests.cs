using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace FamilySafeguarding.Web.Infrastructure.Security;

/// <summary>
/// A request whose form the app cannot or must not read is a 400 before anything else sees it: a body over the size
/// limit, more fields than the limit, a field or name over its length limit, a malformed url-encoded or multipart body,
/// or a NUL character in any field's name or value (no text the service records may hold one, and PostgreSQL cannot
/// store it). The form is read once here, within <see cref="FormOptions"/>' limits, and kept for model binding; a refused
/// request's form is replaced by an empty one, so the error page (re-executed for the 400) never binds from it.
/// </summary>
public static partial class BrokenRequests
{
    /// <summary>The largest body accepted: the longest form (a supervision record) with every text field full is well under 1 MB.</summary>
    public const long MaxBodyBytes = 4 * 1024 * 1024;

    /// <summary>Longer than any text field (10,000 characters) even when every character is percent-encoded.</summary>
    public const int MaxValueBytes = 256 * 1024;

    public static IServiceCollection AddBrokenRequestLimits(this IServiceCollection services)
    {
        services.Configure<FormOptions>(o =>
        {
            o.ValueCountLimit = 1024;
            o.KeyLengthLimit = 2048;
            o.ValueLengthLimit = MaxValueBytes;
            o.MultipartBodyLengthLimit = MaxBodyBytes;
            o.MultipartHeadersLengthLimit = 16 * 1024;
            o.BufferBodyLengthLimit = MaxBodyBytes;
        });
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxBodyBytes);
        return services;
    }

    public static IApplicationBuilder UseBrokenRequestRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        if (!reExecuted && (request.ContentLength > MaxBodyBytes || (request.HasFormContentType && !await FormIsReadableAsync(context))))
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BrokenRequests));
            LogRefused(logger, request.Method, request.Path);
            context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await next(context);
    });

    private static async Task<bool> FormIsReadableAsync(HttpContext context)
    {
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException or InvalidOperationException)
        {
            // Limits exceeded (InvalidDataException), a malformed or truncated body (IOException, InvalidDataException),
            // Kestrel's body size limit (BadHttpRequestException), a multipart body without its boundary (InvalidOperationException).
            return false;
        }

        foreach (var (key, values) in form)
        {
            if (key.Contains('\0', StringComparison.Ordinal) || values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
            {
                return false;
            }
        }

        return form.Files.All(f => !f.Name.Contains('\0', StringComparison.Ordinal) && !f.FileName.Contains('\0', StringComparison.Ordinal));
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Refused a broken request body: {Method} {Path}")]
    private static partial void LogRefused(ILogger logger, string method, string path);
}
