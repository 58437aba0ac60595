using FamilySafeguarding.Application.Allocations;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Events;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilySafeguarding.Web.Features.Events;

public sealed record EventsModel(FamilyHeader Header, Page<EventRow> Events, Guid ActorPersonId)
{
    /// <summary>Only the person who recorded an event may change it, while they may record on the family and it is open.</summary>
    public bool MayChange(EventRow row) => Header.Rights.MayRecord && Header.IsOpen && row.RecordedByPersonId == ActorPersonId;
}

public sealed class EventForm
{
    /// <summary>The kinds of event as the form offers them: child protection meetings first, then incidents, then visits and the rest.</summary>
    public static IReadOnlyList<(SignificantEventGroup Group, IReadOnlyList<SignificantEventKind> Kinds)> KindGroups { get; } =
        [.. Enum.GetValues<SignificantEventGroup>().Select(g => (g, FamilyNames.KindsOf(g)))];

    public DateInput OccurredOn { get; set; } = new();

    /// <summary>The type of event, as the enum's exact name.</summary>
    public string? Kind { get; set; }

    public List<Guid> MemberIds { get; set; } = [];

    public string? Account { get; set; }

    /// <summary>The version of the event when the edit form was opened; a later save is a conflict.</summary>
    public Guid Version { get; set; }

    [BindNever]
    public FamilyHeader? Header { get; set; }

    [BindNever]
    public Guid? EventId { get; set; }

    [BindNever]
    public IReadOnlyList<MemberChoice> Members { get; set; } = [];

    /// <summary>What was saved in between, shown beside the user's own text after a conflict.</summary>
    [BindNever]
    public EventForEdit? Conflict { get; set; }

    public static EventForm From(EventForEdit saved) => new()
    {
        OccurredOn = DateInput.From(saved.OccurredOn),
        Kind = saved.Kind.ToString(),
        MemberIds = [.. saved.MemberIds],
        Account = saved.Account,
        Version = saved.Version,
        EventId = saved.Id,
    };

    public EventDetails ToDetails() => new()
    {
        OccurredOn = OccurredOn.ToDate()!.Value,
        Kind = Enum.Parse<SignificantEventKind>(Kind!),
        Account = Account,
        MemberIds = MemberIds,
    };
}

public sealed class EventFormValidator : AbstractValidator<EventForm>
{
    public EventFormValidator()
    {
        RuleFor(f => f.OccurredOn).RequiredDate("the date of the event");
        RuleFor(f => f.Kind).Must(k => Enum.GetNames<SignificantEventKind>().Contains(k, StringComparer.Ordinal))
            .WithMessage("Select the type of event");
        RuleFor(f => f.Account).NotEmpty().WithMessage("Enter what happened")
            .Must(a => a is null || a.Trim().Length <= SignificantEvent.AccountMaxLength)
            .WithMessage($"What happened must be {SignificantEvent.AccountMaxLength} characters or fewer");
    }
}
