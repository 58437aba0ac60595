using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Supervisions;

namespace FamilySafeguarding.UnitTests.Domain.Supervisions;

/// <summary>
/// An action agreed at group supervision: open until its owner marks it done (a short note, a day not in the future) or
/// a manager cancels it (a reason); a manager may give it to someone else or a new date; every change is in its history.
/// </summary>
public sealed class FamilyActionTests
{
    private static readonly DateOnly Today = new(2026, 11, 16);
    private static readonly DateTime Now = new(2026, 11, 16, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Manager = Guid.Parse("cccccccc-0000-0000-0000-000000000001");
    private static readonly Guid Owner = Guid.Parse("cccccccc-0000-0000-0000-000000000002");
    private static readonly Guid Other = Guid.Parse("cccccccc-0000-0000-0000-000000000003");
    private static readonly DateOnly Due = new(2026, 11, 30);

    [Fact]
    public void Agreed_IsOpen_WithItsAgreementInTheHistory()
    {
        var action = Agreed();

        Assert.Equal((ActionState.Open, Owner, Due), (action.State, action.OwnerPersonId, action.DueOn));
        var agreed = Assert.Single(action.History);
        Assert.Equal((ActionChangeKind.Agreed, Manager, Owner, Due), (agreed.Kind, agreed.ByPersonId, agreed.OwnerPersonId, agreed.DueOn));
    }

    [Fact]
    public void MarkDone_ByTheOwner_ClosesItWithTheNoteAndDay()
    {
        var action = Agreed();

        action.MarkDone(Owner, Today.AddDays(-2), "  Referral sent to the health visitor.  ", Today, Now);

        Assert.Equal((ActionState.Done, Today.AddDays(-2), Now, "Referral sent to the health visitor."), (action.State, action.ClosedOn, action.ClosedAt, action.ClosingNote));
        Assert.False(action.IsOpen);
        var done = action.History.Last();
        Assert.Equal((ActionChangeKind.Done, Owner, Now, "Referral sent to the health visitor."), (done.Kind, done.ByPersonId, done.At, done.Note));
    }

    [Fact]
    public void MarkDone_BySomeoneElse_IsRefusedAndStaysOpen()
    {
        var action = Agreed();

        Assert.Throws<DomainRuleException>(() => action.MarkDone(Manager, Today, "Done", Today, Now));
        Assert.Equal(ActionState.Open, action.State);
        Assert.Single(action.History);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void MarkDone_WithoutANote_IsRefusedBesideTheNote(string? note)
    {
        var ex = Assert.Throws<DomainRuleException>(() => Agreed().MarkDone(Owner, Today, note, Today, Now));
        Assert.Equal("Note", ex.Field);
    }

    [Fact]
    public void MarkDone_WithANoteTooLong_IsRefused_AndOneAtTheLimitIsKept()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Agreed().MarkDone(Owner, Today, new string('a', FamilyAction.NoteMaxLength + 1), Today, Now));
        Assert.Equal("Note", ex.Field);

        var action = Agreed();
        action.MarkDone(Owner, Today, new string('a', FamilyAction.NoteMaxLength), Today, Now);
        Assert.Equal(FamilyAction.NoteMaxLength, action.ClosingNote!.Length);
    }

