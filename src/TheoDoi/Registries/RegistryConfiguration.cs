using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TheoDoi.Registries;

internal sealed class IndustrialParkConfiguration : IEntityTypeConfiguration<IndustrialPark>
{
    public void Configure(EntityTypeBuilder<IndustrialPark> park)
    {
        park.HasIndex(p => p.Code).IsUnique();
        park.Property(p => p.Code).HasMaxLength(32);
        park.Property(p => p.Name).HasMaxLength(300);
        park.Property(p => p.Note).HasMaxLength(2000);
        park.Property(p => p.AreaHa).HasPrecision(18, 2);
        park.Property(p => p.PlantCapacity).HasPrecision(18, 2);
        park.Property(p => p.Version).IsConcurrencyToken();
        park.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        park.HasMany(p => p.Checks).WithOne().HasForeignKey(c => c.ParkId);
    }
}

internal sealed class ParkComplianceCheckConfiguration : IEntityTypeConfiguration<ParkComplianceCheck>
{
    public void Configure(EntityTypeBuilder<ParkComplianceCheck> check)
    {
        check.HasIndex(c => new { c.ParkId, c.Date });
        check.Property(c => c.Reference).HasMaxLength(300);
        check.Property(c => c.Standard).HasMaxLength(100);
        check.Property(c => c.Note).HasMaxLength(2000);
        check.Property(c => c.RecordedBy).HasMaxLength(256);
    }
}

internal sealed class WasteStatisticConfiguration : IEntityTypeConfiguration<WasteStatistic>
{
    public void Configure(EntityTypeBuilder<WasteStatistic> waste)
    {
        waste.HasIndex(w => new { w.UnitId, w.Year }).IsUnique();
        waste.HasOne(w => w.Unit).WithMany().HasForeignKey(w => w.UnitId).OnDelete(DeleteBehavior.Restrict);
        waste.Property(w => w.UrbanGenerated).HasPrecision(18, 2);
        waste.Property(w => w.UrbanCollected).HasPrecision(18, 2);
        waste.Property(w => w.UrbanTreated).HasPrecision(18, 2);
        waste.Property(w => w.HazardousGenerated).HasPrecision(18, 2);
        waste.Property(w => w.HazardousTreated).HasPrecision(18, 2);
        waste.Property(w => w.Source).HasMaxLength(1000);
        waste.Property(w => w.Note).HasMaxLength(2000);
        waste.Property(w => w.UpdatedBy).HasMaxLength(256);
        waste.Property(w => w.Version).IsConcurrencyToken();
    }
}
