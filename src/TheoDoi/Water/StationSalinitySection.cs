using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Water.Security;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Water;

/// <summary>
/// A salinity intake's readings over the period with its threshold and alert levels, the threshold-crossing
/// events of <see cref="WaterSecurityReads.SalinityEventsAsync"/> (Delft-FEWS) and their dry-season comparison.
/// </summary>
public sealed class StationSalinitySection
{
    /// <summary>Above this many readings the chart draws each day's maximum, which is what an intake is judged by.</summary>
    public const int MaxPlotted = 2000;

    public required string Parameter { get; init; }
    public required string Unit { get; init; }
    public required IReadOnlyList<(long Time, double Value)> Points { get; init; }
    public required bool DailyMaxima { get; init; }

    /// <summary>
    /// docs/reference/water-security.md: Hòa Phú's five chloride alert levels run from 50 to above 250 mg/L;
    /// the steps 50, 100, 150, 200, 250 are the intake's alert steps. Salinity in ‰ has the irrigation
    /// thresholds 1 and 4 used at Nhà Bè.
    /// </summary>
    public IReadOnlyList<decimal> AlertLevels => Parameter == "Cl" ? [50m, 100m, 150m, 200m, 250m] : [1m, 4m];
    public required UseCaseResult<IReadOnlyList<WaterSecurityReads.SalinityEventDto>> Events { get; init; }
    public IReadOnlyList<DrySeasonSummary> Seasons { get; init; } = [];

    public static async Task<StationSalinitySection?> LoadAsync(AppDbContext db, WaterSecurityReads reads, StationPeriod period, CancellationToken ct)
    {
        var (start, end) = period.Span;
        foreach (var code in new[] { "SAL", "Cl" })
        {
            var id = await db.WaterParameters.AsNoTracking().Where(p => p.Code == code).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
            var readings = id is null ? [] : await WaterQueries.SeriesAsync(db, period.Station.Id, id.Value, start, end, period.ValidatedOnly, ct);
            readings = [.. readings.Where(r => r.Qc != QcState.Rejected)];
            if (readings.Count == 0)
            {
                continue;
            }

            var daily = readings.Count > MaxPlotted;
            var points = daily
                ? readings.GroupBy(r => StationPeriod.Noon(DateOnly.FromDateTime(WaterQueries.Local(r.Time).DateTime))).Select(g => (g.Key, g.Max(r => r.Value))).ToList()
                : readings.Select(r => (r.Time, r.Value)).ToList();
            var events = await reads.SalinityEventsAsync(period.Station.Code, null, period.From, period.To, period.ValidatedOnly, period.Today, ct);
            // The comparison is of this dry season with the one before, whatever period the chart shows.
            var seasonsFrom = new DateOnly(period.To.Month == 12 ? period.To.Year - 1 : period.To.Year - 2, 12, 1);
            var seasonEvents = seasonsFrom < period.From
                ? await reads.SalinityEventsAsync(period.Station.Code, null, seasonsFrom, period.To, period.ValidatedOnly, period.Today, ct)
                : events;
            return new StationSalinitySection
            {
                Parameter = code,
                Unit = code == "Cl" ? "mg/L" : "‰",
                Points = points,
                DailyMaxima = daily,
                Events = events,
                Seasons = seasonEvents.IsDone ? SalinityEvents.ByDrySeason([.. seasonEvents.Done().Select(Core)]) : [],
            };
        }

        return null;
    }

    private static SalinityEvent Core(WaterSecurityReads.SalinityEventDto e) =>
        new(e.Start.DateTime, e.End.DateTime, e.Hours, e.Peak, e.PeakTime.DateTime, e.Open, EndedAtGap: false);
}
