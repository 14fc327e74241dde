using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TheoDoi.Water;

/// <summary>Snake-case columns: the import writers and the validation fill the table by raw SQL (<see cref="ValueVersionsSql"/>).</summary>
internal sealed class WaterValueVersionConfiguration : IEntityTypeConfiguration<WaterValueVersion>
{
    public void Configure(EntityTypeBuilder<WaterValueVersion> version)
    {
        version.ToTable(ValueVersionsSql.Table);
        version.Property(v => v.Id).HasColumnName("id");
        version.Property(v => v.StationId).HasColumnName("station_id");
        version.Property(v => v.ParameterId).HasColumnName("parameter_id");
        version.Property(v => v.ObservedAt).HasColumnName("observed_at");
        version.Property(v => v.OldValue).HasColumnName("old_value");
        version.Property(v => v.NewValue).HasColumnName("new_value");
        version.Property(v => v.OldQualifier).HasColumnName("old_qualifier");
        version.Property(v => v.NewQualifier).HasColumnName("new_qualifier");
        version.Property(v => v.OldQc).HasColumnName("old_qc");
        version.Property(v => v.NewQc).HasColumnName("new_qc");
        version.Property(v => v.Kind).HasColumnName("kind").HasConversion<short>(); // a number: the raw SQL writes it
        version.Property(v => v.ChangedAt).HasColumnName("changed_at");
        version.Property(v => v.BatchId).HasColumnName("batch_id");
        version.Property(v => v.Actor).HasColumnName("actor").HasMaxLength(256);
        version.Property(v => v.Reason).HasColumnName("reason").HasMaxLength(500);

        // The feed reads a partner's stations after a cursor, in id order.
        version.HasIndex(v => new { v.StationId, v.Id });
    }
}
