using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TheoDoi.Water.Licences;

internal sealed class WaterLicenceConfiguration : IEntityTypeConfiguration<WaterLicence>
{
    public void Configure(EntityTypeBuilder<WaterLicence> licence)
    {
        licence.HasIndex(l => l.Number).IsUnique();
        licence.Property(l => l.Number).HasMaxLength(64);
        licence.Property(l => l.Holder).HasMaxLength(300);
        licence.Property(l => l.WaterBody).HasMaxLength(200);
        licence.Property(l => l.Province).HasMaxLength(32);
        licence.Property(l => l.Purpose).HasMaxLength(300);
        licence.Property(l => l.IssuingBody).HasMaxLength(200);
        licence.Property(l => l.StationCode).HasMaxLength(32);
        licence.Property(l => l.UpdatedBy).HasMaxLength(256);
        licence.Property(l => l.Latitude).HasPrecision(9, 6);
        licence.Property(l => l.Longitude).HasPrecision(9, 6);
        licence.Property(l => l.MaxM3PerDay).HasPrecision(18, 2);
        licence.Property(l => l.Version).IsConcurrencyToken();
        licence.HasMany(l => l.Volumes).WithOne().HasForeignKey(v => v.LicenceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LicenceVolumeConfiguration : IEntityTypeConfiguration<LicenceVolume>
{
    public void Configure(EntityTypeBuilder<LicenceVolume> volume)
    {
        volume.HasIndex(v => new { v.LicenceId, v.Year, v.Month }).IsUnique();
        volume.Property(v => v.VolumeM3).HasPrecision(18, 2);
        volume.Property(v => v.Source).HasMaxLength(32);
    }
}

internal sealed class GroundwaterZoneConfiguration : IEntityTypeConfiguration<GroundwaterZone>
{
    public void Configure(EntityTypeBuilder<GroundwaterZone> zone)
    {
        zone.Property(z => z.Name).HasMaxLength(300);
        zone.Property(z => z.Decision).HasMaxLength(200);
    }
}
