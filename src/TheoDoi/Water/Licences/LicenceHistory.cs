using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Water.Licences;
using TheoDoi.Core.Water.Security;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Water.Licences;

/// <summary>
/// The monthly compliance of many licences in any year, from one read of their reported volumes and one of
/// their linked stations' validated readings — what <see cref="LicenceQueries.ComplianceAsync"/> gives one
/// licence and year, for the scorecard's history without two statements a licence a year.
/// </summary>
public sealed class LicenceHistory
{
    private readonly ILookup<int, Abstraction> _monthly;
    private readonly Dictionary<string, List<Abstraction>> _daily;

    private LicenceHistory(ILookup<int, Abstraction> monthly, Dictionary<string, List<Abstraction>> daily)
    {
        _monthly = monthly;
        _daily = daily;
    }

    public static async Task<LicenceHistory> LoadAsync(AppDbContext db, IReadOnlyList<WaterLicence> licences, CancellationToken ct)
    {
        var ids = licences.Select(l => l.Id).ToList();
        var volumes = await db.LicenceVolumes.AsNoTracking().Where(v => ids.Contains(v.LicenceId))
            .Select(v => new { v.LicenceId, v.Year, v.Month, v.VolumeM3 }).ToListAsync(ct);
        var monthly = volumes.ToLookup(v => v.LicenceId, v => new Abstraction(new DateOnly(v.Year, v.Month, 1), v.VolumeM3));
        var linked = licences.Where(l => l.StationCode is not null).Select(l => Codes.Key(l.StationCode)).ToHashSet();
        var parameter = await db.WaterParameters.AsNoTracking().Where(p => p.Code == LicenceQueries.AbstractionParameter).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (linked.Count == 0 || parameter is null)
        {
            return new(monthly, []);
        }

        var stations = (await db.WaterStations.AsNoTracking().Select(s => new { s.Id, s.Code }).ToListAsync(ct))
            .Where(s => linked.Contains(Codes.Key(s.Code))).ToList();
        var stationIds = stations.Select(s => s.Id).ToList();
        var rows = await db.WaterObservations.AsNoTracking()
            .Where(o => stationIds.Contains(o.StationId) && o.ParameterId == parameter && o.Qc == (short)QcState.Validated)
            .Select(o => new { o.StationId, o.ObservedAt, o.Value }).ToListAsync(ct);
        var byStation = rows.ToLookup(r => r.StationId);
        var daily = stations.ToDictionary(s => Codes.Key(s.Code), s => LicenceQueries.DailyMeans(byStation[s.Id].Select(r => (r.ObservedAt, r.Value))));
        return new(monthly, daily);
    }

    /// <summary>The twelve months of <paramref name="year"/>, as <see cref="LicenceQueries.ComplianceAsync"/> computes them.</summary>
    public IReadOnlyList<MonthCompliance> Months(WaterLicence licence, int year)
    {
        var daily = licence.StationCode is not null && _daily.TryGetValue(Codes.Key(licence.StationCode), out var found) ? found.Where(d => d.Month.Year == year).ToList() : [];
        var monthly = _monthly[licence.Id].Where(m => m.Month.Year == year).ToList();
        return LicenceCompliance.Months(LicenceQueries.ToCore(licence), daily, monthly, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }
}
