using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Application.Account;

/// <summary>
/// Refuses passwords that are easy to guess (OWASP ASVS 5.0 and NCSC guidance: a deny-list of common
/// and context-specific passwords instead of composition rules). Length is checked by Identity's own
/// password options, not here.
/// </summary>
/// <remarks>
/// A password is refused when:
/// <list type="number">
/// <item>its folded form (lower case, spaces removed), or that form with the leading and/or trailing
/// digits and symbols taken off and leet substitutions undone, is on the common-passwords list
/// ("Password2024!", "!!password123", "P@ssw0rd12345", "i love you");</item>
/// <item>it, or such a stripped form of 4 or more characters, is one character repeated, a short block
/// repeated or a keyboard, alphabet or number sequence ("aaaaaaaaaaaa", "121212121212",
/// "qwertyqwerty", "123456789012", "qwertyuiopas");</item>
/// <item>it is mostly made of context words: the configured names of the service and council, or the
/// user's own user name or email address (see <see cref="IsMostlyContextWords"/>).</item>
/// </list>
/// </remarks>
public sealed class CommonPasswordValidator<TUser>(IOptions<PasswordPolicyOptions> options) : IPasswordValidator<TUser>
    where TUser : class
{
    /// <summary>Context words and user name parts shorter than this are ignored: they would refuse too much.</summary>
    private const int ShortestContextWord = 4;

    /// <summary>At least this many other letters must be left once the context words are taken out.</summary>
    private const int FewestOtherLetters = 6;

    /// <summary>
    /// Repeating a block adds almost nothing, so a password made of a repeated block is only as strong
    /// as the block. Blocks shorter than the policy's minimum length of 12 are refused.
    /// </summary>
    private const int LongestRepeatedBlock = 11;

    /// <summary>A stripped form shorter than this is not checked for repeats and sequences.</summary>
    private const int ShortestPattern = 4;

    /// <summary>
    /// Sequences people walk along, forwards or backwards, wrapping round at the end ("…7890123…"):
    /// the alphabet, the digits, the letter keys read row by row, and the shifted number row.
    /// </summary>
    private static readonly string[] Sequences =
        ["abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm", "!@#$%^&*()"];

    private readonly string[] _contextWords = Prepare(options.Value.ContextWords);

    public async Task<IdentityResult> ValidateAsync(UserManager<TUser> manager, TUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(manager);

        // An empty password is for the required and length rules to report.
        if (string.IsNullOrEmpty(password))
        {
            return IdentityResult.Success;
        }

        var userNames = new List<string?> { await manager.GetUserNameAsync(user) };
        if (manager.SupportsUserEmail)
        {
            userNames.Add(await manager.GetEmailAsync(user));
        }

        var contextWords = _contextWords
            .Concat(Prepare(userNames.SelectMany(NameParts)))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(word => word.Length)
            .ToArray();

        return IsEasyToGuess(password, contextWords)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "Choose a password that is harder to guess. Avoid common passwords, names of the service or council, and your own name or email address",
            })
            : IdentityResult.Success;
    }

    private static bool IsEasyToGuess(string password, string[] contextWords)
    {
        var folded = Fold(password);

        foreach (var core in Cores(folded))
        {
            if (CommonPasswords.Contains(core))
            {
                return true;
            }

            if (core.Length >= ShortestPattern && (IsRepeatedBlock(core) || IsSequence(core)))
            {
                return true;
            }
        }

        return Readings(folded).Any(reading => IsMostlyContextWords(reading, contextWords));
    }

    /// <summary>
    /// The context-word rule. A password that merely contains a context word can still be strong
    /// ("my children love the seaside"), so it is refused only when the context words make up most of it:
    /// take every context word out (longest first, so "familysafeguarding" goes before "safeguarding"),
    /// then refuse if at least one was found and the letters left over are fewer than 6 or are themselves
    /// a common password. Digits and symbols do not count as letters left over.
    /// "Safeguarding2024!" leaves nothing, "JaneSmith99" leaves nothing, "WelcomeHome1" leaves "home",
    /// "HackneyPassword1" leaves "password": all refused.
    /// </summary>
    private static bool IsMostlyContextWords(string reading, string[] contextWords)
    {
        var rest = reading;
        foreach (var word in contextWords)
        {
            // A space (never in a folded password) keeps the pieces either side from joining into a new match.
            rest = rest.Replace(word, " ", StringComparison.Ordinal);
        }

        if (rest == reading)
        {
            return false;
        }

        var letters = new string([.. rest.Where(char.IsLetter)]);
        return letters.Length < FewestOtherLetters || CommonPasswords.Contains(letters);
    }

    /// <summary>Lower case with all spaces removed, so "I love you" reads as "iloveyou".</summary>
    private static string Fold(string text) => new string([.. text.Where(c => !char.IsWhiteSpace(c))]).ToLowerInvariant();

    /// <summary>
    /// The folded password as typed and with the common leet substitutions undone. 1 and ! could stand
    /// for i or l, so both readings are tried.
    /// </summary>
    private static string[] Readings(string folded) => [folded, Unleet(folded, 'i'), Unleet(folded, 'l')];

    private static string Unleet(string text, char oneAs) => new([.. text.Select(c => c switch
    {
        '0' => 'o',
        '1' or '!' => oneAs,
        '3' => 'e',
        '4' or '@' => 'a',
        '5' or '$' => 's',
        '7' => 't',
        _ => c,
    })]);

    /// <summary>
    /// Every reading of the folded password with nothing, only the digits, or all the digits and symbols
    /// taken off the start, and likewise off the end. Stripping before undoing the leet substitutions
    /// matters: "p@ssw0rd12345" becomes "p@ssw0rd", then "password".
    /// </summary>
    private static HashSet<string> Cores(string folded)
    {
        int[] starts = [0, StartAfter(folded, char.IsAsciiDigit), StartAfter(folded, c => !char.IsLetter(c))];
        int[] ends = [folded.Length, EndBefore(folded, char.IsAsciiDigit), EndBefore(folded, c => !char.IsLetter(c))];

        var cores = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in starts)
        {
            foreach (var end in ends)
            {
                if (start < end)
                {
                    cores.UnionWith(Readings(folded[start..end]));
                }
            }
        }

        return cores;
    }

    private static int StartAfter(string text, Func<char, bool> strip)
    {
        var start = 0;
        while (start < text.Length && strip(text[start]))
        {
            start++;
        }

        return start;
    }

    private static int EndBefore(string text, Func<char, bool> strip)
    {
        var end = text.Length;
        while (end > 0 && strip(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// Whether the text is a block of up to <see cref="LongestRepeatedBlock"/> characters repeated at least
    /// twice, perhaps ending part-way through the block: "aaaa…", "121212…", "abcabc…", "qwertyqwerty".
    /// </summary>
    private static bool IsRepeatedBlock(string text)
    {
        for (var block = 1; block <= Math.Min(text.Length / 2, LongestRepeatedBlock); block++)
        {
            if (RepeatsEvery(text, block))
            {
                return true;
            }
        }

        return false;
    }

    private static bool RepeatsEvery(string text, int block)
    {
        for (var i = block; i < text.Length; i++)
        {
            if (text[i] != text[i - block])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every character follows the one before it in one of the sequences, all in the same direction.</summary>
    private static bool IsSequence(string text) =>
        Sequences.Any(sequence => Follows(text, sequence, 1) || Follows(text, sequence, -1));

    private static bool Follows(string text, string sequence, int step)
    {
        for (var i = 1; i < text.Length; i++)
        {
            var previous = sequence.IndexOf(text[i - 1], StringComparison.Ordinal);
            if (previous < 0 || text[i] != sequence[(previous + step + sequence.Length) % sequence.Length])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The parts of a user name or email address worth refusing in a password: the part before any @,
    /// that part's letters alone, and each run of letters in it.
    /// "Jane.Smith42@example.gov.uk" gives "jane.smith42", "janesmith", "jane" and "smith".
    /// </summary>
    private static IEnumerable<string> NameParts(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        var at = name.IndexOf('@', StringComparison.Ordinal);
        var local = at >= 0 ? name[..at] : name;
        var pieces = new string([.. local.Select(c => char.IsLetter(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

        return [local, string.Concat(pieces), .. pieces];
    }

    /// <summary>Folds words as passwords are folded and drops the ones too short to check.</summary>
    private static string[] Prepare(IEnumerable<string> words) =>
        [.. words.Select(Fold).Where(word => word.Length >= ShortestContextWord).Distinct(StringComparer.Ordinal)];
}
