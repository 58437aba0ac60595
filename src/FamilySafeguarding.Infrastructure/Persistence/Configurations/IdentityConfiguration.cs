using FamilySafeguarding.Application.Accounts;
using FamilySafeguarding.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilySafeguarding.Infrastructure.Persistence.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.Id).ValueGeneratedNever();

        // An account belongs to exactly one person, and a person has at most one account.
        builder.HasOne<Person>().WithOne().HasForeignKey<AppUser>(u => u.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.PersonId).IsUnique();
    }
}
