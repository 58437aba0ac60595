using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.Domain.Workbook;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Domain.Supervisions;

/// <summary>A supervision's record: drafts may be incomplete; sign-off needs a complete record; once signed off it never changes.</summary>
public sealed class SupervisionTests
{
    private static readonly DateOnly Today = Day("2026-11-16");
    private static readonly DateTime Now = new(2026, 11, 16, 15, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Family = Guid.Parse("aaaaaaaa-0000-0000-0000-00000000fa01");
    private static readonly Guid Manager = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000001");
    private static readonly Guid Worker = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");
    private static readonly Guid Child = Guid.Parse("cccccccc-0000-0000-0000-000000000001");
    private static readonly Guid Mother = Guid.Parse("cccccccc-0000-0000-0000-000000000002");

    private static readonly SupervisionRecord Complete = new()
    {
        HeldOn = Today,
        Attendees = [new AttendeeContent(Worker, null, null, Attendance.Attended), new AttendeeContent(null, "Hana Visitor", "Health visitor", Attendance.SentApologies)],
        Updates = [new UpdateContent(Worker, "Two home visits.")],
        Worries = "Dad's drinking at weekends.",
        WorkingWell = "Mum is engaging with the Freedom Programme.",
        People = [new SupervisionPersonContent(Child, "Safer at home.", null), new SupervisionPersonContent(Mother, null, StageOfChange.Action)],
        Decision = SupervisionDecision.ContinuePlan,
        DecisionRationale = "The plan is working.",
        Actions = [new ActionContent("Visit school", Worker, Today.AddDays(7)), new ActionContent("Book the programme", Manager, Today.AddDays(14))],
        NextSupervisionOn = Today.AddMonths(1),
    };

    private static Supervision Scheduled() => Supervision.Schedule(Family, Today, Today, new TimeOnly(10, 0), Today);

    [Fact]
    public void SaveDraft_WithAnIncompleteRecord_IsKept()
    {
        var supervision = Scheduled();

        supervision.SaveDraft(new SupervisionRecord { Worries = "Only this so far." }, Today);

        Assert.Equal("Only this so far.", supervision.Worries);
        Assert.Equal(SupervisionStatus.Scheduled, supervision.Status);
    }

    [Theory]
    [InlineData("HeldOn")]
    [InlineData("Attendees")]
    [InlineData("Worries")]
    [InlineData("WorkingWell")]
    [InlineData("Decision")]
    [InlineData("DecisionRationale")]
    public void SignOff_WithoutAPartARecordNeeds_IsRefusedAtThatField(string field)
    {
        var record = field switch
        {
            "HeldOn" => Complete with { HeldOn = null },
            "Attendees" => Complete with { Attendees = [new AttendeeContent(Worker, null, null, Attendance.SentApologies)] },
            "Worries" => Complete with { Worries = " " },
            "WorkingWell" => Complete with { WorkingWell = null },
            "Decision" => Complete with { Decision = null },
            _ => Complete with { DecisionRationale = string.Empty },
        };
        var supervision = Scheduled();

        var ex = Assert.Throws<DomainRuleException>(() => supervision.SignOff(Manager, record, Today, Today, Now));

        Assert.Equal(field, ex.Field);
        Assert.Equal(SupervisionStatus.Scheduled, supervision.Status);
    }

    [Fact]
    public void SignOff_WithSeveralPartsMissing_ReportsThemAllAtOnce_WithTheirOwnMessages()
    {
        var record = Complete with
        {
            HeldOn = null,
            Worries = string.Empty,
            Decision = null,
            Actions = [new ActionContent("Visit school", null, null)],
        };
        var supervision = Scheduled();
        DomainRuleProblem worker = new("Attendees[w].Attendance", "Record whether Sam Worker attended or sent apologies");

        var ex = Assert.Throws<DomainRuleException>(() => supervision.SignOff(Manager, record, Today, Today, Now, [worker]));

        Assert.Equal(
            new DomainRuleProblem[]
            {
                new("HeldOn", "Enter the date the supervision was held"),
                worker,
                new("Worries", "Enter what we are worried about before signing off"),
                new("Decision", "Select the decision"),
                new("Actions[0].OwnerPersonId", "Select who is responsible for the action"),
                new("Actions[0].DueOn", "Enter the date the action is due"),
            },
            ex.Problems);
        Assert.Equal(("HeldOn", "Enter the date the supervision was held"), (ex.Field, ex.Message));
        Assert.False(ex.IsRefusal);
        Assert.Equal(SupervisionStatus.Scheduled, supervision.Status);
    }

    [Fact]
    public void SaveForSignOff_KeepsTheCompleteRecordWithoutSigningOff_AndRefusesAnIncompleteOneWithEveryProblem()
    {
        var supervision = Scheduled();

        supervision.SaveForSignOff(Complete, Today);

        Assert.Equal(SupervisionStatus.Scheduled, supervision.Status);
        Assert.Equal(Complete.Worries, supervision.Worries);
        var ex = Assert.Throws<DomainRuleException>(() => supervision.SaveForSignOff(Complete with { WorkingWell = null, DecisionRationale = null }, Today));
        Assert.Equal(["WorkingWell", "DecisionRationale"], ex.Problems.Select(p => p.Field));
        Assert.Equal(SupervisionStatus.Scheduled, supervision.Status);
    }

    [Fact]
    public void DomainRuleException_Many_WithOneProblem_IsTheSingleRule()
    {
        var ex = DomainRuleException.Many([new("Worries", "Enter what we are worried about before signing off")]);

        Assert.Equal(("Worries", "Enter what we are worried about before signing off"), (ex.Field, ex.Message));
        Assert.Equal([new DomainRuleProblem("Worries", "Enter what we are worried about before signing off")], ex.Problems);
        Assert.Equal([new DomainRuleProblem("Name", "Enter the name")], new DomainRuleException("Enter the name", "Name").Problems);
        Assert.Throws<ArgumentException>(() => DomainRuleException.Many([]));
    }

    [Fact]
    public void SignOff_WithACompleteRecord_CreatesTheActionsWithTheirFirstHistoryEntry()
    {
        var supervision = Scheduled();

        var actions = supervision.SignOff(Manager, Complete, Today.AddDays(-2), Today, Now);

        Assert.True(supervision.IsSignedOff);
        Assert.Equal(Now, supervision.SignedOffAt);
        Assert.Equal(Manager, supervision.SignedOffByPersonId);
        Assert.Equal(Today.AddDays(-2), supervision.DueOn);
        Assert.Equal(["Visit school", "Book the programme"], actions.Select(a => a.What));
        Assert.Equal(supervision.Actions.OrderBy(a => a.Position).Select(a => a.ActionId), actions.Select(a => a.Id));
        Assert.DoesNotContain(Guid.Empty, actions.Select(a => a.Id));
        Assert.All(actions, a => Assert.Equal(ActionState.Open, a.State));
        Assert.All(actions, a => Assert.Equal(supervision.Id, a.SupervisionId));
        var agreed = Assert.Single(actions[0].History);
        Assert.Equal(ActionChangeKind.Agreed, agreed.Kind);
        Assert.Equal(Manager, agreed.ByPersonId);
        Assert.Equal(Worker, agreed.OwnerPersonId);
    }

    [Fact]
    public void SignOff_IgnoresBlankActionRows()
    {
        var supervision = Scheduled();
        var record = Complete with { Actions = [new ActionContent(" ", null, null), Complete.Actions[0], new ActionContent(null, Guid.Empty, null)] };

        var actions = supervision.SignOff(Manager, record, Today, Today, Now);

        Assert.Equal(["Visit school"], actions.Select(a => a.What));
        Assert.Single(supervision.Actions);
    }

    [Fact]
    public void SignOff_WithAnActionDueBeforeTheMeeting_IsRefused()
    {
        var supervision = Scheduled();
        var record = Complete with { Actions = [new ActionContent("Visit school", Worker, Today.AddDays(-1))] };

        var ex = Assert.Throws<DomainRuleException>(() => supervision.SignOff(Manager, record, Today, Today, Now));

        Assert.Equal("Actions[0].DueOn", ex.Field);
    }

    [Fact]
    public void SignOff_WithAnIncompleteAction_IsRefusedAtItsField()
    {
        var supervision = Scheduled();
        var record = Complete with { Actions = [new ActionContent("Visit school", null, Today)] };

        var ex = Assert.Throws<DomainRuleException>(() => supervision.SignOff(Manager, record, Today, Today, Now));

        Assert.Equal("Actions[0].OwnerPersonId", ex.Field);
    }

    [Fact]
    public void AfterSignOff_TheRecordCannotBeDraftedSignedOffAgainCancelledOrRescheduled()
    {
        var supervision = Scheduled();
        supervision.SignOff(Manager, Complete, Today, Today, Now);

        Assert.Throws<DomainRuleException>(() => supervision.SaveDraft(Complete with { Worries = "Changed." }, Today));
        Assert.Throws<DomainRuleException>(() => supervision.SignOff(Manager, Complete with { Worries = "Changed." }, Today, Today, Now));
        Assert.Throws<DomainRuleException>(supervision.Cancel);
        Assert.Throws<DomainRuleException>(() => supervision.Reschedule(Today.AddDays(1), new TimeOnly(9, 0), Today));
        Assert.Equal("Dad's drinking at weekends.", supervision.Worries);
        Assert.Equal(Now, supervision.SignedOffAt);
    }

    [Fact]
    public void Holds_TheSignedOffRecord_AndNotADifferentOne()
    {
        var supervision = Scheduled();
        supervision.SignOff(Manager, Complete, Today, Today, Now);

        Assert.True(supervision.Holds(Complete, Today));
        Assert.True(supervision.Holds(Complete with { Worries = "Dad's drinking at weekends.\r\n" }, Today));
        Assert.False(supervision.Holds(Complete with { Worries = "Changed." }, Today));
        Assert.False(supervision.Holds(Complete with { Actions = [Complete.Actions[0]] }, Today));
        Assert.False(supervision.Holds(Complete with { Decision = SupervisionDecision.StepDown }, Today));
    }

    [Fact]
    public void SaveDraft_ReplacesTheRowsEachTime()
    {
        var supervision = Scheduled();
        supervision.SaveDraft(Complete, Today);

        supervision.SaveDraft(Complete with { Attendees = [Complete.Attendees[1]], Actions = [] }, Today);

        Assert.Equal("Hana Visitor", Assert.Single(supervision.Attendees).Name);
        Assert.Empty(supervision.Actions);
    }

    [Fact]
    public void SignOff_WithTheNextSupervisionNotAfterThisOne_IsRefused()
    {
        var supervision = Scheduled();

        var ex = Assert.Throws<DomainRuleException>(() => supervision.SignOff(Manager, Complete with { NextSupervisionOn = Today }, Today, Today, Now));

        Assert.Equal("NextSupervisionOn", ex.Field);
    }

    [Fact]
    public void Addendum_ToASignedOffRecordOnly()
    {
        var supervision = Scheduled();
        Assert.Throws<DomainRuleException>(() => SupervisionAddendum.Add(supervision, Manager, "A correction.", Now));
        supervision.SignOff(Manager, Complete, Today, Today, Now);

        var addendum = SupervisionAddendum.Add(supervision, Manager, "A correction.", Now);

        Assert.NotEqual(Guid.Empty, addendum.Id);
        Assert.Equal(supervision.Id, addendum.SupervisionId);
        Assert.Equal("A correction.", addendum.Text);
    }
}
