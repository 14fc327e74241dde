using TheoDoi.Core.Water.Security;
using TheoDoi.Shared;

namespace TheoDoi.Water;

/// <summary>
/// A reservoir's storage over the period against the same date last year and the normal for the date
/// (BoM Water Storage, docs/reference/water-security.md): % full when the full-supply volume is known,
/// hm³ otherwise; the numbers of the period's last day from <see cref="WaterSecurityReads.StorageAsync"/>.
/// </summary>
public sealed class StationStorageSection
{
    /// <summary>True when the values are % full; false when hm³ (no full-supply volume).</summary>
    public required bool Percent { get; init; }
    public required IReadOnlyList<DatedValue> Values { get; init; }
    public required IReadOnlyList<DatedValue> LastYear { get; init; }
    public required IReadOnlyList<DatedValue> Normal { get; init; }
    public required UseCaseResult<WaterSecurityReads.StorageDto> Numbers { get; init; }

    public static async Task<StationStorageSection?> LoadAsync(WaterSecurityReads reads, StationPeriod period, CancellationToken ct)
    {
        // The normal needs every past year around each day, so the record runs from its start to the period's end.
        var record = await reads.VolumesAsync(period.Station, period.ValidatedOnly, period.To, ct);
        if (record.Count == 0)
        {
            return null;
        }

        var capacity = period.Station.CapacityHm3 is > 0 ? period.Station.CapacityHm3 : null;
        DatedValue Shown(DateOnly date, decimal volume) => new(date, capacity is { } c ? volume / c * 100 : volume);
        var byDate = record.ToDictionary(v => v.Date, v => v.Value);
        var values = period.InPeriod(record);
        var lastYear = new List<DatedValue>();
        var normal = new List<DatedValue>();
        foreach (var day in values)
        {
            // Last year's value is drawn on this year's date, so the two lines can be read against each other.
            if (byDate.TryGetValue(SameDateLastYear(day.Date), out var before))
            {
                lastYear.Add(Shown(day.Date, before));
            }

            if (StorageComparison.VersusNormal(record, day.Date, day.Value) is { IsComputed: true } n)
            {
                normal.Add(Shown(day.Date, n.Value.Normal));
            }
        }

        return new StationStorageSection
        {
            Percent = capacity is not null,
            Values = [.. values.Select(v => Shown(v.Date, v.Value))],
            LastYear = lastYear,
            Normal = normal,
            Numbers = await reads.StorageAsync(period.Station.Code, period.To, period.ValidatedOnly, ct),
        };
    }

    /// <summary>29 February compares with 28 February, as in <see cref="StorageComparison.VersusLastYear"/>.</summary>
    public static DateOnly SameDateLastYear(DateOnly date) =>
        new(date.Year - 1, date.Month, Math.Min(date.Day, DateTime.DaysInMonth(date.Year - 1, date.Month)));
}
