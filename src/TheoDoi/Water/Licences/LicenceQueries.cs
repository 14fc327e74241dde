using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Time;
using TheoDoi.Core.Water.Licences;
using TheoDoi.Core.Water.Security;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Water.Licences;

/// <summary>A licence as the register shows it on a day: expiring soon, inside which zones, this year's compliance.</summary>
public sealed record LicenceView(WaterLicence Licence, bool ExpiringSoon, IReadOnlyList<GroundwaterZone> Zones, ComplianceStatus? LatestStatus, int MonthsOver);

/// <summary>Reads of the licence register: the list, compliance per month, expiring licences, zone flags.</summary>
public static class LicenceQueries
{
    /// <summary>Days ahead a licence counts as expiring (the 90 days; time to apply for renewal).</summary>
    public const int ExpiringDays = 90;

    /// <summary>The water parameter whose validated readings at a linked station are the work's abstraction (QA, m³/day, Thông tư 17/2021/TT-BTNMT; docs/reference/water-security.md).</summary>
    public const string AbstractionParameter = "QA";

    private static readonly TimeSpan s_offset = TimeSpan.FromHours(7);

    public static async Task<IReadOnlyList<LicenceView>> RegisterAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var licences = await db.WaterLicences.AsNoTracking().Include(l => l.Volumes).OrderBy(l => l.Number).ToListAsync(ct);
        var zones = await ZonesAsync(db, ct);
        var expiring = LicenceCompliance.ExpiringWithin(licences.Select(ToCore), today, ExpiringDays).Select(l => l.Id).ToHashSet();
        var result = new List<LicenceView>();
        foreach (var l in licences)
        {
            var months = LicenceCompliance.Months(ToCore(l), [], Monthly(l), new DateOnly(today.Year, 1, 1), today)
                .Where(m => m.Status != ComplianceStatus.NotValid).ToList();
            var latest = months.LastOrDefault(m => m.Status != ComplianceStatus.NoData);
            result.Add(new(l, expiring.Contains(l.Number), InZones(l, zones, today), latest?.Status, months.Count(m => m.Status == ComplianceStatus.Over)));
        }

        return result;
    }

    /// <summary>The twelve months of <paramref name="year"/>: reported volumes and, with a linked station, its validated daily readings.</summary>
    public static async Task<IReadOnlyList<MonthCompliance>> ComplianceAsync(AppDbContext db, WaterLicence licence, int year, CancellationToken ct)
    {
        var volumes = await db.LicenceVolumes.AsNoTracking().Where(v => v.LicenceId == licence.Id && v.Year == year).ToListAsync(ct);
        var daily = await DailyAsync(db, licence, year, ct);
        var monthly = volumes.Select(v => new Abstraction(new DateOnly(v.Year, v.Month, 1), v.VolumeM3)).ToList();
        return LicenceCompliance.Months(ToCore(licence), daily, monthly, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    public static async Task<IReadOnlyList<(GroundwaterZone Zone, IReadOnlyList<IReadOnlyList<LonLat>> Rings)>> ZonesAsync(AppDbContext db, CancellationToken ct) =>
        (await db.GroundwaterZones.AsNoTracking().OrderBy(z => z.Id).ToListAsync(ct)).Select(z => (z, ZoneGeoJson.ParseRings(z.Coordinates))).ToList();

    /// <summary>Only groundwater works are flagged: the zones restrict abstraction of groundwater (QĐ 3225/QĐ-UBND TP.HCM).</summary>
    public static IReadOnlyList<GroundwaterZone> InZones(WaterLicence l, IReadOnlyList<(GroundwaterZone Zone, IReadOnlyList<IReadOnlyList<LonLat>> Rings)> zones, DateOnly today) =>
        l.Source != WaterSource.Ground ? [] :
            [.. zones.Where(z => z.Zone.ValidFrom <= today && PointInPolygon.Contains(z.Rings, new LonLat((double)l.Longitude, (double)l.Latitude))).Select(z => z.Zone)];

    public static Licence ToCore(WaterLicence l) => new(l.Number, l.MaxM3PerDay, l.ValidFrom, l.ValidTo);

    private static List<Abstraction> Monthly(WaterLicence l) => [.. l.Volumes.Select(v => new Abstraction(new DateOnly(v.Year, v.Month, 1), v.VolumeM3))];

    /// <summary>
    /// Validated readings of the linked station, one value per Vietnamese calendar day: their mean. QA is a
    /// rate (m³/day), so a meter that sends it four times a day abstracted the mean, not the sum; a work that
    /// sends one daily total gets that total.
    /// </summary>
    private static async Task<List<Abstraction>> DailyAsync(AppDbContext db, WaterLicence licence, int year, CancellationToken ct)
    {
        if (licence.StationCode is null)
        {
            return [];
        }

        var station = await db.WaterStations.AsNoTracking().WithCode(s => s.Code, licence.StationCode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        var parameter = await db.WaterParameters.AsNoTracking().Where(p => p.Code == AbstractionParameter).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (station is null || parameter is null)
        {
            return [];
        }

        // Vietnam keeps UTC+7 all year: a day starts at 17:00 UTC the day before.
        var from = new DateTimeOffset(year, 1, 1, 0, 0, 0, s_offset).ToUnixTimeSeconds();
        var to = new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, s_offset).ToUnixTimeSeconds();
        var rows = await db.WaterObservations.AsNoTracking()
            .Where(o => o.StationId == station && o.ParameterId == parameter && o.Qc == (short)QcState.Validated && o.ObservedAt >= from && o.ObservedAt < to)
            .Select(o => new { o.ObservedAt, o.Value }).ToListAsync(ct);
        return DailyMeans(rows.Select(r => (r.ObservedAt, r.Value)));
    }

    /// <summary>One abstraction a Vietnamese calendar day: the mean of its readings (see <see cref="ComplianceAsync"/>).</summary>
    public static List<Abstraction> DailyMeans(IEnumerable<(long ObservedAt, double Value)> readings) =>
        [.. readings.GroupBy(r => VietnamTime.DateOf(DateTimeOffset.FromUnixTimeSeconds(r.ObservedAt))).Select(g => new Abstraction(g.Key, Math.Round((decimal)g.Average(r => r.Value), 3)))];
}
