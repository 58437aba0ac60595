using FamilySafeguarding.Domain.People;
using Microsoft.AspNetCore.Authorization;

namespace FamilySafeguarding.Web.Infrastructure.Authorization;

/// <summary>
/// A named policy's rule: the signed-in person holds one of these roles. It carries the sentence the permission page
/// shows when it refuses, so that a refusal by a policy says why as plainly as one by an application service.
/// </summary>
public sealed class RoleRequirement(string reason, params JobRole[] roles) : AuthorizationHandler<RoleRequirement>, IAuthorizationRequirement
{
    public string Reason { get; } = reason;

    public IReadOnlyList<JobRole> Roles { get; } = roles;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleRequirement requirement)
    {
        if (requirement.Roles.Any(context.User.HasRole))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
