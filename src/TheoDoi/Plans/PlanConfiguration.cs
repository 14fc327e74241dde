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
