using System.Security.Cryptography;
using FamilySafeguarding.Application.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Web.Infrastructure.Security;

/// <summary>
/// Checking a real account's password costs a PBKDF2 hash (a fifth of a second or so). A sign-in that Identity refuses
/// without checking the password (no such account, or a disabled one) does the same work against a hash of a random
/// password, so the time taken does not tell whether the account exists (OWASP ASVS 5.0 6.3.8).
/// </summary>
public sealed class UnknownAccountPasswordCheck
{
    private readonly PasswordHasher<AppUser> _hasher;
    private readonly AppUser _nobody = new();
    private readonly Lazy<string> _hash;

    public UnknownAccountPasswordCheck(IOptions<PasswordHasherOptions> options)
    {
        _hasher = new PasswordHasher<AppUser>(options);
        _hash = new Lazy<string>(() => _hasher.HashPassword(_nobody, RandomNumberGenerator.GetHexString(32)));
    }

    public void Check(string password) => _hasher.VerifyHashedPassword(_nobody, _hash.Value, password);
}
