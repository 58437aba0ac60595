using FamilySafeguarding.Application.Workbook;
using FamilySafeguarding.Domain.Families;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Application.Workbook;

/// <summary>A chapter is a worker's allocations to a family: open while allocated, owing a summary for each month it covered.</summary>
public sealed class ChapterTests
{
    private static readonly DateOnly Today = Day("2026-11-16");
    private static readonly WorkbookOptions Options = new();

    [Fact]
    public void Title_IsTheRoleAndTheWorkersShortName()
    {
        var chapter = Chapter(Today, [new ChapterPeriod(Day("2026-01-01"), null)], AllocationRole.DomesticAbusePerpetratorWorker, "Rashid Khan");

        Assert.Equal("Domestic abuse (perpetrator) - R. Khan", chapter.Title);
    }

    [Theory]
    [InlineData("2026-11-16", null, true)]
    [InlineData("2026-11-17", null, false)] // starts tomorrow
    [InlineData("2026-01-01", "2026-11-17", true)] // last day allocated is today
    [InlineData("2026-01-01", "2026-11-16", false)] // ended yesterday
    public void IsOpen_WhileTheWorkerIsAllocatedToday(string start, string? end, bool open)
    {
        var chapter = Chapter(Today, [new ChapterPeriod(Day(start), OptionalDay(end))]);

        Assert.Equal(open, chapter.IsOpen);
        Assert.Equal(open ? null : OptionalDay(end), chapter.ClosedOn);
    }

    [Fact]
    public void IsOpen_WithAnEndedPeriodAndACurrentOne_IsOpen()
    {
        var chapter = Chapter(Today, [new ChapterPeriod(Day("2025-01-01"), Day("2025-06-01")), new ChapterPeriod(Day("2026-03-01"), null)]);

        Assert.True(chapter.IsOpen);
        Assert.Equal(Day("2025-01-01"), chapter.StartedOn);
    }

    [Theory]
    [InlineData("2025-03-01", true)]
    [InlineData("2025-05-01", true)] // allocated on 1 May only
    [InlineData("2025-06-01", false)] // the period ended on 2 May: June not covered
    [InlineData("2025-09-01", false)] // in the gap
    [InlineData("2025-10-01", true)] // from 31 October
    [InlineData("2025-02-01", false)] // before the first allocation
    public void CoversMonth_WhenAllocatedForAtLeastADayOfIt(string month, bool covered)
    {
        var chapter = Chapter(Today, [new ChapterPeriod(Day("2025-03-15"), Day("2025-05-02")), new ChapterPeriod(Day("2025-10-31"), null)]);

        Assert.Equal(covered, chapter.CoversMonth(Day(month)));
    }

    [Fact]
    public void MonthsOwed_WithAGapBetweenPeriods_SkipsTheGapLatestFirst()
    {
        var chapter = Chapter(Day("2026-02-10"), [new ChapterPeriod(Day("2025-09-20"), Day("2025-11-01")), new ChapterPeriod(Day("2025-12-31"), null)]);

        Assert.Equal([Day("2026-01-01"), Day("2025-12-01"), Day("2025-10-01"), Day("2025-09-01")], chapter.MonthsOwed(Options));
    }

    [Fact]
    public void MonthsOwed_WithOverlappingPeriods_ListsEachMonthOnce()
    {
        var chapter = Chapter(Day("2026-01-05"), [new ChapterPeriod(Day("2025-10-01"), Day("2025-12-15")), new ChapterPeriod(Day("2025-12-01"), null)]);

        Assert.Equal([Day("2025-12-01"), Day("2025-11-01"), Day("2025-10-01")], chapter.MonthsOwed(Options));
    }

    [Fact]
    public void MonthsOwed_NeverIncludesTheCurrentMonth()
    {
        Assert.Empty(Chapter(Day("2026-11-30"), [new ChapterPeriod(Day("2026-11-01"), null)]).MonthsOwed(Options));
    }

    [Fact]
    public void MonthsOwed_BeforeSummariesWereExpected_AreNotOwed()
    {
        var options = new WorkbookOptions { SummariesExpectedFrom = Day("2026-08-01") };
        var chapter = Chapter(Today, [new ChapterPeriod(Day("2024-01-10"), null)]);

        Assert.Equal([Day("2026-10-01"), Day("2026-09-01"), Day("2026-08-01")], chapter.MonthsOwed(options));
    }

    [Fact]
    public void MonthsOwed_SummariesExpectedFrom_AppliesToEachPeriod()
    {
        var options = new WorkbookOptions { SummariesExpectedFrom = Day("2026-06-01") };
        var chapter = Chapter(Today, [new ChapterPeriod(Day("2025-01-01"), Day("2025-07-01")), new ChapterPeriod(Day("2026-09-10"), null)]);

        Assert.Equal([Day("2026-10-01"), Day("2026-09-01")], chapter.MonthsOwed(options));
    }

    [Fact]
    public void MonthsOwed_OfAClosedChapter_StopAtTheLastMonthAllocated()
    {
        var chapter = Chapter(Today, [new ChapterPeriod(Day("2026-07-01"), Day("2026-09-01"))]);

        Assert.Equal([Day("2026-08-01"), Day("2026-07-01")], chapter.MonthsOwed(Options));
    }

    [Theory]
    [InlineData("2026-11-01", true)]
    [InlineData("2026-10-01", true)]
    [InlineData("2026-12-01", false)]
    [InlineData("2026-05-01", false)] // before the allocation
    public void MayWriteFor_MonthsCoveredUpToThisOne_WhileOpen(string month, bool may)
    {
        var chapter = Chapter(Today, [new ChapterPeriod(Day("2026-06-15"), null)]);

        Assert.Equal(may, chapter.MayWriteFor(Day(month)));
    }

    [Fact]
    public void MayWriteFor_AClosedChapter_IsNever()
    {
        Assert.False(Chapter(Today, [new ChapterPeriod(Day("2026-06-15"), Day("2026-11-01"))]).MayWriteFor(Day("2026-10-01")));
    }

    [Fact]
    public void Gaps_AreTheEndedMonthsNotSubmitted_OldestFirst_OverdueOnlyPastTheirDueDay()
    {
        // 3 December 2026: November's summary is due on the fifth working day (7 December), so it is owed but not overdue.
        var chapter = Chapter(Day("2026-12-03"), [new ChapterPeriod(Day("2026-08-20"), null)]);

        var gaps = chapter.Gaps(Options, [Day("2026-09-01"), Day("2026-10-01")]);

        Assert.Equal(
            [new SummaryGap(Day("2026-08-01"), Day("2026-09-07"), true), new SummaryGap(Day("2026-11-01"), Day("2026-12-07"), false)],
            gaps);
    }

    [Fact]
    public void Gaps_OfAClosedChapter_AreNone()
    {
        var chapter = Chapter(Today, [new ChapterPeriod(Day("2026-01-01"), Day("2026-06-15"))]);

        Assert.NotEmpty(chapter.MonthsOwed(Options));
        Assert.Empty(chapter.Gaps(Options, []));
    }

    private static Chapter Chapter(DateOnly today, IReadOnlyList<ChapterPeriod> periods, AllocationRole role = AllocationRole.SocialWorker, string name = "Tom Fielding") =>
        new(Guid.NewGuid(), Guid.NewGuid(), name, role, periods, [], today);
}
