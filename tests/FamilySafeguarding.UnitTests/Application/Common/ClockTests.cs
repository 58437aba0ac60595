using FamilySafeguarding.Application.Common;

namespace FamilySafeguarding.UnitTests.Application.Common;

/// <summary>"Today" is the calendar day in the UK, which runs an hour ahead of UTC in summer.</summary>
public sealed class ClockTests
{
    [Theory]
    [InlineData("2025-06-30T22:59:59Z", "2025-06-30")] // 23:59:59 BST
    [InlineData("2025-06-30T23:00:00Z", "2025-07-01")] // midnight BST
    [InlineData("2025-12-31T23:30:00Z", "2025-12-31")] // GMT: the same day as UTC
    [InlineData("2025-03-30T00:30:00Z", "2025-03-30")] // the night the clocks go forward
    [InlineData("2025-10-25T23:30:00Z", "2025-10-26")] // the night the clocks go back, still BST
    public void UkToday_UtcInstant_IsTheCalendarDayInTheUk(string utc, string expected) =>
        Assert.Equal(
            DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            new FixedTime(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)).UkToday());

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
