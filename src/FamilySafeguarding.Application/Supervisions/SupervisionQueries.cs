using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Actions;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.FamilyMembers;
using FamilySafeguarding.Application.Teams;
using FamilySafeguarding.Application.Workbook;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.Domain.Workbook;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Application.Supervisions;

/// <summary>A supervision in the family's list.</summary>
public sealed record SupervisionRow(Guid Id, SupervisionStatus Status, DateOnly DueOn, DateOnly ScheduledOn, TimeOnly ScheduledAt, DateOnly? HeldOn, SupervisionDecision? Decision, string? SignedOffBy, int ActionCount);

/// <summary>Someone who may be given an action: a worker allocated to the family or a current member of its team.</summary>

public sealed record AttendeeView(Guid? PersonId, string Name, string? Role, Attendance Attendance);

public sealed record UpdateView(Guid ChapterPersonId, string ChapterTitle, string Text);

public sealed record PersonPartView(Guid MemberId, string Name, bool IsChild, string? Meaning, StageOfChange? Stage);

/// <summary>An action as the record agreed it, with its state now once it is a tracked action (after sign-off).</summary>
public sealed record ActionLineView(Guid ActionId, string What, Guid? OwnerPersonId, string? OwnerName, DateOnly? DueOn, ActionState? State, DateOnly? ClosedOn, string? ClosingNote);

public sealed record AddendumView(Guid Id, string AuthorName, string Text, DateTime WrittenAt);

/// <summary>A supervision's record as saved: the draft, or what was signed off, with names for every person it mentions.</summary>
public sealed record SupervisionRecordView(
    Guid Id,
    Guid FamilyId,
    SupervisionStatus Status,
    DateOnly DueOn,
    DateOnly ScheduledOn,
    TimeOnly ScheduledAt,
    DateOnly? HeldOn,
    string Worries,
    string WorkingWell,
    SupervisionDecision? Decision,
    string DecisionRationale,
    DateOnly? NextSupervisionOn,
    DateTime? SignedOffAt,
    Guid? SignedOffByPersonId,
    string? SignedOffBy,
    Guid Version,
    IReadOnlyList<AttendeeView> Attendees,
    IReadOnlyList<UpdateView> Updates,
    IReadOnlyList<PersonPartView> People,
    IReadOnlyList<ActionLineView> Actions,
    IReadOnlyList<AddendumView> Addenda)
{
    public bool IsSignedOff => Status == SupervisionStatus.SignedOff;

    public bool IsScheduled => Status == SupervisionStatus.Scheduled;

    /// <summary>Something has been recorded: a draft exists (the form starts from it rather than from the pack).</summary>
    public bool HasRecord => HeldOn is not null || Worries.Length > 0 || WorkingWell.Length > 0 || Decision is not null || DecisionRationale.Length > 0
        || Attendees.Count > 0 || Updates.Count > 0 || People.Count > 0 || Actions.Count > 0 || NextSupervisionOn is not null;
}

/// <summary>
/// Reads of a family's group supervisions: its list, one supervision's record, its pack, and who may be given an
/// action. The caller has checked the actor may see the family. Each read issues a fixed number of SQL commands
/// whatever the family's history.
/// </summary>
public sealed class SupervisionQueries(IAppDbContext db, FamilyAccess access, FamilyHeaders headers, TimeProvider time, IOptions<SupervisionOptions> options)
{
    public const int PageSize = 25;

    public SupervisionOptions Options => options.Value;

    /// <summary>The family's supervisions, those still to be held first, then the latest first (two SQL commands).</summary>
    public async Task<Page<SupervisionRow>> ListAsync(Guid familyId, int pageNumber, CancellationToken ct)
    {
        var supervisions = db.Supervisions.AsNoTracking().Where(s => s.FamilyId == familyId);
        var total = await supervisions.CountAsync(ct);
        var number = Math.Clamp(pageNumber, 1, Math.Max(1, (int)Math.Ceiling(total / (double)PageSize)));
        var rows = await supervisions
            .OrderBy(s => s.Status == SupervisionStatus.Scheduled ? 0 : 1)
            .ThenByDescending(s => s.HeldOn ?? s.ScheduledOn).ThenByDescending(s => s.ScheduledAt)
            .Skip((number - 1) * PageSize).Take(PageSize)
            .Select(s => new SupervisionRow(
                s.Id,
                s.Status,
                s.DueOn,
                s.ScheduledOn,
                s.ScheduledAt,
                s.HeldOn,
                s.Decision,
                s.SignedOffBy!.FullName,
                s.Actions.Count))
            .ToListAsync(ct);
        return new Page<SupervisionRow>(rows, number, PageSize, total);
    }

