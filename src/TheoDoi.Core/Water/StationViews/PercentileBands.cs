using TheoDoi.Core.Water.Security;
using static TheoDoi.Core.Water.Security.SecurityText;

namespace TheoDoi.Core.Water.StationViews;

/// <summary>The 10th, 25th, 75th and 90th percentiles of the past values around one day of year.</summary>
/// <param name="Years">How many past years gave the <paramref name="Count"/> values.</param>
public sealed record DayBands(DateOnly Date, decimal P10, decimal P25, decimal P75, decimal P90, int Count, int Years);

/// <summary>
/// The shaded bands behind a river or reservoir chart (USGS WaterWatch, docs/reference/water-security.md):
/// for each day shown, the edges of the classes &lt; 10, 10–24, 25–75, 76–90, &gt; 90 taken from the same
/// sample <see cref="PercentileClass"/> ranks today's value against — every value within ± a window of the
/// same day in each past year — so a point drawn well inside a band has that band's class. The edges are
/// interpolated while a rank is a whole position, so a value between the two past values next to an edge can
/// sit one class from its band: the class printed beside the chart is <see cref="PercentileClass"/>'s.
/// </summary>
public static class PercentileBands
{
    /// <summary>The bands of one day, refused (not ranked) with fewer than <see cref="PercentileClass.MinimumYears"/> past years.</summary>
    public static Computed<DayBands> For(IReadOnlyList<DatedValue> record, DateOnly date, int windowDays = 7)
    {
        var past = SameDayWindow.PastValues(record, date, windowDays);
        var years = SameDayWindow.YearCount(past);
        if (years < PercentileClass.MinimumYears)
        {
            return Computed<DayBands>.Refused(new(
                $"Không xếp hạng: cần ít nhất {PercentileClass.MinimumYears} năm số liệu quanh ngày {DM(date)} (± {windowDays} ngày), hiện có {years}",
                $"Not ranked: needs at least {PercentileClass.MinimumYears} years of record around {DM(date)} (± {windowDays} days), has {years}"));
        }

        var sorted = past.Select(p => p.Value).Order().ToList();
        var bands = new DayBands(date, Quantile(sorted, 10), Quantile(sorted, 25), Quantile(sorted, 75), Quantile(sorted, 90), sorted.Count, years);
        return Computed<DayBands>.Ok(bands, Both(
            c => $"{sorted.Count} giá trị của {years} năm trước (± {windowDays} ngày quanh {DM(date)}), vị trí Weibull p × (n + 1): P10 = {N(bands.P10, c)}, P25 = {N(bands.P25, c)}, P75 = {N(bands.P75, c)}, P90 = {N(bands.P90, c)}",
            c => $"{sorted.Count} values of {years} past years (± {windowDays} days around {DM(date)}), Weibull position p × (n + 1): P10 = {N(bands.P10, c)}, P25 = {N(bands.P25, c)}, P75 = {N(bands.P75, c)}, P90 = {N(bands.P90, c)}"));
    }

    /// <summary>The bands of every day from <paramref name="from"/> to <paramref name="to"/>, each day judged on its own.</summary>
    public static IReadOnlyList<Computed<DayBands>> ForPeriod(IReadOnlyList<DatedValue> record, DateOnly from, DateOnly to, int windowDays = 7)
    {
        var days = new List<Computed<DayBands>>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            days.Add(For(record, day, windowDays));
        }

        return days;
    }

    /// <summary>
    /// The value at percentile <paramref name="percent"/> of ascending <paramref name="sorted"/> by the
    /// Weibull plotting position (the inverse of p = rank ÷ (n + 1)): rank = p × (n + 1), linear between
    /// neighbouring ranks, held at the smallest or largest value outside ranks 1…n.
    /// </summary>
    public static decimal Quantile(IReadOnlyList<decimal> sorted, double percent)
    {
        if (sorted.Count == 0)
        {
            throw new ArgumentException("No values.", nameof(sorted));
        }

        var rank = Math.Clamp(percent / 100 * (sorted.Count + 1), 1, sorted.Count);
        var below = (int)Math.Floor(rank);
        var fraction = (decimal)(rank - below);
        return below >= sorted.Count ? sorted[^1] : sorted[below - 1] + (fraction * (sorted[below] - sorted[below - 1]));
    }
}
