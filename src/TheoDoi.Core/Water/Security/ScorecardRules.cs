using TheoDoi.Core.Texts;
using static TheoDoi.Core.Water.Security.SecurityText;

namespace TheoDoi.Core.Water.Security;

/// <summary>A well's trend (refused with too few readings) and its allowed depth to water, if set.</summary>
public sealed record WellInput(Computed<GroundwaterTrendResult> Trend, decimal? ThresholdM);

/// <summary>Hours at or above the intake threshold in one dry season, over the intakes with readings in it.</summary>
public sealed record SeasonHours(string Season, int Intakes, int Events, double Hours);

/// <summary>Licences in force in the year: how many exceeded their allowance in a month, had records, are monitored.</summary>
public sealed record UseInput(int Licences, int WithRecords, int Over, int Monitored);

/// <summary>The five dimension rules (docs/water-security-scorecard.md), each from its inputs only.</summary>
public static class ScorecardRules
{
    /// <summary>VN_WQI below this is "kém" or worse (QĐ 1460/QĐ-TCMT): water unfit for most uses.</summary>
    public const int PoorWqi = 51;

    /// <summary>Below this share of monitored works (%) a "good" use is only "watch": too little is measured to know.</summary>
    public const double MinimumMonitoredShare = 50;

    /// <summary>
    /// Flow (Q) and storage (V) against the same days of past years (USGS WaterWatch, BoM storage):
    /// a station is of concern below the 25th percentile ("below normal" or "much below normal").
    /// </summary>
    public static DimensionScore Availability(IReadOnlyList<Computed<PercentileRank>> stations)
    {
        var ranked = stations.Where(s => s.IsComputed).Select(s => s.Value).ToList();
        var unranked = stations.Count - ranked.Count;
        if (ranked.Count == 0)
        {
            return Scorecard.NotAssessed(ScoreDimension.Availability, stations.Count == 0
                ? new("không có trạm lưu lượng hay hồ chứa có số liệu", "no river or reservoir station with values")
                : new($"{stations.Count} trạm chưa xếp hạng được; {stations[0].Refusal!.Vi}", $"{stations.Count} {Plural(stations.Count, "station", "stations")} could not be ranked; {stations[0].Refusal!.En}"));
        }

        var low = ranked.Count(r => r.Band is PercentileBand.BelowNormal or PercentileBand.MuchBelowNormal);
        // Left out for their own reasons (too few years, no value this year): each input says which.
        Bilingual? extra = unranked > 0 ? new($"{unranked} trạm chưa xếp hạng được (ít hơn {PercentileClass.MinimumYears} năm số liệu hoặc chưa có số liệu trong năm), không tính", $"{unranked} {Plural(unranked, "station", "stations")} not ranked (fewer than {PercentileClass.MinimumYears} years of record, or no value this year) left out") : null;
        return Scorecard.ShareScore(ScoreDimension.Availability, low, ranked.Count,
            new("trạm dưới bách phân vị 25 (thấp hơn bình thường)", "stations below the 25th percentile (below normal)"), extra);
    }

    /// <summary>
    /// Sen's slope and Mann–Kendall over 5 years (IGPVN TN-IV-09): a well is of concern when its water
    /// table falls significantly (p &lt; 0.05, deepening) or its depth is at or past its threshold.
    /// </summary>
    public static DimensionScore Groundwater(IReadOnlyList<WellInput> wells)
    {
        var assessed = wells.Where(w => w.Trend.IsComputed).ToList();
        if (assessed.Count == 0)
        {
            return Scorecard.NotAssessed(ScoreDimension.Groundwater, wells.Count == 0
                ? new("không có giếng có số liệu", "no well with values")
                : new($"{wells.Count} giếng chưa đủ số liệu; {wells[0].Trend.Refusal!.Vi}", $"{wells.Count} {Plural(wells.Count, "well has", "wells have")} too few readings; {wells[0].Trend.Refusal!.En}"));
        }

        var falling = assessed.Count(w => w.Trend.Value.Significant && w.Trend.Value.SlopeMPerYear > 0);
        var past = assessed.Count(w => w.ThresholdM is { } t && w.Trend.Value.CurrentDepthM >= t);
        var concern = assessed.Count(w => (w.Trend.Value.Significant && w.Trend.Value.SlopeMPerYear > 0) || (w.ThresholdM is { } t && w.Trend.Value.CurrentDepthM >= t));
        return Scorecard.ShareScore(ScoreDimension.Groundwater, concern, assessed.Count,
            new("giếng hạ thấp có ý nghĩa hoặc vượt ngưỡng", "wells falling significantly or past their threshold"),
            new($"{falling} giếng hạ thấp có ý nghĩa (p < 0,05), {past} giếng vượt ngưỡng", $"{falling} {Plural(falling, "well", "wells")} falling significantly (p < 0.05), {past} past the threshold"));
    }

