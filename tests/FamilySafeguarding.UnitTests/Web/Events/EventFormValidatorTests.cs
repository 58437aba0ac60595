using FamilySafeguarding.Application.Events;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.UnitTests.Support;
using FamilySafeguarding.Web.Features.Events;
using FamilySafeguarding.Web.Infrastructure.Forms;

namespace FamilySafeguarding.UnitTests.Web.Events;

public sealed class EventFormValidatorTests
{
    private readonly EventFormValidator _validator = new();

    [Fact]
    public void Validate_DateTypeAndAccount_HasNoErrors() =>
        Assert.Empty(_validator.Errors(Form()));

    [Fact]
    public void Validate_Empty_AsksForEachField() =>
        Assert.Equal(
            [("OccurredOn", "Enter the date of the event"), ("Kind", "Select the type of event"), ("Account", "Enter what happened")],
            _validator.Errors(new EventForm()));

    [Fact]
    public void Validate_KindByNumber_IsRefused() =>
        Assert.Equal([("Kind", "Select the type of event")], _validator.Errors(Form(kind: "2")));

    [Fact]
    public void Validate_AccountOverTheLimit_IsRefused_ButSurroundingSpaceDoesNotCount()
    {
        Assert.Equal(
            [("Account", $"What happened must be {SignificantEvent.AccountMaxLength} characters or fewer")],
            _validator.Errors(Form(account: new string('x', SignificantEvent.AccountMaxLength + 1))));
        Assert.Empty(_validator.Errors(Form(account: "  " + new string('x', SignificantEvent.AccountMaxLength) + "  ")));
    }

    [Fact]
    public void From_TheSavedEvent_FillsTheFormWithItsVersion()
    {
        var member = Guid.NewGuid();
        var saved = new EventForEdit(Guid.NewGuid(), new DateOnly(2026, 3, 27), SignificantEventKind.Court, "Hearing adjourned.", Guid.NewGuid(), Guid.NewGuid(), [member]);

        var form = EventForm.From(saved);

        Assert.Equal(("27", "3", "2026"), (form.OccurredOn.Day, form.OccurredOn.Month, form.OccurredOn.Year));
        Assert.Equal((nameof(SignificantEventKind.Court), "Hearing adjourned.", saved.Version, saved.Id), (form.Kind, form.Account, form.Version, form.EventId!.Value));
        Assert.Equal([member], form.MemberIds);
    }

    private static EventForm Form(string kind = "PoliceCallOut", string? account = "Police attended.") => new()
    {
        OccurredOn = new DateInput { Day = "27", Month = "3", Year = "2026" },
        Kind = kind,
        Account = account,
    };
}
