using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TheoDoi.Water;

internal sealed class WaterBasinConfiguration : IEntityTypeConfiguration<WaterBasin>
{
    public void Configure(EntityTypeBuilder<WaterBasin> basin)
    {
        basin.HasIndex(b => b.Code).IsUnique();
        basin.Property(b => b.Code).HasMaxLength(32);
        basin.Property(b => b.Name).HasMaxLength(200);
        basin.Property(b => b.NameEn).HasMaxLength(200);
        basin.Property(b => b.AreaKm2).HasPrecision(12, 1);
        basin.HasOne<WaterBasin>().WithMany().HasForeignKey(b => b.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WaterBodyConfiguration : IEntityTypeConfiguration<WaterBody>
{
    public void Configure(EntityTypeBuilder<WaterBody> body)
    {
        body.HasIndex(b => b.Code).IsUnique();
        body.Property(b => b.Code).HasMaxLength(32);
        body.Property(b => b.Name).HasMaxLength(200);
        body.HasOne(b => b.Basin).WithMany().HasForeignKey(b => b.BasinId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WaterStationConfiguration : IEntityTypeConfiguration<WaterStation>
{
    public void Configure(EntityTypeBuilder<WaterStation> station)
    {
        station.HasIndex(s => s.Code).IsUnique();
        station.Property(s => s.Code).HasMaxLength(32);
        station.Property(s => s.Name).HasMaxLength(200);
        station.Property(s => s.TargetLevel).HasMaxLength(8);
        station.Property(s => s.Latitude).HasPrecision(9, 6);
        station.Property(s => s.Longitude).HasPrecision(9, 6);
        station.Property(s => s.Type).HasDefaultValue(StationType.Quality).HasSentinel((StationType)(-1));
        station.Property(s => s.Aquifer).HasMaxLength(32);
        station.Property(s => s.Datum).HasMaxLength(100);
        station.Property(s => s.Threshold).HasPrecision(18, 6);
        station.Property(s => s.CapacityHm3).HasPrecision(18, 6);
        station.HasOne(s => s.Basin).WithMany().HasForeignKey(s => s.BasinId).OnDelete(DeleteBehavior.Restrict);
        station.HasOne(s => s.WaterBody).WithMany().HasForeignKey(s => s.WaterBodyId).OnDelete(DeleteBehavior.Restrict);
        station.HasMany(s => s.Units).WithOne().HasForeignKey(u => u.StationId);
    }
}

internal sealed class WaterLevelVolumeConfiguration : IEntityTypeConfiguration<WaterLevelVolume>
{
    public void Configure(EntityTypeBuilder<WaterLevelVolume> row)
    {
        row.ToTable("WaterLevelVolumes");
        row.HasIndex(r => new { r.StationId, r.LevelM }).IsUnique();
        row.Property(r => r.LevelM).HasPrecision(12, 4);
        row.Property(r => r.VolumeHm3).HasPrecision(18, 6);
        row.HasOne<WaterStation>().WithMany().HasForeignKey(r => r.StationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WaterStationUnitConfiguration : IEntityTypeConfiguration<WaterStationUnit>
{
    public void Configure(EntityTypeBuilder<WaterStationUnit> unit)
    {
        unit.HasIndex(u => new { u.StationId, u.ValidFrom }).IsUnique();
        unit.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WaterParameterConfiguration : IEntityTypeConfiguration<WaterParameterEntry>
{
    public void Configure(EntityTypeBuilder<WaterParameterEntry> parameter)
    {
        parameter.ToTable("WaterParameters");
        parameter.Property(p => p.Id).ValueGeneratedNever();
        parameter.HasIndex(p => p.Code).IsUnique();
        parameter.Property(p => p.Code).HasMaxLength(32);
        parameter.Property(p => p.NameVi).HasMaxLength(200);
        parameter.Property(p => p.NameEn).HasMaxLength(200);
        parameter.Property(p => p.Unit).HasMaxLength(16);
        parameter.Property(p => p.Group).HasMaxLength(4);
        parameter.Property(p => p.DetectionLimit).HasPrecision(18, 9);
    }
}

internal sealed class WaterImportBatchConfiguration : IEntityTypeConfiguration<WaterImportBatch>
{
    public void Configure(EntityTypeBuilder<WaterImportBatch> batch)
    {
        batch.Property(b => b.FileName).HasMaxLength(255);
        batch.Property(b => b.Layout).HasMaxLength(16);
        batch.Property(b => b.Actor).HasMaxLength(256);
        batch.Property(b => b.Source).HasMaxLength(200);
        batch.Property(b => b.Sha256).HasMaxLength(64);
        batch.HasIndex(b => b.StartedAt);
    }
}

/// <summary>The observations table is made by <see cref="WaterSchemaSql"/>, not by EF; EF maps it for reading.</summary>
internal sealed class WaterObservationConfiguration : IEntityTypeConfiguration<WaterObservation>
{
    public void Configure(EntityTypeBuilder<WaterObservation> observation)
    {
        observation.ToTable(WaterSchemaSql.Observations, t => t.ExcludeFromMigrations());
        observation.HasKey(o => new { o.StationId, o.ParameterId, o.ObservedAt });
        observation.Property(o => o.StationId).HasColumnName("station_id");
        observation.Property(o => o.ParameterId).HasColumnName("parameter_id");
        observation.Property(o => o.ObservedAt).HasColumnName("observed_at");
        observation.Property(o => o.Value).HasColumnName("value");
        observation.Property(o => o.Qualifier).HasColumnName("qualifier");
        observation.Property(o => o.Qc).HasColumnName("qc");
        observation.Property(o => o.BatchId).HasColumnName("batch_id");
    }
}

internal sealed class WaterSampleConfiguration : IEntityTypeConfiguration<WaterSample>
{
    public void Configure(EntityTypeBuilder<WaterSample> sample)
    {
        sample.ToTable("water_samples");
        sample.HasKey(s => new { s.StationId, s.Resolution, s.SampledAt });
        sample.Property(s => s.StationId).HasColumnName("station_id");
        sample.Property(s => s.Resolution).HasColumnName("resolution");
        sample.Property(s => s.SampledAt).HasColumnName("sampled_at");
        sample.Property(s => s.Wqi).HasColumnName("wqi");
        sample.Property(s => s.WqiUnrounded).HasColumnName("wqi_unrounded");
        sample.Property(s => s.Formula).HasColumnName("formula");
        sample.Property(s => s.Parameters).HasColumnName("parameters").HasMaxLength(400);
        sample.Property(s => s.Note).HasColumnName("note").HasMaxLength(2000);
        sample.Property(s => s.NoteVi).HasColumnName("note_vi").HasMaxLength(2000);
        sample.Property(s => s.BelowDetectionLimit).HasColumnName("below_detection_limit");
        sample.Property(s => s.Standard).HasColumnName("standard").HasMaxLength(40);
        sample.Property(s => s.Level).HasColumnName("level").HasMaxLength(8);
        sample.Property(s => s.Deciding).HasColumnName("deciding").HasMaxLength(400);
        sample.Property(s => s.QcvnNotes).HasColumnName("qcvn_notes").HasMaxLength(2000);
        sample.Property(s => s.QcvnNotesVi).HasColumnName("qcvn_notes_vi").HasMaxLength(2000);
        sample.Property(s => s.Validated).HasColumnName("validated");
        sample.Property(s => s.Values).HasColumnName("value_count");
        sample.HasOne<WaterStation>().WithMany().HasForeignKey(s => s.StationId);
    }
}

internal sealed class WaterAlertConfiguration : IEntityTypeConfiguration<WaterAlert>
{
    public void Configure(EntityTypeBuilder<WaterAlert> alert)
    {
        alert.ToTable("water_alerts");
        alert.Property(a => a.Id).HasColumnName("id");
        alert.Property(a => a.StationId).HasColumnName("station_id");
        alert.Property(a => a.SampledAt).HasColumnName("sampled_at");
        alert.Property(a => a.Kind).HasColumnName("kind");
        alert.Property(a => a.Parameter).HasColumnName("parameter").HasMaxLength(32);
        alert.Property(a => a.Value).HasColumnName("value");
        alert.Property(a => a.Limit).HasColumnName("limit_value");
        alert.Property(a => a.Standard).HasColumnName("standard").HasMaxLength(40);
        alert.Property(a => a.Level).HasColumnName("level").HasMaxLength(8);
        alert.Property(a => a.LimitUnconfirmed).HasColumnName("limit_unconfirmed");
        alert.Property(a => a.Validated).HasColumnName("validated");
        alert.Property(a => a.CreatedAt).HasColumnName("created_at");
        alert.HasIndex(a => new { a.StationId, a.SampledAt });
        alert.HasIndex(a => a.CreatedAt);
        alert.HasOne<WaterStation>().WithMany().HasForeignKey(a => a.StationId);
    }
}
