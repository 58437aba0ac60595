using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Families;

/// <summary>Reads of a family's significant events. The caller has already checked access.</summary>
public sealed class EventQueries(IAppDbContext db)
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

    /// <summary>Everyone in the family, children first, for choosing who was involved.</summary>
    public Task<IReadOnlyList<MemberChoice>> MembersAsync(Guid familyId, CancellationToken ct) => db.MemberChoicesAsync(familyId, ct);
}

public sealed record EventRow(Guid Id, DateOnly OccurredOn, SignificantEventKind Kind, string Account, Guid RecordedByPersonId, string RecordedBy, IReadOnlyList<string> People);

public sealed record EventForEdit(Guid Id, DateOnly OccurredOn, SignificantEventKind Kind, string Account, Guid RecordedByPersonId, Guid Version, IReadOnlyList<Guid> MemberIds);
