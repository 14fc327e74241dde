using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Water;
using TheoDoi.Data;
using TheoDoi.Shared;
using TheoDoi.Units;

namespace TheoDoi.Water;

/// <summary>Reads for pages, API and exports. <c>validatedOnly</c> is what the public and data partners get.</summary>
public static class WaterQueries
{
    public sealed record StationRow(WaterStation Station, string? BodyName, Unit? UnitNow, Unit? UnitThen, WaterSample? Latest);

    public sealed record SeriesPoint(long Time, double Value, Qualifier Qualifier, QcState Qc);

    public sealed record BasinYear(int Year, int Samples, double? MeanWqi, IReadOnlyDictionary<string, int> ByBand);

    /// <summary>Unix seconds from the start of <paramref name="from"/> to the end of <paramref name="to"/>, Việt Nam days.</summary>
    public static (long From, long To) Span(DateOnly from, DateOnly to) =>
        (new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).ToUnixTimeSeconds(),
         new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).ToUnixTimeSeconds() + 86_400 - 1);

    public static DateTimeOffset Local(long time) => DateTimeOffset.FromUnixTimeSeconds(time).ToOffset(TimeSpan.FromHours(7));

    /// <summary>The index a station is shown by: each sample for periodic stations, the daily index for automatic ones.</summary>
    public static WqiResolution Resolution(StationKind kind) => kind == StationKind.Automatic ? WqiResolution.Day : WqiResolution.Sample;

    public static async Task<List<StationRow>> StationsAsync(AppDbContext db, bool validatedOnly, DateOnly today, CancellationToken cancellationToken)
    {
        var stations = await db.WaterStations.AsNoTracking().Include(s => s.WaterBody).Include(s => s.Basin).Include(s => s.Units).ThenInclude(u => u.Unit)
            .OrderBy(s => s.Code).ToListAsync(cancellationToken);
        var latest = await LatestAsync(db, validatedOnly, cancellationToken);
        return stations.Select(s => new StationRow(s, s.WaterBody?.Name, UnitOn(s, today), s.Units.OrderBy(u => u.ValidFrom).FirstOrDefault()?.Unit,
            latest.GetValueOrDefault(s.Id))).ToList();
    }

    public static Unit? UnitOn(WaterStation station, DateOnly day) =>
        station.Units.FirstOrDefault(u => u.ValidFrom <= day && (u.ValidTo is null || day <= u.ValidTo))?.Unit;

    /// <summary>The latest computed index of every station: per sample for periodic stations, per day for automatic ones.</summary>
    public static async Task<Dictionary<int, WaterSample>> LatestAsync(AppDbContext db, bool validatedOnly, CancellationToken cancellationToken)
    {
        var kinds = await db.WaterStations.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Kind, cancellationToken);
        var result = new Dictionary<int, WaterSample>();
        foreach (var (id, kind) in kinds)
        {
            var resolution = (short)Resolution(kind);
            var query = db.WaterSamples.AsNoTracking().Where(s => s.StationId == id && s.Resolution == resolution);
            if (validatedOnly)
            {
                query = query.Where(s => s.Validated);
            }

            if (await query.OrderByDescending(s => s.SampledAt).FirstOrDefaultAsync(cancellationToken) is { } sample)
            {
                result[id] = sample;
            }
        }

        return result;
    }

    public static Task<WaterStation?> StationAsync(AppDbContext db, string code, CancellationToken cancellationToken) =>
        db.WaterStations.AsNoTracking().Include(s => s.WaterBody).Include(s => s.Basin).Include(s => s.Units).ThenInclude(u => u.Unit)
            .WithCode(s => s.Code, code).SingleOrDefaultAsync(cancellationToken);

    public static async Task<List<SeriesPoint>> SeriesAsync(AppDbContext db, int stationId, int parameterId, long from, long to, bool validatedOnly, CancellationToken cancellationToken)
    {
        var query = db.WaterObservations.AsNoTracking()
            .Where(o => o.StationId == stationId && o.ParameterId == parameterId && o.ObservedAt >= from && o.ObservedAt <= to);
        query = validatedOnly ? query.Where(o => o.Qc == (short)QcState.Validated) : query;
        var rows = await query.OrderBy(o => o.ObservedAt).Select(o => new { o.ObservedAt, o.Value, o.Qualifier, o.Qc }).ToListAsync(cancellationToken);
        return rows.Select(r => new SeriesPoint(r.ObservedAt, r.Value, (Qualifier)r.Qualifier, (QcState)r.Qc)).ToList();
    }

    public static async Task<List<WaterSample>> IndicesAsync(AppDbContext db, int stationId, WqiResolution resolution, long from, long to, bool validatedOnly, CancellationToken cancellationToken)
    {
        var query = db.WaterSamples.AsNoTracking().Where(s => s.StationId == stationId && s.Resolution == (short)resolution && s.SampledAt >= from && s.SampledAt <= to);
        query = validatedOnly ? query.Where(s => s.Validated) : query;
        return await query.OrderBy(s => s.SampledAt).ToListAsync(cancellationToken);
    }

    /// <summary>Parameters a station has values of, in catalogue order.</summary>
    public static async Task<List<WaterParameterEntry>> ParametersOfAsync(AppDbContext db, int stationId, bool validatedOnly, CancellationToken cancellationToken)
    {
        var all = await db.WaterParameters.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var present = new List<WaterParameterEntry>();
        foreach (var parameter in all)
        {
            var query = db.WaterObservations.Where(o => o.StationId == stationId && o.ParameterId == parameter.Id);
            query = validatedOnly ? query.Where(o => o.Qc == (short)QcState.Validated) : query;
            if (await query.AnyAsync(cancellationToken))
            {
                present.Add(parameter);
            }
        }

        return present;
    }

    /// <summary>Per year: samples, mean index and samples per band, over every station of the basin (sub-basins included).</summary>
    public static async Task<List<BasinYear>> BasinYearsAsync(AppDbContext db, int basinId, bool validatedOnly, CancellationToken cancellationToken)
    {
        var basins = await db.WaterBasins.AsNoTracking().Where(b => b.Id == basinId || b.ParentId == basinId).Select(b => b.Id).ToListAsync(cancellationToken);
        var stations = await db.WaterStations.AsNoTracking().Where(s => basins.Contains(s.BasinId)).Select(s => new { s.Id, s.Kind }).ToListAsync(cancellationToken);
        var values = new List<(long Time, int Wqi)>();
        foreach (var station in stations)
        {
            var resolution = (short)Resolution(station.Kind);
            var query = db.WaterSamples.AsNoTracking().Where(s => s.StationId == station.Id && s.Resolution == resolution && s.Wqi != null);
            query = validatedOnly ? query.Where(s => s.Validated) : query;
            values.AddRange((await query.Select(s => new { s.SampledAt, s.Wqi }).ToListAsync(cancellationToken)).Select(s => (s.SampledAt, s.Wqi!.Value)));
        }

        return values.GroupBy(v => Local(v.Time).Year).OrderBy(g => g.Key).Select(g => new BasinYear(
            g.Key, g.Count(), g.Average(v => v.Wqi),
            WqiBand.All.ToDictionary(b => b.VietnameseLabel, b => g.Count(v => WqiBand.For(v.Wqi) == b)))).ToList();
    }
}
