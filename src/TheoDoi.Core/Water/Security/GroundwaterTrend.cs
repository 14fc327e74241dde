using TheoDoi.Core.Texts;
using static TheoDoi.Core.Water.Security.SecurityText;

namespace TheoDoi.Core.Water.Security;

/// <param name="SlopeMPerYear">Sen's slope of depth to water, m per year (positive = deepening = worse).</param>
/// <param name="S">Mann–Kendall S.</param>
/// <param name="VarianceS">Var(S) with the tie correction.</param>
/// <param name="Z">Z with the continuity correction.</param>
/// <param name="P">Two-sided p.</param>
/// <param name="CurrentDepthM">The last reading in the window.</param>
public sealed record GroundwaterTrendResult(
    int Years, int Count, DateOnly From, DateOnly To, double SlopeMPerYear, int S, double VarianceS, double Z, double P, bool Significant, decimal CurrentDepthM);

/// <summary>A well and its trend, for the ranking by decline.</summary>
public sealed record WellTrend(string Well, GroundwaterTrendResult Trend);

/// <summary>
/// Groundwater decline rate and time to a threshold (IGPVN TN-IV-09, docs/reference/water-security.md):
/// Sen's slope of depth to water (GWD) per year over the last 5 or 10 years, Mann–Kendall for significance.
/// </summary>
public static class GroundwaterTrend
{
    /// <summary>Below ten readings the normal approximation of Mann–Kendall's S is not trustworthy.</summary>
    public const int MinimumReadings = 10;

    public const double SignificanceLevel = 0.05;

