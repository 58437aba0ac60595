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
        foreach (var c in (text ?? string.Empty).Normalize(NormalizationForm.FormC))
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

    /// <summary>As an SQLite FTS5 query: each word a quoted string, all required, the last one a prefix.</summary>
    public string ToFts5() => string.Join(' ', Words.Select((w, i) => $"\"{w}\"" + (LastIsPrefix && i == Words.Count - 1 ? "*" : "")));

    /// <summary>As a PostgreSQL <c>to_tsquery</c> argument: each word a quoted lexeme, all required, the last one a prefix.</summary>
    public string ToTsQuery() => string.Join(" & ", Words.Select((w, i) => $"'{w}'" + (LastIsPrefix && i == Words.Count - 1 ? ":*" : "")));
}
