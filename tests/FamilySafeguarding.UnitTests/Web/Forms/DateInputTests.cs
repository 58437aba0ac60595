using FamilySafeguarding.Web.Infrastructure.Forms;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Web.Forms;

public sealed class DateInputTests
{
    [Theory]
    [InlineData("1", "4", "2025", "2025-04-01")]
    [InlineData("01", "04", "2025", "2025-04-01")]
    [InlineData(" 1 ", " 4 ", " 2025 ", "2025-04-01")]
    [InlineData("29", "2", "2024", "2024-02-29")]
    [InlineData("31", "12", "2025", "2025-12-31")]
    [InlineData("1", "1", "1900", "1900-01-01")]
    [InlineData("31", "12", "2200", "2200-12-31")]
    public void ToDate_RealDate_IsThatDate(string day, string month, string year, string expected) =>
        Assert.Equal(Day(expected), Input(day, month, year).ToDate());

    [Theory]
    [InlineData("31", "2", "2025")] // 31 February
    [InlineData("29", "2", "2025")] // not a leap year
    [InlineData("31", "4", "2025")] // April has 30 days
    [InlineData("0", "4", "2025")]
    [InlineData("32", "1", "2025")]
    [InlineData("1", "13", "2025")]
    [InlineData("1", "0", "2025")]
    [InlineData("1", "4", "1800")]
    [InlineData("1", "4", "1899")]
    [InlineData("1", "4", "2201")]
    [InlineData("1", "4", "25")] // two-digit year
    [InlineData("", "4", "2025")]
    [InlineData("1", "", "2025")]
    [InlineData("1", "4", "")]
    [InlineData(" ", " ", " ")]
    [InlineData(null, null, null)]
    [InlineData("1 ", "April", "2025")]
    [InlineData("-1", "4", "2025")]
    [InlineData("+1", "4", "2025")]
    [InlineData("1.0", "4", "2025")]
    [InlineData("1", "4", "2,025")]
    [InlineData("1", "4", "20 25")]
    [InlineData("１", "4", "2025")] // full-width digit
    public void ToDate_NotARealDate_IsNone(string? day, string? month, string? year) =>
        Assert.Null(Input(day, month, year).ToDate());

    [Theory]
    [InlineData(null, null, null, true)]
    [InlineData("", " ", "  ", true)]
    [InlineData("1", null, null, false)]
    [InlineData(null, null, "2025", false)]
    public void IsEmpty_OnlyWhenEveryPartIsBlank(string? day, string? month, string? year, bool expected) =>
        Assert.Equal(expected, Input(day, month, year).IsEmpty);

    [Fact]
    public void From_Date_FillsThePartsWithoutLeadingZeros()
    {
        var input = DateInput.From(Day("2025-04-01"));

        Assert.Equal("1", input.Day);
        Assert.Equal("4", input.Month);
        Assert.Equal("2025", input.Year);
    }

    [Theory]
    [InlineData("2025-04-01")]
    [InlineData("2024-02-29")]
    [InlineData("1900-01-01")]
    [InlineData("2200-12-31")]
    public void From_Date_RoundTripsThroughToDate(string date) =>
        Assert.Equal(Day(date), DateInput.From(Day(date)).ToDate());

    [Fact]
    public void From_NoDate_IsEmpty()
    {
        var input = DateInput.From(null);

        Assert.True(input.IsEmpty);
        Assert.Null(input.ToDate());
    }

    private static DateInput Input(string? day, string? month, string? year) => new() { Day = day, Month = month, Year = year };
}
