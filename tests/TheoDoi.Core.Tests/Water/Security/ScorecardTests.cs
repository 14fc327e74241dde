using TheoDoi.Core.Texts;
using TheoDoi.Core.Water.Security;

namespace TheoDoi.Core.Tests.Water.Security;

/// <summary>The scorecard rules (docs/water-security-scorecard.md) at each status edge and with no inputs.</summary>
public sealed class ScorecardTests
{
    private static readonly Bilingual s_why = new("lý do", "why");

    public static TheoryData<int, int, ScoreStatus> Shares => new()
    {
        { 0, 0, ScoreStatus.NotAssessed },
        { 0, 4, ScoreStatus.Good },
        { 1, 5, ScoreStatus.Good },   // 20 % stays under 25 %
        { 1, 4, ScoreStatus.Watch },  // exactly 25 % opens "watch"
        { 4, 9, ScoreStatus.Watch },  // 44 %
        { 2, 4, ScoreStatus.Poor },   // exactly 50 % opens "poor"
        { 3, 3, ScoreStatus.Poor },
    };

    [Theory]
    [MemberData(nameof(Shares))]
    public void A_share_of_inputs_of_concern_gives_the_status_at_the_25_and_50_percent_edges(int concern, int assessed, ScoreStatus expected) =>
        Assert.Equal(expected, Scorecard.ByShare(concern, assessed));

    private static Computed<PercentileRank> Ranked(double percentile) =>
        Computed<PercentileRank>.Ok(new(percentile, 1, 20, 20, PercentileClass.Classify(percentile), PercentileClass.Name(PercentileClass.Classify(percentile))), s_why);

    public static TheoryData<double[], ScoreStatus> Availabilities => new()
    {
        { [50, 60, 30, 24.9], ScoreStatus.Watch }, // 1 of 4 below the 25th percentile
        { [50, 60, 30, 25], ScoreStatus.Good },    // 25 is normal
        { [5, 20, 80], ScoreStatus.Poor },
    };

    [Theory]
    [MemberData(nameof(Availabilities))]
    public void Availability_counts_stations_below_the_25th_percentile(double[] percentiles, ScoreStatus expected) =>
        Assert.Equal(expected, ScorecardRules.Availability([.. percentiles.Select(Ranked)]).Status);

    [Fact]
    public void Availability_with_too_little_record_says_how_much_there_is_and_scores_nothing()
    {
        var refused = PercentileClass.Rank([.. Enumerable.Range(0, 6).Select(i => new DatedValue(new DateOnly(2019 + i, 6, 15), 5))], new DateOnly(2025, 6, 15), 5);

        var score = ScorecardRules.Availability([refused]);

        Assert.Equal(ScoreStatus.NotAssessed, score.Status);
        Assert.Contains("cần ít nhất 10 năm số liệu", score.Reason.Vi, StringComparison.Ordinal);
        Assert.Contains("hiện có 6", score.Reason.Vi, StringComparison.Ordinal);
        Assert.Equal(ScoreStatus.NotAssessed, ScorecardRules.Availability([]).Status);
    }

    private static WellInput Well(double slope, bool significant, decimal depth, decimal? threshold = null) =>
        new(Computed<GroundwaterTrendResult>.Ok(new(5, 20, new(2020, 1, 1), new(2024, 12, 1), slope, 10, 100, 2, significant ? 0.01 : 0.3, significant, depth), s_why), threshold);

    [Fact]
    public void Groundwater_shows_the_wells_falling_and_the_arithmetic()
    {
        var score = ScorecardRules.Groundwater([Well(0.4, true, 20), Well(0.5, true, 22), Well(0.1, false, 18)]);

        Assert.Equal(ScoreStatus.Poor, score.Status);
        Assert.StartsWith("2 của 3 giếng hạ thấp có ý nghĩa hoặc vượt ngưỡng (67 %) ≥ 50 % → kém", score.Reason.Vi, StringComparison.Ordinal);
        Assert.StartsWith("2 of 3 wells falling significantly or past their threshold (67%) ≥ 50% → poor", score.Reason.En, StringComparison.Ordinal);
    }

