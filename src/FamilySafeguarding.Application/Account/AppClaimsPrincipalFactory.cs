using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Application.Account;

/// <summary>
/// Adds the person behind the account (id, job role, name) to the principal. It runs at sign-in (and at a refreshed
/// sign-in); the principal is then kept with the session on the server. A change of role ends the person's sessions, so
/// the role a session acts with is always the current one; a changed name shows from the next sign-in (ADR-017).
/// </summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    IOptions<IdentityOptions> options,
    IAppDbContext db)
    : UserClaimsPrincipalFactory<AppUser>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var person = await db.People.AsNoTracking()
            .Where(p => p.Id == user.PersonId)
            .Select(p => new { p.Id, p.JobRole, p.FullName })
            .SingleAsync();
        identity.AddClaim(new Claim(AppClaims.PersonId, person.Id.ToString()));
        identity.AddClaim(new Claim(AppClaims.JobRole, ((int)person.JobRole).ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(AppClaims.DisplayName, person.FullName ?? string.Empty));
        identity.AddClaim(new Claim(AppClaims.TwoFactorEnabled, user.TwoFactorEnabled ? "true" : "false"));
        return identity;
    }
}
