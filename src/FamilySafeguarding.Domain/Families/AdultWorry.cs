using FamilySafeguarding.Domain.Common;

namespace FamilySafeguarding.Domain.Families;

/// <summary>One of the worries affecting an adult (domestic abuse, mental health, substance misuse, learning disability), from when it was identified to when it ended.</summary>
public sealed class AdultWorry : TrackedEntity, IFamilyPart
{
    private AdultWorry()
    {
    }

    internal AdultWorry(Guid familyId, Guid memberId, WorryKind kind, DateOnly identifiedOn)
    {
        FamilyId = familyId;
        MemberId = memberId;
        Kind = kind;
        IdentifiedOn = identifiedOn;
    }

    public Guid FamilyId { get; private set; }

    public Guid MemberId { get; private set; }

    public WorryKind Kind { get; private set; }

    public DateOnly IdentifiedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    internal void End(DateOnly endedOn) => EndedOn = endedOn;
}
