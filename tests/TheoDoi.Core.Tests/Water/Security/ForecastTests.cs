using TheoDoi.Core.Water.Security;

namespace TheoDoi.Core.Tests.Water.Security;

/// <summary>
/// The statistical forecasts (docs/reference/water-security.md): a known tide is forecast better than the
/// seasonal-naive forecast with honest intervals; a random walk is not, so it is refused with both MAEs;
/// too little history is refused with the counts; a monthly well series keeps its trend and season.
/// </summary>
public sealed class ForecastTests
{
    private static readonly DateTime s_start = new(2026, 10, 1);

    /// <summary>A tide: M2, S2, K1, O1 at fixed amplitudes and phases on a mean of 1 m, plus Gaussian noise.</summary>
    private static double Tide(int hour, Random random, double noise) =>
        1.0 + (0.8 * Math.Cos((2 * Math.PI * hour / 12.4206) + 0.3)) + (0.3 * Math.Cos((2 * Math.PI * hour / 12.0) + 1.0))
        + (0.2 * Math.Cos((2 * Math.PI * hour / 23.9345) + 2.0)) + (0.15 * Math.Cos(2 * Math.PI * hour / 25.8193)) + (noise * Gaussian(random));

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static List<TimedValue> Hourly(IEnumerable<double> values) =>
        [.. values.Select((v, i) => new TimedValue(s_start.AddHours(i), (decimal)v))];

    [Theory]
    [InlineData(1, 0.05)]
    [InlineData(2, 0.05)]
    [InlineData(3, 0.10)]
    public void A_tide_is_forecast_better_than_the_naive_and_its_intervals_cover_about_their_share(int seed, double noise)
    {
        var random = new Random(seed);
        var all = Enumerable.Range(0, (37 + 7) * 24).Select(h => Tide(h, random, noise)).ToList();
        var known = all.Take(37 * 24).ToList();
        var future = all.Skip(37 * 24).ToList();

        var outcome = ForecastTide.Forecast(Hourly(known));

        Assert.True(outcome.Forecast.IsComputed, outcome.Forecast.Refusal?.En);
        var skill = outcome.Skill!;
        Assert.True(skill.Skill > 0.5, $"skill {skill.Skill}");
        Assert.Equal((s_start.AddDays(30), s_start.AddDays(37).AddHours(-1), 168), (skill.HeldBackFrom, skill.HeldBackTo, skill.Compared));
        var points = outcome.Forecast.Value;
        Assert.Equal(168, points.Count);
        Assert.Equal(s_start.AddDays(37), points[0].Time);
        Assert.Equal(s_start.AddDays(44).AddHours(-1), points[^1].Time);
        var in80 = points.Zip(future).Count(p => p.First.Lo80 <= p.Second && p.Second <= p.First.Hi80) / 168.0;
        var in95 = points.Zip(future).Count(p => p.First.Lo95 <= p.Second && p.Second <= p.First.Hi95) / 168.0;
        Assert.InRange(in80, 0.65, 0.97);
        Assert.InRange(in95, 0.85, 1.0);
        Assert.True(points.Zip(future).Average(p => Math.Abs(p.First.Value - p.Second)) < 2 * noise);
        Assert.Contains("MAE", outcome.Forecast.Why!.En, StringComparison.Ordinal);
    }

