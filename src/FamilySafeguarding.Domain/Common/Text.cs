namespace FamilySafeguarding.Domain.Common;

internal static class Text
{
    /// <summary>Trims a value and checks it is present and within its length.</summary>
    public static string Required(string? value, int maxLength, string what, string field)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainRuleException($"Enter {what}", field);
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainRuleException($"{Capitalise(what)} must be {maxLength} characters or fewer", field);
        }

        return trimmed;
    }

    /// <summary>Trims a value; blank becomes null.</summary>
    public static string? Optional(string? value, int maxLength, string what, string field)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainRuleException($"{Capitalise(what)} must be {maxLength} characters or fewer", field);
        }

        return trimmed;
    }

    /// <summary>
    /// Long text as the user typed it, with line breaks kept: Windows and old Mac line endings become "\n", trailing
    /// white space at the end of the whole text is dropped, and nothing else changes. Null becomes empty.
    /// </summary>
    public static string Multiline(string? value) =>
        (value ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd();

    /// <summary>The form of a name used to decide whether two names are the same: any run of white space (tabs, non-breaking spaces pasted from documents) counts as one space.</summary>
    public static string Normalise(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static string Capitalise(string what) => what.Length == 0 ? what : char.ToUpperInvariant(what[0]) + what[1..];
}
