using System.Security.Claims;
using FamilySafeguarding.Application.Auditing;
using FamilySafeguarding.Application.Forms;

namespace FamilySafeguarding.Web.Infrastructure;

/// <summary>The signed-in user, correlation id and create form's key of the current HTTP request.</summary>
public sealed class HttpRequestContext(IHttpContextAccessor accessor) : IRequestContext
{
    public Guid? UserId =>
        Guid.TryParse(accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? CorrelationId => accessor.HttpContext?.TraceIdentifier;

    /// <summary>Set by the <c>[ExactlyOnce]</c> filter before a create form's action runs.</summary>
    public SubmittedForm? Form => accessor.HttpContext?.Items[typeof(SubmittedForm)] as SubmittedForm;
}
