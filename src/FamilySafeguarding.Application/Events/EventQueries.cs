using FamilySafeguarding.Application.Allocations;
using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.FamilyMembers;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Events;

/// <summary>Reads of a family's significant events. The list's caller has already checked access; the form's read checks it.</summary>
public sealed class EventQueries(IAppDbContext db, FamilyHeaders headers)
{
    public const int PageSize = 25;

    /// <summary>A page of the family's events, newest first, with the people involved and who recorded each (three SQL commands).</summary>
    public async Task<Page<EventRow>> PageAsync(Guid familyId, int pageNumber, CancellationToken ct)
    {
        var events = db.SignificantEvents.AsNoTracking().Where(e => e.FamilyId == familyId);
        var total = await events.CountAsync(ct);
        var page = Math.Clamp(pageNumber, 1, Math.Max(1, (int)Math.Ceiling(total / (double)PageSize)));
        var rows = await events
            .OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.CreatedAt).ThenBy(e => e.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(e => new
            {
                e.Id,
                e.OccurredOn,
                e.Kind,
                e.Account,
                e.RecordedByPersonId,
                RecordedBy = e.RecordedBy!.FullName,
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var people = (await (
                    from p in db.SignificantEventPeople.AsNoTracking()
                    where ids.Contains(p.EventId)
                    join m in db.FamilyMembers on p.MemberId equals m.Id
                    select new { p.EventId, m.FullName })
                .ToListAsync(ct))
            .ToLookup(p => p.EventId, p => p.FullName);

        return new Page<EventRow>(
            [.. rows.Select(r => new EventRow(r.Id, r.OccurredOn, r.Kind, r.Account, r.RecordedByPersonId, r.RecordedBy ?? Person.VacantPostName, [.. people[r.Id].Order(StringComparer.CurrentCulture)]))],
            page,
            PageSize,
            total);
    }

    /// <summary>
    /// Everything the event form shows, in one read for its GET and for showing it again: the header (the access check:
    /// 404 unless the actor sees the family, 403 unless they may record on it), the members to choose from and, to change
    /// an event, the event as saved (403 unless the actor recorded it).
    /// </summary>
    public async Task<EventFormPage> FormAsync(Actor actor, Guid familyId, Guid? eventId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(actor, familyId, eventId is null ? "Record a significant event" : "Change a significant event", ct, FamilyNeed.Record);
        var saved = eventId is { } id ? await ForEditAsync(familyId, id, ct) : null;
        if (saved is not null && saved.RecordedByPersonId != actor.PersonId)
        {
            throw new ForbiddenException(SignificantEvent.OnlyTheRecorderMayChange);
        }

        return new EventFormPage(header, await db.MemberChoicesAsync(familyId, ct), saved);
    }

    /// <summary>An event of this family as its edit form shows it; "not found" if it belongs to another family.</summary>
    public async Task<EventForEdit> ForEditAsync(Guid familyId, Guid eventId, CancellationToken ct)
    {
        var found = await db.SignificantEvents.AsNoTracking()
            .Where(e => e.Id == eventId && e.FamilyId == familyId)
            .Select(e => new
            {
                e.Id,
                e.OccurredOn,
                e.Kind,
                e.Account,
                e.RecordedByPersonId,
                e.Version,
                MemberIds = e.People.Select(p => p.MemberId).ToList(),
            })
            .SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException();
        return new EventForEdit(found.Id, found.OccurredOn, found.Kind, found.Account, found.RecordedByPersonId, found.Version, found.MemberIds);
    }
}

public sealed record EventRow(Guid Id, DateOnly OccurredOn, SignificantEventKind Kind, string Account, Guid RecordedByPersonId, string RecordedBy, IReadOnlyList<string> People);

/// <summary>The event form's page: its header, the members to choose from, and the event as saved when it is changed.</summary>
public sealed record EventFormPage(FamilyHeader Header, IReadOnlyList<MemberChoice> Members, EventForEdit? Saved);

public sealed record EventForEdit(Guid Id, DateOnly OccurredOn, SignificantEventKind Kind, string Account, Guid RecordedByPersonId, Guid Version, IReadOnlyList<Guid> MemberIds);
