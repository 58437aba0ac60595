using FamilySafeguarding.Application.Search;
using FamilySafeguarding.Domain.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilySafeguarding.Infrastructure.Persistence.Configurations;

internal sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    public void Configure(EntityTypeBuilder<SearchDocument> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Title).HasMaxLength(SearchDocument.TitleMaxLength).IsRequired();
        builder.Property(d => d.Body).IsRequired();

        // The documents go with their family; the full-text index over Title and Body lives outside the model, one per
        // engine (SQLite FTS5 table, PostgreSQL tsvector column and GIN index): see the Search migration.
        builder.HasOne<Family>().WithMany().HasForeignKey(d => d.FamilyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.FamilyId);
    }
}
