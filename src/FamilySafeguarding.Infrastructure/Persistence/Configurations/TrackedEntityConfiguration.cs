using FamilySafeguarding.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilySafeguarding.Infrastructure.Persistence.Configurations;

internal static class TrackedEntityConfiguration
{
    /// <summary>The key, stamps and concurrency token every tracked entity shares.</summary>
    public static void ConfigureTracking<T>(this EntityTypeBuilder<T> builder)
        where T : TrackedEntity
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken();
    }
}
