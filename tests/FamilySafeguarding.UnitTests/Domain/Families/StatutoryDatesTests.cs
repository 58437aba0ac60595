using FamilySafeguarding.Domain.Families;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Domain.Families;

/// <summary>The next statutory date that follows from an open episode.</summary>
public sealed class StatutoryDatesTests
{
    [Fact]
    public void ChildProtection_FirstReviewIsThreeMonthsAfterTheStart()
    {
        var next = StatutoryDates.Next(LegalStatusKind.ChildProtectionPlan, Day("2026-10-12"), Day("2026-11-16"));

        Assert.Equal(Day("2027-01-12"), next!.Due);
        Assert.Equal("Review child protection conference", next.What);
    }

    [Theory]
    [InlineData("2026-01-12", "2026-04-12")] // on the day of the first review
    [InlineData("2026-04-13", "2026-10-12")] // then every 6 months
    [InlineData("2026-10-13", "2027-04-12")]
    public void ChildProtection_AfterTheFirstReview_IsEverySixMonths(string today, string due) =>
        Assert.Equal(Day(due), StatutoryDates.Next(LegalStatusKind.ChildProtectionPlan, Day("2026-01-12"), Day(today))!.Due);

    [Fact]
    public void CareProceedings_FinishWithin26Weeks() =>
        Assert.Equal(Day("2026-01-01").AddDays(26 * 7), StatutoryDates.Next(LegalStatusKind.CareProceedings, Day("2026-01-01"), Day("2026-02-01"))!.Due);

    [Fact]
    public void LookedAfter_FirstReviewIsWithin20WorkingDays_SkippingWeekends()
    {
        // Monday 2 November 2026 + 20 working days (four whole weeks) = Monday 30 November 2026.
        Assert.Equal(Day("2026-11-30"), StatutoryDates.Next(LegalStatusKind.LookedAfter, Day("2026-11-02"), Day("2026-11-02"))!.Due);
    }

    [Fact]
    public void AddWorkingDays_FromAFriday_SkipsTheWeekend()
    {
        Assert.Equal(Day("2026-11-09"), StatutoryDates.AddWorkingDays(Day("2026-11-06"), 1));
        Assert.Equal(Day("2026-11-13"), StatutoryDates.AddWorkingDays(Day("2026-11-06"), 5));
    }

    [Fact]
    public void LookedAfter_SecondReviewIsThreeMonthsAfterTheFirst()
    {
        // First review 30 November 2026; second 28 February 2027 (AddMonths keeps to the month's last day).
        Assert.Equal(Day("2027-02-28"), StatutoryDates.Next(LegalStatusKind.LookedAfter, Day("2026-11-02"), Day("2026-12-01"))!.Due);
    }

    [Theory]
    [InlineData(LegalStatusKind.ChildInNeedPlan)]
    [InlineData(LegalStatusKind.PreProceedings)]
    public void KindsWithoutAStatutoryDate_HaveNone(LegalStatusKind kind) =>
        Assert.Null(StatutoryDates.Next(kind, Day("2026-01-01"), Day("2026-11-16")));
}
