using FamilySafeguarding.Domain.Organisations;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilySafeguarding.Infrastructure.Persistence.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.ConfigureTracking();
        builder.Property(p => p.FullName).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.WorkEmail).HasMaxLength(Person.EmailMaxLength);
        builder.Property(p => p.Fte).HasPrecision(3, 2);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Memberships).WithOne().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Memberships).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.IsVacancy);
        builder.HasIndex(p => p.FullName);
        builder.HasIndex(p => p.JobRole);
    }
}

internal sealed class TeamMembershipConfiguration : IEntityTypeConfiguration<TeamMembership>
{
    public void Configure(EntityTypeBuilder<TeamMembership> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<Team>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.TeamId, m.StartDate });
    }
}
