using static TheoDoi.Core.Water.Security.SecurityText;

namespace TheoDoi.Core.Water.Security;

/// <summary>A reading at a time (Việt Nam local time, passed in: nothing here reads a clock).</summary>
public sealed record TimedValue(DateTime Time, decimal Value);

/// <param name="HoursAbove">Intervals between the run's readings plus one median interval for its last reading.</param>
/// <param name="Open">The run reaches the last reading: the event may not be over.</param>
/// <param name="EndedAtGap">The run was cut by a gap in the data, not by a reading below the threshold.</param>
public sealed record SalinityEvent(DateTime Start, DateTime End, double HoursAbove, decimal Peak, DateTime PeakTime, bool Open, bool EndedAtGap);

/// <param name="Season">"2024–2025": the dry season December 2024 – May 2025, named by both years.</param>
/// <param name="EndYear">The year the season ends (2025 for 2024–2025).</param>
public sealed record DrySeasonSummary(string Season, int EndYear, int Count, double TotalHours, SalinityEvent Longest);

/// <summary>
/// Threshold-crossing events (Delft-FEWS, docs/reference/water-security.md): a maximal run of readings
/// at or above a threshold (250 mg/L Cl⁻ at a drinking-water intake, 1 ‰ or 4 ‰ for irrigation).
/// </summary>
public static class SalinityEvents
{
    /// <summary>
    /// An interval longer than this many median intervals is a gap: the event ends at the reading before
    /// it, since nobody knows whether the salt stayed through a sensor outage (Hòa Phú reads four times
    /// an hour, so 3 × 15 min = 45 min without a reading is already an outage).
    /// </summary>
    public const double GapFactor = 3;

    /// <summary>The events of <paramref name="readings"/> (strictly increasing in time) against <paramref name="threshold"/>.</summary>
    public static Computed<IReadOnlyList<SalinityEvent>> Find(IReadOnlyList<TimedValue> readings, decimal threshold)
    {
        if (readings.Count < 2)
        {
            return Computed<IReadOnlyList<SalinityEvent>>.Refused(new(
                $"Cần ít nhất 2 lần đo để biết khoảng cách giữa các lần đo, hiện có {readings.Count}",
                $"Needs at least 2 readings to know the interval between readings, has {readings.Count}"));
        }

        var intervals = new double[readings.Count - 1];
        for (var i = 1; i < readings.Count; i++)
        {
            intervals[i - 1] = (readings[i].Time - readings[i - 1].Time).TotalHours;
            if (intervals[i - 1] <= 0)
            {
                return Computed<IReadOnlyList<SalinityEvent>>.Refused(new(
                    $"Lần đo {i + 1} không muộn hơn lần đo {i}: số liệu phải theo thứ tự thời gian",
                    $"Reading {i + 1} is not later than reading {i}: readings must be in time order"));
            }
        }

        var median = Median(intervals);
        var events = new List<SalinityEvent>();
        var start = -1;
        for (var i = 0; i < readings.Count; i++)
        {
            var above = readings[i].Value >= threshold;
            if (above && start < 0)
            {
                start = i;
            }

            var last = i == readings.Count - 1;
            var gapAfter = !last && intervals[i] > GapFactor * median;
            var nextBelow = last || readings[i + 1].Value < threshold;
            if (start >= 0 && (last || gapAfter || nextBelow))
            {
                events.Add(Event(readings, intervals, median, start, i, open: last, endedAtGap: gapAfter && !nextBelow));
                start = -1;
            }
        }

        return Computed<IReadOnlyList<SalinityEvent>>.Ok(events, Both(
            c => $"{events.Count} đợt ≥ {N(threshold, c)}; khoảng đo trung vị {N(median, c)} giờ; khoảng trống > {N(GapFactor, c)} × trung vị kết thúc đợt",
            c => $"{events.Count} events ≥ {N(threshold, c)}; median interval {N(median, c)} h; a gap > {N(GapFactor, c)} × median ends an event"));
    }

    /// <summary>
    /// Count, total hours and the longest event per dry season (December–May). An event belongs to the
    /// season it starts in; events starting June–November are outside any dry season and left out.
    /// </summary>
    public static IReadOnlyList<DrySeasonSummary> ByDrySeason(IReadOnlyList<SalinityEvent> events) =>
        [.. events
            .Where(e => e.Start.Month is 12 or <= 5)
            .GroupBy(e => e.Start.Month == 12 ? e.Start.Year + 1 : e.Start.Year)
            .OrderBy(g => g.Key)
            .Select(g => new DrySeasonSummary(
                $"{g.Key - 1}–{g.Key}",
                g.Key,
                g.Count(),
                g.Sum(e => e.HoursAbove),
                g.OrderByDescending(e => e.HoursAbove).ThenBy(e => e.Start).First()))];

    private static SalinityEvent Event(IReadOnlyList<TimedValue> readings, double[] intervals, double median, int first, int last, bool open, bool endedAtGap)
    {
        var hours = median;
        var peak = readings[first];
        for (var i = first; i < last; i++)
        {
            hours += intervals[i];
        }

        for (var i = first + 1; i <= last; i++)
        {
            if (readings[i].Value > peak.Value)
            {
                peak = readings[i]; // the first time the peak was reached
            }
        }

        return new SalinityEvent(readings[first].Time, readings[last].Time, hours, peak.Value, peak.Time, open, endedAtGap);
    }

    private static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var m = sorted.Length;
        return m % 2 == 1 ? sorted[m / 2] : (sorted[(m / 2) - 1] + sorted[m / 2]) / 2;
    }
}
