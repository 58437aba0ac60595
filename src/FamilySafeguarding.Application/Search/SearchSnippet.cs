using System.Globalization;
using System.Text;

namespace FamilySafeguarding.Application.Search;

/// <summary>
/// Snippets: cut into plain-text parts for a view to encode and mark (<see cref="Parts"/>), and, for an engine without a
/// snippet function of its own (SQL Server), made from a document's text (<see cref="Around"/>).
/// </summary>
public static class SearchSnippet
{
    /// <summary>About how many words a snippet made by <see cref="Around"/> holds.</summary>
    public const int Words = 30;

    /// <summary>How many of those words come before the first match, when there are that many.</summary>
    public const int WordsBefore = 10;

    /// <summary>A snippet takes no more words once it would be longer than this (so very long words cannot make a huge one).</summary>
    public const int MaximumLength = 400;

    private const char Ellipsis = '…';

    public static IReadOnlyList<(string Text, bool IsMatch)> Parts(string snippet)
    {
        var parts = new List<(string, bool)>();
        var start = 0;
        var inMatch = false;
        for (var i = 0; i < snippet.Length; i++)
        {
            if (snippet[i] is SearchDocument.MatchStart or SearchDocument.MatchEnd)
            {
                if (i > start)
                {
                    parts.Add((snippet[start..i], inMatch));
                }

                inMatch = snippet[i] == SearchDocument.MatchStart;
                start = i + 1;
            }
        }

        if (start < snippet.Length)
        {
            parts.Add((snippet[start..], inMatch));
        }

        return parts;
    }

    /// <summary>
    /// About <see cref="Words"/> words of <paramref name="text"/> around the first word that starts with one of the
    /// terms' words (as SQL Server's prefix terms match), every such word between <see cref="SearchDocument.MatchStart"/>
    /// and <see cref="SearchDocument.MatchEnd"/>, whitespace runs as one space, and an ellipsis where text was left out.
    /// Words are split as <see cref="SearchTerms.Parse"/> splits them (letters and digits), compared ignoring case and accents.
    /// With no such word (the engine's word breaker saw the text differently), the text's first words, unmarked.
    /// </summary>
    public static string Around(SearchTerms terms, string text)
    {
        text = SearchTerms.NormalizeFormC(text);
        var words = WordsOf(text);
        if (words.Count == 0)
        {
            return string.Empty;
        }

        var prefixes = terms.Words
            .Select(w => Fold(w.Length > SearchTerms.MaximumContainsWordLength ? w.AsSpan(0, SearchTerms.MaximumContainsWordLength) : w))
            .ToList();
        var matches = words
            .Select(w => Fold(text.AsSpan(w.Start, w.End - w.Start)))
            .Select(word => prefixes.Any(p => word.StartsWith(p, StringComparison.Ordinal)))
            .ToList();
        var first = matches.IndexOf(true);
        var (start, end) = Window(words, Math.Max(0, first));

        var snippet = new StringBuilder();
        if (start > 0)
        {
            snippet.Append(Ellipsis).Append(' ');
        }

        for (var i = start; i < end; i++)
        {
            if (i > start)
            {
                AppendGap(snippet, text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End));
            }

            var word = text.AsSpan(words[i].Start, words[i].End - words[i].Start);
            if (matches[i])
            {
                snippet.Append(SearchDocument.MatchStart).Append(word).Append(SearchDocument.MatchEnd);
            }
            else
            {
                snippet.Append(word);
            }
        }

        // Punctuation straight after the last word (a full stop, a closing bracket) reads better kept.
        var last = end - 1;
        var tail = last + 1 < words.Count ? words[last + 1].Start : text.Length;
        for (var i = words[last].End; i < tail && i < words[last].End + 3 && !char.IsWhiteSpace(text[i]); i++)
        {
            snippet.Append(text[i]);
        }

        if (last + 1 < words.Count)
        {
            snippet.Append(' ').Append(Ellipsis);
        }

        return snippet.ToString();
    }

    /// <summary>
    /// The words to show, from <c>start</c> up to <c>end</c>: <paramref name="first"/> always; up to
    /// <see cref="WordsBefore"/> before it (in at most half the length); then words after it; then, near the end of the
    /// text, more before it, until there are <see cref="Words"/> or the snippet would pass <see cref="MaximumLength"/>.
    /// </summary>
    private static (int Start, int End) Window(List<(int Start, int End)> words, int first)
    {
        static int Length((int Start, int End) word) => word.End - word.Start + 1;

        var (start, end, length) = (first, first + 1, Length(words[first]));
        while (start > 0 && first - start < WordsBefore && length + Length(words[start - 1]) <= MaximumLength / 2)
        {
            length += Length(words[--start]);
        }

        while (end < words.Count && end - start < Words && length + Length(words[end]) <= MaximumLength)
        {
            length += Length(words[end++]);
        }

        while (start > 0 && end - start < Words && length + Length(words[start - 1]) <= MaximumLength)
        {
            length += Length(words[--start]);
        }

        return (start, end);
    }

    /// <summary>
    /// Lower-cased letter by letter (as <see cref="SearchTerms.Parse"/> lower-cases the terms) and without accents (as
    /// the full-text catalog compares), so "zoe" marks "Zoë"; terms cut to the length the query sends.
    /// </summary>
    private static string Fold(ReadOnlySpan<char> word)
    {
        var lower = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            lower.Append(char.ToLowerInvariant(c));
        }

        var folded = lower.ToString();
        if (!folded.Any(c => c > '\u007f'))
        {
            return folded;
        }

        var plain = new StringBuilder(folded.Length);
        foreach (var c in folded.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(c);
            }
        }

        return plain.ToString().Normalize(NormalizationForm.FormC);
    }

    private static List<(int Start, int End)> WordsOf(string text)
    {
        var words = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                words.Add((start, i));
                start = -1;
            }
        }

        if (start >= 0)
        {
            words.Add((start, text.Length));
        }

        return words;
    }

    /// <summary>What lies between two words, with each run of whitespace (newlines too) as one space.</summary>
    private static void AppendGap(StringBuilder snippet, ReadOnlySpan<char> gap)
    {
        var inSpace = false;
        foreach (var c in gap)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    snippet.Append(' ');
                }

                inSpace = true;
            }
            else
            {
                snippet.Append(c);
                inSpace = false;
            }
        }
    }
}
