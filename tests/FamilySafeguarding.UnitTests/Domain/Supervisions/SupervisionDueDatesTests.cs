using FamilySafeguarding.Domain.Supervisions;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Domain.Supervisions;

/// <summary>
/// When a family's group supervision falls due: a number of days after the case opened (20 by default) until one is
/// held, then a calendar month after the last one held in the current opening; overdue once the due day has passed.
/// </summary>
public sealed class SupervisionDueDatesTests
{
    [Fact]
    public void NextDue_WithNoneHeld_IsTwentyDaysAfterOpeningByDefault()
    {
        Assert.Equal(Day("2026-11-21"), SupervisionDueDates.NextDue(Day("2026-11-01"), lastHeldOn: null));
        Assert.Equal(20, SupervisionDueDates.DefaultFirstSupervisionDays);
    }

    [Fact]
    public void NextDue_WithNoneHeld_UsesTheConfiguredNumberOfDays()
    {
        // 25 October + 10 days = 4 November, across the month end.
        Assert.Equal(Day("2026-11-04"), SupervisionDueDates.NextDue(Day("2026-10-25"), lastHeldOn: null, firstSupervisionDays: 10));
    }

    [Theory]
    [InlineData("2026-10-16", "2026-11-16")]
    [InlineData("2026-12-20", "2027-01-20")]
    [InlineData("2027-01-31", "2027-02-28")] // no 31 February: the last day of February
    [InlineData("2028-01-31", "2028-02-29")] // a leap year
    [InlineData("2028-01-29", "2028-02-29")]
    [InlineData("2026-03-31", "2026-04-30")]
    [InlineData("2026-02-28", "2026-03-28")] // a month after the 28th is the 28th, not the month's end
    public void NextDue_AfterOneHeld_IsACalendarMonthLater(string heldOn, string due)
    {
        Assert.Equal(Day(due), SupervisionDueDates.NextDue(Day("2026-01-01"), Day(heldOn)));
    }

    [Fact]
    public void NextDue_AfterOneHeldOnTheOpeningDay_IsAMonthAfterIt()
    {
        Assert.Equal(Day("2026-12-01"), SupervisionDueDates.NextDue(Day("2026-11-01"), Day("2026-11-01")));
    }

    [Fact]
    public void NextDue_ForAReopenedFamily_IgnoresASupervisionHeldBeforeTheReopening()
    {
        // Held on 10 May in the earlier opening; reopened on 1 November: due 20 days after the reopening, not 10 June.
        Assert.Equal(Day("2026-11-21"), SupervisionDueDates.NextDue(Day("2026-11-01"), Day("2026-05-10")));
        Assert.Equal(Day("2026-11-21"), SupervisionDueDates.NextDue(Day("2026-11-01"), Day("2026-10-31")));
    }

    [Theory]
    [InlineData("2026-11-15", true)] // due yesterday
    [InlineData("2026-11-16", false)] // due today: still in time
    [InlineData("2026-11-17", false)]
    public void IsOverdue_OnlyOnceTheDueDayHasPassed(string due, bool overdue)
    {
        Assert.Equal(overdue, SupervisionDueDates.IsOverdue(Day(due), Day("2026-11-16")));
    }
}
