using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Water.Security;
using TheoDoi.Data;

namespace TheoDoi.Water.Security;

/// <summary>
/// The scorecard's bounded reads of one station (docs/water-security-scorecard.md): never a whole series —
/// daily or hourly means are aggregated in SQL over only the windows a rule needs, so a basin of 50 M
/// stored values is read in a few indexed range scans per station.
/// </summary>
public sealed class ScorecardInputs(AppDbContext db, bool validatedOnly)
{
    private const long VietnamOffsetSeconds = 7 * 3600;
    private static readonly int s_epochDay = new DateOnly(1970, 1, 1).DayNumber;
    private Dictionary<string, int>? _parameters;

    public AppDbContext Db => db;

    /// <summary>The year's last daily mean of <paramref name="parameter"/> ranked against the same days ± 7 of every past year (WaterWatch).</summary>
    public async Task<(Computed<PercentileRank> Rank, DateOnly? Day, decimal? Value)> PercentileAsync(int stationId, string parameter, int year, DateOnly asOf, CancellationToken ct)
    {
        var refused = Computed<PercentileRank>.Refused(new($"Không có số liệu {parameter} trong năm {year}", $"No {parameter} values in {year}"));
        if (await ParameterAsync(parameter, ct) is not { } id)
        {
            return (refused, null, null);
        }

        var (yearStart, end) = WaterQueries.Span(new DateOnly(year, 1, 1), asOf);
        var query = Observations(stationId, id);
        var last = await query.Where(o => o.ObservedAt >= yearStart && o.ObservedAt <= end).MaxAsync(o => (long?)o.ObservedAt, ct);
        if (last is null)
        {
            return (refused, null, null);
        }

        var first = await query.MinAsync(o => (long?)o.ObservedAt, ct) ?? last.Value;
        var day = Day(last.Value);
        var (dayStart, dayEnd) = WaterQueries.Span(day, day);
        var windows = new List<(long, long)>();
        for (var y = Day(first).Year; y < day.Year; y++)
        {
            var anchor = new DateOnly(y, day.Month, Math.Min(day.Day, DateTime.DaysInMonth(y, day.Month)));
            windows.Add(WaterQueries.Span(anchor.AddDays(-7), anchor.AddDays(7)));
        }

        var latest = await DailyMeansAsync(query.Where(o => o.ObservedAt >= dayStart && o.ObservedAt <= dayEnd), ct);
        var past = windows.Count == 0 ? [] : await DailyMeansAsync(query.Where(InAny(windows)), ct);
        return (PercentileClass.Rank(past, day, latest[0].Value), day, latest[0].Value);
    }

    /// <summary>Depth to water over the 5 years to <paramref name="asOf"/>, one mean per day (IGPVN TN-IV-09).</summary>
    public async Task<Computed<GroundwaterTrendResult>> TrendAsync(int stationId, DateOnly asOf, CancellationToken ct)
    {
        if (await ParameterAsync("GWD", ct) is not { } id)
        {
            return GroundwaterTrend.Compute([], asOf, 5);
        }

        var (from, to) = WaterQueries.Span(asOf.AddYears(-5).AddDays(1), asOf);
        var depths = await DailyMeansAsync(Observations(stationId, id).Where(o => o.ObservedAt >= from && o.ObservedAt <= to), ct);
        return GroundwaterTrend.Compute(depths, asOf, 5);
    }

    /// <summary>
    /// Threshold events of one dry season (1 December to 31 May, cut at <paramref name="asOf"/>) from hourly
    /// means of SAL, else Cl; null when the intake has fewer than two hours with readings in it.
    /// </summary>
    public async Task<(int Events, double Hours)?> SeasonAsync(int stationId, decimal threshold, int endYear, DateOnly asOf, CancellationToken ct)
    {
        var seasonEnd = new DateOnly(endYear, 5, 31);
        var (from, to) = WaterQueries.Span(new DateOnly(endYear - 1, 12, 1), seasonEnd < asOf ? seasonEnd : asOf);
        foreach (var code in new[] { "SAL", "Cl" })
        {
            if (await ParameterAsync(code, ct) is not { } id)
            {
                continue;
            }

            var hours = await Observations(stationId, id).Where(o => o.ObservedAt >= from && o.ObservedAt <= to)
                .GroupBy(o => o.ObservedAt / 3600).Select(g => new { Hour = g.Key, Mean = g.Average(o => o.Value) }).OrderBy(g => g.Hour).ToListAsync(ct);
            if (hours.Count == 0)
            {
                continue;
            }

            var found = SalinityEvents.Find([.. hours.Select(h => new TimedValue(WaterQueries.Local(h.Hour * 3600).DateTime, (decimal)h.Mean))], threshold);
            return found.IsComputed ? (found.Value.Count, found.Value.Sum(e => e.HoursAbove)) : null;
        }

        return null;
    }

