using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.SupervisionSchedule;
using FamilySafeguarding.Application.Workbook;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Supervisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Application.Supervisions;

/// <summary>The record as saved: the version the form now carries, and whether it is signed off.</summary>
public sealed record SavedRecord(Guid Version, SupervisionStatus Status);

/// <summary>
/// Recording a family's group supervision. The chair or the coordinator taking minutes drafts the record; only a team
/// manager or assistant team manager of the family's team signs it off (<see cref="SupervisionRights"/>). Signed off, it
/// never changes: its actions become tracked <see cref="FamilyAction"/>s and corrections are addenda.
/// </summary>
public sealed class SupervisionService(IAppDbContext db, FamilyAccess access, TimeProvider time, IOptions<SupervisionOptions> options)
{
    public const string MayNotDraft = "Only the team manager, assistant team manager or team coordinator of the family's team can record its supervision.";

    public const string MayNotSignOff = "Only the team manager or assistant team manager of the family's team can sign off its supervision.";

    /// <summary>
    /// Saves the draft record. The form was opened at <paramref name="versionSeen"/>; if the record was saved since (from
    /// another tab or device) nothing is saved and <see cref="ConcurrencyConflictException"/> is thrown. Each save
    /// replaces the record's attendees, updates, people and actions. 403 unless the actor may draft; the supervision
    /// refuses it once signed off or cancelled.
    /// </summary>
    public async Task<SavedRecord> SaveDraftAsync(Actor actor, Guid familyId, Guid supervisionId, SupervisionRecord record, Guid versionSeen, CancellationToken ct)
    {
        if (!(await RightsAsync(actor, familyId, "Record a supervision", ct)).MayDraft)
        {
            throw new ForbiddenException(MayNotDraft);
        }

        var supervision = await LoadAsync(familyId, supervisionId, ct);
        try
        {
            await CheckAsync(familyId, record, ct);
            supervision.SaveDraft(record, time.UkToday());
            await SaveEditAsync(supervision, versionSeen, ct);
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DomainRuleException)
        {
            db.DiscardChanges();
            throw;
        }

        return new SavedRecord(supervision.Version, supervision.Status);
    }

    /// <summary>
    /// Saves the draft record for its sign-off, which the signer confirms next (a team manager or assistant team manager
    /// of the family's team only; 403 for anyone else): the record must have everything a sign-off needs, every problem
    /// reported at once. Nothing is signed off; the same conflict rule as <see cref="SaveDraftAsync"/> applies.
    /// </summary>
    public async Task<SavedRecord> SaveForSignOffAsync(Actor actor, Guid familyId, Guid supervisionId, SupervisionRecord record, Guid versionSeen, CancellationToken ct)
    {
        if (!(await RightsAsync(actor, familyId, "Sign off a supervision", ct)).MaySignOff)
        {
            throw new ForbiddenException(MayNotSignOff);
        }

        var supervision = await LoadAsync(familyId, supervisionId, ct);
        try
        {
            var missing = await CheckAsync(familyId, record, ct, signingOff: true);
            supervision.SaveForSignOff(record, time.UkToday(), missing);
            await SaveEditAsync(supervision, versionSeen, ct);
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DomainRuleException)
        {
            db.DiscardChanges();
            throw;
        }

        return new SavedRecord(supervision.Version, supervision.Status);
    }

    /// <summary>
    /// Signs the record off (a team manager or assistant team manager of the family's team only; 403 for anyone else).
    /// The supervision's due date is the one the family had before this supervision counted; its actions become tracked
    /// actions; and when the record names the next supervision's date and none is scheduled yet, it is scheduled then,
    /// at the same time of day. Signing off the same record again (a double click) is the same sign-off; the supervision
    /// refuses a different one (403).
    /// </summary>
    public async Task<SavedRecord> SignOffAsync(Actor actor, Guid familyId, Guid supervisionId, SupervisionRecord record, Guid versionSeen, CancellationToken ct)
    {
        if (!(await RightsAsync(actor, familyId, "Sign off a supervision", ct)).MaySignOff)
        {
            throw new ForbiddenException(MayNotSignOff);
        }

        var today = time.UkToday();
        var supervision = await LoadAsync(familyId, supervisionId, ct);
        if (supervision.IsSignedOffWith(record, today))
        {
            return new SavedRecord(supervision.Version, supervision.Status);
        }

        try
        {
            var missing = await CheckAsync(familyId, record, ct, signingOff: true);
            var due = (await db.ForFamiliesAsync(db.Families.Where(f => f.Id == familyId), options.Value, today, ct)).SingleOrDefault();
            var otherScheduled = await db.Supervisions.AnyAsync(s => s.FamilyId == familyId && s.Id != supervisionId && s.Status == SupervisionStatus.Scheduled, ct);
            var actions = supervision.SignOff(actor.PersonId, record, due?.DueOn ?? supervision.DueOn, today, time.UtcNow(), missing);
            db.FamilyActions.AddRange(actions);
            if (supervision.NextSupervisionOn is { } next && !otherScheduled)
            {
                var nextDue = SupervisionDueDates.NextDue(due?.OpenedOn ?? next, supervision.HeldOn, options.Value.FirstSupervisionDays);
                db.Supervisions.Add(Supervision.Schedule(familyId, nextDue, next, supervision.ScheduledAt, today));
            }

            await SaveEditAsync(supervision, versionSeen, ct);
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DomainRuleException)
        {
            db.DiscardChanges();

            // Two sign-offs raced: if the other one signed off this very record, this is it.
            if (ex is ConcurrencyConflictException && await LoadAsync(familyId, supervisionId, ct) is var saved && saved.IsSignedOffWith(record, today))
            {
                return new SavedRecord(saved.Version, saved.Status);
            }

            throw;
        }

        return new SavedRecord(supervision.Version, supervision.Status);
    }

