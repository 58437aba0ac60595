using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Allocations;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Families;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Families;

/// <summary>Opening, changing, closing and reopening a family's case.</summary>
public sealed class FamilyService(IAppDbContext db, FamilyAccess access, AllocationCandidates candidates, TimeProvider time)
{
    /// <summary>The refusal for someone who may open a family in no team at all.</summary>
    public const string MayNotOpen = "Only team managers and service managers can open a family's case.";

    private const string NotALeadCandidate = "Select a lead social worker from the family's team";

    /// <summary>Opens a family's case in a team the actor manages; answers with the family and its new reference.</summary>
    public async Task<OpenedFamily> OpenAsync(Actor actor, OpenFamily input, CancellationToken ct)
    {
        var teams = await access.TeamsActorMayOpenFamiliesInAsync(actor, ct);
        if (teams.Count == 0)
        {
            throw new ForbiddenException(MayNotOpen);
        }

        if (!teams.Contains(input.TeamId))
        {
            throw new DomainRuleException("Select a team you manage", nameof(OpenFamily.TeamId));
        }

        var lead = await candidates.RequireAsync(input.TeamId, input.LeadPersonId, nameof(OpenFamily.LeadPersonId), NotALeadCandidate, ct);
        var family = Family.Open(await NextReferenceAsync(ct), input.DisplayName, input.TeamId, input.OpenedOn, lead, time.UkToday());
        db.Families.Add(family);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            // The unique index on the reference refuses a second family opened at the same moment with the same number.
            throw new DomainRuleException("Another family was opened at the same moment and took this reference. Select the button again to open the family", ex);
        }

        return new OpenedFamily(family.Id, family.Reference);
    }

    public async Task UpdateAsync(Actor actor, Guid familyId, FamilyDetails input, Guid versionSeen, CancellationToken ct)
    {
        await access.EnsureMayManageAsync(actor, familyId, "Edit family", ct);
        var family = await db.Families.SingleAsync(f => f.Id == familyId, ct);
        if (input.TeamId != family.TeamId && !(await access.TeamsActorMayOpenFamiliesInAsync(actor, ct)).Contains(input.TeamId))
        {
            throw new DomainRuleException("Select a team you manage", nameof(FamilyDetails.TeamId));
        }

        try
        {
            family.Rename(input.DisplayName);
            family.TransferTo(input.TeamId);
            await db.SaveEditAsync(family, versionSeen, ct);
        }
        catch (Exception ex) when (ex is DomainRuleException or ConcurrencyConflictException)
        {
            // Nothing was saved: forget the change, so that the form shown again (which logs the view) does not save it.
            db.Entry(family).State = EntityState.Detached;
            throw;
        }
    }

    public async Task CloseAsync(Actor actor, Guid familyId, CloseFamily input, CancellationToken ct)
    {
        await access.EnsureMayManageAsync(actor, familyId, "Close family", ct);
        var family = await LoadAggregateAsync(familyId, ct);
        family.Close(input.ClosedOn, input.Reason, input.Detail, time.UkToday());
        await SaveAsync(ct);
    }

    public async Task ReopenAsync(Actor actor, Guid familyId, ReopenFamily input, CancellationToken ct)
    {
        await access.EnsureMayManageAsync(actor, familyId, "Reopen family", ct);
        var family = await LoadAggregateAsync(familyId, ct);
        var lead = await candidates.RequireAsync(family.TeamId, input.LeadPersonId, nameof(ReopenFamily.LeadPersonId), NotALeadCandidate, ct);
        family.Reopen(input.ReopenedOn, lead, time.UkToday());
        await SaveAsync(ct);
    }

    /// <summary>
    /// The family with everything its rules look at: openings, members with their statuses and worries, relationships and
    /// allocations (split queries, so the row count does not multiply). For commands only; pages use projections.
    /// </summary>
    public async Task<Family> LoadAggregateAsync(Guid familyId, CancellationToken ct) =>
        await db.Families
            .Include(f => f.Openings)
            .Include(f => f.Members).ThenInclude(m => m.LegalStatuses)
            .Include(f => f.Members).ThenInclude(m => m.Worries)
            .Include(f => f.Relationships)
            .Include(f => f.Allocations).ThenInclude(a => a.Adults)
            .AsSplitQuery()
            .SingleOrDefaultAsync(f => f.Id == familyId, ct)
        ?? throw new NotFoundException();

    /// <summary>Saves a change to the family's aggregate; someone else's change saved in between is a conflict, not an overwrite.</summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            // Nothing was saved: forget the changes, so that the form shown again (which logs the view) does not try them again.
            db.ChangeTracker.Clear();
            throw new ConcurrencyConflictException("Someone else changed this family at the same moment. Nothing was saved: check the family and try again.", ex);
        }
    }

    private async Task<string> NextReferenceAsync(CancellationToken ct)
    {
        var references = await db.Families.AsNoTracking()
            .Where(f => f.Reference.StartsWith(Family.ReferencePrefix))
            .OrderByDescending(f => f.Reference)
            .Select(f => f.Reference)
            .FirstOrDefaultAsync(ct);
        return Family.FormatReference((Family.ReferenceNumber(references) ?? 0) + 1);
    }
}

public sealed record OpenFamily
{
    public required string? DisplayName { get; init; }

    public required Guid TeamId { get; init; }

    public required Guid LeadPersonId { get; init; }

    public required DateOnly OpenedOn { get; init; }
}

public sealed record OpenedFamily(Guid Id, string Reference);

public sealed record FamilyDetails
{
    public required string? DisplayName { get; init; }

    public required Guid TeamId { get; init; }
}

public sealed record CloseFamily
{
    public required DateOnly ClosedOn { get; init; }

    public required ClosureReason Reason { get; init; }

    public string? Detail { get; init; }
}

public sealed record ReopenFamily
{
    public required DateOnly ReopenedOn { get; init; }

    public required Guid LeadPersonId { get; init; }
}
