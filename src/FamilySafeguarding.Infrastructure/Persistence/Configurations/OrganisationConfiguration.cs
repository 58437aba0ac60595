using FamilySafeguarding.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilySafeguarding.Infrastructure.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ConfigureTracking();
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength).IsRequired();
        builder.Property(o => o.NormalizedName).HasMaxLength(Organisation.NameMaxLength).IsRequired();
        builder.HasIndex(o => o.NormalizedName).IsUnique();
    }
}
