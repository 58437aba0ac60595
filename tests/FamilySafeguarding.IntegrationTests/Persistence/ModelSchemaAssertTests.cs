using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Xunit.Sdk;

namespace FamilySafeguarding.IntegrationTests.Persistence;

/// <summary>
/// <see cref="ModelSchemaAssert"/> on a small sample model with a hand-written migration, the
/// way the application's migrations are written: it passes when the migration matches the model,
/// and names what a wrong migration left out.
/// </summary>
public sealed class ModelSchemaAssertTests
{
    [Fact]
    public Task HandWrittenMigration_OnSqlite_MatchesTheModel() =>
        ModelSchemaAssert.AssertMigratedSchemaMatchesModelAsync(
            cs => new SampleContext(SampleContextBase.Options<SampleContext>(TestDatabase.Sqlite, cs)), TestDatabase.Sqlite);

    [PostgresFact]
    public Task HandWrittenMigration_OnPostgreSql_MatchesTheModel() =>
        ModelSchemaAssert.AssertMigratedSchemaMatchesModelAsync(
            cs => new SampleContext(SampleContextBase.Options<SampleContext>(TestDatabase.PostgreSql, cs)), TestDatabase.PostgreSql);

    [Fact]
    public Task MigrationMissingAnIndex_OnSqlite_FailsNamingTheIndex() =>
        AssertMissingIndexIsReportedAsync(TestDatabase.Sqlite);

    [PostgresFact]
    public Task MigrationMissingAnIndex_OnPostgreSql_FailsNamingTheIndex() =>
        AssertMissingIndexIsReportedAsync(TestDatabase.PostgreSql);

    private static async Task AssertMissingIndexIsReportedAsync(string provider)
    {
        var failure = await Assert.ThrowsAsync<FailException>(() => ModelSchemaAssert.AssertMigratedSchemaMatchesModelAsync(
            cs => new DriftedSampleContext(SampleContextBase.Options<DriftedSampleContext>(provider, cs)), provider));

        Assert.EndsWith(
            $"in 1 way(s):{Environment.NewLine}"
            + "Index \"IX_Offices_AgencyId_Code\" on \"Offices\" exists in the model but not in the migrated database",
            failure.Message,
            StringComparison.Ordinal);
    }
}

internal enum AgencyKind
{
    LocalAuthority = 1,
    Charity = 2,
}

internal sealed class Agency
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string? Notes { get; set; }

    public AgencyKind Kind { get; set; }

    public decimal Rating { get; set; }

    public DateOnly FoundedOn { get; set; }

    public DateTime CreatedAt { get; set; }

    public bool IsActive { get; set; }
}

internal sealed class Office
{
    public Guid Id { get; set; }

    public Guid AgencyId { get; set; }

    public string Code { get; set; } = "";
}

internal sealed class Worker
{
    public Guid Id { get; set; }

    public Guid OfficeId { get; set; }

    public string FullName { get; set; } = "";
}

/// <summary>The sample model. Each concrete context below finds its own migrations through [DbContext].</summary>
internal abstract class SampleContextBase(DbContextOptions options) : DbContext(options)
{
    public static DbContextOptions<TContext> Options<TContext>(string provider, string connectionString)
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        _ = provider switch
        {
            TestDatabase.Sqlite => builder.UseSqlite(connectionString),
            TestDatabase.PostgreSql => builder.UseNpgsql(connectionString),
            _ => throw new ArgumentException($"Unknown provider \"{provider}\".", nameof(provider)),
        };
        // No ConfigureWarnings for PendingModelChangesWarning: without a model snapshot EF Core
        // logs ModelSnapshotNotFound and skips the pending-changes check, so Migrate runs as is.
        return builder.Options;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Agency>(agency =>
        {
            agency.ToTable("Agencies");
            agency.Property(a => a.Name).HasMaxLength(200);
            agency.Property(a => a.Rating).HasPrecision(3, 2);
        });

        modelBuilder.Entity<Office>(office =>
        {
            office.ToTable("Offices");
            office.Property(o => o.Code).HasMaxLength(20);
            office.HasIndex(o => new { o.AgencyId, o.Code }).IsUnique();
            office.HasOne<Agency>().WithMany().HasForeignKey(o => o.AgencyId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Worker>(worker =>
        {
            worker.ToTable("Workers");
            worker.Property(w => w.FullName).HasMaxLength(200);
            worker.HasOne<Office>().WithMany().HasForeignKey(w => w.OfficeId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

internal sealed class SampleContext(DbContextOptions<SampleContext> options) : SampleContextBase(options);

/// <summary>The same model, with a migration that leaves out an index.</summary>
internal sealed class DriftedSampleContext(DbContextOptions<DriftedSampleContext> options) : SampleContextBase(options);

/// <summary>Written by hand, as the application's are: no <c>type:</c>, so each provider maps the CLR types.</summary>
[DbContext(typeof(SampleContext))]
[Migration("20260101000000_Initial")]
internal class SampleInitialMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Agencies",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Notes = table.Column<string>(nullable: true),
                Kind = table.Column<int>(nullable: false),
                Rating = table.Column<decimal>(precision: 3, scale: 2, nullable: false),
                FoundedOn = table.Column<DateOnly>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                IsActive = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Agencies", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Offices",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AgencyId = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 20, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Offices", x => x.Id);
                table.ForeignKey(
                    name: "FK_Offices_Agencies_AgencyId",
                    column: x => x.AgencyId,
                    principalTable: "Agencies",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Workers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OfficeId = table.Column<Guid>(nullable: false),
                FullName = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Workers", x => x.Id);
                table.ForeignKey(
                    name: "FK_Workers_Offices_OfficeId",
                    column: x => x.OfficeId,
                    principalTable: "Offices",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_Offices_AgencyId_Code",
            table: "Offices",
            columns: ["AgencyId", "Code"],
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Workers_OfficeId",
            table: "Workers",
            column: "OfficeId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Workers");
        migrationBuilder.DropTable(name: "Offices");
        migrationBuilder.DropTable(name: "Agencies");
    }
}

/// <summary>The sample migration with one mistake: it forgets the unique index on Offices.</summary>
[DbContext(typeof(DriftedSampleContext))]
[Migration("20260101000000_Initial")]
internal sealed class DriftedSampleInitialMigration : SampleInitialMigration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        base.Up(migrationBuilder);
        migrationBuilder.Operations.RemoveAll(operation => operation is CreateIndexOperation { Name: "IX_Offices_AgencyId_Code" });
    }
}
