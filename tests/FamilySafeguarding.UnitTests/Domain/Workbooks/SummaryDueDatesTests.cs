using FamilySafeguarding.Domain.Workbook;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Domain.Workbook;

/// <summary>A month's summary falls due on a configured working day of the next month, weekends skipped.</summary>
public sealed class SummaryDueDatesTests
{
    [Theory]
    [InlineData("2026-07-01", 1, "2026-08-03")] // 1 August 2026 is a Saturday
    [InlineData("2026-07-31", 5, "2026-08-07")]
    [InlineData("2026-07-15", 10, "2026-08-14")]
    [InlineData("2026-10-01", 1, "2026-11-02")] // 1 November 2026 is a Sunday
    [InlineData("2026-10-01", 5, "2026-11-06")]
    [InlineData("2026-10-01", 10, "2026-11-13")]
    [InlineData("2026-11-01", 1, "2026-12-01")] // a Tuesday: the first day counts
    [InlineData("2026-11-01", 5, "2026-12-07")]
    [InlineData("2026-12-01", 1, "2027-01-01")] // December: due in January of the next year
    [InlineData("2026-12-01", 5, "2027-01-07")]
    [InlineData("2027-12-01", 5, "2028-01-07")] // 1 January 2028 is a Saturday
    [InlineData("2028-02-29", 1, "2028-03-01")] // February of a leap year, from its last day
    [InlineData("2028-02-01", 5, "2028-03-07")]
    [InlineData("2028-02-01", 10, "2028-03-14")]
    public void DueOn_CountsWorkingDaysOfTheNextMonth(string month, int workingDay, string due)
    {
        Assert.Equal(Day(due), SummaryDueDates.DueOn(Day(month), workingDay));
    }

    [Fact]
    public void DueOn_IsNeverAWeekend()
    {
        for (var month = Day("2025-01-01"); month < Day("2029-01-01"); month = month.AddMonths(1))
        {
            foreach (var workingDay in new[] { 1, 5, 10, 20 })
            {
                var due = SummaryDueDates.DueOn(month, workingDay);
                Assert.DoesNotContain(due.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday });
                Assert.Equal(month.AddMonths(1).Month, due.Month);
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void DueOn_WithAWorkingDayOutsideOneToTwenty_IsRefused(int workingDay)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SummaryDueDates.DueOn(Day("2026-10-01"), workingDay));
    }

    [Theory]
    [InlineData("2026-11-06", false)] // the due day itself
    [InlineData("2026-11-07", true)]
    [InlineData("2026-11-05", false)]
    public void IsOverdue_OnlyOnceTheDueDayHasPassed(string today, bool overdue)
    {
        Assert.Equal(overdue, SummaryDueDates.IsOverdue(Day("2026-10-01"), 5, Day(today)));
    }

    [Fact]
    public void MonthsOwed_WhileAllocated_AreTheEndedMonthsFromTheStart()
    {
        var owed = SummaryDueDates.MonthsOwed(Day("2026-08-20"), null, Day("2026-11-16")).ToList();

        Assert.Equal([Day("2026-08-01"), Day("2026-09-01"), Day("2026-10-01")], owed);
    }

    [Fact]
    public void MonthsOwed_ExcludesTheMonthNotYetEnded()
    {
        Assert.Empty(SummaryDueDates.MonthsOwed(Day("2026-11-01"), null, Day("2026-11-30")));
        Assert.Equal([Day("2026-11-01")], SummaryDueDates.MonthsOwed(Day("2026-11-01"), null, Day("2026-12-01")));
    }

    [Theory]
    [InlineData("2026-10-01", "2026-09-01")] // ended on the last day of September: October not owed
    [InlineData("2026-10-02", "2026-10-01")] // allocated on 1 October: October owed
    public void MonthsOwed_AfterTheAllocationEnded_StopsAtTheLastMonthAllocated(string until, string lastOwed)
    {
        var owed = SummaryDueDates.MonthsOwed(Day("2026-07-10"), Day(until), Day("2026-11-16")).ToList();

        Assert.Equal(Day("2026-07-01"), owed[0]);
        Assert.Equal(Day(lastOwed), owed[^1]);
    }

    [Fact]
    public void MonthsOwed_AcrossAYearEnd_ListsEachMonthOnce()
    {
        var owed = SummaryDueDates.MonthsOwed(Day("2025-11-30"), null, Day("2026-02-02")).ToList();

        Assert.Equal([Day("2025-11-01"), Day("2025-12-01"), Day("2026-01-01")], owed);
    }

    [Fact]
    public void MonthsOwed_WhenStartingInTheFuture_IsEmpty()
    {
        Assert.Empty(SummaryDueDates.MonthsOwed(Day("2026-12-01"), null, Day("2026-11-16")));
    }
}
