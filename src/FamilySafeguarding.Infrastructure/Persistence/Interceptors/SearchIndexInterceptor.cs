using FamilySafeguarding.Application.Search;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FamilySafeguarding.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Keeps the search documents in step with their sources on every save, in the same transaction: families, members,
/// significant events, submitted monthly summaries (never drafts, which few may read) and notes on submitted summaries.
/// A save that touches none of these costs nothing; one that changes indexed text reads the existing documents first
/// (one query), so a missing document is written rather than failing the save.
/// </summary>
public sealed class SearchIndexInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            IndexAsync(context, sync: true, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await IndexAsync(context, sync: false, cancellationToken);
        }

        return result;
    }

    /// <param name="sync">Run the queries synchronously (for <c>SaveChanges</c>): the task is then already complete.</param>
    private static async ValueTask IndexAsync(DbContext context, bool sync, CancellationToken ct)
    {
        var changes = new Dictionary<Guid, Change>();
        var notes = new List<(SummaryNote Note, bool IsNew)>();
        var newlySubmitted = new List<MonthlySummary>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var deleted = entry.State == EntityState.Deleted;
            var isNew = entry.State == EntityState.Added;
            switch (entry.Entity)
            {
                case Family family when deleted || Changed(entry, nameof(Family.DisplayName), nameof(Family.Reference)):
                    changes[family.Id] = new Change(family.Id, family.Id, SearchKind.Family, deleted ? null : d => SearchDocuments.Fill(d, family), isNew);
                    break;
                case FamilyMember member when deleted || Changed(entry, nameof(FamilyMember.FullName), nameof(FamilyMember.PreferredName), nameof(FamilyMember.Role), nameof(FamilyMember.DateOfBirth), nameof(FamilyMember.ExpectedDateOfDelivery)):
                    changes[member.Id] = new Change(member.Id, member.FamilyId, SearchKind.Person, deleted ? null : d => SearchDocuments.Fill(d, member), isNew);
                    break;
                case SignificantEvent happening when deleted || Changed(entry, nameof(SignificantEvent.Account), nameof(SignificantEvent.Kind), nameof(SignificantEvent.OccurredOn)):
                    changes[happening.Id] = new Change(happening.Id, happening.FamilyId, SearchKind.SignificantEvent, deleted ? null : d => SearchDocuments.Fill(d, happening), isNew);
                    break;
                case MonthlySummary summary:
                    var indexed = !deleted && summary.IsSubmitted;
                    if (indexed && (entry.State == EntityState.Added || !Equals(entry.Property(nameof(MonthlySummary.Status)).OriginalValue, SummaryStatus.Submitted)))
                    {
                        newlySubmitted.Add(summary);
                    }

                    // A draft is never indexed; a summary that is no longer submitted (or is gone) loses its document.
                    changes[summary.Id] = new Change(summary.Id, summary.FamilyId, SearchKind.Summary, indexed ? d => SearchDocuments.Fill(d, summary) : null, isNew);
                    break;
                case SummaryNote note:
                    if (deleted)
                    {
                        changes[note.Id] = new Change(note.Id, note.FamilyId, SearchDocuments.KindOf(note), null, IsNew: false);
                    }
                    else
                    {
                        notes.Add((note, isNew));
                    }

                    break;
            }
        }

        if (changes.Count == 0 && notes.Count == 0)
        {
            return;
        }

        await AddNotesAsync(context, changes, notes, newlySubmitted, sync, ct);
        await ApplyAsync(context, changes.Values, sync, ct);
    }

    /// <summary>Notes are indexed when their summary is submitted: as they are added to one, or when it is submitted.</summary>
    private static async ValueTask AddNotesAsync(DbContext context, Dictionary<Guid, Change> changes, List<(SummaryNote Note, bool IsNew)> notes, List<MonthlySummary> newlySubmitted, bool sync, CancellationToken ct)
    {
        var tracked = context.ChangeTracker.Entries<MonthlySummary>().ToDictionary(e => e.Entity.Id, e => (e.Entity.Month, e.Entity.IsSubmitted));
        var missing = notes.Select(n => n.Note.SummaryId).Where(id => !tracked.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            var query = context.Set<MonthlySummary>().AsNoTracking().Where(s => missing.Contains(s.Id)).Select(s => new { s.Id, s.Month, s.Status });
            foreach (var s in sync ? query.ToList() : await query.ToListAsync(ct))
            {
                tracked[s.Id] = (s.Month, s.Status == SummaryStatus.Submitted);
            }
        }

        if (newlySubmitted.Count > 0)
        {
            var ids = newlySubmitted.Select(s => s.Id).ToList();
            var known = notes.Select(n => n.Note.Id).ToHashSet();
            var query = context.Set<SummaryNote>().AsNoTracking().Where(n => ids.Contains(n.SummaryId));
            notes.AddRange((sync ? query.ToList() : await query.ToListAsync(ct)).Where(n => !known.Contains(n.Id)).Select(n => (n, false)));
        }

        foreach (var (note, isNew) in notes)
        {
            if (tracked.TryGetValue(note.SummaryId, out var summary))
            {
                changes[note.Id] = new Change(note.Id, note.FamilyId, SearchDocuments.KindOf(note), summary.IsSubmitted ? d => SearchDocuments.Fill(d, note, summary.Month) : null, isNew);
            }
        }
    }

    private static async ValueTask ApplyAsync(DbContext context, IEnumerable<Change> changes, bool sync, CancellationToken ct)
    {
        var wanted = changes.ToList();
        var documents = context.ChangeTracker.Entries<SearchDocument>().ToDictionary(e => e.Entity.Id, e => e.Entity);
        // A record added in this save has no document yet: only changed and removed ones are looked up.
        var unknown = wanted.Where(c => !c.IsNew && !documents.ContainsKey(c.Id)).Select(c => c.Id).ToList();
        if (unknown.Count > 0)
        {
            var query = context.Set<SearchDocument>().Where(d => unknown.Contains(d.Id));
            foreach (var document in sync ? query.ToList() : await query.ToListAsync(ct))
            {
                documents[document.Id] = document;
            }
        }

        foreach (var change in wanted)
        {
            var existing = documents.GetValueOrDefault(change.Id);
            if (change.Fill is null)
            {
                if (existing is not null)
                {
                    context.Remove(existing);
                }
            }
            else if (existing is not null)
            {
                change.Fill(existing);
            }
            else
            {
                var document = new SearchDocument(change.Id, change.FamilyId, change.Kind);
                change.Fill(document);
                context.Add(document);
            }
        }
    }

    private static bool Changed(EntityEntry entry, params string[] properties) =>
        entry.State == EntityState.Added || properties.Any(p => entry.Property(p).IsModified);

    /// <param name="Fill">Writes the document's text; null when the source has gone or must not be found.</param>
    /// <param name="IsNew">The source is added in this save, so it has no document yet.</param>
    private sealed record Change(Guid Id, Guid FamilyId, SearchKind Kind, Action<SearchDocument>? Fill, bool IsNew);
}
