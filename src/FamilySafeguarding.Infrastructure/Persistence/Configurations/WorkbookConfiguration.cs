using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.Workbook;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilySafeguarding.Infrastructure.Persistence.Configurations;

internal sealed class MonthlySummaryConfiguration : IEntityTypeConfiguration<MonthlySummary>
{
    public void Configure(EntityTypeBuilder<MonthlySummary> builder)
    {
        builder.ConfigureTracking();
        builder.Property(s => s.WorkUndertaken).HasMaxLength(MonthlySummary.SectionMaxLength).IsRequired();
        builder.Property(s => s.WhatHasChanged).HasMaxLength(MonthlySummary.SectionMaxLength).IsRequired();
        builder.Property(s => s.Worries).HasMaxLength(MonthlySummary.SectionMaxLength).IsRequired();
        builder.Property(s => s.Strengths).HasMaxLength(MonthlySummary.SectionMaxLength).IsRequired();
        builder.Property(s => s.NextSteps).HasMaxLength(MonthlySummary.SectionMaxLength).IsRequired();
        builder.HasOne<Family>().WithMany().HasForeignKey(s => s.FamilyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Author).WithMany().HasForeignKey(s => s.AuthorPersonId).OnDelete(DeleteBehavior.Restrict);

        // One summary per chapter (family and worker) per month: a second tab or a double click cannot make two.
        builder.HasIndex(s => new { s.FamilyId, s.AuthorPersonId, s.Month }).IsUnique();
        builder.HasIndex(s => new { s.FamilyId, s.Month });
        builder.HasMany(s => s.People).WithOne().HasForeignKey(p => p.SummaryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.People).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SummaryPersonConfiguration : IEntityTypeConfiguration<SummaryPerson>
{
    public void Configure(EntityTypeBuilder<SummaryPerson> builder)
    {
        builder.HasKey(p => new { p.SummaryId, p.MemberId });
        builder.Property(p => p.Impact).HasMaxLength(MonthlySummary.ImpactMaxLength);
        builder.HasOne<FamilyMember>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SummaryNoteConfiguration : IEntityTypeConfiguration<SummaryNote>
{
    public void Configure(EntityTypeBuilder<SummaryNote> builder)
    {
        builder.ConfigureTracking();
        builder.Property(n => n.Text).HasMaxLength(SummaryNote.TextMaxLength).IsRequired();
        builder.HasOne<MonthlySummary>().WithMany().HasForeignKey(n => n.SummaryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Family>().WithMany().HasForeignKey(n => n.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.Author).WithMany().HasForeignKey(n => n.AuthorPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.FamilyId, n.WrittenAt });
    }
}