    /// <summary>The pack of a family's supervision (eight SQL commands); "not found" when the family has no such supervision.</summary>
    public async Task<SupervisionPack> PackAsync(Guid familyId, Guid supervisionId, CancellationToken ct) =>
        await db.PackAsync(familyId, supervisionId, time.UtcNow(), time.UkToday(), ct) ?? throw new NotFoundException();

    /// <summary>
    /// A supervision's record with the names of everyone in it, its actions' state now and its addenda (nine SQL
    /// commands: the record in five, the actions' state, chapters, members, addenda); "not found" when the family has no such supervision.
    /// </summary>
    public async Task<SupervisionRecordView> RecordAsync(Guid familyId, Guid supervisionId, CancellationToken ct)
    {
        var today = time.UkToday();
        var s = await db.Supervisions.AsNoTracking().AsSplitQuery()
            .Where(s => s.Id == supervisionId && s.FamilyId == familyId)
            .Select(s => new
            {
                s.Id,
                s.Status,
                s.DueOn,
                s.ScheduledOn,
                s.ScheduledAt,
                s.HeldOn,
                s.Worries,
                s.WorkingWell,
                s.Decision,
                s.DecisionRationale,
                s.NextSupervisionOn,
                s.SignedOffAt,
                s.SignedOffByPersonId,
                SignedOffBy = s.SignedOffBy!.FullName,
                s.Version,
                Attendees = s.Attendees.OrderBy(a => a.Position)
                    .Select(a => new AttendeeView(a.PersonId, a.Name ?? a.Person!.FullName ?? Person.VacantPostName, a.Role, a.Attendance))
                    .ToList(),
                Updates = s.Updates.Select(u => new { u.ChapterPersonId, u.Text }).ToList(),
                People = s.People.Select(p => new { p.MemberId, p.Meaning, p.Stage }).ToList(),
                Actions = s.Actions.OrderBy(a => a.Position)
                    .Select(a => new
                    {
                        a.ActionId,
                        a.What,
                        a.OwnerPersonId,
                        OwnerName = a.Owner!.FullName,
                        a.DueOn,
                    })
                    .ToList(),
            })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();

        // The actions' state now, by the supervision that agreed them (a separate indexed read: as a nested subquery per
        // line, EF numbers every action's row in the database to pick one).
        var live = await db.FamilyActions.AsNoTracking()
            .Where(f => f.SupervisionId == supervisionId && f.FamilyId == familyId)
            .Select(f => new { f.Id, f.State, f.ClosedOn, f.ClosingNote, f.OwnerPersonId, f.DueOn, OwnerName = f.Owner!.FullName })
            .ToDictionaryAsync(f => f.Id, ct);
        var chapterList = await db.ChaptersAsync(familyId, today, ct);
        var chapters = chapterList.ToDictionary(c => c.PersonId);
        var order = chapterList.Select((c, i) => (c.PersonId, i)).ToDictionary(x => x.PersonId, x => x.i);
        var members = (await db.MemberChoicesAsync(familyId, ct)).ToDictionary(m => m.MemberId);
        var addenda = await db.SupervisionAddenda.AsNoTracking()
            .Where(a => a.SupervisionId == supervisionId)
            .OrderBy(a => a.WrittenAt)
            .Select(a => new AddendumView(a.Id, a.Author!.FullName ?? "Unknown worker", a.Text, a.WrittenAt))
            .ToListAsync(ct);

        return new SupervisionRecordView(
            s.Id,
            familyId,
            s.Status,
            s.DueOn,
            s.ScheduledOn,
            s.ScheduledAt,
            s.HeldOn,
            s.Worries,
            s.WorkingWell,
            s.Decision,
            s.DecisionRationale,
            s.NextSupervisionOn,
            s.SignedOffAt,
            s.SignedOffByPersonId,
            s.SignedOffBy,
            s.Version,
            s.Attendees,
            [.. s.Updates
                .Select(u => new UpdateView(u.ChapterPersonId, chapters.TryGetValue(u.ChapterPersonId, out var c) ? c.Title : "A former worker's chapter", u.Text))
                .OrderBy(u => order.GetValueOrDefault(u.ChapterPersonId, int.MaxValue))],
            [.. s.People
                .Select(p => members.TryGetValue(p.MemberId, out var m)
                    ? new PersonPartView(p.MemberId, m.Name, m.IsChild, p.Meaning, p.Stage)
                    : new PersonPartView(p.MemberId, "Someone no longer in the family", false, p.Meaning, p.Stage))
                .OrderBy(p => p.IsChild ? 0 : 1).ThenBy(p => p.Name, StringComparer.CurrentCulture)],
            [.. s.Actions.Select(a => live.GetValueOrDefault(a.ActionId) is { } now
                ? new ActionLineView(a.ActionId, a.What, now.OwnerPersonId, now.OwnerName, now.DueOn, now.State, now.ClosedOn, now.ClosingNote)
                : new ActionLineView(a.ActionId, a.What, a.OwnerPersonId, a.OwnerName, a.DueOn, null, null, null))],
            addenda);
    }