    /// <summary>The year's stored VN_WQI indices of a station (its shown resolution) and how many are below 51.</summary>
    public async Task<(int Indices, int Below)> QualityAsync(WaterStation station, int year, DateOnly asOf, CancellationToken ct)
    {
        var (from, to) = WaterQueries.Span(new DateOnly(year, 1, 1), asOf);
        var resolution = (short)WaterQueries.Resolution(station.Kind);
        var query = db.WaterSamples.AsNoTracking().Where(s => s.StationId == station.Id && s.Resolution == resolution && s.Wqi != null && s.SampledAt >= from && s.SampledAt <= to);
        query = validatedOnly ? query.Where(s => s.Validated) : query;
        return (await query.CountAsync(ct), await query.CountAsync(s => s.Wqi < ScorecardRules.PoorWqi, ct));
    }

    /// <summary>The first year any of the station's values or indices was recorded (indexed minimums), or null.</summary>
    public async Task<int?> FirstYearAsync(int stationId, CancellationToken ct)
    {
        long? first = await db.WaterSamples.AsNoTracking().Where(s => s.StationId == stationId).MinAsync(s => (long?)s.SampledAt, ct);
        foreach (var code in new[] { "Q", "V", "GWD", "SAL", "Cl" })
        {
            if (await ParameterAsync(code, ct) is { } id && await Observations(stationId, id).MinAsync(o => (long?)o.ObservedAt, ct) is { } t)
            {
                first = first is null || t < first ? t : first;
            }
        }

        return first is { } f ? Day(f).Year : null;
    }

    public static Bilingual Text(Computed<PercentileRank> rank) => rank.Why ?? rank.Refusal!;

    private IQueryable<WaterObservation> Observations(int stationId, int parameterId)
    {
        var query = db.WaterObservations.AsNoTracking().Where(o => o.StationId == stationId && o.ParameterId == parameterId);
        return validatedOnly ? query.Where(o => o.Qc == (short)QcState.Validated) : query.Where(o => o.Qc != (short)QcState.Rejected);
    }

    private async Task<int?> ParameterAsync(string code, CancellationToken ct)
    {
        _parameters ??= await db.WaterParameters.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Id, ct);
        return _parameters.TryGetValue(code, out var id) ? id : null;
    }

    /// <summary>One mean per Việt Nam day, computed by the database (UTC+7 all year: shift, then whole days).</summary>
    private static async Task<List<DatedValue>> DailyMeansAsync(IQueryable<WaterObservation> query, CancellationToken ct)
    {
        var days = await query.GroupBy(o => (o.ObservedAt + VietnamOffsetSeconds) / 86400)
            .Select(g => new { Day = g.Key, Mean = g.Average(o => o.Value) }).OrderBy(g => g.Day).ToListAsync(ct);
        return [.. days.Select(d => new DatedValue(DateOnly.FromDayNumber(s_epochDay + (int)d.Day), Math.Round((decimal)d.Mean, 6)))];
    }

    private static DateOnly Day(long time) => DateOnly.FromDateTime(WaterQueries.Local(time).DateTime);

    /// <summary>ObservedAt within any of the ranges, as one SQL condition (OR of BETWEENs) so the index serves each.</summary>
    private static Expression<Func<WaterObservation, bool>> InAny(IReadOnlyList<(long From, long To)> ranges)
    {
        var o = Expression.Parameter(typeof(WaterObservation), "o");
        var time = Expression.Property(o, nameof(WaterObservation.ObservedAt));
        Expression? body = null;
        foreach (var (from, to) in ranges)
        {
            var inRange = Expression.AndAlso(Expression.GreaterThanOrEqual(time, Expression.Constant(from)), Expression.LessThanOrEqual(time, Expression.Constant(to)));
            body = body is null ? inRange : Expression.OrElse(body, inRange);
        }

        return Expression.Lambda<Func<WaterObservation, bool>>(body ?? Expression.Constant(false), o);
    }
}
