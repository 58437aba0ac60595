namespace FamilySafeguarding.Application.Common;

/// <summary>
/// Patterns for SQL <c>LIKE</c>, the same on every engine, with <c>\</c> as the escape character. Besides <c>%</c> and
/// <c>_</c>, SQL Server reads <c>[</c> as the start of a character class, so it is escaped too (SQLite and PostgreSQL take
/// an escaped character literally, whatever it is).
/// </summary>
public static class LikePatterns
{
    public const string Escape = "\\";

    /// <summary>
    /// A pattern for values that contain <paramref name="text"/> as it is typed, every character taken literally; null when
    /// no stored value can contain it. Stored text never holds a NUL (forms refuse it, and PostgreSQL cannot store or
    /// compare one), so a search for text with a NUL finds nothing, on every engine, instead of failing.
    /// </summary>
    public static string? Containing(string text) =>
        text.Contains('\0', StringComparison.Ordinal)
            ? null
            : $"%{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal)}%";
}
