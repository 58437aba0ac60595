using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Workbooks;

/// <summary>
/// An app whose summaries fall due on the 3rd working day, not the default 5th, so the tests prove the setting is used.
/// The app's clock stands at Monday 16 November 2026: October's summary was due on Wednesday 4 November (overdue),
/// November's is due on Thursday 3 December.
/// </summary>
public sealed class WorkbookApps : Apps
{
    public const int DueWorkingDay = 3;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Workbook:SummaryDueWorkingDay"] = DueWorkingDay.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>Monthly summaries and their notes written straight through the domain, for the due, overview and chronology tests.</summary>
internal static class SummarySeeding
{
    public static readonly DateOnly August = new(2026, 8, 1);
    public static readonly DateOnly September = new(2026, 9, 1);
    public static readonly DateOnly October = new(2026, 10, 1);
    public static readonly DateOnly November = new(2026, 11, 1);

    public static SummaryContent Content(string work = "Two home visits; the children were seen alone.") => new()
    {
        WorkUndertaken = work,
        WhatHasChanged = "Mum has ended contact with her ex-partner.",
        NextSteps = "Core group meeting.",
    };

    /// <summary>A summary by the author for the month: submitted at <paramref name="submittedAt"/>, or a draft.</summary>
    public static async Task<Guid> SummaryAsync(this AppFactory app, Guid familyId, Guid authorId, DateOnly month, DateTime? submittedAt = null, SummaryContent? content = null) =>
        (await app.SummariesAsync(familyId, authorId, [month], submittedAt is null ? null : _ => submittedAt.Value, content))[0];

    /// <summary>Many summaries in one save: submitted at the moment <paramref name="submittedAt"/> gives for each month, or drafts when it is null.</summary>
    public static Task<List<Guid>> SummariesAsync(this AppFactory app, Guid familyId, Guid authorId, IEnumerable<DateOnly> months, Func<DateOnly, DateTime>? submittedAt = null, SummaryContent? content = null) =>
        app.WithDbAsync(async db =>
        {
            var ids = new List<Guid>();
            foreach (var month in months)
            {
                var summary = MonthlySummary.Start(familyId, authorId, month, month);
                if (submittedAt is null)
                {
                    summary.SaveDraft(authorId, content ?? Content());
                }
                else
                {
                    summary.Submit(authorId, content ?? Content(), submittedAt(month));
                }

                db.MonthlySummaries.Add(summary);
                ids.Add(summary.Id);
            }

            await db.SaveChangesAsync();
            return ids;
        });

    /// <summary>An addendum (by the author, or a manager) or a manager's oversight note on a summary.</summary>
    public static Task<Guid> NoteAsync(this AppFactory app, Guid summaryId, SummaryNoteKind kind, Guid authorId, string text, DateTime writtenAt) =>
        app.WithDbAsync(async db =>
        {
            var summary = await db.MonthlySummaries.AsNoTracking().SingleAsync(s => s.Id == summaryId);
            var note = kind == SummaryNoteKind.Addendum
                ? SummaryNote.Addendum(summary, authorId, actorManagesFamily: true, text, writtenAt)
                : SummaryNote.Oversight(summary, authorId, actorManagesFamily: true, text, writtenAt);
            db.SummaryNotes.Add(note);
            await db.SaveChangesAsync();
            return note.Id;
        });

    /// <summary>Allocates a worker to a family from a date, optionally ending it (the first day no longer allocated).</summary>
    public static async Task<Guid> AllocateAsync(this AppFactory app, Guid familyId, Guid personId, AllocationRole role, DateOnly start, DateOnly? end = null, IReadOnlyCollection<Guid>? adults = null)
    {
        var worker = await app.WithDbAsync(db => db.People.Where(p => p.Id == personId).Select(p => new Worker(p.Id, p.JobRole, p.FullName!)).SingleAsync());
        return await app.Data.ChangeFamilyAsync(familyId, f =>
        {
            var allocation = f.Allocate(worker, role, start, adults ?? [], TestData.Today);
            if (end is { } ended)
            {
                f.EndAllocation(allocation.Id, ended, TestData.Today);
            }

            return allocation.Id;
        });
    }

    /// <summary>A social worker in the team with a sign-in, named so their chapter titles are predictable.</summary>
    public static async Task<TestUser> SocialWorkerAsync(this AppFactory app, Guid teamId, string name)
    {
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, name: name);
        await app.Data.MembershipAsync(user.PersonId, teamId);
        return user;
    }
}
