using FamilySafeguarding.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Features.Session;

/// <summary>"Stay signed in": the session timeout warning posts here (with the antiforgery token) to renew the idle timeout.</summary>
public sealed class SessionController : Controller
{
    [HttpPost("/session/keep-alive")]
    public async Task<IActionResult> KeepAlive()
    {
        await SessionExpiry.RenewAsync(HttpContext);
        return NoContent();
    }
}
