using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TheoDoi.Reporting;

internal sealed class ReportingCycleConfiguration : IEntityTypeConfiguration<ReportingCycle>
{
    public void Configure(EntityTypeBuilder<ReportingCycle> cycle)
    {
        cycle.HasIndex(c => new { c.PlanId, c.Year }).IsUnique();
        cycle.HasOne(c => c.Plan).WithMany().HasForeignKey(c => c.PlanId);
        cycle.Property(c => c.OpenedBy).HasMaxLength(256);
        cycle.HasMany(c => c.Reports).WithOne(r => r.Cycle).HasForeignKey(r => r.CycleId);
    }
}

internal sealed class UnitReportConfiguration : IEntityTypeConfiguration<UnitReport>
{
    public void Configure(EntityTypeBuilder<UnitReport> report)
    {
        report.HasIndex(r => new { r.CycleId, r.UnitId }).IsUnique();
        report.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        report.Property(r => r.Version).IsConcurrencyToken();
        report.Property(r => r.AcceptedBy).HasMaxLength(256);
        report.Property(r => r.UpdatedBy).HasMaxLength(256);
        report.HasMany(r => r.Tasks).WithOne().HasForeignKey(t => t.ReportId);
        report.HasMany(r => r.Indicators).WithOne().HasForeignKey(i => i.ReportId);
        report.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.ReportId);
        report.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.ReportId);
    }
}

internal sealed class ReportEntryConfiguration : IEntityTypeConfiguration<ReportTaskEntry>, IEntityTypeConfiguration<ReportIndicatorEntry>, IEntityTypeConfiguration<ReportEvent>, IEntityTypeConfiguration<ReportAttachment>
{
    public void Configure(EntityTypeBuilder<ReportTaskEntry> entry)
    {
        entry.HasIndex(t => new { t.ReportId, t.PlanItemId }).IsUnique();
        entry.HasOne(t => t.PlanItem).WithMany().HasForeignKey(t => t.PlanItemId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ReportIndicatorEntry> entry)
    {
        entry.HasIndex(i => new { i.ReportId, i.IndicatorId }).IsUnique();
        entry.HasOne(i => i.Indicator).WithMany().HasForeignKey(i => i.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        entry.Property(i => i.Numerator).HasPrecision(18, 4);
        entry.Property(i => i.Denominator).HasPrecision(18, 4);
        entry.Property(i => i.Value).HasPrecision(18, 4);
    }

    public void Configure(EntityTypeBuilder<ReportEvent> entry)
    {
        entry.Property(e => e.Actor).HasMaxLength(256);
        entry.Property(e => e.Action).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<ReportAttachment> entry)
    {
        entry.Property(a => a.FileName).HasMaxLength(255);
        entry.Property(a => a.StoredPath).HasMaxLength(400);
        entry.Property(a => a.ContentType).HasMaxLength(128);
        entry.Property(a => a.Sha256).HasMaxLength(64);
        entry.Property(a => a.UploadedBy).HasMaxLength(256);
    }
}
