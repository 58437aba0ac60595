using FamilySafeguarding.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Common;

public static class Saving
{
    /// <summary>
    /// Saves an edit made on a form that was opened at <paramref name="versionSeen"/>. If someone else saved the record
    /// since, nothing is saved and <see cref="ConcurrencyConflictException"/> is thrown.
    /// </summary>
    public static async Task SaveEditAsync(this IAppDbContext db, TrackedEntity entity, Guid versionSeen, CancellationToken ct)
    {
        db.Entry(entity).Property(e => e.Version).OriginalValue = versionSeen;
        if (entity.Version != versionSeen)
        {
            throw new ConcurrencyConflictException();
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException("Someone else changed this record after you opened it.", ex);
        }
    }
}
