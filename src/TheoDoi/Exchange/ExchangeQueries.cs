using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Exchange;
using TheoDoi.Core.Time;
using TheoDoi.Data;

namespace TheoDoi.Exchange;

/// <summary>What the admin pages and API show: partners with their agreements and keys, and the exchange log by partner and month.</summary>
public static class ExchangeQueries
{
    public sealed record KeyDto(int Id, string Prefix, DateTime CreatedAt, DateTime? RevokedAt, string State);

    public sealed record AgreementDto(
        int Id, string Document, DateOnly SignedOn, DateOnly ExpiresOn, string Groups, string? Basin, IReadOnlyList<string> Stations,
        DateOnly? DataFrom, DateOnly? DataTo, bool IncludesRaw, bool Expired, IReadOnlyList<KeyDto> Keys);

    public sealed record PartnerDto(int Id, string Name, string Country, string? Contact, IReadOnlyList<AgreementDto> Agreements);

    /// <summary>One partner's requests in one month (Việt Nam time): answered, refused, values and bytes sent.</summary>
    public sealed record MonthDto(int? PartnerId, string Partner, string Month, int Requests, int Refused, long Values, long Bytes);

    public static async Task<List<PartnerDto>> PartnersAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var partners = await db.Partners.AsNoTracking().Include(p => p.Agreements).ThenInclude(a => a.Keys).OrderBy(p => p.Name).ToListAsync(ct);
        return partners.Select(p => new PartnerDto(p.Id, p.Name, p.Country, p.Contact, p.Agreements.OrderByDescending(a => a.SignedOn).Select(a =>
        {
            var expired = today > a.ExpiresOn;
            var keys = a.Keys.OrderByDescending(k => k.CreatedAt)
                .Select(k => new KeyDto(k.Id, k.Prefix, k.CreatedAt, k.RevokedAt, k.RevokedAt is not null ? "revoked" : expired ? "expired" : "active")).ToList();
            return new AgreementDto(a.Id, a.Document, a.SignedOn, a.ExpiresOn, DataGroupCodes.Format(a.Groups), a.BasinCode, a.Stations, a.DataFrom, a.DataTo, a.IncludesRaw, expired, keys);
        }).ToList())).ToList();
    }

    /// <summary>The log of a year by partner and month; requests whose key was unknown are under "?".</summary>
    public static async Task<List<MonthDto>> MonthlyAsync(AppDbContext db, int year, CancellationToken ct)
    {
        // Months in Việt Nam time (UTC+7, no daylight saving): the year's bounds shifted by 7 hours.
        var start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-7);
        var end = start.AddYears(1);
        var names = await db.Partners.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var rows = await db.ExchangeRequests.AsNoTracking().Where(r => r.At >= start && r.At < end)
            .Select(r => new { r.PartnerId, r.At, r.Status, r.Values, r.Bytes }).ToListAsync(ct);
        return rows.GroupBy(r => (r.PartnerId, Month: r.At.AddHours(7).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)))
            .Select(g => new MonthDto(g.Key.PartnerId, g.Key.PartnerId is { } id && names.TryGetValue(id, out var name) ? name : "?", g.Key.Month,
                g.Count(), g.Count(r => r.Status >= 400), g.Where(r => r.Status < 400).Sum(r => r.Values ?? 0), g.Where(r => r.Status < 400).Sum(r => r.Bytes)))
            .OrderBy(m => m.Partner, StringComparer.Ordinal).ThenBy(m => m.Month, StringComparer.Ordinal).ToList();
    }
}