    public static TheoryData<WellInput[], ScoreStatus> Wells => new()
    {
        { [Well(0.4, false, 20), Well(-0.2, true, 22)], ScoreStatus.Good },                           // a rising table is no concern
        { [Well(0.1, false, 40, 40), Well(0, false, 10, 40), Well(0, false, 10), Well(0, false, 10)], ScoreStatus.Watch }, // at the threshold counts
        { [Well(0.1, false, 39.9m, 40), Well(0, false, 10)], ScoreStatus.Good },
    };

    [Theory]
    [MemberData(nameof(Wells))]
    public void Groundwater_counts_significant_falls_and_wells_at_or_past_their_threshold(WellInput[] wells, ScoreStatus expected) =>
        Assert.Equal(expected, ScorecardRules.Groundwater(wells).Status);

    [Fact]
    public void Groundwater_with_too_few_readings_is_not_assessed()
    {
        var refused = GroundwaterTrend.Compute([new(new DateOnly(2024, 1, 1), 10)], new DateOnly(2024, 12, 31), 5);

        Assert.Equal(ScoreStatus.NotAssessed, ScorecardRules.Groundwater([new(refused, 40)]).Status);
        Assert.Equal(ScoreStatus.NotAssessed, ScorecardRules.Groundwater([]).Status);
    }

    public static TheoryData<double?, double?, ScoreStatus> Seasons => new()
    {
        { null, 30, ScoreStatus.NotAssessed },
        { 0, 30, ScoreStatus.Good },
        { 12, null, ScoreStatus.Watch },    // nothing to compare with
        { 30, 30, ScoreStatus.Watch },      // as many hours as last season
        { 30.5, 30, ScoreStatus.Poor },     // more than last season
        { 5, 0, ScoreStatus.Poor },
    };

    [Theory]
    [MemberData(nameof(Seasons))]
    public void Salinity_compares_this_dry_seasons_event_hours_with_the_last(double? now, double? last, ScoreStatus expected)
    {
        var score = ScorecardRules.Salinity(
            now is { } h ? new SeasonHours("2025–2026", 2, 3, h) : null,
            last is { } l ? new SeasonHours("2024–2025", 2, 2, l) : null);

        Assert.Equal(expected, score.Status);
    }

    [Fact]
    public void Salinity_shows_both_seasons_and_the_ratio()
    {
        var score = ScorecardRules.Salinity(new("2025–2026", 2, 3, 120), new("2024–2025", 2, 2, 80));

        Assert.Equal("120 giờ ≥ ngưỡng (3 đợt) tại 2 cửa lấy nước mùa khô 2025–2026 so với 80 giờ mùa 2024–2025 (150 %): nhiều hơn mùa trước → kém", score.Reason.Vi);
    }

    public static TheoryData<int, int, ScoreStatus> Qualities => new()
    {
        { 0, 0, ScoreStatus.NotAssessed },
        { 10, 2, ScoreStatus.Good },
        { 12, 3, ScoreStatus.Watch },
        { 12, 6, ScoreStatus.Poor },
    };

    [Theory]
    [MemberData(nameof(Qualities))]
    public void Quality_counts_indices_below_51(int indices, int below, ScoreStatus expected) =>
        Assert.Equal(expected, ScorecardRules.Quality(indices, below).Status);

    public static TheoryData<int, int, int, int, ScoreStatus> Uses => new()
    {
        { 0, 0, 0, 0, ScoreStatus.NotAssessed },
        { 3, 0, 0, 3, ScoreStatus.NotAssessed }, // licences without any record
        { 4, 4, 0, 2, ScoreStatus.Good },        // exactly half the works monitored is enough
        { 4, 4, 0, 1, ScoreStatus.Watch },       // fewer than half monitored: "good" is only "watch"
        { 4, 4, 1, 4, ScoreStatus.Watch },
        { 4, 2, 1, 4, ScoreStatus.Poor },        // shares over the licences with records
    };

    [Theory]
    [MemberData(nameof(Uses))]
    public void Use_counts_licences_over_their_allowance_and_wants_half_the_works_monitored(int licences, int withRecords, int over, int monitored, ScoreStatus expected) =>
        Assert.Equal(expected, ScorecardRules.Use(new(licences, withRecords, over, monitored)).Status);
}
