using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Web.Features.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FamilySafeguarding.Web.Infrastructure.Errors;

/// <summary>
/// Turns the application's refusals into status codes, in this one place for every request: not allowed (the
/// service's <see cref="ForbiddenException"/>, or the domain's refusal, <see cref="DomainRuleException.Refusal"/>, for a change
/// the record itself refuses) is 403, shown here on the permission page with the refusal's own reason; not found (or not to be revealed) is 404, and a save refused by a unique index (two people
/// saving the same thing at the same moment) is 409, for the status-code pages to show. Anything else goes to the
/// exception handler.
/// </summary>
public sealed partial class AppExceptionFilter(ILogger<AppExceptionFilter> logger) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        switch (context.Exception)
        {
            case ForbiddenException or DomainRuleException { IsRefusal: true }:
                LogRefused(logger, context.HttpContext.Request.Method, context.HttpContext.Request.Path);
                context.Result = ForbiddenPage(Sentence(context.Exception.Message), context);
                context.ExceptionHandled = true;
                break;
            case NotFoundException:
                context.Result = new NotFoundResult();
                context.ExceptionHandled = true;
                break;
            case DbUpdateException ex when IsUniqueViolation(ex):
                LogUniqueViolation(logger, context.HttpContext.Request.Method, context.HttpContext.Request.Path);
                context.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
                context.ExceptionHandled = true;
                break;
        }
    }

    /// <summary>The permission page, rendered here (not by the status-code page) so that it can say why: the reason is a
    /// sentence written in the application for the person refused, HTML-encoded by the view like any other text.</summary>
    private static ViewResult ForbiddenPage(string reason, ExceptionContext context) => new()
    {
        ViewName = "/Features/Errors/Forbidden.cshtml",
        StatusCode = StatusCodes.Status403Forbidden,
        ViewData = new ViewDataDictionary<ForbiddenModel>(context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>(), new ModelStateDictionary())
        {
            Model = new ForbiddenModel(reason, context.HttpContext.TraceIdentifier),
        },
    };

    /// <summary>The reason as the page's sentence: a rule's message is written to stand beside a field, without a full stop.</summary>
    private static string Sentence(string reason) => reason.EndsWith('.') ? reason : reason + ".";

    /// <summary>
    /// Whether a save failed on a unique index or key: SQLite's constraint error 19 with extended code 2067 (unique) or
    /// 1555 (primary key), PostgreSQL's 23505, or SQL Server's 2601 (unique index) or 2627 (unique or primary key constraint).
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.SqlClient.SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} {Path}: not permitted for this user")]
    private static partial void LogRefused(ILogger logger, string method, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} {Path}: a unique index refused the save (saved by someone else at the same moment)")]
    private static partial void LogUniqueViolation(ILogger logger, string method, string path);
}
