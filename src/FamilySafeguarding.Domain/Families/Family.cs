using System.Globalization;
using FamilySafeguarding.Domain.Common;
using FamilySafeguarding.Domain.People;

namespace FamilySafeguarding.Domain.Families;

/// <summary>
/// A family's case: the unit of work in Family Safeguarding. A team holds it; workers are allocated to it, one of them the
/// lead social worker while it is open; its members are children and adults. Closing and reopening keep every opening,
/// allocation and legal status, so the whole history stays.
/// </summary>
public sealed class Family : TrackedEntity
{
    public const int DisplayNameMaxLength = 200;
    public const int ReferenceMaxLength = 20;
    public const string ReferencePrefix = "FS-";

    private readonly List<FamilyOpening> _openings = [];
    private readonly List<FamilyMember> _members = [];
    private readonly List<Relationship> _relationships = [];
    private readonly List<Allocation> _allocations = [];

    private Family()
    {
        Reference = string.Empty;
        DisplayName = string.Empty;
    }

    private Family(string reference, string displayName, Guid teamId)
    {
        Reference = reference;
        DisplayName = displayName;
        SearchName = Text.Normalise(displayName);
        TeamId = teamId;
    }

    /// <summary>The council-style reference, e.g. FS-000123. Unique; never reused.</summary>
    public string Reference { get; private set; }

    public string DisplayName { get; private set; }

    /// <summary>The display name in the form search compares (upper case, single spaces).</summary>
    public string SearchName { get; private set; } = string.Empty;

    public Guid TeamId { get; private set; }

    /// <summary>When the current (or, if closed, the latest) opening began.</summary>
    public DateOnly OpenedOn { get; private set; }

    /// <summary>When the latest opening closed; null while the family is open.</summary>
    public DateOnly? ClosedOn { get; private set; }

    public bool IsOpen => ClosedOn is null;

    public IReadOnlyCollection<FamilyOpening> Openings => _openings.AsReadOnly();

    public IReadOnlyCollection<FamilyMember> Members => _members.AsReadOnly();

    public IReadOnlyCollection<Relationship> Relationships => _relationships.AsReadOnly();

    public IReadOnlyCollection<Allocation> Allocations => _allocations.AsReadOnly();

