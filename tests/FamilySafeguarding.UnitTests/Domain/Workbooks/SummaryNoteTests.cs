using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Workbook;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Domain.Workbook;

/// <summary>Addenda go on submitted summaries, by their author or a manager; management oversight is a manager's alone.</summary>
public sealed class SummaryNoteTests
{
    private static readonly DateTime Now = new(2026, 11, 16, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Author = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000001");
    private static readonly Guid Other = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");

    [Fact]
    public void Addendum_ByTheAuthor_OnASubmittedSummary_IsAddedBesideIt()
    {
        var summary = Submitted();

        var note = SummaryNote.Addendum(summary, Author, actorManagesFamily: false, "  The school has since confirmed attendance.\r\nNo concerns.  ", Now);

        Assert.Equal((summary.Id, summary.FamilyId, SummaryNoteKind.Addendum, Author, Now), (note.SummaryId, note.FamilyId, note.Kind, note.AuthorPersonId, note.WrittenAt));
        Assert.Equal("  The school has since confirmed attendance.\nNo concerns.", note.Text);
    }

    [Fact]
    public void Addendum_GetsANewIdFromTheServer()
    {
        var first = SummaryNote.Addendum(Submitted(), Author, false, "Text", Now);
        var second = SummaryNote.Addendum(Submitted(), Author, false, "Text", Now);

        Assert.NotEqual(Guid.Empty, first.Id);
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void Addendum_ByAManagerOfTheFamily_IsAllowed()
    {
        Assert.Equal(Other, SummaryNote.Addendum(Submitted(), Other, actorManagesFamily: true, "Text", Now).AuthorPersonId);
    }

    [Fact]
    public void Addendum_BySomeoneElse_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => SummaryNote.Addendum(Submitted(), Other, actorManagesFamily: false, "Text", Now));

        Assert.Equal("Only the summary's author or a team manager can add an addendum", ex.Message);
    }

    [Fact]
    public void Addendum_OnADraft_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => SummaryNote.Addendum(Draft(), Author, true, "Text", Now));

        Assert.Equal("A draft is changed directly. Addenda are for submitted summaries", ex.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \r\n ")]
    public void Addendum_WithoutText_IsRefused(string? text)
    {
        var ex = Assert.Throws<DomainRuleException>(() => SummaryNote.Addendum(Submitted(), Author, false, text, Now));

        Assert.Equal(("Enter the addendum", "Text"), (ex.Message, ex.Field));
    }

    [Fact]
    public void Addendum_TooLong_IsRefused()
    {
        SummaryNote.Addendum(Submitted(), Author, false, new string('a', SummaryNote.TextMaxLength), Now);

        var ex = Assert.Throws<DomainRuleException>(() => SummaryNote.Addendum(Submitted(), Author, false, new string('a', SummaryNote.TextMaxLength + 1), Now));

        Assert.Equal(($"Addendum must be {SummaryNote.TextMaxLength} characters or fewer", "Text"), (ex.Message, ex.Field));
    }

    [Fact]
    public void Oversight_ByAManager_OnADraftOrASubmittedSummary_IsRecorded()
    {
        var onDraft = SummaryNote.Oversight(Draft(), Other, actorManagesFamily: true, "Discussed in supervision: agree the plan.", Now);
        var onSubmitted = SummaryNote.Oversight(Submitted(), Other, actorManagesFamily: true, "Reviewed.", Now);

        Assert.Equal(SummaryNoteKind.ManagementOversight, onDraft.Kind);
        Assert.Equal(SummaryNoteKind.ManagementOversight, onSubmitted.Kind);
    }

    [Fact]
    public void Oversight_ByTheAuthorWhoDoesNotManageTheFamily_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => SummaryNote.Oversight(Submitted(), Author, actorManagesFamily: false, "Text", Now));

        Assert.Equal("Only a team manager can record management oversight", ex.Message);
    }

    [Fact]
    public void Oversight_WithoutText_OrTooLong_IsRefused()
    {
        var blank = Assert.Throws<DomainRuleException>(() => SummaryNote.Oversight(Submitted(), Other, true, "  ", Now));
        var tooLong = Assert.Throws<DomainRuleException>(() => SummaryNote.Oversight(Submitted(), Other, true, new string('a', SummaryNote.TextMaxLength + 1), Now));

        Assert.Equal("Enter the management oversight", blank.Message);
        Assert.Equal($"Management oversight must be {SummaryNote.TextMaxLength} characters or fewer", tooLong.Message);
    }

    private static MonthlySummary Draft() => MonthlySummary.Start(Guid.NewGuid(), Author, Day("2026-10-01"), Day("2026-11-16"));

    private static MonthlySummary Submitted()
    {
        var summary = Draft();
        summary.Submit(Author, new SummaryContent { WorkUndertaken = "Visits.", WhatHasChanged = "Calmer.", NextSteps = "Review." }, Now);
        return summary;
    }
}
