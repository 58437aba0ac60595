using System.Security.Claims;
using FamilySafeguarding.Application.Auditing;

namespace FamilySafeguarding.Web.Infrastructure;

/// <summary>The signed-in user and correlation id of the current HTTP request, for stamps and the audit log.</summary>
public sealed class HttpRequestContext(IHttpContextAccessor accessor) : IRequestContext
{
    public Guid? UserId =>
        Guid.TryParse(accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? CorrelationId => accessor.HttpContext?.TraceIdentifier;
}
