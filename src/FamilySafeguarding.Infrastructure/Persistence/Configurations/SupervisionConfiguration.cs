using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilySafeguarding.Infrastructure.Persistence.Configurations;

internal sealed class SupervisionConfiguration : IEntityTypeConfiguration<Supervision>
{
    public void Configure(EntityTypeBuilder<Supervision> builder)
    {
        builder.ConfigureTracking();
        builder.Property(s => s.Worries).HasMaxLength(Supervision.SectionMaxLength).IsRequired();
        builder.Property(s => s.WorkingWell).HasMaxLength(Supervision.SectionMaxLength).IsRequired();
        builder.Property(s => s.DecisionRationale).HasMaxLength(Supervision.SectionMaxLength).IsRequired();
        builder.HasOne<Family>().WithMany().HasForeignKey(s => s.FamilyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.SignedOffBy).WithMany().HasForeignKey(s => s.SignedOffByPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.FamilyId, s.Status, s.HeldOn });
        builder.HasIndex(s => new { s.Status, s.ScheduledOn });

        builder.HasMany(s => s.Attendees).WithOne().HasForeignKey(a => a.SupervisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Updates).WithOne().HasForeignKey(u => u.SupervisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.People).WithOne().HasForeignKey(p => p.SupervisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Actions).WithOne().HasForeignKey(a => a.SupervisionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Attendees).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Updates).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.People).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Actions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SupervisionAttendeeConfiguration : IEntityTypeConfiguration<SupervisionAttendee>
{
    public void Configure(EntityTypeBuilder<SupervisionAttendee> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(Supervision.NameMaxLength);
        builder.Property(a => a.Role).HasMaxLength(Supervision.NameMaxLength);
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SupervisionUpdateConfiguration : IEntityTypeConfiguration<SupervisionUpdate>
{
    public void Configure(EntityTypeBuilder<SupervisionUpdate> builder)
    {
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Text).HasMaxLength(Supervision.UpdateMaxLength).IsRequired();
        builder.HasOne<Person>().WithMany().HasForeignKey(u => u.ChapterPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SupervisionPersonConfiguration : IEntityTypeConfiguration<SupervisionPerson>
{
    public void Configure(EntityTypeBuilder<SupervisionPerson> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Meaning).HasMaxLength(Supervision.MeaningMaxLength);
        builder.HasOne<FamilyMember>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SupervisionActionLineConfiguration : IEntityTypeConfiguration<SupervisionActionLine>
{
    public void Configure(EntityTypeBuilder<SupervisionActionLine> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.What).HasMaxLength(FamilyAction.WhatMaxLength).IsRequired();
        builder.HasOne(a => a.Owner).WithMany().HasForeignKey(a => a.OwnerPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SupervisionAddendumConfiguration : IEntityTypeConfiguration<SupervisionAddendum>
{
    public void Configure(EntityTypeBuilder<SupervisionAddendum> builder)
    {
        builder.ConfigureTracking();
        builder.Property(n => n.Text).HasMaxLength(SupervisionAddendum.TextMaxLength).IsRequired();
        builder.HasOne<Supervision>().WithMany().HasForeignKey(n => n.SupervisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Family>().WithMany().HasForeignKey(n => n.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.Author).WithMany().HasForeignKey(n => n.AuthorPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.FamilyId, n.WrittenAt });
    }
}

internal sealed class FamilyActionConfiguration : IEntityTypeConfiguration<FamilyAction>
{
    public void Configure(EntityTypeBuilder<FamilyAction> builder)
    {
        builder.ConfigureTracking();
        builder.Property(a => a.What).HasMaxLength(FamilyAction.WhatMaxLength).IsRequired();
        builder.Property(a => a.ClosingNote).HasMaxLength(FamilyAction.NoteMaxLength);
        builder.HasOne<Family>().WithMany().HasForeignKey(a => a.FamilyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Supervision>().WithMany().HasForeignKey(a => a.SupervisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Owner).WithMany().HasForeignKey(a => a.OwnerPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.FamilyId, a.State });
        builder.HasIndex(a => new { a.OwnerPersonId, a.State, a.DueOn });
        builder.HasMany(a => a.History).WithOne().HasForeignKey(c => c.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ActionChangeConfiguration : IEntityTypeConfiguration<ActionChange>
{
    public void Configure(EntityTypeBuilder<ActionChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Note).HasMaxLength(FamilyAction.NoteMaxLength);
        builder.HasOne(c => c.ByPerson).WithMany().HasForeignKey(c => c.ByPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ActionId, c.At });
    }
}
