using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;

namespace FamilySafeguarding.UnitTests.Domain.Families;

/// <summary>Opening, closing and reopening a family's case: the rules the domain enforces and the history it keeps.</summary>
public sealed class FamilyLifecycleTests
{
    private static readonly DateOnly Today = new(2026, 11, 16);
    private static readonly DateOnly Opened = new(2026, 1, 5);
    private static readonly Worker Lead = new(Guid.NewGuid(), JobRole.SocialWorker, "Tom Fielding");
    private static readonly Worker NewLead = new(Guid.NewGuid(), JobRole.SeniorSocialWorker, "Leah Sandhu");
    private static readonly Worker Practitioner = new(Guid.NewGuid(), JobRole.FamilyPractitioner, "Sam Reed");

    [Fact]
    public void Open_AllocatesTheLeadFromTheOpeningDate_AndStartsTheFirstOpening()
    {
        var family = Family.Open("FS-000001", "  Smith / Jones   family ", Guid.NewGuid(), Opened, Lead, Today);

        Assert.True(family.IsOpen);
        Assert.Equal("Smith / Jones   family", family.DisplayName);
        Assert.Equal("SMITH / JONES FAMILY", family.SearchName);
        var lead = Assert.Single(family.Allocations);
        Assert.Equal((Lead.PersonId, AllocationRole.LeadSocialWorker, Opened, (DateOnly?)null), (lead.PersonId, lead.Role, lead.StartDate, lead.EndDate));
        Assert.Equal(Opened, Assert.Single(family.Openings).OpenedOn);
    }

    [Fact]
    public void Open_InTheFuture_IsRefused() =>
        AssertRefused(() => Family.Open("FS-000001", "Smith family", Guid.NewGuid(), Today.AddDays(1), Lead, Today), "OpenedOn", "The date the case opened must be today or in the past");

    [Fact]
    public void Open_WithALeadWhoIsNotASocialWorker_IsRefused() =>
        AssertRefused(() => Family.Open("FS-000001", "Smith family", Guid.NewGuid(), Opened, Practitioner, Today), "PersonId", "Sam Reed is a Family Practitioner, so cannot be the family's lead social worker");

    [Fact]
    public void Open_WithoutAName_IsRefused() =>
        Assert.Equal("DisplayName", Assert.Throws<DomainRuleException>(() => Family.Open("FS-000001", "  ", Guid.NewGuid(), Opened, Lead, Today)).Field);

    [Fact]
    public void Close_EndsEveryOpenAllocationOnTheClosingDate_AndRecordsTheReason()
    {
        var family = Family.Open("FS-000001", "Smith family", Guid.NewGuid(), Opened, Lead, Today);
        family.Allocate(Practitioner, AllocationRole.FamilyPractitioner, Opened.AddDays(10), [], Today);
        var closedOn = new DateOnly(2026, 11, 2);

        family.Close(closedOn, ClosureReason.SteppedDownToEarlyHelp, null, Today);

        Assert.False(family.IsOpen);
        Assert.Equal(closedOn, family.ClosedOn);
        Assert.All(family.Allocations, a => Assert.Equal(closedOn, a.EndDate));
        Assert.Null(family.CurrentLead);
        var opening = Assert.Single(family.Openings);
        Assert.Equal((closedOn, ClosureReason.SteppedDownToEarlyHelp), (opening.ClosedOn!.Value, opening.ClosureReason!.Value));
    }

    [Fact]
    public void Close_WithAChildOnAnOpenChildProtectionPlan_IsRefused_AndChangesNothing()
    {
        var family = Family.Open("FS-000001", "Smith family", Guid.NewGuid(), Opened, Lead, Today);
        var child = family.AddMember(Child("Maisie Holt"), Today);
        family.StartLegalStatus(child.Id, LegalStatusKind.ChildProtectionPlan, Opened, ChildProtectionCategory.Neglect, Today);

        AssertRefused(() => family.Close(Today, ClosureReason.NoFurtherAction, null, Today), "Reason", "Maisie Holt's Child Protection plan is still open. End it before closing the case");

        Assert.True(family.IsOpen);
        Assert.NotNull(family.CurrentLead);
        Assert.Null(Assert.Single(child.LegalStatuses).EndDate);
    }

    [Fact]
    public void Close_WithALookedAfterChild_IsRefusedUnlessTransferredToAChildrenInCareTeam()
    {
        var family = Family.Open("FS-000001", "Smith family", Guid.NewGuid(), Opened, Lead, Today);
        var child = family.AddMember(Child("Maisie Holt"), Today);
        family.StartLegalStatus(child.Id, LegalStatusKind.LookedAfter, Opened, null, Today);

        AssertRefused(() => family.Close(Today, ClosureReason.NoFurtherAction, null, Today), "Reason",
            "Maisie Holt is looked after. End that first, or choose \"Transferred to a children-in-care team\"");
        family.Close(Today, ClosureReason.TransferredToChildrenInCareTeam, null, Today);

        Assert.False(family.IsOpen);
        var episode = Assert.Single(child.LegalStatuses);
        Assert.Equal((Today, EpisodeEndReason.FamilyClosed), (episode.EndDate!.Value, episode.EndReason!.Value));
    }

