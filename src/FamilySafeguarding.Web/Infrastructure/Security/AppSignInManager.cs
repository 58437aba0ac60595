using System.Security.Claims;
using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Application.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Web.Infrastructure.Security;

/// <summary>
/// Identity's sign-in manager, refusing accounts an administrator has disabled, and starting every sign-in in a new
/// server-side session (ADR-017).
/// </summary>
public sealed class AppSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    UserSessions sessions)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private bool _refreshing;

    public override async Task<bool> CanSignInAsync(AppUser user) => !user.IsDisabled && await base.CanSignInAsync(user);

    /// <summary>
    /// A refreshed sign-in (after turning two-factor authentication on or off) gets a new session id, like any sign-in,
    /// but keeps the sign-in time and absolute limit of the session it replaces.
    /// </summary>
    public override async Task RefreshSignInAsync(AppUser user)
    {
        _refreshing = true;
        try
        {
            await base.RefreshSignInAsync(user);
        }
        finally
        {
            _refreshing = false;
        }
    }

    /// <summary>
    /// Every sign-in starts a session with a new id; a session the request came with ends ("replaced"), so its id (and
    /// any copy of its cookie) is refused from now on. The cookie handler keeps the session id it read from the request
    /// for a sign-in in the same request, even after signing out (dotnet/aspnetcore#47503), so the new session is
    /// signed in through a handler of its own, which finds no open session in the request's cookie and stores a new one.
    /// </summary>
    public override async Task SignInWithClaimsAsync(AppUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var properties = authenticationProperties ?? new AuthenticationProperties();
        properties.IssuedUtc = null;
        properties.ExpiresUtc = null;
        if (Context.Features.Get<SignedInSession>() is { } current)
        {
            await sessions.EndNowAsync(current.Id, SessionEndReason.Replaced);
            await Context.SignOutAsync(AuthenticationScheme); // so the request's own handler writes no cookie for the old id
            if (_refreshing)
            {
                properties.SetParameter(SessionTicketStore.RefreshOfParameter, current);
            }
        }

        var principal = await CreateUserPrincipalAsync(user);
        foreach (var claim in additionalClaims)
        {
            principal.Identities.First().AddClaim(claim);
        }

        var scheme = await Context.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(AuthenticationScheme) ?? throw new InvalidOperationException($"No {AuthenticationScheme} scheme.");
        var handler = (IAuthenticationSignInHandler)ActivatorUtilities.GetServiceOrCreateInstance(Context.RequestServices, scheme.HandlerType);
        await handler.InitializeAsync(scheme, Context);
        await handler.SignInAsync(principal, properties);
        Context.User = principal;
    }
}
