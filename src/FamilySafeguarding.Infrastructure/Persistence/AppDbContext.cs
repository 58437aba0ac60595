using FamilySafeguarding.Application;
using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Application.Forms;
using FamilySafeguarding.Application.Search;
using FamilySafeguarding.Application.Security;
using FamilySafeguarding.Domain.Auditing;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.Organisations;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.Domain.Teams;
using FamilySafeguarding.Domain.Workbook;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FamilySafeguarding.Infrastructure.Persistence;

/// <summary>
/// The one database context: the domain's tables, the Identity tables and the data-protection key ring.
/// The model is provider-neutral (no provider column types) so SQLite, PostgreSQL and SQL Server map it alike.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IAppDbContext, IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<TeamMembership> TeamMemberships => Set<TeamMembership>();

    public DbSet<Service> Services => Set<Service>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Family> Families => Set<Family>();

    public DbSet<FamilyOpening> FamilyOpenings => Set<FamilyOpening>();

    public DbSet<FamilyMember> FamilyMembers => Set<FamilyMember>();

    public DbSet<Relationship> Relationships => Set<Relationship>();

    public DbSet<AdultWorry> AdultWorries => Set<AdultWorry>();

    public DbSet<LegalStatusEpisode> LegalStatusEpisodes => Set<LegalStatusEpisode>();

    public DbSet<Allocation> Allocations => Set<Allocation>();

    public DbSet<AllocationAdult> AllocationAdults => Set<AllocationAdult>();

    public DbSet<SignificantEvent> SignificantEvents => Set<SignificantEvent>();

    public DbSet<SignificantEventPerson> SignificantEventPeople => Set<SignificantEventPerson>();

    public DbSet<FamilyAccessEntry> FamilyAccessLog => Set<FamilyAccessEntry>();

    public DbSet<MonthlySummary> MonthlySummaries => Set<MonthlySummary>();

    public DbSet<SummaryPerson> SummaryPeople => Set<SummaryPerson>();

    public DbSet<SummaryNote> SummaryNotes => Set<SummaryNote>();

    public DbSet<Supervision> Supervisions => Set<Supervision>();

    public DbSet<SupervisionAttendee> SupervisionAttendees => Set<SupervisionAttendee>();

    public DbSet<SupervisionUpdate> SupervisionUpdates => Set<SupervisionUpdate>();

    public DbSet<SupervisionPerson> SupervisionPeople => Set<SupervisionPerson>();

    public DbSet<SupervisionActionLine> SupervisionActionLines => Set<SupervisionActionLine>();

    public DbSet<SupervisionAddendum> SupervisionAddenda => Set<SupervisionAddendum>();

    public DbSet<FamilyAction> FamilyActions => Set<FamilyAction>();

    public DbSet<ActionChange> ActionChanges => Set<ActionChange>();

    public DbSet<FormSubmission> FormSubmissions => Set<FormSubmission>();

    /// <summary>The data-protection key ring, read and written only by the package's <c>EntityFrameworkCoreXmlRepository</c> (ADR-022).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The search index's documents, written only by the <c>SearchIndexInterceptor</c>.</summary>
    public DbSet<SearchDocument> SearchDocuments => Set<SearchDocument>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC. SQLite hands values back without a kind, and PostgreSQL refuses anything but UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
