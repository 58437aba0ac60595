using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Workbook;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Workbook;

/// <summary>The summary as saved: its id, the version the form now carries, and whether it is submitted.</summary>
public sealed record SavedSummary(Guid Id, Guid Version, SummaryStatus Status);

/// <summary>
/// Writing in a family's workbook. Only a chapter's worker writes its monthly summaries, and only while allocated; a
/// submitted summary never changes; addenda and management oversight are added beside it.
/// </summary>
public sealed class WorkbookService(IAppDbContext db, FamilyAccess access, TimeProvider time)
{
    /// <summary>
    /// Saves the author's draft of their summary for <paramref name="month"/>, or submits it. The form was opened at
    /// <paramref name="versionSeen"/> (null for a summary not yet saved); if the summary was saved since, by another tab or
    /// device, nothing is saved and <see cref="ConcurrencyConflictException"/> is thrown. Submitting the same text again
    /// (a double click) is the same submission. Someone else's chapter, a closed chapter or a submitted summary is 403.
    /// </summary>
    public async Task<SavedSummary> SaveAsync(Actor actor, Guid familyId, Guid chapterPersonId, DateOnly month, SummaryContent content, Guid? versionSeen, bool submit, CancellationToken ct)
    {
        var today = time.UkToday();
        var chapter = await EnsureMayWriteAsync(actor, familyId, chapterPersonId, month, today, ct);
        await CheckPeopleAsync(familyId, content, ct);

        var summary = await db.MonthlySummaries.Include(s => s.People)
            .SingleOrDefaultAsync(s => s.FamilyId == familyId && s.AuthorPersonId == chapter.PersonId && s.Month == month, ct);
        try
        {
            if (summary is null)
            {
                summary = MonthlySummary.Start(familyId, actor.PersonId, month, today);
                Write(summary, actor, content, submit);
                db.MonthlySummaries.Add(summary);
                await SaveNewAsync(ct);
            }
            else if (summary.IsSubmitted)
            {
                return submit && summary.Holds(content)
                    ? new SavedSummary(summary.Id, summary.Version, summary.Status)
                    : throw new ForbiddenException("This summary has been submitted and cannot be changed. Add an addendum instead.");
            }
            else
            {
                if (versionSeen != summary.Version)
                {
                    throw new ConcurrencyConflictException("This summary was saved from another tab or device after you opened it.");
                }

                Write(summary, actor, content, submit);

                // A change to the people's parts alone still renews the summary's version, so it too is checked against the version seen.
                db.Entry(summary).Property(s => s.Version).IsModified = true;
                await db.SaveEditAsync(summary, versionSeen.Value, ct);
            }
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DomainRuleException)
        {
            db.DiscardChanges();
            if (ex is ConcurrencyConflictException && submit && await SubmittedAsAsync(familyId, chapter.PersonId, month, content, ct) is { } same)
            {
                // Two submits of the same text raced: the other one made the submission, and this is it.
                return same;
            }

            throw;
        }

        return new SavedSummary(summary.Id, summary.Version, summary.Status);
    }

    /// <summary>Adds an addendum to a submitted summary (its author or a manager of the family).</summary>
    public Task AddAddendumAsync(Actor actor, Guid familyId, Guid summaryId, string? text, CancellationToken ct) =>
        AddNoteAsync(actor, familyId, summaryId, text, SummaryNoteKind.Addendum, ct);

    /// <summary>Records a manager's oversight of a summary (managers of the family only).</summary>
    public Task AddOversightAsync(Actor actor, Guid familyId, Guid summaryId, string? text, CancellationToken ct) =>
        AddNoteAsync(actor, familyId, summaryId, text, SummaryNoteKind.ManagementOversight, ct);

