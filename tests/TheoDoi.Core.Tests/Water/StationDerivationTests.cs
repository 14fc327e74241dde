using TheoDoi.Core.Water;

namespace TheoDoi.Core.Tests.Water;

/// <summary>The pure water derivation: which rows a station's observations give, and which alerts (product decision 6).</summary>
public sealed class StationDerivationTests
{
    // 2024-03-15 00:00 in Việt Nam (UTC+7).
    private static readonly long s_dayStart = new DateTimeOffset(2024, 3, 15, 0, 0, 0, TimeSpan.FromHours(7)).ToUnixTimeSeconds();
    private static readonly DateTime s_now = new(2024, 3, 16, 0, 0, 0, DateTimeKind.Utc);

    private static List<SamplePoint> Points(params (long Offset, string Parameter, decimal Value)[] values) =>
        [.. values.Select(v => new SamplePoint(s_dayStart + v.Offset, v.Parameter, v.Value, Qualifier.None, Validated: true))];

    [Fact]
    public void A_periodic_station_gives_one_row_per_sample_and_alerts_on_each_sample()
    {
        var station = new StationProfile(3, Automatic: false, WqiOptions.Default, TargetLevel: null);

        var rows = StationDerivation.Compute(station, Points((8 * 3600, "pH", 7.2m), (8 * 3600, "As", 0.5m), (9 * 3600, "pH", 7.0m)), s_now);

        Assert.Equal([WqiResolution.Sample, WqiResolution.Sample], rows.Select(r => r.Resolution));
        Assert.Equal([2, 1], rows.Select(r => r.Values));
        var alert = Assert.Single(rows[0].Alerts);
        Assert.Equal((3, WaterAlertKind.HealthLimit, "As", 0.5, s_now), (alert.StationId, alert.Kind, alert.Parameter, alert.Value, alert.CreatedAt));
        Assert.Empty(rows[1].Alerts);
        Assert.All(rows, r => Assert.True(r.Validated));
    }

    [Fact]
    public void An_automatic_station_adds_hour_and_day_rows_and_alerts_only_on_the_day()
    {
        var station = new StationProfile(4, Automatic: true, WqiOptions.Default, TargetLevel: null);

        var rows = StationDerivation.Compute(station, Points((60, "As", 0.5m), (120, "As", 0.7m), (3600 + 60, "As", 0.3m)), s_now);

        Assert.Equal(3, rows.Count(r => r.Resolution == WqiResolution.Sample));
        Assert.Equal([s_dayStart, s_dayStart + 3600], rows.Where(r => r.Resolution == WqiResolution.Hour).Select(r => r.SampledAt));
        var day = Assert.Single(rows, r => r.Resolution == WqiResolution.Day);
        Assert.Equal((s_dayStart, 3), (day.SampledAt, day.Values));
        Assert.Equal("daily index from daily means", day.Note?.Split("; ")[0]);
        Assert.Equal(0.5, Assert.Single(day.Alerts).Value);
        Assert.All(rows.Where(r => r.Resolution != WqiResolution.Day), r => Assert.Empty(r.Alerts));
    }

    [Fact]
    public void Days_and_hours_start_on_Vietnam_time()
    {
        Assert.Equal(s_dayStart, StationDerivation.DayStart(s_dayStart + 86_399));
        Assert.Equal(s_dayStart + 86_400, StationDerivation.DayStart(s_dayStart + 86_400));
        Assert.Equal(s_dayStart + 7200, StationDerivation.HourStart(s_dayStart + 7200 + 3599));
    }

    [Fact]
    public void Long_texts_are_clipped_to_their_column_with_a_mark()
    {
        Assert.Equal("abcd", StationDerivation.Clip("abcd", 4));
        Assert.Equal("abc…", StationDerivation.Clip("abcde", 4));
    }
}
