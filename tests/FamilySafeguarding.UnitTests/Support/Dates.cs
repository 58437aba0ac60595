using System.Globalization;

namespace FamilySafeguarding.UnitTests.Support;

/// <summary>Dates written the way they read in a test: <c>Day("2025-01-31")</c>.</summary>
internal static class Dates
{
    public static DateOnly Day(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? OptionalDay(string? isoDate) => isoDate is null ? null : Day(isoDate);
}
