using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Families;
using static FamilySafeguarding.UnitTests.Domain.Families.Families;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Domain.Families;

/// <summary>A child's legal status over time: CIN and CP never at once, escalation recorded, dates in order.</summary>
public sealed class LegalStatusTests
{
    [Fact]
    public void StartChildProtection_WhileAChildInNeedPlanIsOpen_EndsTheChildInNeedPlanThatDay_AndRecordsTheEscalation()
    {
        var (family, child) = WithChild();
        var cin = family.StartLegalStatus(child.Id, LegalStatusKind.ChildInNeedPlan, Day("2026-06-01"), null, Today);

        var cp = family.StartLegalStatus(child.Id, LegalStatusKind.ChildProtectionPlan, Day("2026-10-12"), ChildProtectionCategory.Neglect, Today);

        Assert.Equal(Day("2026-10-12"), cin.EndDate);
        Assert.Equal(EpisodeEndReason.EscalatedToChildProtection, cin.EndReason);
        Assert.Equal(EscalatedFrom.ChildInNeed, cp.EscalatedFrom);
        Assert.Equal(ChildProtectionCategory.Neglect, cp.Category);
        Assert.Null(cp.EndDate);
        Assert.False(child.OpenOn(LegalStatusKind.ChildInNeedPlan, Day("2026-10-12")));
        Assert.True(child.OpenOn(LegalStatusKind.ChildInNeedPlan, Day("2026-10-11")));
        Assert.True(child.OpenOn(LegalStatusKind.ChildProtectionPlan, Day("2026-10-12")));
    }

    [Fact]
    public void StartChildProtection_WithNoChildInNeedPlan_IsNotEscalated()
    {
        var (family, child) = WithChild();

        var cp = family.StartLegalStatus(child.Id, LegalStatusKind.ChildProtectionPlan, Day("2026-10-12"), ChildProtectionCategory.Physical, Today);

        Assert.Equal(EscalatedFrom.None, cp.EscalatedFrom);
    }

    [Fact]
    public void StartChildInNeed_WhileAChildProtectionPlanIsOpen_IsRefused()
    {
        var (family, child) = WithChild();
        family.StartLegalStatus(child.Id, LegalStatusKind.ChildProtectionPlan, Day("2026-06-01"), ChildProtectionCategory.Emotional, Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.StartLegalStatus(child.Id, LegalStatusKind.ChildInNeedPlan, Day("2026-11-01"), null, Today));

        Assert.StartsWith("A child cannot be on a Child in Need plan and a Child Protection plan at once", ex.Message, StringComparison.Ordinal);
        Assert.Equal("Kind", ex.Field);
        Assert.Single(child.LegalStatuses);
    }

    [Fact]
    public void StartChildInNeed_AfterTheChildProtectionPlanEnded_IsAllowed()
    {
        var (family, child) = WithChild();
        var cp = family.StartLegalStatus(child.Id, LegalStatusKind.ChildProtectionPlan, Day("2026-01-05"), ChildProtectionCategory.Emotional, Today);
        family.EndLegalStatus(child.Id, cp.Id, Day("2026-07-01"), EpisodeEndReason.SteppedDownToChildInNeed, Today);

        var cin = family.StartLegalStatus(child.Id, LegalStatusKind.ChildInNeedPlan, Day("2026-07-01"), null, Today);

        Assert.Equal(EscalatedFrom.None, cin.EscalatedFrom);
    }

    [Fact]
    public void StartChildProtection_BackDatedOverAClosedChildInNeedPlan_IsRefused()
    {
        var (family, child) = WithChild();
        var cin = family.StartLegalStatus(child.Id, LegalStatusKind.ChildInNeedPlan, Day("2026-03-01"), null, Today);
        family.EndLegalStatus(child.Id, cin.Id, Day("2026-08-01"), EpisodeEndReason.OutcomesAchieved, Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.StartLegalStatus(child.Id, LegalStatusKind.ChildProtectionPlan, Day("2026-07-01"), ChildProtectionCategory.Neglect, Today));

        Assert.Contains("would overlap", ex.Message, StringComparison.Ordinal);
        Assert.Equal("StartDate", ex.Field);
        Assert.Equal(Day("2026-08-01"), cin.EndDate);
        Assert.Equal(EpisodeEndReason.OutcomesAchieved, cin.EndReason);
    }

