using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Water.Security;
using TheoDoi.Data;
using TheoDoi.Water.Licences;

namespace TheoDoi.Water.Security;

/// <summary>
/// Everything the scorecard reads, read once per request (docs/water-security-scorecard.md): the daily means
/// of every flow, storage, level and depth series over its whole record, the intakes' hourly means over the
/// dry seasons, yearly counts of stored indices, and the licences' volumes and readings. Every year of the
/// history is then scored in memory (<see cref="ScorecardInputs"/>): about twenty statements whatever the
/// number of stations or years — the per-station, per-year reads were 8,122 on the benchmark's basin
/// (docs/benchmarks.md). Means are still computed by the database, so only days and hours travel.
/// </summary>
public sealed class ScorecardSeries
{
    private const long VietnamOffsetSeconds = 7 * 3600;
    private static readonly int s_epochDay = new DateOnly(1970, 1, 1).DayNumber;

    private readonly Dictionary<(int Station, string Parameter), List<DatedValue>> _daily = [];
    private readonly Dictionary<(int Station, string Parameter), List<(long Hour, decimal Mean)>> _hourly = [];
    private readonly Dictionary<(int Station, int Year), (int Indices, int Below)> _indices = [];

    private ScorecardSeries(LicenceHistory licences) => Licences = licences;

    public LicenceHistory Licences { get; }

    /// <summary>The first year with any value, index or valid licence; null for an empty basin.</summary>
    public int? FirstYear { get; private set; }

    public IReadOnlyList<DatedValue> Daily(int stationId, string parameter) => _daily.GetValueOrDefault((stationId, parameter)) ?? [];

    /// <summary>Hourly means (hour = Unix seconds ÷ 3600) of the dry seasons only.</summary>
    public IReadOnlyList<(long Hour, decimal Mean)> Hourly(int stationId, string parameter) => _hourly.GetValueOrDefault((stationId, parameter)) ?? [];

    public (int Indices, int Below) Indices(int stationId, int year) => _indices.GetValueOrDefault((stationId, year));

    public static async Task<ScorecardSeries> LoadAsync(AppDbContext db, bool validatedOnly, IReadOnlyList<WaterStation> stations, IReadOnlyList<WaterLicence> licences, DateOnly today, CancellationToken ct)
    {
        var series = new ScorecardSeries(await LicenceHistory.LoadAsync(db, licences, ct));
        var reader = new Reader(db, validatedOnly, await db.WaterParameters.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Id, ct));
        var first = licences.Count > 0 ? licences.Min(l => l.ValidFrom.Year) : (int?)null;
        void Seen(int year) => first = first is null || year < first ? year : first;

        var rivers = Ids(stations, StationType.River);
        var reservoirs = Ids(stations, StationType.Reservoir);
        foreach (var (ids, code) in new[] { (rivers, "Q"), (reservoirs, "V"), ([.. rivers, .. reservoirs], "H"), (Ids(stations, StationType.Groundwater), "GWD") })
        {
            foreach (var (station, days) in await reader.DailyMeansAsync(ids, code, ct))
            {
                series._daily[(station, code)] = days;
                Seen(days[0].Date.Year);
            }
        }

        var intakes = Ids(stations, StationType.Salinity);
        foreach (var code in new[] { "SAL", "Cl" })
        {
            foreach (var time in await reader.FirstTimesAsync(intakes, code, ct))
            {
                Seen(Day(time).Year);
            }
        }

        var quality = stations.Where(s => s.Type == StationType.Quality).ToList();
        foreach (var group in quality.GroupBy(s => (short)WaterQueries.Resolution(s.Kind)))
        {
            foreach (var time in await reader.FirstSamplesAsync([.. group.Select(s => s.Id)], group.Key, ct))
            {
                Seen(Day(time).Year);
            }
        }

        var firstYear = Math.Min(first ?? today.Year, today.Year);
        series.FirstYear = first;
        foreach (var code in new[] { "SAL", "Cl" })
        {
            foreach (var (station, hours) in await reader.SeasonHoursAsync(intakes, code, firstYear, today.Year, ct))
            {
                series._hourly[(station, code)] = hours;
            }
        }

        foreach (var group in quality.GroupBy(s => (short)WaterQueries.Resolution(s.Kind)))
        {
            foreach (var (station, year, indices, below) in await reader.YearlyIndicesAsync([.. group.Select(s => s.Id)], group.Key, firstYear, today, ct))
            {
                series._indices[(station, year)] = (indices, below);
            }
        }

