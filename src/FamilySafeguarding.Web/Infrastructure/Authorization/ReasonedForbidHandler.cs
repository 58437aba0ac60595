using FamilySafeguarding.Web.Features.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace FamilySafeguarding.Web.Infrastructure.Authorization;

/// <summary>
/// When a named policy refuses a signed-in person, leaves the failed <see cref="RoleRequirement"/>'s reason for the 403
/// page that the status-code pages re-execute, then answers as the framework does (the cookie handler's 403).
/// </summary>
public sealed class ReasonedForbidHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var reason = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<RoleRequirement>().Select(r => r.Reason).FirstOrDefault();
            if (reason is not null)
            {
                context.Items[ForbiddenModel.ReasonKey] = reason;
            }
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
