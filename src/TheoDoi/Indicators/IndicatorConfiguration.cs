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
        indicator.Property(i => i.BaselineValue).HasPrecision(18, 4);
        indicator.Property(i => i.RegistrySource).HasMaxLength(32);
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

internal sealed class IndicatorDefinitionVersionConfiguration : IEntityTypeConfiguration<IndicatorDefinitionVersion>
{
    public void Configure(EntityTypeBuilder<IndicatorDefinitionVersion> version)
    {
        version.HasIndex(v => new { v.IndicatorId, v.Version }).IsUnique();
        version.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId);
        version.Property(v => v.Actor).HasMaxLength(256);
        version.Property(v => v.Reason).HasMaxLength(1000);
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> value)
    {
        value.HasIndex(v => new { v.IndicatorId, v.SeriesKey, v.Year }).IsUnique();
        value.HasOne(v => v.Indicator).WithMany().HasForeignKey(v => v.IndicatorId);
        value.HasOne(v => v.Unit).WithMany().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Restrict);
        value.Property(v => v.SeriesKey).HasMaxLength(32);
        value.Property(v => v.Value).HasPrecision(18, 4);
        value.Property(v => v.Numerator).HasPrecision(18, 4);
        value.Property(v => v.Denominator).HasPrecision(18, 4);
        value.Property(v => v.Source).HasMaxLength(1000);
        value.Property(v => v.Comment).HasMaxLength(4000);
        value.Property(v => v.QualityFlag).HasMaxLength(1000);
        value.Property(v => v.EnteredBy).HasMaxLength(256);
        value.Property(v => v.ReviewedBy).HasMaxLength(256);
        value.Property(v => v.ReturnReason).HasMaxLength(1000);
        value.Property(v => v.Version).IsConcurrencyToken();
    }
}
