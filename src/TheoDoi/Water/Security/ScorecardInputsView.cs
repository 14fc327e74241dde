using TheoDoi.Core.Texts;
using TheoDoi.Core.Water.Security;
using TheoDoi.Shared;

namespace TheoDoi.Water.Security;

/// <summary>An area's dimensions with the inputs behind each, in the reader's language, linked to their pages.</summary>
public static class ScorecardInputsView
{
    /// <summary>How inputs link: the public sees station pages only (the licence register is for signed-in users).</summary>
    public sealed record Links(bool Licences);

    public static Links Public { get; } = new(false);

    public static Links SignedIn { get; } = new(true);

    public static ScorecardDto.AreaDto Area(WaterBasin area, ScorecardGathered gathered, Func<int, bool> inArea, Links links)
    {
        var scores = gathered.Score(inArea);
        return new(area.Code, Texts.Pick(area.Name, area.NameEn), [.. scores.Select(s => Dimension(s, Inputs(s.Code, gathered, inArea, links)))]);
    }

    private static ScorecardDto.DimensionDto Dimension(DimensionScore score, IReadOnlyList<ScorecardDto.InputDto> inputs) =>
        new(score.Code, ScoreDimension.Name(score.Code).Pick(), Scorecard.Code(score.Status), Scorecard.StatusName(score.Status).Pick(), score.Reason.Pick(), inputs);

    private static IReadOnlyList<ScorecardDto.InputDto> Inputs(string code, ScorecardGathered g, Func<int, bool> inArea, Links links) => code switch
    {
        ScoreDimension.Availability => [.. g.Flows.Where(f => inArea(f.Station.BasinId)).Select(f => Station(f.Station,
            f.Value is { } v ? $"{f.Parameter} {f.Day:dd/MM/yyyy} = {Format.Number(v)}: {(f.Rank.Why ?? f.Rank.Refusal!).Pick()}" : (f.Rank.Refusal!).Pick(),
            f.Rank.IsComputed && f.Rank.Value.Band is PercentileBand.BelowNormal or PercentileBand.MuchBelowNormal, f.Rank.IsComputed))],
        ScoreDimension.Groundwater => [.. g.Wells.Where(w => inArea(w.Station.BasinId)).Select(w => Station(w.Station, WellText(w.Input), WellConcern(w.Input), w.Input.Trend.IsComputed))],
        ScoreDimension.Salinity => [.. g.Intakes.Where(i => inArea(i.Station.BasinId)).Select(i => Station(i.Station, IntakeText(i, g), i.Now is { Hours: > 0 }, i.Now is not null))],
        ScoreDimension.Quality => [.. g.Qualities.Where(q => inArea(q.Station.BasinId)).Select(q => Station(q.Station,
            new Bilingual($"{q.Indices} chỉ số VN_WQI trong năm, {q.Below} dưới {ScorecardRules.PoorWqi}", $"{q.Indices} VN_WQI indices in the year, {q.Below} below {ScorecardRules.PoorWqi}").Pick(), q.Below > 0, q.Indices > 0))],
        _ => [.. g.Works.Where(w => w.BasinId is { } b && inArea(b)).Select(w => new ScorecardDto.InputDto("licence", w.Licence.Number, w.Licence.WaterBody,
            new Bilingual(
                $"{w.MonthsOver} tháng vượt mức cho phép trong {w.MonthsWithRecords} tháng có số liệu; {(w.Licence.StationCode is { } s ? "giám sát qua trạm " + s : "chưa giám sát tự động")}",
                $"{w.MonthsOver} months over the allowance of {w.MonthsWithRecords} months with records; {(w.Licence.StationCode is { } s2 ? "monitored by station " + s2 : "not monitored")}").Pick(),
            w.MonthsOver > 0, w.MonthsWithRecords > 0,
            links.Licences ? "/water/licences/detail?number=" + Uri.EscapeDataString(w.Licence.Number) : ""))],
    };

    private static ScorecardDto.InputDto Station(WaterStation s, string value, bool concern, bool assessed) =>
        new("station", s.Code, s.Name, value, concern, assessed, "/water/stations/" + Uri.EscapeDataString(s.Code));

    private static bool WellConcern(WellInput w) =>
        w.Trend.IsComputed && ((w.Trend.Value.Significant && w.Trend.Value.SlopeMPerYear > 0) || (w.ThresholdM is { } t && w.Trend.Value.CurrentDepthM >= t));

    private static string WellText(WellInput w)
    {
        var trend = (w.Trend.Why ?? w.Trend.Refusal!).Pick();
        if (!w.Trend.IsComputed || w.ThresholdM is not { } t)
        {
            return trend;
        }

        var depth = w.Trend.Value.CurrentDepthM;
        return trend + new Bilingual($"; độ sâu hiện tại {Format.Number(depth, 2)} m, ngưỡng {Format.Number(t, 2)} m", $"; current depth {Format.Number(depth, 2)} m, threshold {Format.Number(t, 2)} m").Pick();
    }

    private static string IntakeText(ScorecardGathered.Intake i, ScorecardGathered g)
    {
        if (i.Station.Threshold is not { } limit || limit <= 0)
        {
            return ScorecardGathered.Missing.Pick();
        }

        static Bilingual Season(string name, (int Events, double Hours)? s) => s is { } v
            ? new($"mùa khô {name}: {v.Events} đợt, {Format.Number((decimal)Math.Round(v.Hours, 1))} giờ", $"dry season {name}: {v.Events} events, {Format.Number((decimal)Math.Round(v.Hours, 1))} h")
            : new($"mùa khô {name}: không có số liệu", $"dry season {name}: no readings");
        var head = new Bilingual($"Ngưỡng {Format.Number(limit, 2)}; ", $"Threshold {Format.Number(limit, 2)}; ");
        return head.Pick() + Season(g.Season, i.Now).Pick() + "; " + Season(g.LastSeason, i.Last).Pick();
    }
}
