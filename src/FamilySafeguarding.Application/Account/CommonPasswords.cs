namespace FamilySafeguarding.Application.Account;

/// <summary>The deny-list of common passwords, read once from the embedded common-passwords.txt.</summary>
internal static class CommonPasswords
{
    private const string ResourceName = "FamilySafeguarding.Application.Account.common-passwords.txt";

    private static readonly Lazy<HashSet<string>> Entries = new(Load);

    public static int Count => Entries.Value.Count;

    /// <summary>Whether a lower-case candidate without spaces is on the list.</summary>
    public static bool Contains(string candidate) => Entries.Value.Contains(candidate);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);

        var entries = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var entry = string.Concat(line.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
            if (entry.Length > 0 && !entry.StartsWith('#'))
            {
                entries.Add(entry);
            }
        }

        return entries;
    }
}