    /// <summary>The trend of the readings in (asOf − years, asOf]; time in fractional years.</summary>
    public static Computed<GroundwaterTrendResult> Compute(IReadOnlyList<DatedValue> depths, DateOnly asOf, int years)
    {
        var from = asOf.AddYears(-years);
        var used = depths.Where(d => d.Date > from && d.Date <= asOf).OrderBy(d => d.Date).ToList();
        if (used.Count < MinimumReadings)
        {
            return Computed<GroundwaterTrendResult>.Refused(new(
                $"Cần ít nhất {MinimumReadings} lần đo trong {years} năm gần nhất, hiện có {used.Count}",
                $"Needs at least {MinimumReadings} readings in the last {years} years, has {used.Count}"));
        }

        var times = used.Select(d => FractionalYear(d.Date)).ToArray();
        var values = used.Select(d => (double)d.Value).ToArray();
        var slope = SenSlope(times, values);
        var s = MannKendallS(values);
        var variance = VarianceOfS(values);
        var z = s > 0 ? (s - 1) / Math.Sqrt(variance) : s < 0 ? (s + 1) / Math.Sqrt(variance) : 0.0;
        var p = NormalDistribution.TwoSidedP(z);
        var result = new GroundwaterTrendResult(years, used.Count, used[0].Date, used[^1].Date, slope, s, variance, z, p, p < SignificanceLevel, used[^1].Value);
        var verdictVi = result.Significant ? "có ý nghĩa (p < 0,05)" : "không có ý nghĩa (p ≥ 0,05)";
        var verdictEn = result.Significant ? "significant (p < 0.05)" : "not significant (p ≥ 0.05)";
        return Computed<GroundwaterTrendResult>.Ok(result, Both(
            c => $"{used.Count} lần đo {D(result.From)}–{D(result.To)}: độ dốc Sen {N(slope, c)} m/năm; Mann–Kendall S = {s}, Var(S) = {N(variance, c)}, Z = {N(z, c)}, p = {p.ToString("0.####", c)}: {verdictVi}",
            c => $"{used.Count} readings {D(result.From)}–{D(result.To)}: Sen's slope {N(slope, c)} m/year; Mann–Kendall S = {s}, Var(S) = {N(variance, c)}, Z = {N(z, c)}, p = {p.ToString("0.####", c)}: {verdictEn}"));
    }

    /// <summary>
    /// Years until depth reaches <paramref name="thresholdM"/>: (threshold − current) ÷ slope, only for a
    /// significant deepening trend (GWD larger = deeper = worse); otherwise refused with the reason.
    /// </summary>
    public static Computed<double> YearsToThreshold(GroundwaterTrendResult trend, decimal thresholdM)
    {
        if (!trend.Significant)
        {
            return Computed<double>.Refused(Both(
                c => $"Xu hướng không có ý nghĩa thống kê (p = {trend.P.ToString("0.####", c)} ≥ 0,05): không dự báo",
                c => $"The trend is not significant (p = {trend.P.ToString("0.####", c)} ≥ 0.05): no projection"));
        }

        if (trend.SlopeMPerYear <= 0)
        {
            return Computed<double>.Refused(Both(
                c => $"Mực nước không hạ thấp (độ dốc {N(trend.SlopeMPerYear, c)} m/năm): không dự báo",
                c => $"The water table is not falling (slope {N(trend.SlopeMPerYear, c)} m/year): no projection"));
        }

        if (trend.CurrentDepthM >= thresholdM)
        {
            return Computed<double>.Refused(Both(
                c => $"Độ sâu hiện tại {N(trend.CurrentDepthM, c)} m đã vượt ngưỡng {N(thresholdM, c)} m",
                c => $"Current depth {N(trend.CurrentDepthM, c)} m is already past the threshold {N(thresholdM, c)} m"));
        }

        var yearsLeft = (double)(thresholdM - trend.CurrentDepthM) / trend.SlopeMPerYear;
        return Computed<double>.Ok(yearsLeft, Both(
            c => $"({N(thresholdM, c)} − {N(trend.CurrentDepthM, c)}) m ÷ {N(trend.SlopeMPerYear, c)} m/năm = {N(yearsLeft, c)} năm",
            c => $"({N(thresholdM, c)} − {N(trend.CurrentDepthM, c)}) m ÷ {N(trend.SlopeMPerYear, c)} m/year = {N(yearsLeft, c)} years"));
    }

    /// <summary>Wells by decline: steepest deepening first; equal slopes by well code, so the order is stable.</summary>
    public static IReadOnlyList<WellTrend> RankByDecline(IEnumerable<WellTrend> wells) =>
        [.. wells.OrderByDescending(w => w.Trend.SlopeMPerYear).ThenBy(w => w.Well, StringComparer.Ordinal)];

    /// <summary>The year plus the elapsed share of it: 1 July 2024 → 2024 + 182/366.</summary>
    public static double FractionalYear(DateOnly date) =>
        date.Year + ((date.DayOfYear - 1) / (double)(DateTime.IsLeapYear(date.Year) ? 366 : 365));

    /// <summary>
    /// Median of (xⱼ − xᵢ) ÷ (tⱼ − tᵢ) over all pairs with tⱼ ≠ tᵢ. The pairs grow with n² (7 140 for ten
    /// years monthly), so the median is selected in linear time rather than by sorting them all — the same
    /// value, since a median is an element (or the mean of two) of the pairs' multiset (issue 9's 200-well target).
    /// </summary>
    public static double SenSlope(ReadOnlySpan<double> times, ReadOnlySpan<double> values)
    {
        var slopes = new double[times.Length * (times.Length - 1) / 2];
        var m = 0;
        for (var i = 0; i < times.Length; i++)
        {
            var (ti, xi) = (times[i], values[i]);
            for (var j = i + 1; j < times.Length; j++)
            {
                if (times[j] != ti)
                {
                    slopes[m++] = (values[j] - xi) / (times[j] - ti);
                }
            }
        }

        var pairs = slopes.AsSpan(0, m);
        var upper = Select(pairs, m / 2);
        if (m % 2 == 1)
        {
            return upper;
        }

        // Selection leaves every element left of m/2 no larger than it: the lower middle is their maximum.
        var lower = double.NegativeInfinity;
        foreach (var slope in pairs[..(m / 2)])
        {
            lower = Math.Max(lower, slope);
        }

        return (lower + upper) / 2;
    }

    /// <summary>
    /// The k-th smallest (0-based) of <paramref name="items"/> by quickselect (Hoare partition, middle
    /// pivot), leaving smaller-or-equal items before k and larger-or-equal after; reorders the span.
    /// </summary>
    public static double Select(Span<double> items, int k)
    {
        var (left, right) = (0, items.Length - 1);
        while (left < right)
        {
            var pivot = items[left + ((right - left) / 2)];
            var (i, j) = (left, right);
            while (i <= j)
            {
                while (items[i] < pivot)
                {
                    i++;
                }

                while (items[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (items[i], items[j]) = (items[j], items[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                break;
            }
        }

        return items[k];
    }

    /// <summary>S = Σ sign(xⱼ − xᵢ) over i &lt; j, values in time order.</summary>
    public static int MannKendallS(ReadOnlySpan<double> values)
    {
        var s = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var xi = values[i];
            for (var j = i + 1; j < values.Length; j++)
            {
                s += Math.Sign(values[j] - xi);
            }
        }

        return s;
    }

    /// <summary>Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] ÷ 18, t the size of each group of tied values.</summary>
    public static double VarianceOfS(IReadOnlyList<double> values)
    {
        double n = values.Count;
        var ties = values.GroupBy(v => v).Select(g => (double)g.Count()).Where(t => t > 1).Sum(t => t * (t - 1) * ((2 * t) + 5));
        return ((n * (n - 1) * ((2 * n) + 5)) - ties) / 18;
    }
}
