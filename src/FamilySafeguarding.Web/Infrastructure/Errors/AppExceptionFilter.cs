using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace FamilySafeguarding.Web.Infrastructure.Errors;

/// <summary>
/// Turns the application's refusals into status codes: not allowed is 403, not found (or not to be revealed) is 404.
/// The status-code pages then show the matching error page. Anything else goes to the exception handler.
/// </summary>
public sealed partial class AppExceptionFilter(ILogger<AppExceptionFilter> logger) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        switch (context.Exception)
        {
            case ForbiddenException:
                LogRefused(logger, context.HttpContext.Request.Method, context.HttpContext.Request.Path);
                context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                context.ExceptionHandled = true;
                break;
            case NotFoundException:
                context.Result = new NotFoundResult();
                context.ExceptionHandled = true;
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} {Path}: not permitted for this user")]
    private static partial void LogRefused(ILogger logger, string method, string path);
}