    [Fact]
    public void StartChildProtection_BeforeAnOpenChildInNeedPlanStarted_IsRefused()
    {
        var (family, child) = WithChild();
        family.StartLegalStatus(child.Id, LegalStatusKind.ChildInNeedPlan, Day("2026-09-01"), null, Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.StartLegalStatus(child.Id, LegalStatusKind.ChildProtectionPlan, Day("2026-08-01"), ChildProtectionCategory.Neglect, Today));

        Assert.Equal("StartDate", ex.Field);
    }

    [Theory]
    [InlineData(LegalStatusKind.PreProceedings)]
    [InlineData(LegalStatusKind.CareProceedings)]
    public void PreProceedingsAndCareProceedings_RunAlongsideAChildProtectionPlan_EscalatedFromIt(LegalStatusKind kind)
    {
        var (family, child) = WithChild();
        var cp = family.StartLegalStatus(child.Id, LegalStatusKind.ChildProtectionPlan, Day("2026-03-01"), ChildProtectionCategory.Multiple, Today);

        var episode = family.StartLegalStatus(child.Id, kind, Day("2026-09-01"), null, Today);

        Assert.Equal(EscalatedFrom.ChildProtection, episode.EscalatedFrom);
        Assert.Null(episode.Category);
        Assert.Null(cp.EndDate);
    }

    [Fact]
    public void LookedAfter_FromAChildProtectionPlan_IsEscalatedFromChildProtection()
    {
        var (family, child) = WithChild();
        family.StartLegalStatus(child.Id, LegalStatusKind.ChildProtectionPlan, Day("2026-03-01"), ChildProtectionCategory.Neglect, Today);

        Assert.Equal(EscalatedFrom.ChildProtection, family.StartLegalStatus(child.Id, LegalStatusKind.LookedAfter, Day("2026-10-01"), null, Today).EscalatedFrom);
    }

    [Fact]
    public void LookedAfter_FromAChildInNeedPlan_IsEscalatedFromChildInNeed()
    {
        var (family, child) = WithChild();
        family.StartLegalStatus(child.Id, LegalStatusKind.ChildInNeedPlan, Day("2026-03-01"), null, Today);

        Assert.Equal(EscalatedFrom.ChildInNeed, family.StartLegalStatus(child.Id, LegalStatusKind.LookedAfter, Day("2026-10-01"), null, Today).EscalatedFrom);
    }

    [Fact]
    public void LookedAfter_WithNoPlanOpen_IsNotEscalated()
    {
        var (family, child) = WithChild();
        var cin = family.StartLegalStatus(child.Id, LegalStatusKind.ChildInNeedPlan, Day("2026-03-01"), null, Today);
        family.EndLegalStatus(child.Id, cin.Id, Day("2026-06-01"), EpisodeEndReason.OutcomesAchieved, Today);

        Assert.Equal(EscalatedFrom.None, family.StartLegalStatus(child.Id, LegalStatusKind.LookedAfter, Day("2026-06-01"), null, Today).EscalatedFrom);
    }

    [Fact]
    public void StartTheSameKind_WhileOneIsOpen_IsRefused()
    {
        var (family, child) = WithChild();
        family.StartLegalStatus(child.Id, LegalStatusKind.PreProceedings, Day("2026-03-01"), null, Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.StartLegalStatus(child.Id, LegalStatusKind.PreProceedings, Day("2026-10-01"), null, Today));

        Assert.Equal("Kayla Okonkwo is already on a Pre-proceedings (PLO) from 1 March 2026", ex.Message);
        Assert.Equal("StartDate", ex.Field);
    }

    [Fact]
    public void StartTheSameKind_OverlappingAnEndedOne_IsRefused_ButFromItsEndDateIsAllowed()
    {
        var (family, child) = WithChild();
        var first = family.StartLegalStatus(child.Id, LegalStatusKind.ChildInNeedPlan, Day("2026-01-01"), null, Today);
        family.EndLegalStatus(child.Id, first.Id, Day("2026-05-01"), EpisodeEndReason.OutcomesAchieved, Today);

        Assert.Throws<DomainRuleException>(() => family.StartLegalStatus(child.Id, LegalStatusKind.ChildInNeedPlan, Day("2026-04-30"), null, Today));
        Assert.Equal(Day("2026-05-01"), family.StartLegalStatus(child.Id, LegalStatusKind.ChildInNeedPlan, Day("2026-05-01"), null, Today).StartDate);
    }

