using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TheoDoi.Units;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> unit)
    {
        unit.Property(u => u.Code).HasMaxLength(32);
        unit.Property(u => u.Name).HasMaxLength(300);
        unit.Property(u => u.ShortName).HasMaxLength(120);
        unit.Property(u => u.NameEn).HasMaxLength(300);
        unit.Property(u => u.SeedKey).HasMaxLength(64);
        unit.HasIndex(u => u.SeedKey).IsUnique();
        unit.HasIndex(u => new { u.Code, u.ValidFrom }).IsUnique();
        unit.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UnitSuccessionConfiguration : IEntityTypeConfiguration<UnitSuccession>
{
    public void Configure(EntityTypeBuilder<UnitSuccession> link)
    {
        link.HasOne(s => s.Predecessor).WithMany(u => u.Successors)
            .HasForeignKey(s => s.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        link.HasOne(s => s.Successor).WithMany(u => u.Predecessors)
            .HasForeignKey(s => s.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        link.HasIndex(s => new { s.PredecessorId, s.SuccessorId }).IsUnique();
        link.Property(s => s.LegalBasis).HasMaxLength(300);
    }
}
