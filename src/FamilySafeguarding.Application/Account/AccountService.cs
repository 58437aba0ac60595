using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Auditing;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Security;
using FamilySafeguarding.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Account;

/// <summary>
/// What an administrator does with sign-in accounts. There is no self-registration: an administrator creates
/// the account for a person and the person sets their own password from an emailed link.
/// </summary>
public sealed class AccountService(
    IAppDbContext db,
    UserManager<AppUser> users,
    IEmailSender email,
    AuditLog audit,
    UserSessions sessions,
    TimeProvider time)
{
    /// <summary>Builds the absolute address of the set-password page for an account and token.</summary>
    public delegate string SetPasswordLink(Guid userId, string token);

    public async Task<Guid> CreateAccountAsync(Actor actor, Guid personId, string emailAddress, SetPasswordLink link, CancellationToken ct)
    {
        ManagementRights.EnsureAdministrator(actor);
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.FullName }).SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
        if (person.FullName is null)
        {
            throw new DomainRuleException("A vacant post cannot have a sign-in account", "Email");
        }

        if (await db.Users.AnyAsync(u => u.PersonId == personId, ct))
        {
            throw new DomainRuleException("This person already has a sign-in account", "Email");
        }

        var user = new AppUser
        {
            PersonId = personId,
            UserName = emailAddress.Trim(),
            Email = emailAddress.Trim(),
            EmailConfirmed = true,
            LockoutEnabled = true,
            CreatedAt = time.UtcNow(),
        };
        var result = await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            var duplicate = result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName));
            throw new DomainRuleException(
                duplicate ? "Another account already uses this email address" : string.Join(". ", result.Errors.Select(e => e.Description)),
                "Email");
        }

        audit.Record("AccountCreated", nameof(AppUser), user.Id, $"person {personId}");
        await db.SaveChangesAsync(ct);
        await SendLinkAsync(user, link, ct);
        return user.Id;
    }

    public async Task SendSetPasswordLinkAsync(Actor actor, Guid personId, SetPasswordLink link, CancellationToken ct)
    {
        ManagementRights.EnsureAdministrator(actor);
        var user = await FindAsync(personId, ct);
        if (user.IsDisabled)
        {
            throw new DomainRuleException("Enable the account before sending a set-password link");
        }

        await SendLinkAsync(user, link, ct);
        await audit.RecordNowAsync("SetPasswordLinkSent", nameof(AppUser), user.Id, ct: ct);
    }

    public async Task DisableAsync(Actor actor, Guid personId, CancellationToken ct)
    {
        ManagementRights.EnsureAdministrator(actor);
        var user = await FindAsync(personId, ct);
        if (user.Id == actor.UserId)
        {
            throw new DomainRuleException("You cannot disable your own account");
        }

        user.IsDisabled = true;
        await sessions.EndAllAsync(user.Id, SessionEndReason.AccountDisabled, ct: ct);
        await users.UpdateSecurityStampAsync(user); // saves the account and its ended sessions together
        await audit.RecordNowAsync("AccountDisabled", nameof(AppUser), user.Id, ct: ct);
    }

    public async Task EnableAsync(Actor actor, Guid personId, CancellationToken ct)
    {
        ManagementRights.EnsureAdministrator(actor);
        var user = await FindAsync(personId, ct);
        user.IsDisabled = false;
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordNowAsync("AccountEnabled", nameof(AppUser), user.Id, ct: ct);
    }

    /// <summary>For a person who has lost their authenticator: they set up a new one at their next sign-in.</summary>
    public async Task ResetTwoFactorAsync(Actor actor, Guid personId, CancellationToken ct)
    {
        ManagementRights.EnsureAdministrator(actor);
        var user = await FindAsync(personId, ct);
        await sessions.EndAllAsync(user.Id, SessionEndReason.TwoFactorReset, ct: ct);
        await users.SetTwoFactorEnabledAsync(user, false); // saves the ended sessions with it
        await users.ResetAuthenticatorKeyAsync(user);
        user.LastTotpTimeStep = null;
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordNowAsync("TwoFactorReset", nameof(AppUser), user.Id, ct: ct);
    }

    /// <summary>"End all sessions": the person is signed out everywhere and must sign in again.</summary>
    public async Task EndSessionsAsync(Actor actor, Guid personId, CancellationToken ct)
    {
        ManagementRights.EnsureAdministrator(actor);
        var user = await FindAsync(personId, ct);
        await sessions.EndAllAsync(user.Id, SessionEndReason.EndedByAdministrator, ct: ct);
        audit.Record("SessionsEnded", nameof(AppUser), user.Id);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Sets the password from an emailed link's token. An unknown or disabled account, or no token, fails as an invalid
    /// token does (the same answer either way). A new password ends every session of the account, resets the failed
    /// sign-in count and is written to the audit log.
    /// </summary>
    public async Task<IdentityResult> SetPasswordAsync(Guid userId, string? token, string password, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || user.IsDisabled || string.IsNullOrEmpty(token))
        {
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        }

        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            return result;
        }

        // The reset has renewed the security stamp, so no session would pass the session check anyway; the ends are
        // saved with the lockout's reset.
        await sessions.EndAllAsync(user.Id, SessionEndReason.PasswordChanged, ct: ct);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordNowAsync("PasswordSet", nameof(AppUser), user.Id, userId: user.Id, ct: ct);
        return result;
    }

    private async Task<AppUser> FindAsync(Guid personId, CancellationToken ct) =>
        await db.Users.SingleOrDefaultAsync(u => u.PersonId == personId, ct) ?? throw new NotFoundException();

    private async Task SendLinkAsync(AppUser user, SetPasswordLink link, CancellationToken ct)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var address = link(user.Id, token);
        var body = $"""
            An account has been set up for you on Family Safeguarding case management.

            Set your password here (the link works for 3 days and only once):
            {address}

            If you did not expect this email, tell your service's administrator.
            """;
        await email.SendAsync(new EmailMessage(user.Id, user.Email!, "Set your password for Family Safeguarding", body, address), ct);
    }
}
