using TheoDoi.Core.Water.Security;
using TheoDoi.Core.Water.StationViews;

namespace TheoDoi.Core.Tests.Water.StationViews;

/// <summary>The shaded percentile bands of a river or reservoir chart (USGS WaterWatch, docs/reference/water-security.md).</summary>
public sealed class PercentileBandsTests
{
    private static readonly DateOnly s_day = new(2025, 6, 15);

    /// <summary>19 past years (2006–2024), one value each on 15 June: 1, 2, …, 19; n + 1 = 20, so rank = p ÷ 5.</summary>
    private static List<DatedValue> NineteenYears() =>
        [.. Enumerable.Range(0, 19).Select(i => new DatedValue(new DateOnly(2006 + i, 6, 15), i + 1))];

    [Fact]
    public void The_band_edges_are_the_weibull_quantiles_of_the_same_day_in_past_years()
    {
        var result = PercentileBands.For(NineteenYears(), s_day);

        Assert.True(result.IsComputed);
        Assert.Equal((2m, 5m, 15m, 18m), (result.Value.P10, result.Value.P25, result.Value.P75, result.Value.P90));
        Assert.Equal((19, 19), (result.Value.Count, result.Value.Years));
        Assert.Contains("P25 = 5", result.Why!.En, StringComparison.Ordinal);
    }

    public static TheoryData<decimal, PercentileBand> Inside => new()
    {
        { 0.5m, PercentileBand.MuchBelowNormal },
        { 3m, PercentileBand.BelowNormal },
        { 10m, PercentileBand.Normal },
        { 16.5m, PercentileBand.AboveNormal },
        { 18.5m, PercentileBand.MuchAboveNormal },
    };

    [Theory]
    [MemberData(nameof(Inside))]
    public void A_value_drawn_well_inside_a_band_has_that_bands_class(decimal value, PercentileBand expected)
    {
        var bands = PercentileBands.For(NineteenYears(), s_day).Value;
        var drawnIn = value < bands.P10 ? PercentileBand.MuchBelowNormal
            : value < bands.P25 ? PercentileBand.BelowNormal
            : value <= bands.P75 ? PercentileBand.Normal
            : value <= bands.P90 ? PercentileBand.AboveNormal
            : PercentileBand.MuchAboveNormal;

        Assert.Equal(expected, drawnIn);
        Assert.Equal(expected, PercentileClass.Rank(NineteenYears(), s_day, value).Value.Band);
    }

    public static TheoryData<decimal[], double, decimal> Quantiles => new()
    {
        { new[] { 10m, 20m, 30m, 40m, 50m, 60m, 70m, 80m, 90m, 100m }, 25, 27.5m }, // rank 2.75: between 20 and 30
        { new[] { 10m, 20m, 30m, 40m, 50m, 60m, 70m, 80m, 90m, 100m }, 90, 99m },   // rank 9.9
        { new[] { 1m, 2m, 3m, 4m, 5m }, 10, 1m },                                   // rank 0.6: held at the smallest
        { new[] { 1m, 2m, 3m, 4m, 5m }, 90, 5m },                                   // rank 5.4: held at the largest
        { new[] { 7m, 7m, 7m }, 75, 7m },
    };

    [Theory]
    [MemberData(nameof(Quantiles))]
    public void Quantile_interpolates_between_weibull_ranks_and_holds_at_the_ends(decimal[] sorted, double percent, decimal expected) =>
        Assert.Equal(expected, PercentileBands.Quantile(sorted, percent));

    [Fact]
    public void A_day_with_fewer_than_ten_past_years_is_not_ranked_and_says_how_many()
    {
        var nine = NineteenYears().Where(v => v.Date.Year >= 2016).ToList();

        var result = PercentileBands.For(nine, s_day);

        Assert.False(result.IsComputed);
        Assert.Contains("has 9", result.Refusal!.En, StringComparison.Ordinal);
        Assert.Contains("hiện có 9", result.Refusal.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_has_one_entry_per_day_each_judged_on_its_own_window()
    {
        // Ten years of values on 1–10 January only: days near them are ranked, late January is not.
        var record = new List<DatedValue>();
        for (var year = 2015; year < 2025; year++)
        {
            for (var day = 1; day <= 10; day++)
            {
                record.Add(new DatedValue(new DateOnly(year, 1, day), day));
            }
        }

        var period = PercentileBands.ForPeriod(record, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31));

        Assert.Equal(31, period.Count);
        Assert.True(period[0].IsComputed);
        Assert.True(period[16].IsComputed);  // 17 January: 10 January is within 7 days
        Assert.False(period[17].IsComputed); // 18 January: nothing within 7 days
        Assert.Equal(new DateOnly(2025, 1, 1), period[0].Value.Date);
    }

    [Fact]
    public void The_sen_line_passes_through_the_middle_of_the_readings()
    {
        // Depth 10 m on 1 January 2020, deepening 0.5 m a year; one outlier does not move the line.
        var readings = Enumerable.Range(0, 7).Select(i => new DatedValue(new DateOnly(2020 + i, 1, 1), 10 + (0.5m * i))).ToList();
        readings[3] = readings[3] with { Value = 30 };

        var line = SenLine.Through(readings, 0.5);

        Assert.Equal(10, line.At(new DateOnly(2020, 1, 1)), 6);
        Assert.Equal(13, line.At(new DateOnly(2026, 1, 1)), 6);
        Assert.Equal((new DateOnly(2020, 1, 1), new DateOnly(2026, 1, 1)), (line.From, line.To));
    }
}
