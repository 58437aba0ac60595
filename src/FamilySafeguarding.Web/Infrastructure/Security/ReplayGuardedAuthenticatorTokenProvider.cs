using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using FamilySafeguarding.Application.Account;
using Microsoft.AspNetCore.Identity;

namespace FamilySafeguarding.Web.Infrastructure.Security;

/// <summary>
/// Authenticator-app (TOTP, RFC 6238) codes that can be used only once. Identity's own provider accepts the same code
/// again until it expires (OWASP ASVS 5.0 6.5.1 forbids that), so this one records the last time step accepted.
/// </summary>
public sealed class ReplayGuardedAuthenticatorTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string Name = "ReplayGuardedAuthenticator";
    private const int StepSeconds = 30;

    /// <summary>Codes from one step either side are accepted, to allow for a phone's clock drifting.</summary>
    private const int AllowedDrift = 1;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6 || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        var secret = Base32.Decode(key);
        var now = time.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        for (var step = now - AllowedDrift; step <= now + AllowedDrift; step++)
        {
            if (step > (user.LastTotpTimeStep ?? long.MinValue) && CodeFor(secret, step) == code)
            {
                // Two requests with the same code at once: only the one that saves the step first passes. The other's save
                // fails on the account's concurrency stamp, and it must fail too.
                user.LastTotpTimeStep = step;
                return (await manager.UpdateAsync(user)).Succeeded;
            }
        }

        return false;
    }

    /// <summary>The six-digit code for a time step (RFC 4226 dynamic truncation of HMAC-SHA1, as authenticator apps use).</summary>
    public static int CodeFor(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // HMAC-SHA1 is what RFC 6238 and every authenticator app use; it is not used as a hash here.
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return binary % 1_000_000;
    }
}

/// <summary>RFC 4648 base32, the encoding of authenticator keys.</summary>
public static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static byte[] Decode(string input)
    {
        var clean = input.Trim().TrimEnd('=').Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var output = new byte[clean.Length * 5 / 8];
        int buffer = 0, bits = 0, index = 0;
        foreach (var c in clean)
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException("The authenticator key is not valid base32.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                output[index++] = (byte)(buffer >> (bits - 8));
                bits -= 8;
            }
        }

        return output;
    }
}
