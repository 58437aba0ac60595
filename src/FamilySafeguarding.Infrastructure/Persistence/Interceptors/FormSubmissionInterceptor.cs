using FamilySafeguarding.Application.Auditing;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Forms;
using FamilySafeguarding.Application.Search;
using FamilySafeguarding.Domain.Auditing;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FamilySafeguarding.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Records a create form's key (<see cref="IRequestContext.Form"/>) with the request's first save that writes a record,
/// in the same transaction, so the record and its key commit together or not at all: a second request with the same
/// key fails at commit. Saves that write only the access log, the audit log or the search index do not count. A save
/// that would write a record for a request whose key was refused is stopped before anything is sent to the database.
/// </summary>
public sealed class FormSubmissionInterceptor(IRequestContext request, TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Prepare(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Prepare(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Prepare(DbContext? context)
    {
        if (context is null || request.Form is not { IsRecorded: false } form)
        {
            return;
        }

        var pending = Pending(context, form);
        var writesRecord = context.ChangeTracker.Entries()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !IsBookkeeping(e.Entity));
        if (!writesRecord)
        {
            // A later save of the log alone (the form shown again after a refusal) must not take the key.
            if (pending is not null)
            {
                context.Entry(pending).State = EntityState.Detached;
            }

            return;
        }

        if (form.Key is not { } key)
        {
            throw new FormKeyRefusedException();
        }

        if (pending is null)
        {
            context.Add(new FormSubmission(key.UserId, key.Form, key.Nonce, time.UtcNow()));
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && request.Form is { IsRecorded: false } form && context.ChangeTracker.Entries<FormSubmission>()
            .Any(e => e.State == EntityState.Unchanged && form.Key is { } key && e.Entity.Holds(key)))
        {
            form.MarkRecorded();
        }
    }

    /// <summary>A failed save committed nothing: its key is not kept for the next save, which decides afresh.</summary>
    private void Forget(DbContext? context)
    {
        if (context is not null && request.Form is { IsRecorded: false } form && Pending(context, form) is { } pending)
        {
            context.Entry(pending).State = EntityState.Detached;
        }
    }

    private static FormSubmission? Pending(DbContext context, SubmittedForm form) =>
        form.Key is { } key
            ? context.ChangeTracker.Entries<FormSubmission>().FirstOrDefault(e => e.State == EntityState.Added && e.Entity.Holds(key))?.Entity
            : null;

    /// <summary>What a save writes beside the records themselves, and which does not count as creating anything.</summary>
    private static bool IsBookkeeping(object entity) =>
        entity is AuditEntry or FamilyAccessEntry or SearchDocument or FormSubmission or DataProtectionKey;
}