    /// <summary>
    /// One supervision's page, in one read for its GET and for showing it again (after a refused addendum): the header
    /// (the access check: "not found" unless the actor sees the family), the record, and the pack while it is to be held.
    /// </summary>
    public async Task<SupervisionPage> PageAsync(Actor actor, Guid familyId, Guid supervisionId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(actor, familyId, "Supervision", ct);
        var record = await RecordAsync(familyId, supervisionId, ct);
        var pack = record.IsScheduled ? await PackAsync(familyId, supervisionId, ct) : null;
        return new SupervisionPage(header, SupervisionRights.For(actor, header.Rights), record, pack);
    }

    /// <summary>
    /// Everything the record form shows, in one read for its GET and for showing it again: the header (the access check:
    /// "not found" unless the actor sees the family and it has this supervision), the record as saved, the pack and who
    /// may be given an action. 403 unless the actor may draft the record, and once it is signed off or cancelled; for the
    /// sign-off's confirmation (<paramref name="toSignOff"/>), 403 unless the actor may sign it off.
    /// </summary>
    public async Task<RecordFormPage> RecordFormAsync(Actor actor, Guid familyId, Guid supervisionId, CancellationToken ct, bool toSignOff = false)
    {
        // Refused before the page's access-log row is written: a refused page is not a page shown.
        var page = toSignOff ? "Confirm a supervision sign-off" : "Record a supervision";
        var rights = SupervisionRights.For(actor, await access.RightsAsync(actor, familyId, page, ct));
        var saved = await RecordAsync(familyId, supervisionId, ct);
        if (!rights.MayDraft)
        {
            throw new ForbiddenException(SupervisionService.MayNotDraft);
        }

        if (toSignOff && !rights.MaySignOff)
        {
            throw new ForbiddenException(SupervisionService.MayNotSignOff);
        }

        if (saved.IsSignedOff)
        {
            throw new ForbiddenException(Supervision.SignedOffMessage);
        }

        if (saved.Status == SupervisionStatus.Cancelled)
        {
            throw new ForbiddenException(Supervision.CancelledMessage);
        }

        var header = await headers.ViewAsync(actor, familyId, page, ct);
        var pack = await PackAsync(familyId, supervisionId, ct);
        return new RecordFormPage(header, rights, saved, pack, RecordArrangement.From(pack, await OwnersAsync(familyId, ct)));
    }