    [Fact]
    public void Start_InTheFuture_IsRefused()
    {
        var (family, child) = WithChild();

        var ex = Assert.Throws<DomainRuleException>(() => family.StartLegalStatus(child.Id, LegalStatusKind.ChildInNeedPlan, Today.AddDays(1), null, Today));

        Assert.Equal("The start date must be today or in the past", ex.Message);
        Assert.Equal("StartDate", ex.Field);
    }

    [Fact]
    public void Start_Today_IsAllowed()
    {
        var (family, child) = WithChild();

        Assert.Equal(Today, family.StartLegalStatus(child.Id, LegalStatusKind.ChildInNeedPlan, Today, null, Today).StartDate);
    }

    [Fact]
    public void End_BeforeTheStart_IsRefused()
    {
        var (family, child) = WithChild();
        var cin = family.StartLegalStatus(child.Id, LegalStatusKind.ChildInNeedPlan, Day("2026-06-01"), null, Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.EndLegalStatus(child.Id, cin.Id, Day("2026-05-31"), EpisodeEndReason.OutcomesAchieved, Today));

        Assert.Equal("The end date must be on or after the start date, 1 June 2026", ex.Message);
        Assert.Equal("EndDate", ex.Field);
        Assert.Null(cin.EndDate);
    }

    [Fact]
    public void End_InTheFuture_IsRefused()
    {
        var (family, child) = WithChild();
        var cin = family.StartLegalStatus(child.Id, LegalStatusKind.ChildInNeedPlan, Day("2026-06-01"), null, Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.EndLegalStatus(child.Id, cin.Id, Today.AddDays(1), EpisodeEndReason.OutcomesAchieved, Today));

        Assert.Equal("EndDate", ex.Field);
    }

    [Fact]
    public void End_Twice_IsRefused()
    {
        var (family, child) = WithChild();
        var cin = family.StartLegalStatus(child.Id, LegalStatusKind.ChildInNeedPlan, Day("2026-06-01"), null, Today);
        family.EndLegalStatus(child.Id, cin.Id, Day("2026-09-01"), EpisodeEndReason.OutcomesAchieved, Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.EndLegalStatus(child.Id, cin.Id, Day("2026-10-01"), EpisodeEndReason.OutcomesAchieved, Today));

        Assert.Equal("This Child in Need plan already ended on 1 September 2026", ex.Message);
    }

    [Theory]
    [InlineData(EpisodeEndReason.EscalatedToChildProtection)]
    [InlineData(EpisodeEndReason.FamilyClosed)]
    public void End_WithAReasonOnlyTheSystemSets_IsRefused(EpisodeEndReason reason)
    {
        var (family, child) = WithChild();
        var cin = family.StartLegalStatus(child.Id, LegalStatusKind.ChildInNeedPlan, Day("2026-06-01"), null, Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.EndLegalStatus(child.Id, cin.Id, Day("2026-09-01"), reason, Today));

        Assert.Equal("Reason", ex.Field);
        Assert.DoesNotContain(reason, FamilyNames.ChoosableEndReasons);
    }

    [Fact]
    public void AnAdult_CannotHaveALegalStatus()
    {
        var family = Open();
        var mother = family.AddMember(Adult(), Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.StartLegalStatus(mother.Id, LegalStatusKind.ChildInNeedPlan, Day("2026-06-01"), null, Today));

        Assert.Equal("Legal statuses are recorded for children only", ex.Message);
    }

    [Fact]
    public void AChildProtectionPlan_NeedsACategory()
    {
        var (family, child) = WithChild();

        var ex = Assert.Throws<DomainRuleException>(() => family.StartLegalStatus(child.Id, LegalStatusKind.ChildProtectionPlan, Day("2026-06-01"), null, Today));

        Assert.Equal("Category", ex.Field);
    }

    [Fact]
    public void AnotherKind_DropsACategory()
    {
        var (family, child) = WithChild();

        Assert.Null(family.StartLegalStatus(child.Id, LegalStatusKind.ChildInNeedPlan, Day("2026-06-01"), ChildProtectionCategory.Neglect, Today).Category);
    }

    [Fact]
    public void Start_OnAClosedFamily_IsRefused()
    {
        var (family, child) = WithChild();
        family.Close(Day("2026-10-01"), ClosureReason.NoFurtherAction, null, Today);

        Assert.Throws<DomainRuleException>(() => family.StartLegalStatus(child.Id, LegalStatusKind.ChildInNeedPlan, Day("2026-10-01"), null, Today));
    }
}
