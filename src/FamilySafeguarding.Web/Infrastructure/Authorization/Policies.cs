using System.Globalization;
using System.Security.Claims;
using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Domain.People;
using Microsoft.AspNetCore.Authorization;

namespace FamilySafeguarding.Web.Infrastructure.Authorization;

/// <summary>
/// The named policies. Every page needs a signed-in user (the fallback policy) unless it says [AllowAnonymous].
/// Record-level rules (which service a manager may change) are checked again by the application services.
/// </summary>
public static class Policies
{
    /// <summary>Administrators only: services, organisations, sign-in accounts.</summary>
    public const string Administrator = nameof(Administrator);

    /// <summary>Administrators and service managers: the pages that change teams and people.</summary>
    public const string ManagesTeams = nameof(ManagesTeams);

    public static IServiceCollection AddAppAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ReasonedForbidHandler>();
        return services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Administrator, p => p.RequireAuthenticatedUser().AddRequirements(new RoleRequirement(
                "Only an administrator can use this page: services, organisations and sign-in accounts are changed by administrators.",
                JobRole.Administrator)))
            .AddPolicy(ManagesTeams, p => p.RequireAuthenticatedUser().AddRequirements(new RoleRequirement(
                "Only an administrator or a service manager can change teams and people.",
                JobRole.Administrator, JobRole.ServiceManager)))
            .Services;
    }

    public static bool HasRole(this ClaimsPrincipal user, JobRole role) =>
        user.FindFirstValue(AppClaims.JobRole) == ((int)role).ToString(CultureInfo.InvariantCulture);

    /// <summary>The signed-in person, as the application services take it.</summary>
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        var userId = Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."));
        var personId = Guid.Parse(user.FindFirstValue(AppClaims.PersonId) ?? throw new InvalidOperationException("No person claim."));
        var role = (JobRole)int.Parse(user.FindFirstValue(AppClaims.JobRole) ?? "0", CultureInfo.InvariantCulture);
        return new Actor(userId, personId, role);
    }
}
