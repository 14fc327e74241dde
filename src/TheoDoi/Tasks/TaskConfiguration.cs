using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TheoDoi.Plans;

namespace TheoDoi.Tasks;

internal sealed class TaskStateConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> item)
    {
        item.Property(i => i.Version).IsConcurrencyToken();
        item.Property(i => i.Weight).HasPrecision(9, 3);
        item.Property(i => i.DecisionNumber).HasMaxLength(64);
        item.HasMany(i => i.Assignments).WithOne(a => a.PlanItem).HasForeignKey(a => a.PlanItemId);
    }
}

internal sealed class TaskAssignmentConfiguration : IEntityTypeConfiguration<TaskAssignment>
{
    public void Configure(EntityTypeBuilder<TaskAssignment> assignment)
    {
        assignment.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        assignment.HasIndex(a => new { a.PlanItemId, a.UnitId, a.ValidFrom }).IsUnique();
        assignment.Property(a => a.Origin).HasMaxLength(200);
    }
}

internal sealed class TaskUpdateConfiguration : IEntityTypeConfiguration<TaskUpdate>
{
    public void Configure(EntityTypeBuilder<TaskUpdate> update)
    {
        update.HasIndex(u => new { u.PlanItemId, u.At });
        update.HasOne<PlanItem>().WithMany().HasForeignKey(u => u.PlanItemId);
        update.Property(u => u.Actor).HasMaxLength(256);
        update.Property(u => u.UnitCode).HasMaxLength(32);
    }
}

internal sealed class TaskEvidenceConfiguration : IEntityTypeConfiguration<TaskEvidence>
{
    public void Configure(EntityTypeBuilder<TaskEvidence> evidence)
    {
        evidence.HasIndex(e => e.PlanItemId);
        evidence.HasOne<PlanItem>().WithMany().HasForeignKey(e => e.PlanItemId);
        evidence.Property(e => e.FileName).HasMaxLength(255);
        evidence.Property(e => e.StoredPath).HasMaxLength(400);
        evidence.Property(e => e.ContentType).HasMaxLength(128);
        evidence.Property(e => e.Sha256).HasMaxLength(64);
        evidence.Property(e => e.UnitCode).HasMaxLength(32);
        evidence.Property(e => e.UploadedBy).HasMaxLength(256);
    }
}
