using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TheoDoi.Plans;

internal sealed class LegalDocumentConfiguration : IEntityTypeConfiguration<LegalDocument>
{
    public void Configure(EntityTypeBuilder<LegalDocument> doc)
    {
        doc.Property(d => d.Number).HasMaxLength(64);
        doc.HasIndex(d => d.Number).IsUnique();
        doc.Property(d => d.Kind).HasMaxLength(64);
        doc.Property(d => d.Issuer).HasMaxLength(300);
        doc.Property(d => d.IssuerEn).HasMaxLength(300);
    }
}

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> plan)
    {
        plan.Property(p => p.Number).HasMaxLength(64);
        plan.HasIndex(p => p.Number).IsUnique();
        plan.HasOne(p => p.IssuerUnit).WithMany().HasForeignKey(p => p.IssuerUnitId).OnDelete(DeleteBehavior.Restrict);
        plan.HasOne(p => p.ReportRecipientUnit).WithMany().HasForeignKey(p => p.ReportRecipientUnitId).OnDelete(DeleteBehavior.Restrict);
        plan.HasMany(p => p.Bases).WithMany().UsingEntity("PlanBasis");
        plan.HasMany(p => p.Items).WithOne(i => i.Plan).HasForeignKey(i => i.PlanId);
    }
}

internal sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> item)
    {
        item.Property(i => i.Code).HasMaxLength(32);
        item.HasIndex(i => new { i.PlanId, i.Code }).IsUnique();
        item.Property(i => i.Title).HasMaxLength(500);
        item.Property(i => i.TitleEn).HasMaxLength(500);
        item.Property(i => i.Recurrence).HasMaxLength(64);
        item.Property(i => i.SubmitTo).HasMaxLength(200);
        item.HasOne(i => i.Parent).WithMany(p => p.Children).HasForeignKey(i => i.ParentId).OnDelete(DeleteBehavior.Restrict);
        item.HasOne(i => i.LeadUnit).WithMany().HasForeignKey(i => i.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        item.HasOne(i => i.ReportToUnit).WithMany().HasForeignKey(i => i.ReportToUnitId).OnDelete(DeleteBehavior.Restrict);
        item.HasMany(i => i.CoordinatingUnits).WithMany().UsingEntity("PlanItemCoordinator");
    }
}

internal sealed class PlanItemLinkConfiguration : IEntityTypeConfiguration<PlanItemLink>
{
    public void Configure(EntityTypeBuilder<PlanItemLink> link)
    {
        link.Property(l => l.Target).HasMaxLength(200);
        link.Property(l => l.Title).HasMaxLength(300);
        link.Property(l => l.TitleEn).HasMaxLength(300);
        // One link per task, kind and target: the loader adds what is missing by this key.
        link.HasIndex(l => new { l.PlanItemId, l.Kind, l.Target }).IsUnique();
        link.HasIndex(l => new { l.Kind, l.Target });
        link.HasOne(l => l.PlanItem).WithMany().HasForeignKey(l => l.PlanItemId).OnDelete(DeleteBehavior.Cascade);
        link.HasOne(l => l.TargetItem).WithMany().HasForeignKey(l => l.TargetItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
