using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TheoDoi.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> audit)
    {
        audit.HasIndex(a => a.At);
        audit.HasIndex(a => new { a.Entity, a.EntityKey });
        audit.Property(a => a.Actor).HasMaxLength(256);
        audit.Property(a => a.Entity).HasMaxLength(128);
        audit.Property(a => a.EntityKey).HasMaxLength(256);
    }
}
