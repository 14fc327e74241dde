using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TheoDoi.Indicators;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> indicator)
    {
        indicator.Property(i => i.Code).HasMaxLength(32);
        indicator.HasIndex(i => i.Code).IsUnique();
        indicator.Property(i => i.MeasureUnit).HasMaxLength(32);
        indicator.Property(i => i.Sdg).HasMaxLength(32);
        indicator.HasOne(i => i.ResponsibleUnit).WithMany().HasForeignKey(i => i.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
        indicator.HasMany(i => i.Targets).WithOne().HasForeignKey(t => t.IndicatorId);
    }
}

internal sealed class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorTarget> target)
    {
        target.HasIndex(t => new { t.IndicatorId, t.Year }).IsUnique();
        target.Property(t => t.Value).HasPrecision(18, 4);
    }
}
