using FamilySafeguarding.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilySafeguarding.Infrastructure.Persistence.Configurations;

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.ConfigureTracking();
        builder.Property(s => s.Name).HasMaxLength(Service.NameMaxLength).IsRequired();
        builder.Property(s => s.NormalizedName).HasMaxLength(Service.NameMaxLength).IsRequired();
        builder.HasIndex(s => s.NormalizedName).IsUnique();
        builder.HasOne(s => s.ServiceManager).WithMany().HasForeignKey(s => s.ServiceManagerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ConfigureTracking();
        builder.Property(t => t.Name).HasMaxLength(Team.NameMaxLength).IsRequired();
        builder.Property(t => t.NormalizedName).HasMaxLength(Team.NameMaxLength).IsRequired();
        builder.Property(t => t.Locality).HasMaxLength(Team.LocalityMaxLength).IsRequired();
        builder.HasOne<Service>().WithMany().HasForeignKey(t => t.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.ServiceId, t.NormalizedName }).IsUnique();
    }
}
