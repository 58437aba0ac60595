using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Features.Errors;

/// <summary>
/// The error pages. They show the correlation id so a user can quote it to the service desk. They are re-executed for a
/// failed request of any method, so they bind nothing from the request but the status code in their own route.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[Route("error")]
public sealed class ErrorsController : Controller
{
    [Route("")]
    public IActionResult Error()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Error", HttpContext.TraceIdentifier);
    }

    [Route("{statusCode:int}")]
    public IActionResult Status([FromRoute] int statusCode)
    {
        Response.StatusCode = statusCode is >= 400 and <= 599 ? statusCode : StatusCodes.Status500InternalServerError;
        if (statusCode == StatusCodes.Status403Forbidden)
        {
            var reason = HttpContext.Items[ForbiddenModel.ReasonKey] as string ?? ForbiddenModel.GenericReason;
            return View("Forbidden", new ForbiddenModel(reason, HttpContext.TraceIdentifier));
        }

        var view = statusCode switch
        {
            StatusCodes.Status404NotFound => "NotFound",
            StatusCodes.Status400BadRequest => "BadRequest",
            StatusCodes.Status409Conflict => "Conflict",
            StatusCodes.Status429TooManyRequests => "TooManyRequests",
            _ => "Error",
        };
        return View(view, HttpContext.TraceIdentifier);
    }
}
