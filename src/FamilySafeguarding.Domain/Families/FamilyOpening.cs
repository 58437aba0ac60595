using FamilySafeguarding.Domain.Common;

namespace FamilySafeguarding.Domain.Families;

/// <summary>One period the family's case was open, from opening to closure. Reopening starts a new one, so history is kept.</summary>
public sealed class FamilyOpening : TrackedEntity, IFamilyPart
{
    public const int ClosureDetailMaxLength = 1000;

    private FamilyOpening()
    {
    }

    internal FamilyOpening(Guid familyId, DateOnly openedOn)
    {
        FamilyId = familyId;
        OpenedOn = openedOn;
    }

    public Guid FamilyId { get; private set; }

    public DateOnly OpenedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public ClosureReason? ClosureReason { get; private set; }

    public string? ClosureDetail { get; private set; }

    internal void Close(DateOnly closedOn, ClosureReason reason, string? detail)
    {
        ClosedOn = closedOn;
        ClosureReason = reason;
        ClosureDetail = detail;
    }
}