    /// <summary>
    /// Event hours at the intakes (Delft-FEWS threshold events) this dry season against the last: none is
    /// good, more than last season poor, otherwise (or with no last season to compare) watch.
    /// </summary>
    public static DimensionScore Salinity(SeasonHours? thisSeason, SeasonHours? lastSeason)
    {
        if (thisSeason is null || thisSeason.Intakes == 0)
        {
            return Scorecard.NotAssessed(ScoreDimension.Salinity, new("không có số liệu độ mặn ở cửa lấy nước trong mùa khô", "no salinity readings at an intake in the dry season"));
        }

        var now = Both(
            c => $"{N(thisSeason.Hours, c)} giờ ≥ ngưỡng ({thisSeason.Events} đợt) tại {thisSeason.Intakes} cửa lấy nước mùa khô {thisSeason.Season}",
            c => $"{N(thisSeason.Hours, c)} h at or above the threshold ({thisSeason.Events} {Plural(thisSeason.Events, "event", "events")}) at {thisSeason.Intakes} {Plural(thisSeason.Intakes, "intake", "intakes")} in the {thisSeason.Season} dry season");
        if (thisSeason.Hours <= 0)
        {
            return new(ScoreDimension.Salinity, ScoreStatus.Good, new($"{now.Vi} → tốt", $"{now.En} → good"));
        }

        if (lastSeason is null || lastSeason.Intakes == 0)
        {
            return new(ScoreDimension.Salinity, ScoreStatus.Watch, new($"{now.Vi}; mùa trước không có số liệu để so sánh → cần theo dõi", $"{now.En}; no readings last season to compare → watch"));
        }

        var worse = thisSeason.Hours > lastSeason.Hours;
        var ratio = lastSeason.Hours > 0 ? Both(c => $" ({N(Math.Round(thisSeason.Hours / lastSeason.Hours * 100), c)} %)", c => $" ({N(Math.Round(thisSeason.Hours / lastSeason.Hours * 100), c)}%)") : new("", "");
        var status = worse ? ScoreStatus.Poor : ScoreStatus.Watch;
        var name = Scorecard.StatusName(status);
        return new(ScoreDimension.Salinity, status, Both(
            c => $"{now.Vi} so với {N(lastSeason.Hours, c)} giờ mùa {lastSeason.Season}{ratio.Vi}: {(worse ? "nhiều hơn" : "không nhiều hơn")} mùa trước → {name.Vi}",
            c => $"{now.En} against {N(lastSeason.Hours, c)} h in {lastSeason.Season}{ratio.En}: {(worse ? "more than" : "not more than")} last season → {name.En}"));
    }

    /// <summary>The year's VN_WQI indices (the stored derived samples): an index below 51 is of concern.</summary>
    public static DimensionScore Quality(int indices, int belowFair) =>
        indices == 0
            ? Scorecard.NotAssessed(ScoreDimension.Quality, new("không có chỉ số VN_WQI nào trong năm", "no VN_WQI index in the year"))
            : Scorecard.ShareScore(ScoreDimension.Quality, belowFair, indices, new($"chỉ số VN_WQI dưới {PoorWqi} (kém trở xuống)", $"VN_WQI indices below {PoorWqi} (poor or worse)"));

    /// <summary>
    /// Licences in force (Nghị định 54/2024/NĐ-CP): one is of concern when a month's abstraction exceeded
    /// its allowance; a "good" result with fewer than half the works monitored (Thông tư 17/2021) is "watch".
    /// </summary>
    public static DimensionScore Use(UseInput input)
    {
        if (input.Licences == 0)
        {
            return Scorecard.NotAssessed(ScoreDimension.Use, new("không có giấy phép khai thác còn hiệu lực trong năm", "no abstraction licence in force in the year"));
        }

        var monitored = Scorecard.Share(input.Monitored, input.Licences);
        var monitoredText = Both(
            c => $"{input.Monitored} của {input.Licences} công trình được giám sát tự động ({N(Math.Round(monitored), c)} %)",
            c => $"{input.Monitored} of {input.Licences} works monitored ({N(Math.Round(monitored), c)}%)");
        if (input.WithRecords == 0)
        {
            return Scorecard.NotAssessed(ScoreDimension.Use, new($"{input.Licences} giấy phép nhưng không có số liệu khai thác; {monitoredText.Vi}", $"{input.Licences} {Plural(input.Licences, "licence", "licences")} but no abstraction records; {monitoredText.En}"));
        }

        var score = Scorecard.ShareScore(ScoreDimension.Use, input.Over, input.WithRecords, new("giấy phép có tháng khai thác vượt mức cho phép", "licences with a month over their allowance"), monitoredText);
        if (score.Status == ScoreStatus.Good && monitored < MinimumMonitoredShare)
        {
            return score with
            {
                Status = ScoreStatus.Watch,
                Reason = new($"{score.Reason.Vi} < {N(MinimumMonitoredShare, Vi)} % → cần theo dõi", $"{score.Reason.En} < {N(MinimumMonitoredShare, En)}% → watch"),
            };
        }

        return score;
    }

    /// <summary>English singular or plural (Vietnamese nouns do not change).</summary>
    private static string Plural(int count, string one, string many) => count == 1 ? one : many;
}