    /// <summary>
    /// What a posted record form's rows are arranged from, without its pack (three SQL commands): the family's chapters
    /// (the open ones, and the closed ones the form showed), its children and adults, and who may be given an action.
    /// It checks nothing and shows nothing: the write it comes before is the gate.
    /// </summary>
    public async Task<RecordArrangement> ArrangementAsync(Guid familyId, IReadOnlyCollection<Guid> chaptersShown, CancellationToken ct)
    {
        var chapters = (await db.ChaptersAsync(familyId, time.UkToday(), ct)).Where(c => c.IsOpen || chaptersShown.Contains(c.PersonId)).ToList();
        var members = await db.FamilyMembers.AsNoTracking()
            .Where(m => m.FamilyId == familyId)
            .Select(m => new { m.Id, m.FullName, m.Role, m.DateOfBirth, m.ExpectedDateOfDelivery })
            .ToListAsync(ct);

        // In the pack's order (SupervisionPacks.MembersTodayAsync), so a rule's field is the same row when the form is shown again.
        return new RecordArrangement(
            chapters,
            [.. members.Where(m => m.Role == FamilyRole.Child).OrderBy(m => m.DateOfBirth ?? m.ExpectedDateOfDelivery).Select(m => new RecordMember(m.Id, m.FullName))],
            [.. members.Where(m => m.Role != FamilyRole.Child).OrderBy(m => m.Role).ThenBy(m => m.FullName, StringComparer.CurrentCulture).Select(m => new RecordMember(m.Id, m.FullName))],
            await OwnersAsync(familyId, ct));
    }

    /// <summary>
    /// Who may be given an action of the family: the workers allocated to it today and the current members of the team
    /// that holds it, people in post only, by name (one SQL command).
    /// </summary>
    public Task<List<OwnerChoice>> OwnersAsync(Guid familyId, CancellationToken ct) => db.OwnerChoicesAsync(familyId, time.UkToday(), ct);
}

/// <summary>One supervision's page: its header, what the actor may do, its record, and its pack while it is to be held.</summary>
public sealed record SupervisionPage(FamilyHeader Header, SupervisionRights Rights, SupervisionRecordView Record, SupervisionPack? Pack);

/// <summary>The record form's page: its header, what the actor may do, the record as saved, the pack, and its rows' arrangement.</summary>
public sealed record RecordFormPage(FamilyHeader Header, SupervisionRights Rights, SupervisionRecordView Saved, SupervisionPack Pack, RecordArrangement Arrangement);

/// <summary>A child or adult of the family as the record form lists them.</summary>
public sealed record RecordMember(Guid Id, string Name);

/// <summary>
/// What the record form's rows are arranged from: the chapters (an attendee row for each open one's worker, an update
/// for each), the children and adults (a part for each) and who may be given an action.
/// </summary>
public sealed record RecordArrangement(IReadOnlyList<Chapter> Chapters, IReadOnlyList<RecordMember> Children, IReadOnlyList<RecordMember> Adults, IReadOnlyList<OwnerChoice> Owners)
{
    /// <summary>The arrangement of the form opened from <paramref name="pack"/>.</summary>
    public static RecordArrangement From(SupervisionPack pack, IReadOnlyList<OwnerChoice> owners) => new(
        [.. pack.Chapters.Select(c => c.Chapter)],
        [.. pack.Children.Select(c => new RecordMember(c.Id, c.FullName))],
        [.. pack.Adults.Select(a => new RecordMember(a.Id, a.FullName))],
        owners);
}

public static class ActionOwnership
{
    /// <summary>
    /// Who may be made responsible for the family's actions: people in post allocated to it today and the current members
    /// of the team that holds it. Capture the query and refine it; it runs as one SQL command.
    /// </summary>
    public static IQueryable<Person> ActionOwners(this IAppDbContext db, Guid familyId, DateOnly today)
    {
        var memberships = db.CurrentMemberships(today);
        return db.People.AsNoTracking()
            .Where(p => p.FullName != null
                && (db.Allocations.Any(a => a.FamilyId == familyId && a.PersonId == p.Id && a.StartDate <= today && (a.EndDate == null || a.EndDate > today))
                    || db.Families.Any(f => f.Id == familyId && memberships.Any(m => m.PersonId == p.Id && m.TeamId == f.TeamId))));
    }

    /// <summary>The people <see cref="ActionOwners(IAppDbContext, Guid, DateOnly)"/> allows, by name, for a form's choice.</summary>
    public static Task<List<OwnerChoice>> OwnerChoicesAsync(this IAppDbContext db, Guid familyId, DateOnly today, CancellationToken ct) =>
        db.ActionOwners(familyId, today)
            .OrderBy(p => p.FullName)
            .Select(p => new OwnerChoice(p.Id, p.FullName!, p.JobRole))
            .ToListAsync(ct);
}
