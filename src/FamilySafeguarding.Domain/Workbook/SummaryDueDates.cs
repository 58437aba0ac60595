namespace FamilySafeguarding.Domain.Workbook;

/// <summary>
/// When a month's summary falls due: on a configured working day of the next month (Monday to Friday; bank holidays are
/// not known to the system). The default is the 5th working day.
/// </summary>
public static class SummaryDueDates
{
    public const int DefaultWorkingDay = 5;

    /// <summary>The due date of the summary for <paramref name="month"/> (any day of it).</summary>
    public static DateOnly DueOn(DateOnly month, int workingDay)
    {
        if (workingDay is < 1 or > 20)
        {
            throw new ArgumentOutOfRangeException(nameof(workingDay), workingDay, "The working day a summary falls due on must be from 1 to 20.");
        }

        var day = new DateOnly(month.Year, month.Month, 1).AddMonths(1);
        var counted = 0;
        while (true)
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && ++counted == workingDay)
            {
                return day;
            }

            day = day.AddDays(1);
        }
    }

    /// <summary>Overdue once the due day has passed without a submitted summary.</summary>
    public static bool IsOverdue(DateOnly month, int workingDay, DateOnly today) => today > DueOn(month, workingDay);

    /// <summary>
    /// The months a worker owes a summary for: every month that has ended in which they were allocated for at least a day,
    /// from <paramref name="from"/> (the later of the allocation's start and when the council began recording summaries),
    /// until <paramref name="until"/> (the first day no longer allocated, or null while allocated).
    /// </summary>
    public static IEnumerable<DateOnly> MonthsOwed(DateOnly from, DateOnly? until, DateOnly today)
    {
        var lastEnded = MonthlySummary.MonthOf(today).AddMonths(-1);
        for (var month = MonthlySummary.MonthOf(from); month <= lastEnded && (until is null || month < until); month = month.AddMonths(1))
        {
            yield return month;
        }
    }
}
