using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Water.Security;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Water;

/// <summary>
/// The water-security reads of issue 9 over the Core computations (docs/reference/water-security.md):
/// a value's percentile class, a reservoir's storage, a well's trend, salinity events. Public readers
/// get validated values only; signed-in readers every value not rejected.
/// </summary>
public sealed partial class WaterSecurityReads(AppDbContext db)
{
    public sealed record PercentileDto(string Parameter, DateOnly Date, decimal Value, double Percentile, double Rank, int Count, int Years, string Band, string BandName, string Why);

    public sealed record StorageDto(DateOnly Date, decimal Volume, double? PercentFull, decimal? VersusLastYear, decimal? Normal, decimal? VersusNormal, string Why);

    public sealed record MannKendallDto(int S, double Z, double P);

    public sealed record TrendDto(double? SlopePerYear5, double? SlopePerYear10, MannKendallDto? MannKendall, decimal? Threshold, double? YearsToThreshold, string Why);

    public sealed record SalinityEventDto(DateTimeOffset Start, DateTimeOffset End, double Hours, decimal Peak, DateTimeOffset PeakTime, bool Open);

    private static readonly string[] s_percentileParameters = ["Q", "H", "V", "GWD"];

    public async Task<UseCaseResult<PercentileDto>> PercentileAsync(string code, string? parameter, bool validatedOnly, CancellationToken ct)
    {
        if (await StationAsync(code, ct) is not { } station)
        {
            return NotFound(code);
        }

        var candidates = parameter is { Length: > 0 } p ? [p] : s_percentileParameters;
        if (candidates.FirstOrDefault(c => !s_percentileParameters.Contains(c, StringComparer.OrdinalIgnoreCase)) is { } wrong)
        {
            return UseCaseResult.Invalid($"Tham số parameter phải là H, Q, V hoặc GWD, không phải '{wrong}'.", $"parameter must be H, Q, V or GWD, not '{wrong}'.");
        }

        foreach (var candidate in candidates)
        {
            var series = await DailyAsync(station.Id, candidate, validatedOnly, null, ct);
            if (series.Count == 0)
            {
                continue;
            }

            var latest = series[^1];
            var ranked = PercentileClass.Rank(series[..^1], latest.Date, latest.Value);
            if (!ranked.IsComputed)
            {
                return UseCaseResult.Invalid(ranked.Refusal!.Vi, ranked.Refusal.En);
            }

            var r = ranked.Value;
            return UseCaseResult.Done(new PercentileDto(candidate.ToUpperInvariant(), latest.Date, latest.Value, r.Percentile, r.Rank, r.Count, r.Years,
                Kebab(r.Band.ToString()), r.BandName.Pick(), ranked.Why!.Pick()));
        }

        return UseCaseResult.Invalid($"Trạm {station.Code} chưa có số liệu {string.Join(", ", candidates)}.", $"Station {station.Code} has no {string.Join(", ", candidates)} values.");
    }

    public async Task<UseCaseResult<StorageDto>> StorageAsync(string code, DateOnly? at, bool validatedOnly, CancellationToken ct)
    {
        if (await StationAsync(code, ct) is not { } station)
        {
            return NotFound(code);
        }

        var volumes = await VolumesAsync(station, validatedOnly, null, ct);
        var whys = new List<Core.Texts.Bilingual>();
        if (volumes.Count == 0)
        {
            return UseCaseResult.Invalid($"Trạm {station.Code} chưa có số liệu dung tích (V), hoặc mực nước (H) cùng bảng mực nước – dung tích.",
                $"Station {station.Code} has no storage (V) values, nor levels (H) with a level–volume table.");
        }

        var date = at ?? volumes.LastOrDefault()?.Date ?? default;
        if (volumes.LastOrDefault(v => v.Date <= date) is not { } current)
        {
            return UseCaseResult.Invalid($"Không có dung tích vào hoặc trước ngày {date:dd/MM/yyyy}.", $"No storage on or before {date:yyyy-MM-dd}.");
        }

        whys.Add(new($"Dung tích ngày {current.Date:dd/MM/yyyy}: {Format.Number(current.Value)} hm³", $"Storage on {current.Date:yyyy-MM-dd}: {current.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} hm³"));
        var full = StorageComparison.PercentFull(current.Value, station.CapacityHm3 ?? 0);
        var lastYear = StorageComparison.VersusLastYear(volumes, current.Date, current.Value);
        var normal = StorageComparison.VersusNormal([.. volumes.Where(v => v.Date.Year < current.Date.Year)], current.Date, current.Value);
        whys.Add(full.Why ?? full.Refusal!);
        whys.Add(lastYear.Why ?? lastYear.Refusal!);
        whys.Add(normal.Why ?? normal.Refusal!);
        return UseCaseResult.Done(new StorageDto(current.Date, current.Value,
            full.IsComputed ? full.Value : null, lastYear.IsComputed ? lastYear.Value : null,
            normal.IsComputed ? normal.Value.Normal : null, normal.IsComputed ? normal.Value.Difference : null,
            string.Join("; ", whys.Select(w => w.Pick()))));
    }

