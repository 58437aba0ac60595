using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Families;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Events;

/// <summary>
/// Recording significant events on a family (its allocated workers and managers) and correcting them (only the
/// person who recorded the event).
/// </summary>
public sealed class EventService(IAppDbContext db, FamilyAccess access, TimeProvider time)
{
    public async Task<Guid> RecordAsync(Actor actor, Guid familyId, EventDetails details, CancellationToken ct)
    {
        await access.EnsureMayRecordAsync(actor, familyId, "Record a significant event", ct);
        await CheckAsync(familyId, details, ct);
        var recorded = new SignificantEvent(familyId, actor.PersonId, details, time.UkToday());
        db.SignificantEvents.Add(recorded);
        await db.SaveChangesAsync(ct);
        return recorded.Id;
    }

    /// <summary>
    /// Changes an event from a form opened at <paramref name="versionSeen"/>. An event of another family is "not found";
    /// someone else's event is refused by the event itself (403); a save in between is a <see cref="ConcurrencyConflictException"/>.
    /// </summary>
    public async Task UpdateAsync(Actor actor, Guid familyId, Guid eventId, EventDetails details, Guid versionSeen, CancellationToken ct)
    {
        await access.EnsureMayRecordAsync(actor, familyId, "Change a significant event", ct);
        var recorded = await db.SignificantEvents.Include(e => e.People)
            .SingleOrDefaultAsync(e => e.Id == eventId && e.FamilyId == familyId, ct)
            ?? throw new NotFoundException();
        try
        {
            recorded.Change(actor.PersonId, details, time.UkToday());
            await CheckAsync(familyId, details, ct);

            // A change to the people involved alone still renews the event's version, so it too is checked against the version seen.
            db.Entry(recorded).Property(e => e.Version).IsModified = true;
            await db.SaveEditAsync(recorded, versionSeen, ct);
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DomainRuleException)
        {
            // Nothing was saved; the refused change must not be saved by the next save in this request (the page shown again writes its access-log row).
            db.DiscardChanges();
            throw;
        }
    }

    /// <summary>The family is open and everyone involved is one of its members.</summary>
    private async Task CheckAsync(Guid familyId, EventDetails details, CancellationToken ct)
    {
        var ids = details.MemberIds.Distinct().ToList();
        var family = await db.Families.AsNoTracking()
            .Where(f => f.Id == familyId)
            .Select(f => new { f.ClosedOn, Members = db.FamilyMembers.Count(m => m.FamilyId == familyId && ids.Contains(m.Id)) })
            .SingleAsync(ct);
        if (family.ClosedOn is not null)
        {
            throw new DomainRuleException("The family's case is closed. Reopen it to record events");
        }

        if (family.Members != ids.Count)
        {
            throw new DomainRuleException("Select people in this family", nameof(EventDetails.MemberIds));
        }
    }
}
