namespace FamilySafeguarding.Application.Common;

/// <summary>Dates as people in an English council read them: the calendar day in the UK.</summary>
public static class Clock
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly UkToday(this TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), UkTime).DateTime);

    public static DateTime UtcNow(this TimeProvider time) => time.GetUtcNow().UtcDateTime;

    /// <summary>A moment stored in UTC as a UK clock shows it.</summary>
    public static DateTime ToUkTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), UkTime);

    /// <summary>The UK calendar day of a moment stored in UTC.</summary>
    public static DateOnly UkDate(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), UkTime));
}
