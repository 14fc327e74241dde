using TheoDoi.Core.Texts;
using TheoDoi.Core.Water.Security;
using TheoDoi.Core.Water.StationViews;
using TheoDoi.Shared;

namespace TheoDoi.Water;

/// <summary>
/// A well's depth to water over the period with the Sen's-slope line and the threshold, and the trend
/// numbers of <see cref="WaterSecurityReads.GroundwaterTrendAsync"/> (IGPVN TN-IV-09, docs/reference/water-security.md).
/// </summary>
public sealed class StationWellSection
{
    public required IReadOnlyList<DatedValue> Depths { get; init; }

    /// <summary>The line of the trend years to the threshold are projected from (10 years, else 5); null when neither could be computed.</summary>
    public TrendLine? Line { get; init; }
    public int LineYears { get; init; }
    public required UseCaseResult<WaterSecurityReads.TrendDto> Trend { get; init; }

    /// <summary>Years to the threshold, or the reason there is none.</summary>
    public Computed<double>? Projection { get; init; }

    public static async Task<StationWellSection?> LoadAsync(WaterSecurityReads reads, StationPeriod period, CancellationToken ct)
    {
        var record = await reads.DailyAsync(period.Station.Id, "GWD", period.ValidatedOnly, null, ct);
        if (record.Count == 0)
        {
            return null;
        }

        // The same basis as the read: the trend up to the last reading, 10 years when it can be computed, else 5.
        var asOf = record[^1].Date;
        var years = GroundwaterTrend.Compute(record, asOf, 10).IsComputed ? 10 : 5;
        var basis = GroundwaterTrend.Compute(record, asOf, years);
        TrendLine? line = null;
        Computed<double>? projection = null;
        if (basis.IsComputed)
        {
            line = SenLine.Through([.. record.Where(d => d.Date > asOf.AddYears(-years))], basis.Value.SlopeMPerYear);
            projection = period.Station.Threshold is { } threshold ? GroundwaterTrend.YearsToThreshold(basis.Value, threshold)
                : Computed<double>.Refused(new Bilingual("Giếng chưa có độ sâu mực nước cho phép", "The well has no allowed depth to water"));
        }

        return new StationWellSection
        {
            Depths = period.InPeriod(record),
            Line = line,
            LineYears = years,
            // The readings already read: the read's own computation, no second round trip.
            Trend = WaterSecurityReads.TrendOf(period.Station, record),
            Projection = projection,
        };
    }
}