    [Fact]
    public void MarkDone_OnADayInTheFuture_IsRefused_AndTodayIsAllowed()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Agreed().MarkDone(Owner, Today.AddDays(1), "Done", Today, Now));
        Assert.Equal("DoneOn", ex.Field);

        var action = Agreed();
        action.MarkDone(Owner, Today, "Done", Today, Now);
        Assert.Equal(Today, action.ClosedOn);
    }

    [Fact]
    public void Cancel_WithAReason_ClosesItOnTheDay()
    {
        var action = Agreed();

        action.Cancel(Manager, "The family moved out of area.", Today, Now);

        Assert.Equal((ActionState.Cancelled, Today, "The family moved out of area."), (action.State, action.ClosedOn, action.ClosingNote));
        Assert.Equal((ActionChangeKind.Cancelled, Manager), (action.History.Last().Kind, action.History.Last().ByPersonId));
    }

    [Fact]
    public void Cancel_WithoutAReason_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Agreed().Cancel(Manager, " ", Today, Now));
        Assert.Equal("Reason", ex.Field);
    }

    [Fact]
    public void Done_CannotBeDoneAgainCancelledOrChanged()
    {
        var action = Agreed();
        action.MarkDone(Owner, Today, "Done", Today, Now);

        Assert.Contains("already done", Assert.Throws<DomainRuleException>(() => action.MarkDone(Owner, Today, "Done", Today, Now)).Message, StringComparison.Ordinal);
        Assert.Throws<DomainRuleException>(() => action.Cancel(Manager, "Reason", Today, Now));
        Assert.Throws<DomainRuleException>(() => action.Change(Manager, Other, Due, null, Now));
        Assert.Equal(2, action.History.Count);
    }

    [Fact]
    public void Cancelled_CannotBeCancelledAgainOrMarkedDone()
    {
        var action = Agreed();
        action.Cancel(Manager, "Not needed.", Today, Now);

        Assert.Contains("already cancelled", Assert.Throws<DomainRuleException>(() => action.Cancel(Manager, "Again", Today, Now)).Message, StringComparison.Ordinal);
        Assert.Throws<DomainRuleException>(() => action.MarkDone(Owner, Today, "Done", Today, Now));
        Assert.Equal(ActionState.Cancelled, action.State);
    }

    [Fact]
    public void Change_OwnerAndDueDate_WritesOneHistoryRowForEach_WithTheValuesAfterIt()
    {
        var action = Agreed();
        var later = Due.AddDays(14);

        action.Change(Manager, Other, later, "  Rashida has more time.  ", Now);

        Assert.Equal((Other, later), (action.OwnerPersonId, action.DueOn));
        var changes = action.History.Skip(1).ToList();
        Assert.Equal(2, changes.Count);
        Assert.Equal((ActionChangeKind.Reassigned, Manager, Other, Due, "Rashida has more time."), (changes[0].Kind, changes[0].ByPersonId, changes[0].OwnerPersonId, changes[0].DueOn, changes[0].Note));
        Assert.Equal((ActionChangeKind.DueDateChanged, Other, later), (changes[1].Kind, changes[1].OwnerPersonId, changes[1].DueOn));
    }

    [Fact]
    public void Change_DueDateOnly_WritesOneRow_WithoutAReason()
    {
        var action = Agreed();

        action.Change(Manager, Owner, Due.AddDays(7), null, Now);

        var change = Assert.Single(action.History.Skip(1));
        Assert.Equal((ActionChangeKind.DueDateChanged, Owner, Due.AddDays(7), (string?)null), (change.Kind, change.OwnerPersonId, change.DueOn, change.Note));
    }

    [Fact]
    public void Change_ToTheSameOwnerAndDate_IsRefusedAndWritesNothing()
    {
        var action = Agreed();

        var ex = Assert.Throws<DomainRuleException>(() => action.Change(Manager, Owner, Due, "No change", Now));

        Assert.Equal(nameof(FamilyAction.OwnerPersonId), ex.Field);
        Assert.Single(action.History);
    }

    [Fact]
    public void Change_ToNobody_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => Agreed().Change(Manager, Guid.Empty, Due.AddDays(1), null, Now));
    }

    [Fact]
    public void IsOverdue_OnlyWhenOpenAndPastItsDueDate()
    {
        var action = Agreed();
        Assert.False(action.IsOverdueOn(Due));
        Assert.True(action.IsOverdueOn(Due.AddDays(1)));

        action.MarkDone(Owner, Today, "Done", Today, Now);
        Assert.False(action.IsOverdueOn(Due.AddDays(1)));
    }

    /// <summary>An action agreed at a supervision held today, signed off by the manager.</summary>
    private static FamilyAction Agreed()
    {
        var supervision = Supervision.Schedule(Guid.NewGuid(), Today, Today, new TimeOnly(10, 0), Today);
        var record = new SupervisionRecord
        {
            HeldOn = Today,
            Attendees = [new AttendeeContent(Manager, null, null, Attendance.Attended)],
            Worries = "Worries.",
            WorkingWell = "Working well.",
            Decision = SupervisionDecision.ContinuePlan,
            DecisionRationale = "Rationale.",
            Actions = [new ActionContent("Refer to the health visitor", Owner, Due)],
        };
        return Assert.Single(supervision.SignOff(Manager, record, Today, Today, Now));
    }
}
