using TheoDoi.Core.Water.Security;

namespace TheoDoi.Core.Tests.Water.Security;

/// <summary>WaterWatch percentile classes (docs/reference/water-security.md): p = rank ÷ (n + 1).</summary>
public sealed class PercentileClassTests
{
    private static readonly DateOnly s_today = new(2025, 6, 15);

    /// <summary>19 past years (2006–2024), one value each on 15 June: 1, 2, …, 19; so n + 1 = 20 and p = rank × 5.</summary>
    private static List<DatedValue> NineteenYears() =>
        [.. Enumerable.Range(0, 19).Select(i => new DatedValue(new DateOnly(2006 + i, 6, 15), i + 1))];

    public static TheoryData<decimal, double, PercentileBand> Edges => new()
    {
        { 0.5m, 5, PercentileBand.MuchBelowNormal },   // rank 1
        { 1.5m, 10, PercentileBand.BelowNormal },      // rank 2: exactly 10 opens "below normal"
        { 3.5m, 20, PercentileBand.BelowNormal },      // rank 4
        { 4.5m, 25, PercentileBand.Normal },           // rank 5: exactly 25 opens "normal"
        { 14.5m, 75, PercentileBand.Normal },          // rank 15: exactly 75 still normal
        { 15.5m, 80, PercentileBand.AboveNormal },     // rank 16
        { 17.5m, 90, PercentileBand.AboveNormal },     // rank 18: exactly 90 still above normal
        { 18.5m, 95, PercentileBand.MuchAboveNormal }, // rank 19
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void Percentile_is_the_weibull_position_and_its_class_follows_the_edges(decimal latest, double expected, PercentileBand band)
    {
        var result = PercentileClass.Rank(NineteenYears(), s_today, latest);

        Assert.True(result.IsComputed);
        Assert.Equal(expected, result.Value.Percentile, 9);
        Assert.Equal(band, result.Value.Band);
        Assert.Equal(19, result.Value.Years);
    }

    [Fact]
    public void A_value_tied_with_a_past_value_takes_the_mean_position()
    {
        // 9 past values below 10, one equal: rank 9 + 1 + ½ = 10.5, p = 10.5 ÷ 20 = 52.5%.
        Assert.Equal(52.5, PercentileClass.Rank(NineteenYears(), s_today, 10m).Value.Percentile, 9);
    }

    [Fact]
    public void Fewer_than_ten_past_years_are_not_ranked_and_the_reason_says_how_many()
    {
        var record = NineteenYears().Where(v => v.Date.Year >= 2019).ToList(); // 2019–2024: 6 years

        var result = PercentileClass.Rank(record, s_today, 3m);

        Assert.False(result.IsComputed);
        Assert.Contains("hiện có 6", result.Refusal!.Vi, StringComparison.Ordinal);
        Assert.Contains("has 6", result.Refusal.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_of_the_current_year_are_not_part_of_the_record_it_is_ranked_against()
    {
        var record = NineteenYears();
        record.Add(new DatedValue(new DateOnly(2025, 6, 10), 100m));

        Assert.Equal(19, PercentileClass.Rank(record, s_today, 1m).Value.Count);
    }

    [Fact]
    public void The_window_crosses_the_new_year()
    {
        // 3 January against 30 December of the year before: 4 days apart, inside ± 7 for the next year.
        var record = Enumerable.Range(2010, 10).Select(y => new DatedValue(new DateOnly(y, 12, 30), 5m)).ToList();

        var result = PercentileClass.Rank(record, new DateOnly(2021, 1, 3), 6m);

        Assert.Equal(10, result.Value.Years); // 30/12/2010–2019 count for January 2011–2020
    }

    [Fact]
    public void A_leap_day_is_compared_with_28_february_in_common_years()
    {
        // Window 0 shows the anchor: 29 Feb 2024 meets 28 February in common years and 29 February in 2016 and 2020.
        var record = Enumerable.Range(2014, 10)
            .Select(y => new DatedValue(new DateOnly(y, 2, DateTime.IsLeapYear(y) ? 29 : 28), 5m))
            .Append(new DatedValue(new DateOnly(2016, 2, 28), 5m)) // a day off the anchor in a leap year
            .ToList();

        var result = PercentileClass.Rank(record, new DateOnly(2024, 2, 29), 4m, windowDays: 0);

        Assert.Equal(10, result.Value.Years);
        Assert.Equal(10, result.Value.Count);
    }

    [Fact]
    public void The_why_text_shows_the_arithmetic_in_both_languages()
    {
        var why = PercentileClass.Rank(NineteenYears(), s_today, 1.5m).Why!;

        Assert.Contains("p = 2 ÷ (19 + 1) = 10%", why.En, StringComparison.Ordinal);
        Assert.Contains("Thấp hơn bình thường", why.Vi, StringComparison.Ordinal);
    }
}
