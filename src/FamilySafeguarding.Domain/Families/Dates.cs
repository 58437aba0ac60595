namespace FamilySafeguarding.Domain.Families;

/// <summary>Date checks and wording shared by the family rules.</summary>
internal static class Dates
{
    public static string Show(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public static void NotInFuture(DateOnly date, DateOnly today, string what, string field)
    {
        if (date > today)
        {
            throw new DomainRuleException($"{what} must be today or in the past", field);
        }
    }

    /// <summary>Whether [start, end) and [otherStart, otherEnd) share a day; an open end runs for ever. An end date is the first day no longer covered.</summary>
    public static bool Overlap(DateOnly start, DateOnly? end, DateOnly otherStart, DateOnly? otherEnd) =>
        (otherEnd is null || start < otherEnd) && (end is null || otherStart < end);
}
