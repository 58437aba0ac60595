namespace FamilySafeguarding.Application.Search;

/// <summary>A snippet cut into plain-text parts, each saying whether it is a matching word, for a view to encode and mark.</summary>
public static class SearchSnippet
{
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
}
