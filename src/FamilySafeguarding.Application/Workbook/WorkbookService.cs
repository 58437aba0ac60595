using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Families;
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
    private const string SavedInBetween = "This summary was saved from another tab or device after you opened it.";

    /// <summary>
    /// Saves the author's draft of their summary for <paramref name="month"/>. The form was opened at
    /// <paramref name="versionSeen"/> (null for a summary not yet saved); if the summary was saved since, by another tab or
    /// device, nothing is saved and <see cref="ConcurrencyConflictException"/> is thrown. "Not found" unless the actor
    /// may see the family and its chapter covers the month; 403 for someone else's chapter, a closed chapter, or a
    /// submitted summary (refused by the summary itself).
    /// </summary>
    public Task<SavedSummary> SaveDraftAsync(Actor actor, Guid familyId, Guid chapterPersonId, DateOnly month, SummaryContent content, Guid? versionSeen, CancellationToken ct) =>
        WriteAsync(actor, familyId, chapterPersonId, month, content, versionSeen, (summary, kept) => summary.SaveDraft(actor.PersonId, kept), (_, _) => false, ct);

    /// <summary>
    /// Submits the author's summary for <paramref name="month"/>, as <see cref="SaveDraftAsync"/> saves a draft. Submitting
    /// the same text again (a double click, or two submits that raced) is the same submission.
    /// </summary>
    public async Task<SavedSummary> SubmitAsync(Actor actor, Guid familyId, Guid chapterPersonId, DateOnly month, SummaryContent content, Guid? versionSeen, CancellationToken ct)
    {
        try
        {
            return await WriteAsync(actor, familyId, chapterPersonId, month, content, versionSeen, (summary, kept) => summary.Submit(actor.PersonId, kept, time.UtcNow()), (summary, kept) => summary.IsSubmittedAs(kept), ct);
        }
        catch (ConcurrencyConflictException)
        {
            // Two submits of the same text raced: the other one made the submission, and this is it.
            var same = await SubmittedAsAsync(familyId, chapterPersonId, month, content, ct);
            if (same is null)
            {
                throw;
            }

            return same;
        }
    }

    /// <summary>Adds an addendum to a submitted summary (its author or a manager of the family).</summary>
    public Task AddAddendumAsync(Actor actor, Guid familyId, Guid chapterPersonId, DateOnly month, string? text, CancellationToken ct) =>
        AddNoteAsync(actor, familyId, chapterPersonId, month, text, SummaryNoteKind.Addendum, ct);

    /// <summary>Records a manager's oversight of a summary (managers of the family only).</summary>
    public Task AddOversightAsync(Actor actor, Guid familyId, Guid chapterPersonId, DateOnly month, string? text, CancellationToken ct) =>
        AddNoteAsync(actor, familyId, chapterPersonId, month, text, SummaryNoteKind.ManagementOversight, ct);

    /// <summary>
    /// The one gate of a summary's write: the family's access rule and the chapter's (its own worker, while open, for a
    /// month it covers) once, then the summary itself decides (its author, its status) and the save checks the version seen.
    /// </summary>
    private async Task<SavedSummary> WriteAsync(
        Actor actor,
        Guid familyId,
        Guid chapterPersonId,
        DateOnly month,
        SummaryContent content,
        Guid? versionSeen,
        Action<MonthlySummary, SummaryContent> write,
        Func<MonthlySummary, SummaryContent, bool> alreadyDone,
        CancellationToken ct)
    {
        var today = time.UkToday();
        await access.RightsAsync(actor, familyId, "Write a monthly summary", ct);
        var chapter = await db.ChapterToWriteAsync(actor, familyId, chapterPersonId, month, today, ct);
        var kept = await KeptAsync(chapter, content, ct);

        var summary = await db.MonthlySummaries.Include(s => s.People)
            .SingleOrDefaultAsync(s => s.FamilyId == familyId && s.AuthorPersonId == chapter.PersonId && s.Month == month, ct);
        if (summary is not null && alreadyDone(summary, kept))
        {
            return new SavedSummary(summary.Id, summary.Version, summary.Status);
        }

        try
        {
            if (summary is null)
            {
                summary = MonthlySummary.Start(familyId, actor.PersonId, month, today);
                write(summary, kept);
                db.MonthlySummaries.Add(summary);
                await SaveNewAsync(ct);
            }
            else
            {
                write(summary, kept);
                if (versionSeen != summary.Version)
                {
                    throw new ConcurrencyConflictException(SavedInBetween);
                }

                // A change to the people's parts alone still renews the summary's version, so it too is checked against the version seen.
                db.Entry(summary).Property(s => s.Version).IsModified = true;
                await db.SaveEditAsync(summary, versionSeen.Value, ct);
            }
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DomainRuleException)
        {
            // Nothing was saved; the refused change must not be saved by the next save in this request (the page shown again writes its access-log row).
            db.DiscardChanges();
            throw;
        }

        return new SavedSummary(summary.Id, summary.Version, summary.Status);
    }

    private async Task AddNoteAsync(Actor actor, Guid familyId, Guid chapterPersonId, DateOnly month, string? text, SummaryNoteKind kind, CancellationToken ct)
    {
        var rights = await access.RightsAsync(actor, familyId, kind == SummaryNoteKind.Addendum ? "Add an addendum" : "Record management oversight", ct);
        // Someone else's draft is not theirs to see, so it is "not found" too.
        var summary = await db.MonthlySummaries.AsNoTracking().ReadableBy(actor, rights)
            .SingleOrDefaultAsync(s => s.FamilyId == familyId && s.AuthorPersonId == chapterPersonId && s.Month == month, ct)
            ?? throw new NotFoundException();

        SummaryNoteRights.EnsureMayAdd(kind, summary.AuthorPersonId, actor, rights);
        var note = kind == SummaryNoteKind.Addendum
            ? SummaryNote.Addendum(summary, actor.PersonId, rights.MayManage, text, time.UtcNow())
            : SummaryNote.Oversight(summary, actor.PersonId, rights.MayManage, text, time.UtcNow());
        db.SummaryNotes.Add(note);
        await db.SaveChangesAsync(ct);
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
            throw new ConcurrencyConflictException(SavedInBetween, ex);
        }
    }

    private async Task<SavedSummary?> SubmittedAsAsync(Guid familyId, Guid authorId, DateOnly month, SummaryContent content, CancellationToken ct)
    {
        var saved = await db.MonthlySummaries.AsNoTracking().Include(s => s.People)
            .SingleOrDefaultAsync(s => s.FamilyId == familyId && s.AuthorPersonId == authorId && s.Month == month, ct);
        return saved is { IsSubmitted: true } && saved.Holds(content) ? new SavedSummary(saved.Id, saved.Version, saved.Status) : null;
    }

    /// <summary>
    /// The parts of the content the summary keeps, as the form offers them: a child's impact for each child of the family,
    /// the stage of change for each adult the chapter is about (every adult when it names none); anything else is dropped.
    /// One SQL command when the content speaks of anyone.
    /// </summary>
    private async Task<SummaryContent> KeptAsync(Chapter chapter, SummaryContent content, CancellationToken ct)
    {
        if (content.People.Count == 0)
        {
            return content;
        }

        var ids = content.People.Select(p => p.MemberId).Distinct().ToList();
        var roles = await db.FamilyMembers.AsNoTracking()
            .Where(m => m.FamilyId == chapter.FamilyId && ids.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.Role, ct);
        var people = content.People
            .Where(p => roles.ContainsKey(p.MemberId))
            .Select(p => roles[p.MemberId] == FamilyRole.Child
                ? new SummaryPersonContent { MemberId = p.MemberId, Impact = p.Impact }
                : p with { Impact = null })
            .Where(p => roles[p.MemberId] == FamilyRole.Child
                ? !string.IsNullOrWhiteSpace(p.Impact)
                : (chapter.AdultIds.Count == 0 || chapter.AdultIds.Contains(p.MemberId))
                    && (p.Stage is not null || p.Importance is not null || p.Confidence is not null || p.ChangeTalk != ChangeTalk.None))
            .ToList();
        return content with { People = people };
    }
}
