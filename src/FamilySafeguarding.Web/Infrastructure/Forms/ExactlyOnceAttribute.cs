using System.Security.Claims;
using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace FamilySafeguarding.Web.Infrastructure.Forms;

/// <summary>
/// Marks a create form's POST action: it happens once per showing of the form, however often and however fast the form
/// is sent (ADR-020). The form carries a key the server issued (<see cref="FormKeyTagHelper"/>), which the persistence
/// layer records in the same transaction as what the action creates.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ExactlyOnceAttribute() : TypeFilterAttribute(typeof(ExactlyOnceFilter));

/// <summary>
/// The check behind <see cref="ExactlyOnceAttribute"/>:
/// <list type="bullet">
/// <item>A key already taken is answered as the request that took it answered (the same redirect), without running the
/// action; one still in flight is waited for, boundedly.</item>
/// <item>Otherwise the action runs with the key. If it did not commit the key itself but another request did meanwhile,
/// whatever it came to (a unique-key or version clash at commit, or a rule turning the second away) is replaced by that
/// request's answer. Never a 5xx.</item>
/// <item>A missing, altered, another user's or another form's key is 400. The action still runs first, so that the
/// access rule answers as on every route (404 for a family the person may not see, 403 for a change they may not make);
/// the persistence layer refuses its first write, and anything else it answers becomes 400.</item>
/// </list>
/// </summary>
public sealed partial class ExactlyOnceFilter(FormKeys keys, FormSubmissions submissions, ILogger<ExactlyOnceFilter> logger)
    : IAsyncActionFilter, IAsyncAlwaysRunResultFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        var ct = http.RequestAborted;
        var userId = Guid.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (Guid?)null;
        var posted = http.Request.HasFormContentType && http.Request.Form[FormKeys.FieldName] is { Count: 1 } values ? values[0] : null;
        var key = keys.Read(posted, userId, http.Request.Path.Value ?? string.Empty, out var refusal);
        var form = new SubmittedForm(key);
        http.Items[typeof(SubmittedForm)] = form;

        if (key is null)
        {
            LogRefused(logger, http.Request.Path, userId, refusal);
            RefuseUnlessAccessAnswered(await next());
            return;
        }

        if (await submissions.IsTakenAsync(key, ct))
        {
            LogRepeat(logger, http.Request.Path, userId);
            context.Result = await AnswerAsTheFirstAsync(key, ct);
            return;
        }

        var executed = await next();
        if (!form.IsRecorded && await submissions.IsTakenAsync(key, ct))
        {
            LogRepeat(logger, http.Request.Path, userId);
            executed.Result = await AnswerAsTheFirstAsync(key, ct);
            executed.ExceptionHandled = true;
        }
    }

    /// <summary>After the winning request's redirect is written, stores it as the key's outcome for any repeat.</summary>
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        await next();
        var response = context.HttpContext.Response;
        if (context.HttpContext.Items[typeof(SubmittedForm)] is SubmittedForm { IsRecorded: true, Key: { } key }
            && response.StatusCode is >= 300 and < 400
            && response.Headers.Location.ToString() is { Length: > 0 and <= FormSubmission.OutcomeMaxLength } location)
        {
            // Not cancelled with the request: the record is committed, so its answer must be kept even if the browser has gone.
            await submissions.RecordOutcomeAsync(key, location, CancellationToken.None);
        }
    }

    private static void RefuseUnlessAccessAnswered(ActionExecutedContext executed)
    {
        var accessAnswered = executed.Exception is NotFoundException or ForbiddenException
            || (executed.Exception is null && executed.Result is IStatusCodeActionResult { StatusCode: StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound });
        if (accessAnswered || executed.ExceptionHandled || executed.Exception is { } and not FormKeyRefusedException)
        {
            return;
        }

        executed.Result = new BadRequestResult();
        executed.ExceptionHandled = true;
    }

    /// <summary>The redirect the request that took the key answered with; 409 if it has not answered in time.</summary>
    private async Task<IActionResult> AnswerAsTheFirstAsync(FormKey key, CancellationToken ct) =>
        await submissions.OutcomeAsync(key, ct) is { } outcome && outcome.StartsWith('/') && !outcome.StartsWith("//", StringComparison.Ordinal)
            ? new RedirectResult(outcome)
            : new StatusCodeResult(StatusCodes.Status409Conflict);

    [LoggerMessage(EventId = 4091, Level = LogLevel.Warning, Message = "Security: refused the form key posted to {Path} by user {UserId}: {Refusal}")]
    private static partial void LogRefused(ILogger logger, PathString path, Guid? userId, string? refusal);

    [LoggerMessage(EventId = 4092, Level = LogLevel.Information, Message = "Form posted to {Path} by user {UserId} again: answered as the first time")]
    private static partial void LogRepeat(ILogger logger, PathString path, Guid? userId);
}
