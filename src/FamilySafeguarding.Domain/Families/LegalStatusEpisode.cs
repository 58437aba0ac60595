using FamilySafeguarding.Domain.Common;

namespace FamilySafeguarding.Domain.Families;

/// <summary>
/// A period a child spent under one legal status. The end date is the day the status stopped (a CIN plan escalated
/// to a CP plan ends on the day the CP plan starts), so an episode covers the days from its start up to, not including, its end.
/// </summary>
public sealed class LegalStatusEpisode : TrackedEntity, IFamilyPart
{
    private LegalStatusEpisode()
    {
    }

    internal LegalStatusEpisode(Guid familyId, Guid memberId, LegalStatusKind kind, ChildProtectionCategory? category, DateOnly startDate, EscalatedFrom escalatedFrom)
    {
        FamilyId = familyId;
        MemberId = memberId;
        Kind = kind;
        Category = category;
        StartDate = startDate;
        EscalatedFrom = escalatedFrom;
    }

    public Guid FamilyId { get; private set; }

    public Guid MemberId { get; private set; }

    public LegalStatusKind Kind { get; private set; }

    public ChildProtectionCategory? Category { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public EpisodeEndReason? EndReason { get; private set; }

    public EscalatedFrom EscalatedFrom { get; private set; }

    public bool IsOpenOn(DateOnly day) => StartDate <= day && (EndDate is null || EndDate > day);

    public bool Overlaps(DateOnly start, DateOnly? end) => Dates.Overlap(StartDate, EndDate, start, end);

    internal void End(DateOnly endDate, EpisodeEndReason reason)
    {
        EndDate = endDate;
        EndReason = reason;
    }
}
