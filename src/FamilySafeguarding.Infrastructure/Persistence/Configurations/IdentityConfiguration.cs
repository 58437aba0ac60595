using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Domain.People;
using Microsoft.AspNetCore.Identity;
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

/// <summary>
/// Identity leaves the text columns of these two composite primary keys unbounded unless <c>Stores.MaxLengthForKeys</c>
/// is set, which SQL Server turns into nvarchar(450) each: keys of 1,800 bytes and more, over its 900-byte limit for a
/// clustered key. Bounded here, in the model, so every provider and every way of building the context agree.
/// </summary>
internal static class IdentityKeyLengths
{
    /// <summary>A login provider's or a token's name: the app's own short constants ("[AspNetUserStore]", "AuthenticatorKey").</summary>
    public const int NameMaxLength = 128;

    /// <summary>An external provider's user id; OpenID Connect's <c>sub</c> is at most 255 characters.</summary>
    public const int ProviderKeyMaxLength = 256;
}

internal sealed class UserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> builder)
    {
        builder.Property(l => l.LoginProvider).HasMaxLength(IdentityKeyLengths.NameMaxLength);
        builder.Property(l => l.ProviderKey).HasMaxLength(IdentityKeyLengths.ProviderKeyMaxLength);
    }
}

internal sealed class UserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> builder)
    {
        builder.Property(t => t.LoginProvider).HasMaxLength(IdentityKeyLengths.NameMaxLength);
        builder.Property(t => t.Name).HasMaxLength(IdentityKeyLengths.NameMaxLength);
    }
}

