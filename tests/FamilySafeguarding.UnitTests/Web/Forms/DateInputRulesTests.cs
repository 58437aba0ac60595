using FamilySafeguarding.UnitTests.Support;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;

namespace FamilySafeguarding.UnitTests.Web.Forms;

/// <summary>The GOV.UK date messages: "Enter the start date" when nothing is typed, "The start date must be a real date" when it is not one.</summary>
public sealed class DateInputRulesTests
{
    [Fact]
    public void RequiredDate_RealDate_HasNoErrors() =>
        Assert.Empty(new RequiredForm().Errors(new DateForm { Date = Input("1", "4", "2025") }));

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("", "", "")]
    [InlineData(" ", " ", " ")]
    public void RequiredDate_Blank_AsksForTheDate(string? day, string? month, string? year) =>
        Assert.Equal([("Date", "Enter the start date")], new RequiredForm().Errors(new DateForm { Date = Input(day, month, year) }));

    [Fact]
    public void RequiredDate_Missing_AsksForTheDate() =>
        Assert.Equal([("Date", "Enter the start date")], new RequiredForm().Errors(new DateForm { Date = null }));

    [Theory]
    [InlineData("31", "2", "2025")]
    [InlineData("1", "13", "2025")]
    [InlineData("1", "4", "1800")]
    [InlineData("1", "", "2025")]
    [InlineData("", "", "2025")]
    [InlineData("first", "April", "2025")]
    public void RequiredDate_NotReal_SaysItMustBeARealDate(string day, string month, string year) =>
        Assert.Equal([("Date", "The start date must be a real date")], new RequiredForm().Errors(new DateForm { Date = Input(day, month, year) }));

    [Fact]
    public void OptionalDate_Blank_HasNoErrors() =>
        Assert.Empty(new OptionalForm().Errors(new DateForm { Date = Input(" ", "", null) }));

    [Fact]
    public void OptionalDate_Missing_HasNoErrors() =>
        Assert.Empty(new OptionalForm().Errors(new DateForm { Date = null }));

    [Fact]
    public void OptionalDate_RealDate_HasNoErrors() =>
        Assert.Empty(new OptionalForm().Errors(new DateForm { Date = Input("31", "3", "2026") }));

    [Theory]
    [InlineData("31", "6", "2026")]
    [InlineData("1", "", "")]
    public void OptionalDate_NotReal_SaysItMustBeARealDate(string day, string month, string year) =>
        Assert.Equal([("Date", "The end date must be a real date")], new OptionalForm().Errors(new DateForm { Date = Input(day, month, year) }));

    private static DateInput Input(string? day, string? month, string? year) => new() { Day = day, Month = month, Year = year };

    public sealed class DateForm
    {
        public DateInput? Date { get; set; }
    }

    private sealed class RequiredForm : AbstractValidator<DateForm>
    {
        public RequiredForm() => RuleFor(f => f.Date!).RequiredDate("the start date");
    }

    private sealed class OptionalForm : AbstractValidator<DateForm>
    {
        public OptionalForm() => RuleFor(f => f.Date!).OptionalDate("the end date");
    }
}
