namespace FamilySafeguarding.Infrastructure.DemoData;

/// <summary>
/// Working days in England and Wales, so the demo holds no meeting on a weekend or a bank holiday: New Year's Day,
/// Good Friday, Easter Monday, the early May, spring and summer bank holidays, Christmas Day and Boxing Day (each moved
/// to the next weekday when it falls at a weekend, as the substitute days are). One-off holidays (a coronation, say) are
/// not known.
/// </summary>
public static class DemoCalendar
{
    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !BankHolidays(day.Year).Contains(day);

    /// <summary>The day itself if a working day, else the nearest working day before it (or after it, going forward).</summary>
    public static DateOnly WorkingDay(DateOnly day, bool forward = false)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(forward ? 1 : -1);
        }

        return day;
    }

    /// <summary>The bank holidays of England and Wales in a year.</summary>
    public static IReadOnlySet<DateOnly> BankHolidays(int year)
    {
        var easter = EasterSunday(year);
        var christmas = new DateOnly(year, 12, 25);
        var (christmasOff, boxingOff) = christmas.DayOfWeek switch
        {
            DayOfWeek.Friday => (christmas, christmas.AddDays(3)),
            DayOfWeek.Saturday => (christmas.AddDays(2), christmas.AddDays(3)),
            DayOfWeek.Sunday => (christmas.AddDays(2), christmas.AddDays(1)),
            _ => (christmas, christmas.AddDays(1)),
        };
        return new HashSet<DateOnly>
        {
            NextWeekday(new DateOnly(year, 1, 1)),
            easter.AddDays(-2),
            easter.AddDays(1),
            FirstMonday(year, 5),
            LastMonday(year, 5),
            LastMonday(year, 8),
            christmasOff,
            boxingOff,
        };
    }

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm.</summary>
    private static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly NextWeekday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    private static DateOnly FirstMonday(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        return day.AddDays(((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return day.AddDays(-(((int)day.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }
}