    [Fact]
    public void Close_ForOtherReasonWithoutDetail_IsRefused() =>
        AssertRefused(() => Family.Open("FS-000001", "Smith family", Guid.NewGuid(), Opened, Lead, Today).Close(Today, ClosureReason.Other, " ", Today), "Detail", null);

    [Fact]
    public void Close_BeforeTheCaseOpened_IsRefused() =>
        AssertRefused(() => Family.Open("FS-000001", "Smith family", Guid.NewGuid(), Opened, Lead, Today).Close(Opened.AddDays(-1), ClosureReason.NoFurtherAction, null, Today),
            "ClosedOn", "The closing date must be on or after the date the case opened, 5 January 2026");

    [Fact]
    public void Close_WhenAlreadyClosed_IsRefused()
    {
        var family = Family.Open("FS-000001", "Smith family", Guid.NewGuid(), Opened, Lead, Today);
        family.Close(Today, ClosureReason.NoFurtherAction, null, Today);

        AssertRefused(() => family.Close(Today, ClosureReason.NoFurtherAction, null, Today), null, "The family's case is closed. Reopen it to make changes");
    }

    [Fact]
    public void Reopen_StartsANewOpeningWithTheNewLead_AndKeepsTheHistory()
    {
        var family = Family.Open("FS-000001", "Smith family", Guid.NewGuid(), Opened, Lead, Today);
        var closedOn = new DateOnly(2026, 6, 1);
        family.Close(closedOn, ClosureReason.MovedOutOfArea, null, Today);
        var reopenedOn = new DateOnly(2026, 10, 1);

        family.Reopen(reopenedOn, NewLead, Today);

        Assert.True(family.IsOpen);
        Assert.Equal(reopenedOn, family.OpenedOn);
        Assert.Equal(2, family.Openings.Count);
        Assert.Contains(family.Openings, o => o.OpenedOn == Opened && o.ClosedOn == closedOn && o.ClosureReason == ClosureReason.MovedOutOfArea);
        Assert.Contains(family.Openings, o => o.OpenedOn == reopenedOn && o.ClosedOn is null);
        Assert.Equal(NewLead.PersonId, family.CurrentLead!.PersonId);
        Assert.Contains(family.Allocations, a => a.PersonId == Lead.PersonId && a.EndDate == closedOn);
    }

    [Fact]
    public void Reopen_WithoutALeadWhoFits_IsRefused_AndTheFamilyStaysClosed()
    {
        var family = Family.Open("FS-000001", "Smith family", Guid.NewGuid(), Opened, Lead, Today);
        family.Close(new DateOnly(2026, 6, 1), ClosureReason.NoFurtherAction, null, Today);

        AssertRefused(() => family.Reopen(Today, Practitioner, Today), "PersonId", null);
        AssertRefused(() => family.Reopen(Today, new Worker(Guid.Empty, JobRole.SocialWorker, "Nobody"), Today), "PersonId", "Select the lead social worker");

        Assert.False(family.IsOpen);
        Assert.Single(family.Openings);
    }

    [Fact]
    public void Reopen_BeforeTheDayItClosed_OrWhenOpen_IsRefused()
    {
        var family = Family.Open("FS-000001", "Smith family", Guid.NewGuid(), Opened, Lead, Today);
        AssertRefused(() => family.Reopen(Today, NewLead, Today), null, "The family's case is already open");
        family.Close(new DateOnly(2026, 6, 1), ClosureReason.NoFurtherAction, null, Today);

        AssertRefused(() => family.Reopen(new DateOnly(2026, 5, 31), NewLead, Today), "OpenedOn", "The case can only reopen on or after the day it closed, 1 June 2026");
    }

    [Fact]
    public void TransferTo_AnotherTeam_KeepsTheAllocations()
    {
        var family = Family.Open("FS-000001", "Smith family", Guid.NewGuid(), Opened, Lead, Today);
        var team = Guid.NewGuid();

        family.TransferTo(team);

        Assert.Equal(team, family.TeamId);
        Assert.Equal(Lead.PersonId, family.CurrentLead!.PersonId);
    }

    private static MemberDetails Child(string name) => new()
    {
        FullName = name,
        DateOfBirth = new DateOnly(2019, 5, 1),
        Gender = Gender.Female,
        LivesInHousehold = true,
        Role = FamilyRole.Child,
    };

    private static void AssertRefused(Action action, string? field, string? message)
    {
        var ex = Assert.Throws<DomainRuleException>(action);
        Assert.Equal(field, ex.Field);
        if (message is not null)
        {
            Assert.Equal(message, ex.Message);
        }
    }
}
