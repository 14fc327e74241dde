using TheoDoi.Core.Texts;
using TheoDoi.Core.Water;
using TheoDoi.Core.Water.Security;
using TheoDoi.Core.Water.StationViews;
using TheoDoi.Shared;

namespace TheoDoi.Water;

/// <summary>
/// A river or reservoir station's level or flow over the period on the shaded percentile bands, and the
/// latest value's class with its reason (USGS WaterWatch, docs/reference/water-security.md).
/// </summary>
public sealed class StationLevelSection
{
    public required WaterParameter Parameter { get; init; }
    public required IReadOnlyList<DatedValue> Values { get; init; }
    public required IReadOnlyList<DayBands> Bands { get; init; }

    /// <summary>Why some days of the period have no bands (the last such day's refusal), or null when all are ranked.</summary>
    public Bilingual? NotRanked { get; init; }
    public int NotRankedDays { get; init; }
    public required UseCaseResult<WaterSecurityReads.PercentileDto> Latest { get; init; }

    /// <summary>The first of <paramref name="candidates"/> with values up to the period's end; null when none has any.</summary>
    public static async Task<StationLevelSection?> LoadAsync(WaterSecurityReads reads, StationPeriod period, string[] candidates, CancellationToken ct)
    {
        foreach (var code in candidates)
        {
            // The bands need every past year around each day shown, so the record runs from its start to the period's end.
            var record = await reads.DailyAsync(period.Station.Id, code, period.ValidatedOnly, period.To, ct);
            if (record.Count == 0)
            {
                continue;
            }

            var days = PercentileBands.ForPeriod(record, period.From, period.To);
            var refused = days.Where(d => !d.IsComputed).ToList();
            return new StationLevelSection
            {
                Parameter = WaterParameters.Find(code)!,
                Values = period.InPeriod(record),
                Bands = [.. days.Where(d => d.IsComputed).Select(d => d.Value)],
                NotRanked = refused.Count == 0 ? null : refused[^1].Refusal,
                NotRankedDays = refused.Count,
                Latest = await reads.PercentileAsync(period.Station.Code, code, period.ValidatedOnly, ct),
            };
        }

        return null;
    }
}
