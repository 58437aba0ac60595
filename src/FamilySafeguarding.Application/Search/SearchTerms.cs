using System.Text;

namespace FamilySafeguarding.Application.Search;

/// <summary>
/// What the user typed, as plain words: letters and digits only, so nothing they type can become full-text query syntax
/// (quotes, <c>*</c>, <c>-</c>, <c>AND</c>, <c>NEAR</c>, parentheses are separators or ordinary words). Every word must
/// match; the last also matches as a prefix when it is long enough, so results come while a name is half typed.
/// </summary>
public sealed record SearchTerms
{
    public const int MinimumLength = 2;
    public const int MaximumWords = 12;
    public const int MinimumPrefixLength = 3;

    /// <summary>
    /// The longest word put into a SQL Server query; a longer one is cut, which as a prefix still finds the word. Keeps
    /// the whole query far below the 4,000 characters of the <c>nvarchar(4000)</c> parameter it travels in.
    /// </summary>
    public const int MaximumContainsWordLength = 64;

    private SearchTerms(IReadOnlyList<string> words, bool lastIsPrefix)
    {
        Words = words;
        LastIsPrefix = lastIsPrefix;
    }

    public IReadOnlyList<string> Words { get; }

    public bool LastIsPrefix { get; }

    /// <summary>The words of <paramref name="text"/>, or null if it holds fewer than <see cref="MinimumLength"/> letters or digits.</summary>
    public static SearchTerms? Parse(string? text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in NormalizeFormC(text ?? string.Empty))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        words = words.Distinct(StringComparer.Ordinal).Take(MaximumWords).ToList();
        if (words.Sum(w => w.Length) < MinimumLength)
        {
            return null;
        }

        return new SearchTerms(words, words[^1].Length >= MinimumPrefixLength);
    }

    /// <summary>
    /// <paramref name="text"/> in Unicode normal form C, a lone surrogate (which <see cref="string.Normalize()"/> refuses
    /// with an exception) first replaced by U+FFFD. Surrogates are never letters or digits here, so words are unchanged.
    /// </summary>
    internal static string NormalizeFormC(string text)
    {
        var chars = text.ToCharArray();
        var replaced = false;
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
                replaced = true;
            }
        }

        return (replaced ? new string(chars) : text).Normalize(NormalizationForm.FormC);
    }

    /// <summary>As an SQLite FTS5 query: each word a quoted string, all required, the last one a prefix.</summary>
    public string ToFts5() => string.Join(' ', Words.Select((w, i) => $"\"{w}\"" + (LastIsPrefix && i == Words.Count - 1 ? "*" : "")));

    /// <summary>As a PostgreSQL <c>to_tsquery</c> argument: each word a quoted lexeme, all required, the last one a prefix.</summary>
    public string ToTsQuery() => string.Join(" & ", Words.Select((w, i) => $"'{w}'" + (LastIsPrefix && i == Words.Count - 1 ? ":*" : "")));

    /// <summary>
    /// As a SQL Server <c>CONTAINS</c>/<c>CONTAINSTABLE</c> search condition: every word a quoted prefix term
    /// (<c>"word*"</c>), all required (<c>AND</c>). Words hold letters and digits only, so a quote, <c>*</c>, bracket,
    /// <c>&amp;|!~</c> or <c>NEAR(</c> can never reach the condition, and a keyword (<c>and</c>, <c>near</c>, <c>not</c>)
    /// inside quotes is a plain word. Always sent as a parameter, never written into the SQL.
    /// </summary>
    public string ToContainsQuery() =>
        string.Join(" AND ", Words.Select(w => $"\"{(w.Length > MaximumContainsWordLength ? w[..MaximumContainsWordLength] : w)}*\""));
}
