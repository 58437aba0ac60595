using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Domain.Families;

namespace FamilySafeguarding.Application.FamilyMembers;

/// <summary>
/// Recording a family's members, their legal statuses and worries, and the relationships between them. Every change
/// checks the actor may record on the family, loads the family's aggregate (its rules span members), calls the domain
/// and saves. An id from the path that is not part of this family is "not found".
/// </summary>
public sealed class MemberService(FamilyService families, FamilyAccess access, TimeProvider time)
{
    public async Task<Guid> AddMemberAsync(Actor actor, Guid familyId, MemberDetails details, CancellationToken ct)
    {
        var family = await LoadAsync(actor, familyId, "Add member", ct);
        var member = family.AddMember(details, time.UkToday());
        await families.SaveAsync(ct);
        return member.Id;
    }

    /// <summary>Changes a member's details from a form opened at <paramref name="versionSeen"/>; a save by someone else since is a conflict.</summary>
    public async Task UpdateMemberAsync(Actor actor, Guid familyId, Guid memberId, MemberDetails details, Guid versionSeen, CancellationToken ct)
    {
        var family = await LoadAsync(actor, familyId, "Edit member", ct);
        var member = MemberOf(family, memberId);
        if (member.Version != versionSeen)
        {
            throw new ConcurrencyConflictException("Someone else changed this person's details after you opened the form.");
        }

        family.UpdateMember(memberId, details, time.UkToday());
        await families.SaveAsync(ct);
    }

    /// <summary>Starts a child's legal status. Says whether it ended a Child in Need plan (a CP plan escalated from CIN).</summary>
    public async Task<StartedStatus> StartLegalStatusAsync(Actor actor, Guid familyId, Guid memberId, NewLegalStatus input, CancellationToken ct)
    {
        var family = await LoadAsync(actor, familyId, "Start legal status", ct);
        ChildOf(family, memberId);
        var episode = family.StartLegalStatus(memberId, input.Kind, input.StartDate, input.Category, time.UkToday());
        await families.SaveAsync(ct);
        return new StartedStatus(episode.Id, episode.Kind, episode.EscalatedFrom, episode.EscalatedFrom == EscalatedFrom.ChildInNeed && episode.Kind == LegalStatusKind.ChildProtectionPlan ? episode.StartDate : null);
    }

    /// <summary>Ends one of a child's legal statuses; answers with its kind.</summary>
    public async Task<LegalStatusKind> EndLegalStatusAsync(Actor actor, Guid familyId, Guid memberId, Guid episodeId, DateOnly endDate, EpisodeEndReason reason, CancellationToken ct)
    {
        var family = await LoadAsync(actor, familyId, "End legal status", ct);
        var episode = ChildOf(family, memberId).LegalStatuses.SingleOrDefault(e => e.Id == episodeId) ?? throw new NotFoundException();
        family.EndLegalStatus(memberId, episodeId, endDate, reason, time.UkToday());
        await families.SaveAsync(ct);
        return episode.Kind;
    }

    public async Task<Guid> AddWorryAsync(Actor actor, Guid familyId, Guid memberId, WorryKind kind, DateOnly identifiedOn, CancellationToken ct)
    {
        var family = await LoadAsync(actor, familyId, "Add worry", ct);
        AdultOf(family, memberId);
        var worry = family.AddWorry(memberId, kind, identifiedOn, time.UkToday());
        await families.SaveAsync(ct);
        return worry.Id;
    }

    /// <summary>Ends one of an adult's worries; answers with its kind.</summary>
    public async Task<WorryKind> EndWorryAsync(Actor actor, Guid familyId, Guid memberId, Guid worryId, DateOnly endedOn, CancellationToken ct)
    {
        var family = await LoadAsync(actor, familyId, "End worry", ct);
        var worry = AdultOf(family, memberId).Worries.SingleOrDefault(w => w.Id == worryId) ?? throw new NotFoundException();
        family.EndWorry(memberId, worryId, endedOn, time.UkToday());
        await families.SaveAsync(ct);
        return worry.Kind;
    }

    public async Task<Guid> RelateAsync(Actor actor, Guid familyId, NewRelationship input, CancellationToken ct)
    {
        var family = await LoadAsync(actor, familyId, "Add relationship", ct);
        var relationship = family.Relate(input.FromMemberId, input.ToMemberId, input.Kind, input.ParentalResponsibility, input.Description);
        await families.SaveAsync(ct);
        return relationship.Id;
    }

    public async Task RemoveRelationshipAsync(Actor actor, Guid familyId, Guid relationshipId, CancellationToken ct)
    {
        var family = await LoadAsync(actor, familyId, "Remove relationship", ct);
        if (!family.Relationships.Any(r => r.Id == relationshipId))
        {
            throw new NotFoundException();
        }

        family.RemoveRelationship(relationshipId);
        await families.SaveAsync(ct);
    }

    private async Task<Family> LoadAsync(Actor actor, Guid familyId, string page, CancellationToken ct)
    {
        await access.EnsureMayRecordAsync(actor, familyId, page, ct);
        return await families.LoadAggregateAsync(familyId, ct);
    }

    /// <summary>A member named in the path must be this family's: anything else is "not found", as if it did not exist.</summary>
    private static FamilyMember MemberOf(Family family, Guid memberId) =>
        family.Members.SingleOrDefault(m => m.Id == memberId) ?? throw new NotFoundException();

    /// <summary>Legal statuses are a child's: for anyone else the status pages, and their writes, do not exist.</summary>
    private static FamilyMember ChildOf(Family family, Guid memberId) =>
        MemberOf(family, memberId) is { IsChild: true } child ? child : throw new NotFoundException();

    /// <summary>Worries are an adult's: for a child the worry pages, and their writes, do not exist.</summary>
    private static FamilyMember AdultOf(Family family, Guid memberId) =>
        MemberOf(family, memberId) is { IsChild: false } adult ? adult : throw new NotFoundException();
}

public sealed record NewLegalStatus
{
    public required LegalStatusKind Kind { get; init; }

    public required DateOnly StartDate { get; init; }

    public ChildProtectionCategory? Category { get; init; }
}

/// <summary>The episode started; <paramref name="EndedChildInNeedOn"/> is the day a Child in Need plan ended because this CP plan started.</summary>
public sealed record StartedStatus(Guid EpisodeId, LegalStatusKind Kind, EscalatedFrom EscalatedFrom, DateOnly? EndedChildInNeedOn);

public sealed record NewRelationship
{
    public required Guid FromMemberId { get; init; }

    public required Guid ToMemberId { get; init; }

    public required RelationshipKind Kind { get; init; }

    public bool ParentalResponsibility { get; init; }

    public string? Description { get; init; }
}
