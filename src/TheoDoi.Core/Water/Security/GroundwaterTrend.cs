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

    /// <summary>Median of (xⱼ − xᵢ) ÷ (tⱼ − tᵢ) over all pairs with tⱼ ≠ tᵢ.</summary>
    public static double SenSlope(IReadOnlyList<double> times, IReadOnlyList<double> values)
    {
        var slopes = new List<double>(times.Count * (times.Count - 1) / 2);
        for (var i = 0; i < times.Count; i++)
        {
            for (var j = i + 1; j < times.Count; j++)
            {
                if (times[j] != times[i])
                {
                    slopes.Add((values[j] - values[i]) / (times[j] - times[i]));
                }
            }
        }

        slopes.Sort();
        var m = slopes.Count;
        return m % 2 == 1 ? slopes[m / 2] : (slopes[(m / 2) - 1] + slopes[m / 2]) / 2;
    }

    /// <summary>S = Σ sign(xⱼ − xᵢ) over i &lt; j, values in time order.</summary>
    public static int MannKendallS(IReadOnlyList<double> values)
    {
        var s = 0;
        for (var i = 0; i < values.Count; i++)
        {
            for (var j = i + 1; j < values.Count; j++)
            {
                s += Math.Sign(values[j] - values[i]);
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
