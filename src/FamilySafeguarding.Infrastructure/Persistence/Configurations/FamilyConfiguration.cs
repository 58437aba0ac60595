using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilySafeguarding.Infrastructure.Persistence.Configurations;

internal sealed class FamilyConfiguration : IEntityTypeConfiguration<Family>
{
    public void Configure(EntityTypeBuilder<Family> builder)
    {
        builder.ConfigureTracking();
        builder.Property(f => f.Reference).HasMaxLength(Family.ReferenceMaxLength).IsRequired();
        builder.Property(f => f.DisplayName).HasMaxLength(Family.DisplayNameMaxLength).IsRequired();
        builder.Property(f => f.SearchName).HasMaxLength(Family.DisplayNameMaxLength).IsRequired();
        builder.HasIndex(f => f.Reference).IsUnique();
        builder.HasIndex(f => new { f.TeamId, f.ClosedOn });
        builder.HasOne<Team>().WithMany().HasForeignKey(f => f.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Openings).WithOne().HasForeignKey(o => o.FamilyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Members).WithOne().HasForeignKey(m => m.FamilyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Relationships).WithOne().HasForeignKey(r => r.FamilyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Allocations).WithOne().HasForeignKey(a => a.FamilyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Openings).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(f => f.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(f => f.Relationships).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(f => f.Allocations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(f => f.IsOpen);
        builder.Ignore(f => f.CurrentLead);
    }
}

internal sealed class FamilyOpeningConfiguration : IEntityTypeConfiguration<FamilyOpening>
{
    public void Configure(EntityTypeBuilder<FamilyOpening> builder)
    {
        builder.ConfigureTracking();
        builder.Property(o => o.ClosureDetail).HasMaxLength(FamilyOpening.ClosureDetailMaxLength);
    }
}

internal sealed class FamilyMemberConfiguration : IEntityTypeConfiguration<FamilyMember>
{
    public void Configure(EntityTypeBuilder<FamilyMember> builder)
    {
        builder.ConfigureTracking();
        builder.Property(m => m.FullName).HasMaxLength(FamilyMember.NameMaxLength).IsRequired();
        builder.Property(m => m.PreferredName).HasMaxLength(FamilyMember.PreferredNameMaxLength);
        builder.Property(m => m.SearchName).HasMaxLength(FamilyMember.SearchNameMaxLength).IsRequired();
        builder.Property(m => m.Ethnicity).HasMaxLength(FamilyMember.EthnicityMaxLength);
        builder.Property(m => m.FirstLanguage).HasMaxLength(FamilyMember.LanguageMaxLength);
        builder.Property(m => m.NhsNumber).HasMaxLength(NhsNumber.Length);
        builder.Property(m => m.School).HasMaxLength(FamilyMember.SchoolMaxLength);
        builder.HasIndex(m => m.SearchName);
        builder.HasMany(m => m.Worries).WithOne().HasForeignKey(w => w.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.LegalStatuses).WithOne().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Worries).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(m => m.LegalStatuses).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(m => m.IsChild);
        builder.Ignore(m => m.IsUnborn);
        builder.Ignore(m => m.KnownAs);
    }
}

internal sealed class AdultWorryConfiguration : IEntityTypeConfiguration<AdultWorry>
{
    public void Configure(EntityTypeBuilder<AdultWorry> builder)
    {
        builder.ConfigureTracking();
        builder.HasOne<Family>().WithMany().HasForeignKey(w => w.FamilyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LegalStatusEpisodeConfiguration : IEntityTypeConfiguration<LegalStatusEpisode>
{
    public void Configure(EntityTypeBuilder<LegalStatusEpisode> builder)
    {
        builder.ConfigureTracking();
        builder.HasOne<Family>().WithMany().HasForeignKey(e => e.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.FamilyId, e.Kind, e.EndDate });
        builder.HasIndex(e => new { e.Kind, e.StartDate });
    }
}

internal sealed class RelationshipConfiguration : IEntityTypeConfiguration<Relationship>
{
    public void Configure(EntityTypeBuilder<Relationship> builder)
    {
        builder.ToTable("FamilyRelationships");
        builder.ConfigureTracking();
        builder.Property(r => r.Description).HasMaxLength(Relationship.DescriptionMaxLength);
        builder.HasOne<FamilyMember>().WithMany().HasForeignKey(r => r.FromMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FamilyMember>().WithMany().HasForeignKey(r => r.ToMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AllocationConfiguration : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> builder)
    {
        builder.ConfigureTracking();
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.PersonId, a.EndDate });
        builder.HasMany(a => a.Adults).WithOne().HasForeignKey(a => a.AllocationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Adults).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(a => a.IsOpen);
    }
}

internal sealed class AllocationAdultConfiguration : IEntityTypeConfiguration<AllocationAdult>
{
    public void Configure(EntityTypeBuilder<AllocationAdult> builder)
    {
        builder.HasKey(a => new { a.AllocationId, a.MemberId });
        builder.HasOne<FamilyMember>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SignificantEventConfiguration : IEntityTypeConfiguration<SignificantEvent>
{
    public void Configure(EntityTypeBuilder<SignificantEvent> builder)
    {
        builder.ConfigureTracking();
        builder.Property(e => e.Account).HasMaxLength(SignificantEvent.AccountMaxLength).IsRequired();
        builder.HasOne<Family>().WithMany().HasForeignKey(e => e.FamilyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.RecordedBy).WithMany().HasForeignKey(e => e.RecordedByPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.FamilyId, e.OccurredOn });
        builder.HasMany(e => e.People).WithOne().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.People).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SignificantEventPersonConfiguration : IEntityTypeConfiguration<SignificantEventPerson>
{
    public void Configure(EntityTypeBuilder<SignificantEventPerson> builder)
    {
        builder.HasKey(p => new { p.EventId, p.MemberId });
        builder.HasOne<FamilyMember>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
