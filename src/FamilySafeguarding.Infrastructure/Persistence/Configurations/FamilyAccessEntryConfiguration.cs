using FamilySafeguarding.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilySafeguarding.Infrastructure.Persistence.Configurations;

internal sealed class FamilyAccessEntryConfiguration : IEntityTypeConfiguration<FamilyAccessEntry>
{
    public void Configure(EntityTypeBuilder<FamilyAccessEntry> builder)
    {
        builder.ToTable("FamilyAccessLog");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Page).HasMaxLength(FamilyAccessEntry.PageMaxLength).IsRequired();
        builder.Property(a => a.CorrelationId).HasMaxLength(FamilyAccessEntry.CorrelationIdMaxLength);
        builder.HasIndex(a => new { a.FamilyId, a.OccurredAt });
        builder.HasIndex(a => new { a.PersonId, a.OccurredAt });
    }
}
