using TheoDoi.Core.Indicators;

namespace TheoDoi.Indicators;

/// <summary>
/// Both progress methods for one row of the table, side by side, with the projection to the plan's
/// target year and everything a "why this status" panel lists.
/// </summary>
/// <param name="BaselineIsOwn">True when the baseline is the row's own value in the baseline year; false when the indicator's declared (national) baseline stands in.</param>
/// <param name="ProblemVi">Why no status could be computed (no target, no baseline); null otherwise.</param>
public sealed record RowProgress(
    TableRow Row,
    YearValue? Baseline,
    bool BaselineIsOwn,
    YearValue? Target,
    LinearPaceResult? Linear,
    CagrProgressResult? Cagr,
    TrendProjection? Projection,
    TableCell? LatestCell,
    TableCell? BaselineCell,
    string? ProblemVi,
    string? ProblemEn);

public static class IndicatorProgress
{
    public static RowProgress For(Indicator indicator, TableRow row)
    {
        var observations = row.Observations.ToList();
        var target = indicator.PlanTarget is { } t ? new YearValue(t.Year, (double)t.Value) : (YearValue?)null;
        var projection = target is { } goal
            ? LinearTrend.Project(observations, goal.Year, clampToPercentRange: indicator.MeasureUnit == "%")
            : null;
        var latestCell = row.Latest;
        if (target is not { } tgt)
        {
            return new(row, null, false, null, null, null, projection, latestCell, null,
                "Chỉ tiêu chưa có mục tiêu.", "The indicator has no target.");
        }

        if (indicator.BaselineYear is not { } baselineYear)
        {
            return new(row, null, false, tgt, null, null, projection, latestCell, null,
                "Chỉ tiêu chưa có năm gốc.", "The indicator has no baseline year.");
        }

        var baselineCell = row.Cells.FirstOrDefault(c => c.Year == baselineYear && c.IsComplete);
        YearValue baseline;
        bool own;
        if (baselineCell is { Value: { } ownValue })
        {
            (baseline, own) = (new YearValue(baselineYear, ownValue), true);
        }
        else if (indicator.BaselineValue is { } declared)
        {
            (baseline, own) = (new YearValue(baselineYear, (double)declared), false);
        }
        else
        {
            return new(row, null, false, tgt, null, null, projection, latestCell, null,
                $"Chưa có giá trị năm gốc {baselineYear} của {row.Label} và chỉ tiêu không có giá trị gốc chung, nên chưa đánh giá được tiến độ.",
                $"There is no {baselineYear} baseline value for {row.LabelEn ?? row.Label} and the indicator declares none, so progress cannot be judged.");
        }

        if (tgt.Year <= baseline.Year)
        {
            return new(row, baseline, own, tgt, null, null, projection, latestCell, baselineCell,
                "Năm mục tiêu phải sau năm gốc.", "The target year must come after the baseline year.");
        }

        var direction = indicator.Direction == IndicatorDirection.LowerIsBetter ? ProgressDirection.LowerIsBetter : ProgressDirection.HigherIsBetter;
        var series = new IndicatorSeries(baseline, tgt, direction, observations, indicator.MeasureUnit);
        return new(row, baseline, own, tgt, LinearPace.Assess(series), CagrProgress.Assess(series), projection, latestCell, baselineCell, null, null);
    }

    public static string Css(PaceStatus status) => status switch
    {
        PaceStatus.Achieved or PaceStatus.OnTrack => "st-ok",
        PaceStatus.Behind => "st-warn",
        PaceStatus.FarBehind => "st-bad",
        _ => "st-none",
    };

    public static string Css(CagrStatus status) => status switch
    {
        CagrStatus.TargetAchieved or CagrStatus.SubstantialProgress => "st-ok",
        CagrStatus.ModerateProgress or CagrStatus.LimitedProgress => "st-warn",
        CagrStatus.Deterioration => "st-bad",
        _ => "st-none",
    };
}
