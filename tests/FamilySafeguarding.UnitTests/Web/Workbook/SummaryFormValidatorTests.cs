using FamilySafeguarding.Application.Allocations;
using FamilySafeguarding.Application.Workbook;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.UnitTests.Support;
using FamilySafeguarding.Web.Features.Workbook;

namespace FamilySafeguarding.UnitTests.Web.Workbook;

public sealed class SummaryFormValidatorTests
{
    private static readonly Guid Child = Guid.NewGuid();
    private static readonly Guid Mother = Guid.NewGuid();
    private readonly SummaryFormValidator _validator = new();

    [Fact]
    public void Validate_AnEmptyDraft_HasNoErrors() =>
        Assert.Empty(_validator.Errors(new SummaryForm { Action = SummaryForm.SaveAction }));

    [Fact]
    public void Validate_SubmitWithoutTheRequiredSections_AsksForEach() =>
        Assert.Equal(
            [
                ("WorkUndertaken", "Enter the work undertaken this month before submitting"),
                ("WhatHasChanged", "Enter what has changed and its impact on the children before submitting"),
                ("NextSteps", "Enter the next steps before submitting"),
            ],
            _validator.Errors(new SummaryForm { Action = SummaryForm.SubmitAction, WhatHasChanged = " \r\n ", Worries = "Only worries." }));

    [Fact]
    public void Validate_SubmitWithTheRequiredSections_HasNoErrors() =>
        Assert.Empty(_validator.Errors(new SummaryForm { Action = SummaryForm.SubmitAction, WorkUndertaken = "Visits.", WhatHasChanged = "Less conflict.", NextSteps = "Review." }));

    [Fact]
    public void Validate_ASectionOverTheLimit_IsRefused_ButBrowserLineBreaksCountOnce()
    {
        Assert.Equal(
            [("Strengths", $"The strengths must be {MonthlySummary.SectionMaxLength} characters or fewer")],
            _validator.Errors(new SummaryForm { Strengths = new string('x', MonthlySummary.SectionMaxLength + 1) }));

        // A browser sends each line break as \r\n; it is stored (and counted by the character count) as one character.
        var lines = string.Join("\r\n", Enumerable.Repeat(new string('x', 99), MonthlySummary.SectionMaxLength / 100));
        Assert.Empty(_validator.Errors(new SummaryForm { Strengths = lines + "   " }));
    }

    [Theory]
    [InlineData("11")]
    [InlineData("-1")]
    [InlineData("seven")]
    [InlineData("7.5")]
    public void Validate_ARulerOutsideZeroToTen_IsRefusedBesideThatAdultsField(string value)
    {
        var form = Form();
        form.Adults[0].Importance = value;
        form.Adults[0].Confidence = value;

        Assert.Equal(
            [
                ("Adults[0].Importance", "How important the change is to Grace Pemberton must be a whole number from 0 to 10"),
                ("Adults[0].Confidence", "How confident Grace Pemberton is must be a whole number from 0 to 10"),
            ],
            _validator.Errors(form));
    }

    [Fact]
    public void Validate_UnknownStageOrChangeTalk_IsRefused()
    {
        var form = Form();
        form.Adults[0].Stage = "4";
        form.Adults[0].ChangeTalk = ["Desire", "Hope"];

        Assert.Equal(
            [("Adults[0].Stage", "Select Grace Pemberton's stage of change"), ("Adults[0].ChangeTalk", "Select the change talk heard from Grace Pemberton")],
            _validator.Errors(form));
    }

    [Fact]
    public void Validate_AChildsImpactOverTheLimit_IsRefused()
    {
        var form = Form();
        form.Children[0].Impact = new string('x', MonthlySummary.ImpactMaxLength + 1);

        Assert.Equal([("Children[0].Impact", $"The impact on Lily Pemberton must be {MonthlySummary.ImpactMaxLength} characters or fewer")], _validator.Errors(form));
    }

    [Fact]
    public void ToContent_KeepsOnlyThePeopleSomethingWasEnteredFor()
    {
        var form = Form();
        form.Adults[0].Stage = "Contemplation";
        form.Adults[0].Importance = " 0 ";
        form.Adults[0].ChangeTalk = ["Reasons", "TakingSteps"];
        Assert.Empty(_validator.Errors(form));

        var content = form.ToContent();

        var mother = Assert.Single(content.People);
        Assert.Equal((Mother, StageOfChange.Contemplation, 0, (int?)null, ChangeTalk.Reasons | ChangeTalk.TakingSteps), (mother.MemberId, mother.Stage!.Value, mother.Importance!.Value, mother.Confidence, mother.ChangeTalk));
    }

    [Fact]
    public void Arrange_ListsEveryChildAndTheChaptersAdults_KeepingWhatWasPostedForThem()
    {
        var father = Guid.NewGuid();
        var form = new SummaryForm
        {
            Children = [new ChildPart { MemberId = Child, Impact = "Happier." }, new ChildPart { MemberId = Guid.NewGuid(), Impact = "Not in this family." }],
            Adults = [new AdultPart { MemberId = Mother, Stage = "Action" }, new AdultPart { MemberId = father, Stage = "Relapse" }],
        };
        MemberChoice[] members = [new(Child, "Lily Pemberton", FamilyRole.Child), new(Mother, "Grace Pemberton", FamilyRole.Mother), new(father, "Tom Pemberton", FamilyRole.Father)];

        form.Arrange(members, Chapter(adults: [Mother]));

        Assert.Equal([(Child, "Lily Pemberton", "Happier.")], form.Children.Select(c => (c.MemberId, c.Name, c.Impact)));
        Assert.Equal([(Mother, "Grace Pemberton", "Action")], form.Adults.Select(a => (a.MemberId, a.Name, a.Stage)));

        // A chapter that names no adults is about every adult.
        Assert.Equal(2, new SummaryForm().Arrange(members, Chapter(adults: [])).Adults.Count);
    }

    [Theory]
    [InlineData("2026-10", true)]
    [InlineData("2026-1", false)]
    [InlineData("2026-13", false)]
    [InlineData("2026-10-01", false)]
    [InlineData("", false)]
    public void Months_ParseOnlyYearDashMonth(string text, bool valid)
    {
        Assert.Equal(valid, Months.TryParse(text, out var month));
        if (valid)
        {
            Assert.Equal(new DateOnly(2026, 10, 1), month);
            Assert.Equal(text, Months.Format(month));
            Assert.Equal("month-2026-10", Months.Anchor(month));
        }
    }

    private static SummaryForm Form() => new()
    {
        Children = [new ChildPart { MemberId = Child, Name = "Lily Pemberton" }],
        Adults = [new AdultPart { MemberId = Mother, Name = "Grace Pemberton" }],
    };

    private static Chapter Chapter(IReadOnlyList<Guid> adults) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "Rashida Khan", AllocationRole.DomesticAbuseVictimWorker, [new ChapterPeriod(new DateOnly(2026, 1, 1), null)], adults, new DateOnly(2026, 11, 16));
}

public sealed class NoteFormValidatorTests
{
    private readonly NoteFormValidator _validator = new();

    [Fact]
    public void Validate_Blank_AsksForTheNote() =>
        Assert.Equal([("Text", "Enter the note")], _validator.Errors(new NoteForm { Text = " \r\n " }));

    [Fact]
    public void Validate_OverTheLimit_IsRefused() =>
        Assert.Equal(
            [("Text", $"The note must be {SummaryNote.TextMaxLength} characters or fewer")],
            _validator.Errors(new NoteForm { Text = new string('x', SummaryNote.TextMaxLength + 1) }));
}