    /// <summary>
    /// A random walk has no tide to find: the harmonic fit's drift and mean lose to repeating the last tidal day
    /// in most walks (the method is statistical, so not in every one: 40 fixed seeds, at least 30 refused).
    /// </summary>
    [Fact]
    public void A_random_walk_mostly_does_not_beat_the_naive_and_each_refusal_gives_both_maes()
    {
        var outcomes = Enumerable.Range(100, 40).Select(seed =>
        {
            var random = new Random(seed);
            var level = 0.0;
            return ForecastTide.Forecast(Hourly(Enumerable.Range(0, 37 * 24).Select(_ => level += 0.05 * Gaussian(random)).ToList()));
        }).ToList();

        var refused = outcomes.Where(o => !o.Forecast.IsComputed).ToList();
        Assert.True(refused.Count >= 30, $"{refused.Count} of 40 refused");
        Assert.All(refused, o =>
        {
            Assert.True(o.Skill!.Skill <= 0);
            var en = o.Forecast.Refusal!.En;
            Assert.Contains("does not beat the seasonal-naive forecast", en, StringComparison.Ordinal);
            Assert.Contains($"MAE {o.Skill.Mae.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture)} against {o.Skill.NaiveMae.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture)}", en, StringComparison.Ordinal);
            Assert.Contains("không tốt hơn dự báo ngây thơ", o.Forecast.Refusal.Vi, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData(10 * 24, "has 72 and 168")]
    [InlineData(20 * 24, "has 312 and 168")]
    [InlineData(0, "has 0 and 0")]
    public void Too_little_hourly_history_is_refused_naming_what_is_needed_and_what_there_is(int hours, string counts)
    {
        var outcome = ForecastTide.Forecast(Hourly(Enumerable.Range(0, hours).Select(h => Tide(h, new Random(1), 0))));

        Assert.False(outcome.Forecast.IsComputed);
        Assert.Null(outcome.Skill);
        Assert.Contains("Needs at least 360 hourly values", outcome.Forecast.Refusal!.En, StringComparison.Ordinal);
        Assert.Contains(counts, outcome.Forecast.Refusal.En, StringComparison.Ordinal);
        Assert.Contains("Cần ít nhất 360 giá trị theo giờ", outcome.Forecast.Refusal.Vi, StringComparison.Ordinal);
    }

    /// <summary>Depth to water: 10 m deepening 0.3 m a year, 1.5 m deeper in the dry season (peak in April).</summary>
    private static List<DatedValue> Well(int months, double noise, int seed = 5)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, months).Select(i => new DatedValue(new DateOnly(2017, 1, 15).AddMonths(i),
            (decimal)(10 + (0.3 * i / 12.0) + (1.5 * Math.Cos(2 * Math.PI * (i - 3) / 12.0)) + (noise * Gaussian(random)))))];
    }

    [Theory]
    [InlineData(96, 0.0)]
    [InlineData(120, 0.02)]
    [InlineData(36, 0.02)]
    public void A_monthly_well_series_keeps_its_trend_and_season_for_12_months(int months, double noise)
    {
        var readings = Well(months, noise);

        var outcome = ForecastMonthly.Forecast(readings);

        Assert.True(outcome.Forecast.IsComputed, outcome.Forecast.Refusal?.En);
        var points = outcome.Forecast.Value;
        Assert.Equal(12, points.Count);
        Assert.Equal(new DateTime(2017, 1, 1).AddMonths(months), points[0].Time);
        // Each month a year on is the same month's last reading plus the slope, 0.3 m.
        var lastYear = readings[^12..];
        Assert.All(points.Zip(lastYear), p => Assert.Equal(0.3, p.First.Value - (double)p.Second.Value, 0.08));
        Assert.True(outcome.Skill!.Skill > 0);
        Assert.Equal(12, outcome.Skill.Compared);
    }

    [Fact]
    public void Too_little_monthly_history_is_refused_with_the_counts()
    {
        var outcome = ForecastMonthly.Forecast(Well(30, 0.02));

        Assert.False(outcome.Forecast.IsComputed);
        Assert.Equal("Needs at least 24 monthly values in the 108 months of the fit and at least 6 in the last 12 months held back for the backtest; has 18 and 12", outcome.Forecast.Refusal!.En);
    }

    [Fact]
    public void A_calendar_month_never_measured_in_the_fit_is_refused_by_name()
    {
        var readings = Well(60, 0.02).Where(r => r.Date.Month != 8 || r.Date.Year == 2021).ToList();

        var outcome = ForecastMonthly.Forecast(readings);

        Assert.False(outcome.Forecast.IsComputed);
        Assert.Contains("months 8 have none", outcome.Forecast.Refusal!.En, StringComparison.Ordinal);
    }
}
