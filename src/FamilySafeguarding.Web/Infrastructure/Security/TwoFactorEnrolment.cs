using FamilySafeguarding.Application.Account;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Web.Infrastructure.Security;

/// <summary>
/// When two-factor authentication is mandatory, a signed-in person who has not set up an authenticator app can reach
/// only the set-up page and sign-out until they have.
/// </summary>
public static class TwoFactorEnrolment
{
    public const string SetUpPath = "/account/two-factor";

    private static readonly string[] AllowedPrefixes = [SetUpPath, "/sign-out", "/error", "/health"];

    public static IApplicationBuilder UseTwoFactorEnrolment(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var required = context.RequestServices.GetRequiredService<IOptionsMonitor<SessionSettings>>().CurrentValue.RequireTwoFactor;
        if (required
            && context.User.Identity?.IsAuthenticated == true
            && context.User.FindFirst(AppClaims.TwoFactorEnabled)?.Value != "true"
            && !AllowedPrefixes.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(SetUpPath);
            return;
        }

        await next(context);
    });
}