    /// <summary>
    /// The chapter <paramref name="chapterPersonId"/> writes in, if the actor may write its summary for <paramref name="month"/>:
    /// "not found" if they may not see the family or it has no such chapter; 403 unless it is their own open chapter.
    /// </summary>
    public async Task<Chapter> EnsureMayWriteAsync(Actor actor, Guid familyId, Guid chapterPersonId, DateOnly month, DateOnly today, CancellationToken ct)
    {
        await access.RightsAsync(actor, familyId, "Write a monthly summary", ct);
        var chapter = (await db.ChaptersAsync(familyId, today, ct)).SingleOrDefault(c => c.PersonId == chapterPersonId)
            ?? throw new NotFoundException();
        if (chapter.PersonId != actor.PersonId)
        {
            throw new ForbiddenException("Only the worker whose chapter this is can write in it.");
        }

        if (!chapter.IsOpen)
        {
            throw new ForbiddenException("This chapter closed when the allocation ended. It can be read but not written in.");
        }

        if (month.Day != 1 || !chapter.CoversMonth(month) || month > MonthlySummary.MonthOf(today))
        {
            throw new NotFoundException();
        }

        return chapter;
    }

    /// <summary>An addendum is added by the summary's author or a manager of the family; oversight by a manager only. 403 for anyone else.</summary>
    public static void EnsureMayAddNote(SummaryNoteKind kind, Guid summaryAuthorId, Actor actor, FamilyRights rights)
    {
        if (kind == SummaryNoteKind.Addendum ? summaryAuthorId != actor.PersonId && !rights.MayManage : !rights.MayManage)
        {
            throw new ForbiddenException(kind == SummaryNoteKind.Addendum
                ? "Only the summary's author, the team manager or assistant team manager of the family's team, or the service manager can add an addendum."
                : "Only the team manager or assistant team manager of the family's team, or the service manager, can record management oversight.");
        }
    }

    private async Task AddNoteAsync(Actor actor, Guid familyId, Guid summaryId, string? text, SummaryNoteKind kind, CancellationToken ct)
    {
        var rights = await access.RightsAsync(actor, familyId, kind == SummaryNoteKind.Addendum ? "Add an addendum" : "Record management oversight", ct);
        // Someone else's draft is not theirs to see, so it is "not found" too.
        var summary = await db.MonthlySummaries.AsNoTracking().ReadableBy(actor, rights)
            .SingleOrDefaultAsync(s => s.Id == summaryId && s.FamilyId == familyId, ct)
            ?? throw new NotFoundException();

        EnsureMayAddNote(kind, summary.AuthorPersonId, actor, rights);
        var note = kind == SummaryNoteKind.Addendum
            ? SummaryNote.Addendum(summary, actor.PersonId, rights.MayManage, text, time.UtcNow())
            : SummaryNote.Oversight(summary, actor.PersonId, rights.MayManage, text, time.UtcNow());
        db.SummaryNotes.Add(note);
        await db.SaveChangesAsync(ct);
    }

    private void Write(MonthlySummary summary, Actor actor, SummaryContent content, bool submit)
    {
        if (submit)
        {
            summary.Submit(actor.PersonId, content, time.UtcNow());
        }
        else
        {
            summary.SaveDraft(actor.PersonId, content);
        }
    }

    private async Task SaveNewAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // The unique index on (family, author, month): another tab or device saved this month's summary first.
            throw new ConcurrencyConflictException("This summary was saved from another tab or device after you opened it.", ex);
        }
    }

    private async Task<SavedSummary?> SubmittedAsAsync(Guid familyId, Guid authorId, DateOnly month, SummaryContent content, CancellationToken ct)
    {
        var saved = await db.MonthlySummaries.AsNoTracking().Include(s => s.People)
            .SingleOrDefaultAsync(s => s.FamilyId == familyId && s.AuthorPersonId == authorId && s.Month == month, ct);
        return saved is { IsSubmitted: true } && saved.Holds(content) ? new SavedSummary(saved.Id, saved.Version, saved.Status) : null;
    }

    /// <summary>Everyone the summary speaks of is a member of the family.</summary>
    private async Task CheckPeopleAsync(Guid familyId, SummaryContent content, CancellationToken ct)
    {
        var ids = content.People.Select(p => p.MemberId).Distinct().ToList();
        if (ids.Count > 0 && await db.FamilyMembers.CountAsync(m => m.FamilyId == familyId && ids.Contains(m.Id), ct) != ids.Count)
        {
            throw new DomainRuleException("Select people in this family", "People");
        }
    }
}
