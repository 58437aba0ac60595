using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Workbook;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Domain.Workbook;

/// <summary>A monthly summary: only its author writes it; a draft may be incomplete; a submitted summary never changes.</summary>
public sealed class MonthlySummaryTests
{
    private static readonly DateOnly Today = Day("2026-11-16");
    private static readonly DateTime Now = new(2026, 11, 16, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Family = Guid.Parse("aaaaaaaa-0000-0000-0000-00000000fa01");
    private static readonly Guid Author = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000001");
    private static readonly Guid Other = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");
    private static readonly Guid Child = Guid.Parse("cccccccc-0000-0000-0000-000000000001");
    private static readonly Guid Mother = Guid.Parse("cccccccc-0000-0000-0000-000000000002");

    private static readonly SummaryContent Complete = new()
    {
        WorkUndertaken = "Two home visits and a joint session with the domestic abuse worker.",
        WhatHasChanged = "Mum has ended contact with her ex-partner.",
        Worries = "Rent arrears.",
        Strengths = "Warm relationship with the children.",
        NextSteps = "Core group on the 20th.",
        People =
        [
            new SummaryPersonContent { MemberId = Child, Impact = "Sleeping better, attending school." },
            new SummaryPersonContent { MemberId = Mother, Stage = StageOfChange.Preparation, Importance = 8, Confidence = 5, ChangeTalk = ChangeTalk.Desire | ChangeTalk.Commitment },
        ],
    };

    [Fact]
    public void Start_ForThisMonthOrAnEarlierOne_IsADraftByTheAuthor()
    {
        var summary = MonthlySummary.Start(Family, Author, Day("2026-11-01"), Today);

        Assert.Equal((Family, Author, Day("2026-11-01"), SummaryStatus.Draft, (DateTime?)null), (summary.FamilyId, summary.AuthorPersonId, summary.Month, summary.Status, summary.SubmittedAt));
        Assert.False(summary.IsSubmitted);
        Assert.Equal(string.Empty, summary.WorkUndertaken);
    }

    [Fact]
    public void Start_ForANextMonth_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => MonthlySummary.Start(Family, Author, Day("2026-12-01"), Today));

