using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FamilySafeguarding.Web.Infrastructure.Security;

/// <summary>
/// A person's set of recovery codes as stored: PBKDF2-HMAC-SHA512 of each code, with one random salt for the set, in
/// the form <c>$rc1$iterations$salt$hash;hash;...</c> (base64). A code is 10 characters from a 26-letter alphabet (about
/// 2^47 values), so at <see cref="Iterations"/> a stolen set costs a GPU years to search, while redeeming one code costs
/// one derivation (tens of milliseconds) however many codes are left. Codes are compared without spaces or dashes and
/// in capitals, so "abcde-fghjk", "ABCDE FGHJK" and "ABCDEFGHJK" are the same code.
/// </summary>
public static class RecoveryCodeHashing
{
    public const int Iterations = 50_000;

    private const string Prefix = "$rc1$";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>A value stored before codes were hashed: the codes themselves, separated by semicolons.</summary>
    public static bool IsLegacy(string stored) => stored.Length > 0 && !stored.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The stored form of a new set of codes, with a new salt.</summary>
    public static string Hash(IEnumerable<string> codes)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return Format(Iterations, salt, codes.Select(c => Derive(c, salt, Iterations)));
    }

    public static int Count(string stored) =>
        stored.Length == 0 ? 0
        : IsLegacy(stored) ? stored.Split(';').Length
        : Parse(stored).Hashes.Count;

    /// <summary>
    /// If <paramref name="code"/> is one of the set, the stored form of the set without it (hashed, even if the set was
    /// stored as plain text before); otherwise null.
    /// </summary>
    public static string? Redeem(string stored, string code)
    {
        if (stored.Length == 0)
        {
            return null;
        }

        if (IsLegacy(stored))
        {
            var codes = stored.Split(';');
            var submitted = Encoding.UTF8.GetBytes(Normalise(code));
            var match = Array.FindIndex(codes, c => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Normalise(c)), submitted));
            return match < 0 ? null : Hash(codes.Where((_, i) => i != match));
        }

        var (iterations, salt, hashes) = Parse(stored);
        var derived = Derive(code, salt, iterations);
        var found = -1;
        for (var i = 0; i < hashes.Count; i++)
        {
            if (CryptographicOperations.FixedTimeEquals(hashes[i], derived) && found < 0)
            {
                found = i;
            }
        }

        return found < 0 ? null : Format(iterations, salt, hashes.Where((_, i) => i != found));
    }

    private static string Normalise(string code) =>
        code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).Trim().ToUpperInvariant();

    private static byte[] Derive(string code, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(Normalise(code)), salt, iterations, HashAlgorithmName.SHA512, HashBytes);

    private static string Format(int iterations, byte[] salt, IEnumerable<byte[]> hashes) =>
        Prefix + iterations.ToString(CultureInfo.InvariantCulture) + "$" + Convert.ToBase64String(salt) + "$"
        + string.Join(';', hashes.Select(Convert.ToBase64String));

    private static (int Iterations, byte[] Salt, List<byte[]> Hashes) Parse(string stored)
    {
        var parts = stored[Prefix.Length..].Split('$');
        if (parts.Length != 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations))
        {
            throw new FormatException("The stored recovery codes are not in a known format.");
        }

        var hashes = parts[2].Length == 0 ? [] : parts[2].Split(';').Select(Convert.FromBase64String).ToList();
        return (iterations, Convert.FromBase64String(parts[1]), hashes);
    }
}
