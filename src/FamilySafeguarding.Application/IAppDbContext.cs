using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Application.Forms;
using FamilySafeguarding.Application.Security;
using FamilySafeguarding.Domain.Auditing;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.Organisations;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.Domain.Teams;
using FamilySafeguarding.Domain.Workbook;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FamilySafeguarding.Application;

/// <summary>The application's unit of work: the database sets the use cases read and change.</summary>
public interface IAppDbContext
{
    DbSet<Organisation> Organisations { get; }

    DbSet<Person> People { get; }

    DbSet<TeamMembership> TeamMemberships { get; }

    DbSet<Service> Services { get; }

    DbSet<Team> Teams { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<AppUser> Users { get; }

    DbSet<UserSession> UserSessions { get; }

    DbSet<Family> Families { get; }

    DbSet<FamilyOpening> FamilyOpenings { get; }

    DbSet<FamilyMember> FamilyMembers { get; }

    DbSet<Relationship> Relationships { get; }

    DbSet<AdultWorry> AdultWorries { get; }

    DbSet<LegalStatusEpisode> LegalStatusEpisodes { get; }

    DbSet<Allocation> Allocations { get; }

    DbSet<AllocationAdult> AllocationAdults { get; }

    DbSet<SignificantEvent> SignificantEvents { get; }

    DbSet<SignificantEventPerson> SignificantEventPeople { get; }

    DbSet<FamilyAccessEntry> FamilyAccessLog { get; }

    DbSet<MonthlySummary> MonthlySummaries { get; }

    DbSet<SummaryPerson> SummaryPeople { get; }

    DbSet<SummaryNote> SummaryNotes { get; }

    DbSet<Supervision> Supervisions { get; }

    DbSet<SupervisionAttendee> SupervisionAttendees { get; }

    DbSet<SupervisionUpdate> SupervisionUpdates { get; }

    DbSet<SupervisionPerson> SupervisionPeople { get; }

    DbSet<SupervisionActionLine> SupervisionActionLines { get; }

    DbSet<SupervisionAddendum> SupervisionAddenda { get; }

    DbSet<FamilyAction> FamilyActions { get; }

    DbSet<ActionChange> ActionChanges { get; }

    /// <summary>Create forms' keys, recorded by the persistence layer with what they created (see <see cref="FormSubmissions"/>).</summary>
    DbSet<FormSubmission> FormSubmissions { get; }

    ChangeTracker ChangeTracker { get; }

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