    /// <summary>
    /// Adds an addendum to a signed-off record: a team manager or assistant team manager of the family's team, or the
    /// person who signed it off (403 for anyone else, and for a record not signed off).
    /// </summary>
    public async Task AddAddendumAsync(Actor actor, Guid familyId, Guid supervisionId, string? text, CancellationToken ct)
    {
        var rights = await RightsAsync(actor, familyId, "Add an addendum to a supervision", ct);
        var supervision = await db.Supervisions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == supervisionId && s.FamilyId == familyId, ct)
            ?? throw new NotFoundException();
        if (supervision.Status != SupervisionStatus.SignedOff)
        {
            throw new ForbiddenException("An addendum can only be added to a supervision that has been signed off.");
        }

        if (!rights.MaySignOff && supervision.SignedOffByPersonId != actor.PersonId)
        {
            throw new ForbiddenException("Only a manager of the family's team or the person who signed it off can add an addendum.");
        }

        db.SupervisionAddenda.Add(SupervisionAddendum.Add(supervision, actor.PersonId, text, time.UtcNow()));
        await db.SaveChangesAsync(ct);
    }

    private async Task<SupervisionRights> RightsAsync(Actor actor, Guid familyId, string page, CancellationToken ct) =>
        SupervisionRights.For(actor, await access.RightsAsync(actor, familyId, page, ct));

    private async Task<Supervision> LoadAsync(Guid familyId, Guid supervisionId, CancellationToken ct) =>
        await db.Supervisions
            .Include(s => s.Attendees).Include(s => s.Updates).Include(s => s.People).Include(s => s.Actions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == supervisionId && s.FamilyId == familyId, ct)
        ?? throw new NotFoundException();

    /// <summary>A change to the record's rows alone still renews its version, so it too is checked against the version seen.</summary>
    private async Task SaveEditAsync(Supervision supervision, Guid versionSeen, CancellationToken ct)
    {
        db.Entry(supervision).Property(s => s.Version).IsModified = true;
        await db.SaveEditAsync(supervision, versionSeen, ct);
    }

    /// <summary>
    /// Everyone the record names belongs here: people spoken of are members of the family, updates are for its chapters,
    /// attendees named by id and action owners are allocated workers or members of its team (two SQL commands, three
    /// when it speaks of people). For a sign-off, every worker allocated today must be marked as attended or sent
    /// apologies: those who are not are returned, for the supervision to report with whatever else the record lacks.
    /// </summary>
    private async Task<IReadOnlyList<DomainRuleProblem>> CheckAsync(Guid familyId, SupervisionRecord record, CancellationToken ct, bool signingOff = false)
    {
        var today = time.UkToday();
        var memberIds = record.People.Select(p => p.MemberId).Distinct().ToList();
        if (memberIds.Count > 0 && await db.FamilyMembers.CountAsync(m => m.FamilyId == familyId && memberIds.Contains(m.Id), ct) != memberIds.Count)
        {
            throw new DomainRuleException("Select people in this family", "People");
        }

        var allChapters = await db.ChaptersAsync(familyId, today, ct);
        var chapters = allChapters.Select(c => c.PersonId).ToHashSet();
        IReadOnlyList<DomainRuleProblem> missing = signingOff
            ? [.. allChapters.Where(c => c.IsOpen && record.Attendees.All(a => a.PersonId != c.PersonId)).DistinctBy(c => c.PersonId)
                .Select(c => new DomainRuleProblem($"Attendees[{c.PersonId}].Attendance", $"Record whether {c.WorkerName ?? "each allocated worker"} attended or sent apologies"))]
            : [];

        if (record.Updates.Any(u => !chapters.Contains(u.ChapterPersonId)))
        {
            throw new DomainRuleException("Give updates for the chapters of this family's workbook", "Updates");
        }

        var people = (await db.ActionOwners(familyId, today).Select(p => p.Id).ToListAsync(ct)).Concat(chapters).ToHashSet();
        for (var i = 0; i < record.Actions.Count; i++)
        {
            if (record.Actions[i].OwnerPersonId is { } owner && owner != Guid.Empty && !people.Contains(owner))
            {
                throw new DomainRuleException("Select someone allocated to the family or in its team", $"Actions[{i}].OwnerPersonId");
            }
        }

        if (record.Attendees.Any(a => a.PersonId is { } p && p != Guid.Empty && !people.Contains(p)))
        {
            throw new DomainRuleException("Add anyone not allocated to the family or in its team by name and role", "Attendees");
        }

        return missing;
    }
}
