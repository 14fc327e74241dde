using TheoDoi.Core.Water.Security;

namespace TheoDoi.Core.Tests.Water.Security;

/// <summary>
/// Sen's slope and Mann–Kendall (docs/reference/water-security.md, IGPVN TN-IV-09 row). Expected numbers
/// for the worked example were computed with python3 (standard library: pairwise slopes, statistics.median,
/// math.erfc) and checked by hand: Var(S) = [10·9·25 − (2·1·9 for the two 10.4 + 3·2·11 for the three 11.3)] ÷ 18
/// = (2 250 − 84) ÷ 18 = 120.333…
/// </summary>
public sealed class GroundwaterTrendTests
{
    private static readonly DateOnly s_asOf = new(2024, 6, 30);

    /// <summary>Depth to water on 1 January 2015–2024 (demo well), with ties at 10.4 and 11.3 m.</summary>
    private static List<DatedValue> Deepening() => Series(10.0m, 10.4m, 10.2m, 10.4m, 11.0m, 11.3m, 11.3m, 11.3m, 12.0m, 12.5m);

    private static List<DatedValue> Series(params decimal[] values) =>
        [.. values.Select((v, i) => new DatedValue(new DateOnly(2015 + i, 1, 1), v))];

    [Fact]
    public void Sen_slope_and_mann_kendall_match_the_worked_example_with_ties()
    {
        var trend = GroundwaterTrend.Compute(Deepening(), s_asOf, 10).Value;

        Assert.Equal(10, trend.Count);
        Assert.Equal(0.25, trend.SlopeMPerYear, 9);
        Assert.Equal(39, trend.S);
        Assert.Equal(120.33333333333333, trend.VarianceS, 9);
        Assert.Equal(3.464101615137755, trend.Z, 9);   // (39 − 1) ÷ √120.33
        Assert.Equal(0.0005320055051392503, trend.P, 7); // erfc(Z ÷ √2)
        Assert.True(trend.Significant);
    }

    [Fact]
    public void A_flat_noisy_series_is_not_significant()
    {
        // python3: S = 2, Var(S) = 124 (one tie pair of 10.0), Z = 0.0898, p = 0.92844.
        var trend = GroundwaterTrend.Compute(Series(10.0m, 10.5m, 9.8m, 10.4m, 10.1m, 10.3m, 9.9m, 10.6m, 10.0m, 10.2m), s_asOf, 10).Value;

        Assert.Equal(2, trend.S);
        Assert.Equal(124, trend.VarianceS, 9);
        Assert.Equal(0.928444041500591, trend.P, 6);
        Assert.False(trend.Significant);
        Assert.Contains("not significant", GroundwaterTrend.YearsToThreshold(trend, 15m).Refusal!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void The_five_year_window_with_five_annual_readings_is_refused_saying_how_many()
    {
        var result = GroundwaterTrend.Compute(Deepening(), s_asOf, 5);

        Assert.Contains("has 5", result.Refusal!.En, StringComparison.Ordinal);
    }

    public static TheoryData<decimal, bool, double?> Thresholds => new()
    {
        { 15m, true, 10 },     // (15 − 12.5) ÷ 0.25
        { 13m, true, 2 },      // (13 − 12.5) ÷ 0.25
        { 12.5m, false, null }, // already there
        { 12m, false, null },  // already past
    };

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void Years_to_threshold_are_the_remaining_depth_over_the_slope(decimal threshold, bool computed, double? years)
    {
        var trend = GroundwaterTrend.Compute(Deepening(), s_asOf, 10).Value;

        var result = GroundwaterTrend.YearsToThreshold(trend, threshold);

        Assert.Equal(computed, result.IsComputed);
        if (years is { } y)
        {
            Assert.Equal(y, result.Value, 9);
        }
        else
        {
            Assert.Contains("already past", result.Refusal!.En, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_rising_water_table_has_no_time_to_threshold()
    {
        var rising = Deepening().Select(d => d with { Value = 30m - d.Value }).ToList();
        var trend = GroundwaterTrend.Compute(rising, s_asOf, 10).Value;

        Assert.True(trend.Significant);
        Assert.Contains("not falling", GroundwaterTrend.YearsToThreshold(trend, 40m).Refusal!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Wells_are_ranked_steepest_decline_first()
    {
        var deepening = GroundwaterTrend.Compute(Deepening(), s_asOf, 10).Value;
        var rising = deepening with { SlopeMPerYear = -0.1 };

        var ranked = GroundwaterTrend.RankByDecline([new("B", rising), new("A", deepening with { SlopeMPerYear = 0.1 }), new("C", deepening)]);

        Assert.Equal(["C", "A", "B"], ranked.Select(w => w.Well));
    }

    [Theory]
    [InlineData(0.1, 0.8875370839817152)] // python3 math.erfc
    [InlineData(0.5, 0.4795001221869535)]
    [InlineData(1.96, 0.005573724535172132)]
    [InlineData(3, 2.2090496998585438e-05)]
    [InlineData(-1, 1.8427007929497148)]  // 2 − erfc(1)
    public void Erfc_is_within_its_stated_fractional_error(double x, double expected) =>
        Assert.True(Math.Abs(NormalDistribution.Erfc(x) - expected) / expected < 1.2e-7);
}