        Assert.Equal("A summary can only be written for this month or an earlier one", ex.Message);
    }

    [Fact]
    public void Start_WithAMonthNotGivenAsItsFirstDay_IsAProgrammingError()
    {
        Assert.Throws<ArgumentException>(() => MonthlySummary.Start(Family, Author, Day("2026-10-15"), Today));
    }

    [Fact]
    public void MonthOf_IsTheFirstDay()
    {
        Assert.Equal(Day("2028-02-01"), MonthlySummary.MonthOf(Day("2028-02-29")));
    }

    [Fact]
    public void SaveDraft_WithBlankSections_IsSavedAsADraft()
    {
        var summary = Draft();

        summary.SaveDraft(Author, new SummaryContent { WorkUndertaken = "Visited on Tuesday." });

        Assert.Equal(("Visited on Tuesday.", string.Empty, string.Empty), (summary.WorkUndertaken, summary.WhatHasChanged, summary.NextSteps));
        Assert.Equal(SummaryStatus.Draft, summary.Status);
    }

    [Fact]
    public void SaveDraft_ByAnotherWorker_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Draft().SaveDraft(Other, Complete));

        Assert.Equal("Only the worker whose chapter this is can write its summaries", ex.Message);
    }

    [Fact]
    public void SaveDraft_KeepsLineBreaksAndNormalisesWindowsLineEndings()
    {
        var summary = Draft();

        summary.SaveDraft(Author, new SummaryContent { WorkUndertaken = "First visit.\r\n\r\nSecond visit.\rThird.\n  ", Worries = "<b>not markup</b>" });

        Assert.Equal("First visit.\n\nSecond visit.\nThird.", summary.WorkUndertaken);
        Assert.Equal("<b>not markup</b>", summary.Worries);
    }

    [Fact]
    public void SaveDraft_WithASectionTooLong_IsRefusedAndNamesTheField()
    {
        var summary = Draft();
        summary.SaveDraft(Author, new SummaryContent { NextSteps = new string('a', MonthlySummary.SectionMaxLength) });

        var ex = Assert.Throws<DomainRuleException>(() => summary.SaveDraft(Author, new SummaryContent { NextSteps = new string('a', MonthlySummary.SectionMaxLength + 1) }));

        Assert.Equal(($"The next steps must be {MonthlySummary.SectionMaxLength} characters or fewer", nameof(MonthlySummary.NextSteps)), (ex.Message, ex.Field));
    }

    [Fact]
    public void Submit_WithTheRequiredSections_IsSubmittedAtTheTime()
    {
        var summary = Draft();

        summary.Submit(Author, Complete, Now);

        Assert.True(summary.IsSubmitted);
        Assert.Equal((SummaryStatus.Submitted, (DateTime?)Now), (summary.Status, summary.SubmittedAt));
        Assert.Equal(2, summary.People.Count);
    }

    [Theory]
    [InlineData(nameof(MonthlySummary.WorkUndertaken), "Enter the work undertaken this month before submitting")]
    [InlineData(nameof(MonthlySummary.WhatHasChanged), "Enter what has changed and its impact on the children before submitting")]
    [InlineData(nameof(MonthlySummary.NextSteps), "Enter the next steps before submitting")]
    public void Submit_WithoutARequiredSection_IsRefusedAndStaysADraft(string field, string message)
    {
        var summary = Draft();
        var content = field switch
        {
            nameof(MonthlySummary.WorkUndertaken) => Complete with { WorkUndertaken = "  \r\n" },
            nameof(MonthlySummary.WhatHasChanged) => Complete with { WhatHasChanged = null },
            _ => Complete with { NextSteps = string.Empty },
        };

        var ex = Assert.Throws<DomainRuleException>(() => summary.Submit(Author, content, Now));

        Assert.Equal((message, field), (ex.Message, ex.Field));
        Assert.False(summary.IsSubmitted);
        Assert.Null(summary.SubmittedAt);
    }

    [Fact]
    public void Submit_WithoutWorriesOrStrengths_IsAllowed()
    {
        var summary = Draft();

        summary.Submit(Author, Complete with { Worries = null, Strengths = null, People = [] }, Now);

        Assert.True(summary.IsSubmitted);
    }

    [Fact]
    public void Submit_ByAnotherWorker_IsRefused()
    {
        var summary = Draft();

        Assert.Throws<DomainRuleException>(() => summary.Submit(Other, Complete, Now));
        Assert.False(summary.IsSubmitted);
    }

    [Fact]
    public void Submitted_CannotBeSavedAsADraftOrSubmittedAgain()
    {
        var summary = Submitted();

        var draft = Assert.Throws<DomainRuleException>(() => summary.SaveDraft(Author, Complete with { WorkUndertaken = "Changed" }));
        var again = Assert.Throws<DomainRuleException>(() => summary.Submit(Author, Complete, Now.AddMinutes(1)));

        Assert.Equal("This summary has been submitted and cannot be changed. Add an addendum instead", draft.Message);
        Assert.Equal(draft.Message, again.Message);
        Assert.Equal((Complete.WorkUndertaken, (DateTime?)Now), (summary.WorkUndertaken, summary.SubmittedAt));
    }

    [Fact]
    public void Holds_TheSameContent_IsTrue_AsTypedAgain()
    {
        var summary = Submitted();

        Assert.True(summary.Holds(Complete));
        Assert.True(summary.Holds(Complete with { WorkUndertaken = Complete.WorkUndertaken + "\r\n  ", People = [.. Complete.People.Reverse()] }));
    }

    [Fact]
    public void Holds_DifferentContent_IsFalse()
    {
        var summary = Submitted();

        Assert.False(summary.Holds(Complete with { NextSteps = "Something else." }));
        Assert.False(summary.Holds(Complete with { People = [Complete.People.First()] }));
        Assert.False(summary.Holds(Complete with { People = [Complete.People.First(), Complete.People.Last() with { Confidence = 6 }] }));
        Assert.False(summary.Holds(Complete with { Strengths = new string('a', MonthlySummary.SectionMaxLength + 1) }));
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(10, 0)]
    [InlineData(null, null)]
    public void People_RulersFromZeroToTen_AreKept(int? importance, int? confidence)
    {
        var summary = Draft();

        summary.SaveDraft(Author, new SummaryContent { People = [new SummaryPersonContent { MemberId = Mother, Importance = importance, Confidence = confidence }] });

        var mother = Assert.Single(summary.People);
        Assert.Equal((importance, confidence), (mother.Importance, mother.Confidence));
    }

    [Theory]
    [InlineData(-1, 5, "Importance")]
    [InlineData(11, 5, "Importance")]
    [InlineData(5, -1, "Confidence")]
    [InlineData(5, 11, "Confidence")]
    public void People_RulersOutsideZeroToTen_AreRefused(int importance, int confidence, string field)
    {
        var ex = Assert.Throws<DomainRuleException>(() => Draft().SaveDraft(Author, new SummaryContent { People = [new SummaryPersonContent { MemberId = Mother, Importance = importance, Confidence = confidence }] }));

        Assert.Equal(field, ex.Field);
        Assert.Equal($"{field} must be a number from 0 to 10", ex.Message);
    }

    [Fact]
    public void People_AnUnknownStageOrChangeTalk_IsRefused()
    {
        var stage = Assert.Throws<DomainRuleException>(() => Draft().SaveDraft(Author, new SummaryContent { People = [new SummaryPersonContent { MemberId = Mother, Stage = (StageOfChange)99 }] }));
        var talk = Assert.Throws<DomainRuleException>(() => Draft().SaveDraft(Author, new SummaryContent { People = [new SummaryPersonContent { MemberId = Mother, ChangeTalk = (ChangeTalk)128 }] }));

        Assert.Equal("Stage", stage.Field);
        Assert.Equal("ChangeTalk", talk.Field);
    }

    [Fact]
    public void People_AnImpactTooLong_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Draft().SaveDraft(Author, new SummaryContent { People = [new SummaryPersonContent { MemberId = Child, Impact = new string('a', MonthlySummary.ImpactMaxLength + 1) }] }));

        Assert.Equal("Impact", ex.Field);
    }

    [Fact]
    public void People_SavedAgain_AreUpdatedInPlaceAddedAndRemoved()
    {
        var summary = Draft();
        summary.SaveDraft(Author, Complete);
        var child = summary.People.Single(p => p.MemberId == Child);
        var father = Guid.NewGuid();

        summary.SaveDraft(Author, Complete with
        {
            People =
            [
                new SummaryPersonContent { MemberId = Child, Impact = "Still sleeping better.\r\nHappier at school." },
                new SummaryPersonContent { MemberId = father, Stage = StageOfChange.Precontemplation },
            ],
        });

        Assert.Equal(new[] { Child, father }.Order(), summary.People.Select(p => p.MemberId).Order());
        Assert.Same(child, summary.People.Single(p => p.MemberId == Child));
        Assert.Equal("Still sleeping better.\nHappier at school.", child.Impact);
        Assert.All(summary.People, p => Assert.Equal(summary.Id, p.SummaryId));
    }

    [Fact]
    public void People_TheSamePersonTwice_KeepsTheLast()
    {
        var summary = Draft();

        summary.SaveDraft(Author, new SummaryContent
        {
            People = [new SummaryPersonContent { MemberId = Mother, Stage = StageOfChange.Contemplation }, new SummaryPersonContent { MemberId = Mother, Stage = StageOfChange.Action }],
        });

        Assert.Equal(StageOfChange.Action, Assert.Single(summary.People).Stage);
    }

    [Fact]
    public void People_ABlankImpact_IsNone()
    {
        var summary = Draft();

        summary.SaveDraft(Author, new SummaryContent { People = [new SummaryPersonContent { MemberId = Child, Impact = " \r\n " }] });

        Assert.Null(Assert.Single(summary.People).Impact);
    }

    private static MonthlySummary Draft() => MonthlySummary.Start(Family, Author, Day("2026-10-01"), Today);

    private static MonthlySummary Submitted()
    {
        var summary = Draft();
        summary.Submit(Author, Complete, Now);
        return summary;
    }
}
