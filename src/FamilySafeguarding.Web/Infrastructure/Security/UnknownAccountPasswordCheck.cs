using System.Security.Cryptography;
using FamilySafeguarding.Application.Account;
using Microsoft.AspNetCore.Identity;

namespace FamilySafeguarding.Web.Infrastructure.Security;

/// <summary>
/// Checking a real account's password costs one PBKDF2 verification (a fifth of a second or so). A sign-in refused without
/// checking a real password (no such account, a disabled one, one with no password yet) does the same work, with the
/// app's own password hasher, against a hash of a random password, so the time taken does not tell whether the account
/// exists or can sign in (OWASP ASVS 5.0 6.3.8).
/// </summary>
public sealed class UnknownAccountPasswordCheck(IPasswordHasher<AppUser> hasher)
{
    private static readonly AppUser Nobody = new();

    /// <summary>Made once per process, in the hasher's current format and iteration count, so each check costs what a real one does.</summary>
    private static string? _hash;

    public void Check(string password)
    {
        var hash = _hash ??= hasher.HashPassword(Nobody, RandomNumberGenerator.GetHexString(32));
        hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
