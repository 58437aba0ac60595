using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Families;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Domain.Families;

/// <summary>A significant event: a date not in the future, a type, a short account, and the people involved, each once.</summary>
public sealed class SignificantEventTests
{
    private static readonly DateOnly Today = Day("2026-11-16");
    private static readonly Guid Family = Guid.Parse("aaaaaaaa-0000-0000-0000-00000000fa01");
    private static readonly Guid Recorder = Guid.Parse("bbbbbbbb-0000-0000-0000-00000000ec01");
    private static readonly Guid Child = Guid.Parse("cccccccc-0000-0000-0000-000000000001");
    private static readonly Guid Mother = Guid.Parse("cccccccc-0000-0000-0000-000000000002");
    private static readonly Guid Father = Guid.Parse("cccccccc-0000-0000-0000-000000000003");

    [Fact]
    public void New_RecordsWhatHappenedWhoWasInvolvedAndWhoRecordedIt()
    {
        var recorded = new SignificantEvent(Family, Recorder, Details(account: "  Police attended.\nNo injuries.  ", people: [Child, Mother, Child]), Today);

        Assert.Equal((Family, Recorder, Today, SignificantEventKind.PoliceCallOut), (recorded.FamilyId, recorded.RecordedByPersonId, recorded.OccurredOn, recorded.Kind));
        Assert.Equal("Police attended.\nNo injuries.", recorded.Account);
        Assert.Equal(new[] { Child, Mother }.Order(), recorded.People.Select(p => p.MemberId).Order());
        Assert.All(recorded.People, p => Assert.Equal(recorded.Id, p.EventId));
    }

    [Fact]
    public void New_InTheFuture_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new SignificantEvent(Family, Recorder, Details(on: Today.AddDays(1)), Today));

        Assert.Equal(("The date of the event must be today or in the past", "OccurredOn"), (ex.Message, ex.Field));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void New_WithoutAnAccount_IsRefused(string? account)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new SignificantEvent(Family, Recorder, Details(account: account), Today));

        Assert.Equal(("Enter what happened", "Account"), (ex.Message, ex.Field));
    }

    [Fact]
    public void New_WithAnAccountOverTheLimit_IsRefused_AndOneAtTheLimitIsAccepted()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new SignificantEvent(Family, Recorder, Details(account: new string('x', SignificantEvent.AccountMaxLength + 1)), Today));
        var atLimit = new SignificantEvent(Family, Recorder, Details(account: new string('x', SignificantEvent.AccountMaxLength)), Today);

        Assert.Equal(($"What happened must be {SignificantEvent.AccountMaxLength} characters or fewer", "Account"), (ex.Message, ex.Field));
        Assert.Equal(SignificantEvent.AccountMaxLength, atLimit.Account.Length);
    }

    [Fact]
    public void New_WithAnUndefinedKind_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new SignificantEvent(Family, Recorder, Details() with { Kind = (SignificantEventKind)50 }, Today));

        Assert.Equal(("Select the type of event", "Kind"), (ex.Message, ex.Field));
    }

    [Fact]
    public void Update_ReplacesThePeopleInvolved_KeepingThoseStillInvolved()
    {
        var recorded = new SignificantEvent(Family, Recorder, Details(people: [Child, Mother]), Today);
        var kept = recorded.People.Single(p => p.MemberId == Child);

        recorded.Update(Details(kind: SignificantEventKind.Court, account: "Hearing adjourned.", people: [Child, Father]), Today);

        Assert.Equal(new[] { Child, Father }.Order(), recorded.People.Select(p => p.MemberId).Order());
        Assert.Same(kept, recorded.People.Single(p => p.MemberId == Child));
        Assert.Equal((SignificantEventKind.Court, "Hearing adjourned."), (recorded.Kind, recorded.Account));
        Assert.Equal(Recorder, recorded.RecordedByPersonId);
    }

    [Fact]
    public void Update_Refused_ChangesNothing()
    {
        var recorded = new SignificantEvent(Family, Recorder, Details(people: [Child]), Today);

        Assert.Throws<DomainRuleException>(() => recorded.Update(Details(account: " ", people: [Mother]), Today));

        Assert.Equal("Police attended after a neighbour's call.", recorded.Account);
        Assert.Equal([Child], recorded.People.Select(p => p.MemberId));
    }

    [Fact]
    public void Kinds_EveryKindIsInOneGroup_AndTheMeetingsOfChildProtectionAreGroupedTogether()
    {
        var kinds = Enum.GetValues<SignificantEventKind>();

        Assert.Equal(kinds.Order(), Enum.GetValues<SignificantEventGroup>().SelectMany(FamilyNames.KindsOf).Order());
        Assert.Equal(SignificantEventGroup.ChildProtectionMeetings, SignificantEventKind.InitialChildProtectionConference.Group());
        Assert.Equal(SignificantEventGroup.ChildProtectionMeetings, SignificantEventKind.Marac.Group());
        Assert.Equal(SignificantEventGroup.IncidentsAndCallOuts, SignificantEventKind.PoliceCallOut.Group());
        Assert.Equal(SignificantEventGroup.ContactsAndOther, SignificantEventKind.Other.Group());
    }

    [Fact]
    public void Kinds_AreStoredByNumber_SoTheNumbersNeverChange()
    {
        Assert.Equal(
            [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 99],
            Enum.GetValues<SignificantEventKind>().Select(k => (int)k));
        Assert.Equal(16, (int)SignificantEventKind.PreProceedingsMeeting);
    }

    private static EventDetails Details(DateOnly? on = null, SignificantEventKind kind = SignificantEventKind.PoliceCallOut, string? account = "Police attended after a neighbour's call.", Guid[]? people = null) =>
        new() { OccurredOn = on ?? Today, Kind = kind, Account = account, MemberIds = people ?? [] };
}