        return series;
    }

    private static DateOnly Day(long time) => DateOnly.FromDateTime(WaterQueries.Local(time).DateTime);

    private static List<int> Ids(IReadOnlyList<WaterStation> stations, StationType type) => [.. stations.Where(s => s.Type == type).Select(s => s.Id)];

    /// <summary>The grouped reads, each one statement over every station of a kind.</summary>
    private sealed class Reader(AppDbContext db, bool validatedOnly, Dictionary<string, int> parameters)
    {
        public async Task<Dictionary<int, List<DatedValue>>> DailyMeansAsync(List<int> stations, string code, CancellationToken ct)
        {
            if (stations.Count == 0 || !parameters.TryGetValue(code, out var id))
            {
                return [];
            }

            // One mean per Việt Nam day (UTC+7 all year: shift, then whole days), as the station pages compute it.
            var days = await Observations(stations, id).GroupBy(o => new { o.StationId, Day = (o.ObservedAt + VietnamOffsetSeconds) / 86400 })
                .Select(g => new { g.Key.StationId, g.Key.Day, Mean = g.Average(o => o.Value) }).ToListAsync(ct);
            return days.GroupBy(d => d.StationId).ToDictionary(g => g.Key,
                g => g.OrderBy(d => d.Day).Select(d => new DatedValue(DateOnly.FromDayNumber(s_epochDay + (int)d.Day), Math.Round((decimal)d.Mean, 6))).ToList());
        }

        /// <summary>Each station's first reading of <paramref name="code"/>: a correlated MIN per station, which the key's index answers with one seek.</summary>
        public async Task<List<long>> FirstTimesAsync(List<int> stations, string code, CancellationToken ct)
        {
            if (stations.Count == 0 || !parameters.TryGetValue(code, out var id))
            {
                return [];
            }

            var observations = Observations(db, validatedOnly);
            var firsts = await db.WaterStations.AsNoTracking().Where(s => stations.Contains(s.Id))
                .Select(s => observations.Where(o => o.StationId == s.Id && o.ParameterId == id).Min(o => (long?)o.ObservedAt)).ToListAsync(ct);
            return [.. firsts.Where(t => t is not null).Select(t => t!.Value)];
        }

        public async Task<List<long>> FirstSamplesAsync(List<int> stations, short resolution, CancellationToken ct)
        {
            var firsts = await db.WaterStations.AsNoTracking().Where(s => stations.Contains(s.Id))
                .Select(s => db.WaterSamples.Where(x => x.StationId == s.Id && x.Resolution == resolution).Min(x => (long?)x.SampledAt)).ToListAsync(ct);
            return [.. firsts.Where(t => t is not null).Select(t => t!.Value)];
        }

        /// <summary>Hourly means over the dry seasons (1 December – 31 May) ending in <paramref name="firstYear"/> − 1 to <paramref name="lastYear"/>.</summary>
        public async Task<Dictionary<int, List<(long Hour, decimal Mean)>>> SeasonHoursAsync(List<int> stations, string code, int firstYear, int lastYear, CancellationToken ct)
        {
            if (stations.Count == 0 || !parameters.TryGetValue(code, out var id))
            {
                return [];
            }

            var seasons = Enumerable.Range(firstYear - 1, lastYear - firstYear + 2).Select(y => WaterQueries.Span(new DateOnly(y - 1, 12, 1), new DateOnly(y, 5, 31))).ToList();
            var hours = await Observations(stations, id).Where(InAny(seasons)).GroupBy(o => new { o.StationId, Hour = o.ObservedAt / 3600 })
                .Select(g => new { g.Key.StationId, g.Key.Hour, Mean = g.Average(o => o.Value) }).ToListAsync(ct);
            return hours.GroupBy(h => h.StationId).ToDictionary(g => g.Key, g => g.OrderBy(h => h.Hour).Select(h => (h.Hour, (decimal)h.Mean)).ToList());
        }

        /// <summary>Stored VN_WQI indices of each year (to today) and how many are below 51, counted by the database in one pass.</summary>
        public async Task<List<(int Station, int Year, int Indices, int Below)>> YearlyIndicesAsync(List<int> stations, short resolution, int firstYear, DateOnly today, CancellationToken ct)
        {
            var (from, _) = WaterQueries.Span(new DateOnly(firstYear, 1, 1), today);
            var (_, to) = WaterQueries.Span(today, today);
            var query = db.WaterSamples.AsNoTracking().Where(s => stations.Contains(s.StationId) && s.Resolution == resolution && s.Wqi != null && s.SampledAt >= from && s.SampledAt <= to);
            query = validatedOnly ? query.Where(s => s.Validated) : query;
            var rows = await query.GroupBy(YearOf(firstYear, today.Year)).Select(g => new { g.Key.StationId, g.Key.Year, Indices = g.Count(), Below = g.Count(s => s.Wqi < ScorecardRules.PoorWqi) }).ToListAsync(ct);
            return [.. rows.Select(r => (r.StationId, r.Year, r.Indices, r.Below))];
        }

        private IQueryable<WaterObservation> Observations(List<int> stations, int parameterId) =>
            Observations(db, validatedOnly).Where(o => stations.Contains(o.StationId) && o.ParameterId == parameterId);

        private static IQueryable<WaterObservation> Observations(AppDbContext db, bool validatedOnly)
        {
            var query = db.WaterObservations.AsNoTracking();
            return validatedOnly ? query.Where(o => o.Qc == (short)QcState.Validated) : query.Where(o => o.Qc != (short)QcState.Rejected);
        }
    }

    /// <summary>The key (station, Việt Nam calendar year) of a sample, as one SQL CASE over the years' first seconds.</summary>
    private static Expression<Func<WaterSample, StationYear>> YearOf(int firstYear, int lastYear)
    {
        var s = Expression.Parameter(typeof(WaterSample), "s");
        var time = Expression.Property(s, nameof(WaterSample.SampledAt));
        Expression year = Expression.Constant(lastYear);
        for (var y = lastYear - 1; y >= firstYear; y--)
        {
            var (nextStart, _) = WaterQueries.Span(new DateOnly(y + 1, 1, 1), new DateOnly(y + 1, 1, 1));
            year = Expression.Condition(Expression.LessThan(time, Expression.Constant(nextStart)), Expression.Constant(y), year);
        }

        var key = Expression.MemberInit(Expression.New(typeof(StationYear)),
            Expression.Bind(typeof(StationYear).GetProperty(nameof(StationYear.StationId))!, Expression.Property(s, nameof(WaterSample.StationId))),
            Expression.Bind(typeof(StationYear).GetProperty(nameof(StationYear.Year))!, year));
        return Expression.Lambda<Func<WaterSample, StationYear>>(key, s);
    }

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

    private sealed class StationYear
    {
        public int StationId { get; init; }

        public int Year { get; init; }
    }
}
