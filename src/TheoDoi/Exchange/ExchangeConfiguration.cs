using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TheoDoi.Core.Exchange;

namespace TheoDoi.Exchange;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> partner)
    {
        partner.ToTable("exchange_partners");
        partner.Property(p => p.Name).HasMaxLength(256);
        partner.Property(p => p.Country).HasMaxLength(2);
        partner.Property(p => p.Contact).HasMaxLength(512);
        partner.HasIndex(p => p.Name).IsUnique();
    }
}

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> agreement)
    {
        agreement.ToTable("exchange_agreements");
        agreement.Property(a => a.Document).HasMaxLength(512);
        // Stored as the codes ("quality,salinity"), readable in the database like every enum here.
        agreement.Property(a => a.Groups).HasConversion(g => DataGroupCodes.Format(g), s => DataGroupCodes.Parse(s) ?? DataGroups.None).HasMaxLength(128);
        agreement.Property(a => a.BasinCode).HasMaxLength(32);
        agreement.Property(a => a.StationCodes).HasMaxLength(4000);
        agreement.Ignore(a => a.Stations);
        agreement.HasOne(a => a.Partner).WithMany(p => p.Agreements).HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PartnerKeyConfiguration : IEntityTypeConfiguration<PartnerKey>
{
    public void Configure(EntityTypeBuilder<PartnerKey> key)
    {
        key.ToTable("exchange_keys");
        key.Property(k => k.Prefix).HasMaxLength(16);
        key.Property(k => k.SecretHash).HasMaxLength(64);
        key.HasIndex(k => k.Prefix).IsUnique();
        key.HasOne(k => k.Agreement).WithMany(a => a.Keys).HasForeignKey(k => k.AgreementId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExchangeRequestConfiguration : IEntityTypeConfiguration<ExchangeRequest>
{
    public void Configure(EntityTypeBuilder<ExchangeRequest> request)
    {
        request.ToTable("exchange_requests");
        request.Property(r => r.KeyPrefix).HasMaxLength(16);
        request.Property(r => r.Method).HasMaxLength(8);
        request.Property(r => r.Path).HasMaxLength(1000);
        request.Property(r => r.Sha256).HasMaxLength(64);
        request.Property(r => r.Refusal).HasMaxLength(500);
        request.HasIndex(r => r.At);
        request.HasIndex(r => new { r.PartnerId, r.At });
    }
}
