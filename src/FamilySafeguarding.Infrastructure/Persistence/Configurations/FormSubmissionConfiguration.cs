using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Application.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilySafeguarding.Infrastructure.Persistence.Configurations;

internal sealed class FormSubmissionConfiguration : IEntityTypeConfiguration<FormSubmission>
{
    public void Configure(EntityTypeBuilder<FormSubmission> builder)
    {
        // The key is the form key itself: a second request with the same key fails at commit, with everything it created.
        builder.HasKey(s => new { s.UserId, s.Form, s.Nonce });
        builder.Property(s => s.Form).HasMaxLength(FormSubmission.FormMaxLength).IsRequired();
        builder.Property(s => s.Outcome).HasMaxLength(FormSubmission.OutcomeMaxLength);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