    public static string FormatReference(int number) => ReferencePrefix + number.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The number in a reference this system issued, or null if it is not one.</summary>
    public static int? ReferenceNumber(string? reference) =>
        reference is not null && reference.StartsWith(ReferencePrefix, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(reference.AsSpan(ReferencePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;

    /// <summary>Opens a new family's case, held by a team, with its lead social worker allocated from the opening date.</summary>
    public static Family Open(string reference, string? displayName, Guid teamId, DateOnly openedOn, Worker lead, DateOnly today)
    {
        var name = Text.Required(displayName, DisplayNameMaxLength, "the family's name", nameof(DisplayName));
        if (teamId == Guid.Empty)
        {
            throw new DomainRuleException("Select the team that holds the family", nameof(TeamId));
        }

        Dates.NotInFuture(openedOn, today, "The date the case opened", nameof(OpenedOn));
        var family = new Family(reference, name, teamId);
        family.StartOpening(openedOn, lead);
        return family;
    }

    public void Rename(string? displayName)
    {
        EnsureOpen();
        DisplayName = Text.Required(displayName, DisplayNameMaxLength, "the family's name", nameof(DisplayName));
        SearchName = Text.Normalise(DisplayName);
    }

    /// <summary>Moves the family to another team; allocations stay until the new team's manager changes them.</summary>
    public void TransferTo(Guid teamId)
    {
        if (teamId == Guid.Empty)
        {
            throw new DomainRuleException("Select the team that holds the family", nameof(TeamId));
        }

        TeamId = teamId;
    }

    public void Close(DateOnly closedOn, ClosureReason reason, string? detail, DateOnly today)
    {
        EnsureOpen();
        if (!Enum.IsDefined(reason))
        {
            throw new DomainRuleException("Select why the case is closing", "Reason");
        }

        var closureDetail = reason == ClosureReason.Other
            ? Text.Required(detail, FamilyOpening.ClosureDetailMaxLength, "why the case is closing", "Detail")
            : Text.Optional(detail, FamilyOpening.ClosureDetailMaxLength, "more about the closure", "Detail");
        Dates.NotInFuture(closedOn, today, "The closing date", "ClosedOn");
        if (closedOn < OpenedOn)
        {
            throw new DomainRuleException($"The closing date must be on or after the date the case opened, {Dates.Show(OpenedOn)}", "ClosedOn");
        }

        if (_allocations.Where(a => a.IsOpen).MaxBy(a => a.StartDate) is { } latest && latest.StartDate > closedOn)
        {
            throw new DomainRuleException($"The closing date must be on or after the latest allocation began, {Dates.Show(latest.StartDate)}", "ClosedOn");
        }

        foreach (var child in _members.Where(m => m.IsChild))
        {
            var open = child.LegalStatuses.Where(e => e.EndDate is null).ToList();
            if (open.FirstOrDefault(e => e.Kind != LegalStatusKind.LookedAfter || reason != ClosureReason.TransferredToChildrenInCareTeam) is { } episode)
            {
                throw new DomainRuleException(
                    episode.Kind == LegalStatusKind.LookedAfter
                        ? $"{child.KnownAs} is looked after. End that first, or choose \"{ClosureReason.TransferredToChildrenInCareTeam.DisplayName()}\""
                        : $"{child.KnownAs}'s {episode.Kind.DisplayName()} is still open. End it before closing the case",
                    "Reason");
            }

            if (open.FirstOrDefault(e => e.StartDate > closedOn) is { } late)
            {
                throw new DomainRuleException($"The closing date must be on or after {child.KnownAs}'s {late.Kind.DisplayName()} began, {Dates.Show(late.StartDate)}", "ClosedOn");
            }
        }

        foreach (var child in _members.Where(m => m.IsChild))
        {
            child.EndOpenLegalStatuses(closedOn);
        }

        foreach (var allocation in _allocations.Where(a => a.IsOpen))
        {
            allocation.End(closedOn);
        }

        CurrentOpening.Close(closedOn, reason, closureDetail);
        ClosedOn = closedOn;
    }

    public void Reopen(DateOnly reopenedOn, Worker lead, DateOnly today)
    {
        if (ClosedOn is not { } closed)
        {
            throw new DomainRuleException("The family's case is already open");
        }

        Dates.NotInFuture(reopenedOn, today, "The date the case reopened", "OpenedOn");
        if (reopenedOn < closed)
        {
            throw new DomainRuleException($"The case can only reopen on or after the day it closed, {Dates.Show(closed)}", "OpenedOn");
        }

        StartOpening(reopenedOn, lead);
    }

    public FamilyMember AddMember(MemberDetails details, DateOnly today)
    {
        EnsureOpen();
        var member = new FamilyMember(Id, details, today);
        _members.Add(member);
        return member;
    }

    public void UpdateMember(Guid memberId, MemberDetails details, DateOnly today)
    {
        EnsureOpen();
        Member(memberId).Update(details, today);
    }

    public Relationship Relate(Guid fromMemberId, Guid toMemberId, RelationshipKind kind, bool parentalResponsibility, string? description)
    {
        EnsureOpen();
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException("Select how they are related", "Kind");
        }

        var from = Member(fromMemberId, "FromMemberId");
        var to = Member(toMemberId, "ToMemberId");
        if (from.Id == to.Id)
        {
            throw new DomainRuleException("Select two different people", "ToMemberId");
        }

        var text = kind == RelationshipKind.Other
            ? Text.Required(description, Relationship.DescriptionMaxLength, "what the relationship is", "Description")
            : Text.Optional(description, Relationship.DescriptionMaxLength, "the relationship's description", "Description");
        if (parentalResponsibility && kind is not (RelationshipKind.ParentOf or RelationshipKind.Other))
        {
            throw new DomainRuleException("Parental responsibility is recorded on a parent or other carer's relationship to a child", "ParentalResponsibility");
        }

        if (_relationships.Any(r => r.Joins(from.Id, to.Id) && r.Kind == kind))
        {
            throw new DomainRuleException($"That relationship between {from.KnownAs} and {to.KnownAs} is already recorded", "Kind");
        }

        if (kind == RelationshipKind.ParentOf && _relationships.Any(r => r.Kind == RelationshipKind.ParentOf && r.FromMemberId == to.Id && r.ToMemberId == from.Id))
        {
            throw new DomainRuleException($"{to.KnownAs} is already recorded as {from.KnownAs}'s parent", "Kind");
        }

        if (kind == RelationshipKind.ParentOf && _relationships.Count(r => r.Kind == RelationshipKind.ParentOf && r.ToMemberId == to.Id) >= 2)
        {
            throw new DomainRuleException($"{to.KnownAs} already has two parents recorded. Record a step-parent or carer as another relationship", "Kind");
        }

        var relationship = new Relationship(Id, from.Id, to.Id, kind, parentalResponsibility, text);
        _relationships.Add(relationship);
        return relationship;
    }

    public void RemoveRelationship(Guid relationshipId)
    {
        EnsureOpen();
        var relationship = _relationships.SingleOrDefault(r => r.Id == relationshipId) ?? throw new DomainRuleException("That relationship is no longer recorded");
        _relationships.Remove(relationship);
    }

    public AdultWorry AddWorry(Guid memberId, WorryKind kind, DateOnly identifiedOn, DateOnly today)
    {
        EnsureOpen();
        return Member(memberId).AddWorry(kind, identifiedOn, today);
    }

    public void EndWorry(Guid memberId, Guid worryId, DateOnly endedOn, DateOnly today)
    {
        EnsureOpen();
        Member(memberId).EndWorry(worryId, endedOn, today);
    }

    /// <summary>Starts a legal status for a child. A CP plan started while a CIN plan is open ends that CIN plan the same day and records the escalation.</summary>
    public LegalStatusEpisode StartLegalStatus(Guid memberId, LegalStatusKind kind, DateOnly startDate, ChildProtectionCategory? category, DateOnly today)
    {
        EnsureOpen();
        return Member(memberId).StartLegalStatus(kind, startDate, category, today);
    }

    public void EndLegalStatus(Guid memberId, Guid episodeId, DateOnly endDate, EpisodeEndReason reason, DateOnly today)
    {
        EnsureOpen();
        Member(memberId).EndLegalStatus(episodeId, endDate, reason, today);
    }

    /// <summary>
    /// Allocates a worker. A new lead social worker replaces the current one from the start date, and their own other
    /// allocation to the family (say, as a social worker) ends that day.
    /// </summary>
    public Allocation Allocate(Worker worker, AllocationRole role, DateOnly startDate, IReadOnlyCollection<Guid> adultMemberIds, DateOnly today)
    {
        EnsureOpen();
        if (!Enum.IsDefined(role))
        {
            throw new DomainRuleException("Select the worker's role on the family", "Role");
        }

        CheckWorker(worker, role);
        Dates.NotInFuture(startDate, today, "The start date", "StartDate");
        if (startDate < OpenedOn)
        {
            throw new DomainRuleException($"The start date must be on or after the case opened, {Dates.Show(OpenedOn)}", "StartDate");
        }

        foreach (var adultId in adultMemberIds)
        {
            if (_members.SingleOrDefault(m => m.Id == adultId) is not { IsChild: false })
            {
                throw new DomainRuleException("Select adults in this family", "AdultIds");
            }
        }

        var own = _allocations.Where(a => a.PersonId == worker.PersonId && a.Overlaps(startDate, null)).ToList();
        if (own.FirstOrDefault(a => !(role == AllocationRole.LeadSocialWorker && a.IsOpen && a.StartDate <= startDate)) is { } clash)
        {
            throw new DomainRuleException(
                clash.IsOpen
                    ? $"{worker.Name} is already allocated to this family as {clash.Role.DisplayName().ToLowerInvariant()}"
                    : $"{worker.Name} was allocated to this family from {Dates.Show(clash.StartDate)} to {Dates.Show(clash.EndDate!.Value)}, which overlaps that start date",
                "PersonId");
        }

        if (role == AllocationRole.LeadSocialWorker)
        {
            if (CurrentLead is { } lead && lead.StartDate > startDate)
            {
                throw new DomainRuleException($"The current lead social worker was allocated on {Dates.Show(lead.StartDate)}, so a new lead must start on or after that date", "StartDate");
            }

            CurrentLead?.End(startDate);
            foreach (var allocation in own)
            {
                allocation.End(startDate);
            }
        }

        var added = new Allocation(Id, worker.PersonId, role, startDate, adultMemberIds);
        _allocations.Add(added);
        return added;
    }

    public void EndAllocation(Guid allocationId, DateOnly endDate, DateOnly today)
    {
        EnsureOpen();
        var allocation = _allocations.SingleOrDefault(a => a.Id == allocationId) ?? throw new DomainRuleException("That allocation no longer exists");
        if (allocation.EndDate is { } ended)
        {
            throw new DomainRuleException($"This allocation already ended on {Dates.Show(ended)}", "EndDate");
        }

        if (allocation.Role == AllocationRole.LeadSocialWorker && IsOpen)
        {
            throw new DomainRuleException(
                "An open family must always have a lead social worker. Allocate the new lead social worker instead: that ends this allocation",
                "EndDate");
        }

        Dates.NotInFuture(endDate, today, "The end date", "EndDate");
        if (endDate < allocation.StartDate)
        {
            throw new DomainRuleException($"The end date must be on or after the start date, {Dates.Show(allocation.StartDate)}", "EndDate");
        }

        allocation.End(endDate);
    }

    /// <summary>The open lead social worker allocation; exactly one while the family is open.</summary>
    public Allocation? CurrentLead => _allocations.SingleOrDefault(a => a.IsOpen && a.Role == AllocationRole.LeadSocialWorker);

    public FamilyMember Member(Guid memberId, string? field = null) =>
        _members.SingleOrDefault(m => m.Id == memberId) ?? throw new DomainRuleException("Select a member of this family", field ?? "MemberId");

    private FamilyOpening CurrentOpening => _openings.MaxBy(o => o.OpenedOn) ?? throw new InvalidOperationException("A family always has an opening.");

    private void StartOpening(DateOnly openedOn, Worker lead)
    {
        CheckWorker(lead, AllocationRole.LeadSocialWorker);
        _openings.Add(new FamilyOpening(Id, openedOn));
        OpenedOn = openedOn;
        ClosedOn = null;
        _allocations.Add(new Allocation(Id, lead.PersonId, AllocationRole.LeadSocialWorker, openedOn, []));
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainRuleException("The family's case is closed. Reopen it to make changes");
        }
    }

    private static void CheckWorker(Worker worker, AllocationRole role)
    {
        if (worker.PersonId == Guid.Empty)
        {
            throw new DomainRuleException(role == AllocationRole.LeadSocialWorker ? "Select the lead social worker" : "Select the worker", "PersonId");
        }

        if (!role.Fits(worker.JobRole))
        {
            throw new DomainRuleException($"{worker.Name} is a {worker.JobRole.DisplayName()}, so cannot be the family's {role.DisplayName().ToLowerInvariant()}", "PersonId");
        }
    }
}

/// <summary>A worker as the family's rules need them: who, their job role (which roles on a family fit it) and their name for messages.</summary>
public sealed record Worker(Guid PersonId, JobRole JobRole, string Name);