    public async Task<UseCaseResult<IReadOnlyList<SalinityEventDto>>> SalinityEventsAsync(string code, decimal? threshold, DateOnly? from, DateOnly? to, bool validatedOnly, DateOnly today, CancellationToken ct)
    {
        if (await StationAsync(code, ct) is not { } station)
        {
            return NotFound(code);
        }

        if ((threshold ?? station.Threshold) is not { } limit || limit <= 0)
        {
            return UseCaseResult.Invalid($"Trạm {station.Code} chưa có ngưỡng; ghi threshold (số dương).", $"Station {station.Code} has no threshold; give threshold (a positive number).");
        }

        var end = to ?? today;
        var (start, stop) = WaterQueries.Span(from ?? end.AddYears(-1).AddDays(1), end);
        var parameters = await db.WaterParameters.AsNoTracking().Where(p => p.Code == "SAL" || p.Code == "Cl").ToDictionaryAsync(p => p.Code, p => p.Id, ct);
        var readings = new List<TimedValue>();
        foreach (var id in new[] { parameters.GetValueOrDefault("SAL"), parameters.GetValueOrDefault("Cl") })
        {
            // The station-year's rows straight into the Core's readings (issue 9: < 50 ms, docs/benchmarks.md).
            readings = await TimedValuesAsync(station.Id, id, start, stop, validatedOnly, ct);
            if (readings.Count > 0)
            {
                break;
            }
        }

        var found = SalinityEvents.Find(readings, limit);
        if (!found.IsComputed)
        {
            return UseCaseResult.Invalid(found.Refusal!.Vi, found.Refusal.En);
        }

        var offset = TimeSpan.FromHours(7);
        return UseCaseResult.Done<IReadOnlyList<SalinityEventDto>>([.. found.Value.Select(e =>
            new SalinityEventDto(new DateTimeOffset(e.Start, offset), new DateTimeOffset(e.End, offset), e.HoursAbove, e.Peak, new DateTimeOffset(e.PeakTime, offset), e.Open))]);
    }

    /// <summary>
    /// A reservoir's daily storage up to <paramref name="through"/> (all when null): the stored volumes (V),
    /// or, without any, its levels (H) through its level–volume table (linear between rows); empty when neither.
    /// </summary>
    public async Task<List<DatedValue>> VolumesAsync(WaterStation station, bool validatedOnly, DateOnly? through, CancellationToken ct)
    {
        var volumes = await DailyAsync(station.Id, "V", validatedOnly, through, ct);
        if (volumes.Count > 0)
        {
            return volumes;
        }

        var table = LevelVolumeTable.Build(await ReplaceLevelVolume.LoadAsync(db, station.Id, ct));
        if (!table.IsComputed)
        {
            return [];
        }

        foreach (var level in await DailyAsync(station.Id, "H", validatedOnly, through, ct))
        {
            if (table.Value.VolumeAt(level.Value) is { IsComputed: true } v)
            {
                volumes.Add(new DatedValue(level.Date, v.Value));
            }
        }

        return volumes;
    }

    private Task<WaterStation?> StationAsync(string code, CancellationToken ct) =>
        db.WaterStations.AsNoTracking().WithCode(s => s.Code, code).SingleOrDefaultAsync(ct);

    private static UseCaseResult NotFound(string code) => UseCaseResult.NotFound($"Không có trạm {code}.", $"No station {code}.");

    private IQueryable<WaterObservation> Observations(int stationId, int parameterId, bool validatedOnly)
    {
        var query = db.WaterObservations.AsNoTracking().Where(o => o.StationId == stationId && o.ParameterId == parameterId);
        return validatedOnly ? query.Where(o => o.Qc == (short)QcState.Validated) : query.Where(o => o.Qc != (short)QcState.Rejected);
    }

    /// <summary>One value per Việt Nam day (the day's mean), oldest first; up to <paramref name="through"/> when given.</summary>
    public async Task<List<DatedValue>> DailyAsync(int stationId, string parameter, bool validatedOnly, DateOnly? through, CancellationToken ct)
    {
        var id = await db.WaterParameters.AsNoTracking().WithCode(p => p.Code, parameter).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
        if (id is null)
        {
            return [];
        }

        var query = Observations(stationId, id.Value, validatedOnly);
        if (through is { } last)
        {
            var end = WaterQueries.Span(last, last).To;
            query = query.Where(o => o.ObservedAt <= end);
        }

        var rows = await query.OrderBy(o => o.ObservedAt).Select(o => new { o.ObservedAt, o.Value }).ToListAsync(ct);
        return [.. rows.GroupBy(r => DateOnly.FromDateTime(WaterQueries.Local(r.ObservedAt).DateTime))
            .Select(g => new DatedValue(g.Key, Math.Round((decimal)g.Average(r => r.Value), 6)))];
    }

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
