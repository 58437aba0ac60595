using FamilySafeguarding.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Features.Session;

/// <summary>"Stay signed in": the session timeout warning posts here (with the antiforgery token) to renew the idle timeout.</summary>
public sealed class SessionController : Controller
{
    /// <summary>The response header with the seconds the session has left once renewed (less than the idle timeout near the absolute limit).</summary>
    public const string ExpiresInHeader = "X-Session-Expires-In";

    [HttpPost("/session/keep-alive")]
    public async Task<IActionResult> KeepAlive(CancellationToken ct)
    {
        if (await SessionExpiry.RenewAsync(HttpContext, ct) is { } seconds)
        {
            Response.Headers[ExpiresInHeader] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return NoContent();
    }
}
