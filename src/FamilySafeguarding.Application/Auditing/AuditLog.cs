using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain.Auditing;

namespace FamilySafeguarding.Application.Auditing;

/// <summary>
/// Writes events that are not plain record changes (sign-ins, account actions) to the audit log.
/// Record changes are written by the persistence interceptor. The entry is saved with the caller's next save.
/// </summary>
public sealed class AuditLog(IAppDbContext db, IRequestContext request, TimeProvider time)
{
    public void Record(string action, string entityType, Guid? entityId, string? detail = null, Guid? userId = null) =>
        db.AuditEntries.Add(new AuditEntry(time.UtcNow(), userId ?? request.UserId, action, entityType, entityId, detail, request.CorrelationId));

    public async Task RecordNowAsync(string action, string entityType, Guid? entityId, string? detail = null, Guid? userId = null, CancellationToken ct = default)
    {
        Record(action, entityType, entityId, detail, userId);
        await db.SaveChangesAsync(ct);
    }
}
