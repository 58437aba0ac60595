using FamilySafeguarding.Domain.Common;
using FamilySafeguarding.Domain.People;

namespace FamilySafeguarding.Domain.Families;

/// <summary>
/// Something significant in a family's life, recorded by a worker: significant information, not every contact.
/// Kept apart from the family's aggregate because a family gathers hundreds of them over the years.
/// </summary>
public sealed class SignificantEvent : TrackedEntity
{
    public const int AccountMaxLength = 4000;

    /// <summary>The reason shown when someone other than its recorder tries to change an event.</summary>
    public const string OnlyTheRecorderMayChange = "Only the person who recorded a significant event can change it.";

    private readonly List<SignificantEventPerson> _people = [];

    private SignificantEvent()
    {
        Account = string.Empty;
    }

    public SignificantEvent(Guid familyId, Guid recordedByPersonId, EventDetails details, DateOnly today)
    {
        FamilyId = familyId;
        RecordedByPersonId = recordedByPersonId;
        Account = string.Empty;
        Update(details, today);
    }

    public Guid FamilyId { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    public SignificantEventKind Kind { get; private set; }

    public string Account { get; private set; }

    public Guid RecordedByPersonId { get; private set; }

    /// <summary>For queries only (EF joins the person's name through it): domain code never sets or relies on it; <see cref="RecordedByPersonId"/> is the record.</summary>
    public Person? RecordedBy { get; private set; }

    public IReadOnlyCollection<SignificantEventPerson> People => _people.AsReadOnly();

    /// <summary>A correction by <paramref name="byPersonId"/>: only the person who recorded the event changes it.</summary>
    public void Change(Guid byPersonId, EventDetails details, DateOnly today)
    {
        if (byPersonId != RecordedByPersonId)
        {
            throw DomainRuleException.Refusal(OnlyTheRecorderMayChange);
        }

        Update(details, today);
    }

    /// <summary>Sets what happened. The caller checks the people are members of the family.</summary>
    public void Update(EventDetails details, DateOnly today)
    {
        if (!Enum.IsDefined(details.Kind))
        {
            throw new DomainRuleException("Select the type of event", nameof(Kind));
        }

        Dates.NotInFuture(details.OccurredOn, today, "The date of the event", nameof(OccurredOn));
        Account = Text.Required(details.Account, AccountMaxLength, "what happened", nameof(Account));
        OccurredOn = details.OccurredOn;
        Kind = details.Kind;
        var wanted = details.MemberIds.Distinct().ToList();
        _people.RemoveAll(p => !wanted.Contains(p.MemberId));
        _people.AddRange(wanted.Where(id => _people.All(p => p.MemberId != id)).Select(id => new SignificantEventPerson(Id, id)));
    }
}

/// <summary>A family member involved in a significant event.</summary>
public sealed class SignificantEventPerson
{
    private SignificantEventPerson()
    {
    }

    internal SignificantEventPerson(Guid eventId, Guid memberId)
    {
        EventId = eventId;
        MemberId = memberId;
    }

    public Guid EventId { get; private set; }

    public Guid MemberId { get; private set; }
}

public sealed record EventDetails
{
    public required DateOnly OccurredOn { get; init; }

    public required SignificantEventKind Kind { get; init; }

    public required string? Account { get; init; }

    public IReadOnlyCollection<Guid> MemberIds { get; init; } = [];
}
