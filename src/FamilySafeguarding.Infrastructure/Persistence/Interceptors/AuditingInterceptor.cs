using FamilySafeguarding.Application.Auditing;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain.Auditing;
using FamilySafeguarding.Domain.Common;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FamilySafeguarding.Infrastructure.Persistence.Interceptors;

/// <summary>
/// On every save: stamps who created or changed a tracked entity and when, renews its concurrency token, and writes
/// one audit entry per changed record (ids and property names only, never values) in the same transaction.
/// </summary>
public sealed class AuditingInterceptor(IRequestContext request, TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            Stamp(context);
        }

        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            Stamp(context);
        }

        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext context)
    {
        var now = time.UtcNow();
        var userId = request.UserId;
        MarkOwnersOfChangedMemberships(context);
        MarkFamiliesOfChangedParts(context);

        var audits = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is TrackedEntity)
            {
                if (entry.State == EntityState.Added)
                {
                    entry.Property(nameof(TrackedEntity.CreatedAt)).CurrentValue = now;
                    entry.Property(nameof(TrackedEntity.CreatedBy)).CurrentValue = userId;
                }

                if (entry.State is EntityState.Added or EntityState.Modified)
                {
                    entry.Property(nameof(TrackedEntity.ModifiedAt)).CurrentValue = now;
                    entry.Property(nameof(TrackedEntity.ModifiedBy)).CurrentValue = userId;
                }

                if (entry.State == EntityState.Modified)
                {
                    entry.Property(nameof(TrackedEntity.Version)).CurrentValue = Guid.NewGuid();
                }
            }

            if (entry.Entity is TrackedEntity or TeamMembership)
            {
                audits.Add(new AuditEntry(now, userId, ActionOf(entry.State), entry.Metadata.ClrType.Name, IdOf(entry), ChangedProperties(entry), request.CorrelationId));
            }
        }

        context.Set<AuditEntry>().AddRange(audits);
    }

    /// <summary>A membership belongs to its person: changing one counts as changing the person, so the person's version guards the two-team rule.</summary>
    private static void MarkOwnersOfChangedMemberships(DbContext context)
    {
        var changedOwners = context.ChangeTracker.Entries<TeamMembership>()
            .Where(m => m.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(m => m.Entity.PersonId)
            .ToHashSet();
        foreach (var person in context.ChangeTracker.Entries<Person>().Where(p => p.State == EntityState.Unchanged && changedOwners.Contains(p.Entity.Id)))
        {
            person.Property(p => p.Version).IsModified = true;
        }
    }

    /// <summary>A member, status, worry, relationship, allocation or opening belongs to its family: changing one renews the family's version, so the family's rules hold under concurrent saves.</summary>
    private static void MarkFamiliesOfChangedParts(DbContext context)
    {
        var changedFamilies = context.ChangeTracker.Entries()
            .Where(e => e.Entity is IFamilyPart && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => ((IFamilyPart)e.Entity).FamilyId)
            .ToHashSet();
        foreach (var family in context.ChangeTracker.Entries<Family>().Where(f => f.State == EntityState.Unchanged && changedFamilies.Contains(f.Entity.Id)))
        {
            family.Property(f => f.Version).IsModified = true;
        }
    }

    private static string ActionOf(EntityState state) => state switch
    {
        EntityState.Added => "Created",
        EntityState.Deleted => "Deleted",
        _ => "Updated",
    };

    private static Guid? IdOf(EntityEntry entry) => entry.Property("Id").CurrentValue as Guid?;

    private static string? ChangedProperties(EntityEntry entry)
    {
        if (entry.State != EntityState.Modified)
        {
            return null;
        }

        var names = entry.Properties
            .Where(p => p.IsModified && p.Metadata.Name is not (nameof(TrackedEntity.ModifiedAt) or nameof(TrackedEntity.ModifiedBy) or nameof(TrackedEntity.Version)))
            .Select(p => p.Metadata.Name)
            .ToList();
        return names.Count == 0 ? null : "Changed: " + string.Join(", ", names);
    }
}
