using System.Globalization;
using static TheoDoi.Core.Indicators.ExplanationFormat;

namespace TheoDoi.Core.Indicators;

/// <summary>Status of an indicator against the straight line from its baseline to its target.</summary>
public enum PaceStatus
{
    /// <summary>No value after the baseline year: nothing to judge yet (chưa đủ dữ liệu).</summary>
    InsufficientData,

    /// <summary>The latest value (or, without any, the baseline) is at or beyond the target (đã đạt).</summary>
    Achieved,

    /// <summary>At, above, or less than the tolerance below the required path (đúng tiến độ).</summary>
    OnTrack,

    /// <summary>Behind the path by more than the tolerance, up to the far-behind gap (chậm).</summary>
    Behind,

    /// <summary>Behind the path by more than the far-behind gap (chậm nhiều).</summary>
    FarBehind,
}

/// <summary>
/// How far below the required path an indicator may be, in the indicator's own unit (percentage points
/// for the plan's ratio indicators). A gap of exactly −tolerance is still on track; a gap of exactly
/// −far-behind is still only behind.
/// </summary>
/// <param name="OnTrackTolerance">
/// Default 1 point: the reported figures are rounded to one decimal and often estimated for the last
/// weeks of the data window, so a shortfall under one point is within the noise of the figure itself.
/// </param>
/// <param name="FarBehindGap">
/// Default 5 points: for the plan's hardest indicator (industrial parks, about 9 points to gain
/// between 2022 and 2030, ≈1.1 points a year) this is more than four years of required progress.
/// </param>
public sealed record PaceThresholds(double OnTrackTolerance = 1.0, double FarBehindGap = 5.0)
{
    public static PaceThresholds Default { get; } = new();

    internal void Validate()
    {
        if (!double.IsFinite(OnTrackTolerance) || OnTrackTolerance < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(OnTrackTolerance), OnTrackTolerance, "The tolerance must be zero or more.");
        }

        if (!double.IsFinite(FarBehindGap) || FarBehindGap < OnTrackTolerance)
        {
            throw new ArgumentOutOfRangeException(nameof(FarBehindGap), FarBehindGap, "The far-behind gap must be at least the tolerance.");
        }
    }
}

/// <summary>
/// The linear-pace verdict with everything that produced it, so a page can show the formula and the
/// numbers behind the status.
/// </summary>
/// <param name="Latest">The value judged; null when there is none after the baseline year.</param>
/// <param name="ExpectedValue">Value required in the latest year by the path; null without a latest value.</param>
/// <param name="Gap">(latest − expected) × direction sign: positive is ahead, negative is behind.</param>
/// <param name="HoldsTarget">True when the baseline already met the target, so the path is to keep the target.</param>
public sealed record LinearPaceResult(
    PaceStatus Status,
    YearValue Baseline,
    YearValue Target,
    ProgressDirection Direction,
    YearValue? Latest,
    double? ExpectedValue,
    double? Gap,
    bool HoldsTarget,
    PaceThresholds Thresholds,
    string ExplanationVi,
    string ExplanationEn);

/// <summary>
/// The "required pace" method: the plan gives a baseline and a 2030 target, so the value expected in
/// any year lies on the straight line between them; the latest value is compared with that line.
/// </summary>
public static class LinearPace
{
    /// <summary>
    /// The value the path requires in <paramref name="year"/>: baseline + (target − baseline) ×
    /// (year − baseline year) / (target year − baseline year).
    /// </summary>
    /// <remarks>
    /// Years are clamped to the path: before the baseline year the baseline is expected, after the
    /// target year the target (a target does not keep rising after its year). When the baseline
    /// already met the target, the path is the target held flat: drifting from 96% down to a 95%
    /// target is not "on the path", it is keeping the target with a one-point margin to spare.
    /// </remarks>
    public static double ExpectedValue(IndicatorSeries series, int year)
    {
        if (series.BaselineReachesTarget)
        {
            return series.Target.Value;
        }

        var (baseline, target) = (series.Baseline, series.Target);
        var t = Math.Clamp(year, baseline.Year, target.Year);
        return baseline.Value + ((target.Value - baseline.Value) * (t - baseline.Year) / (target.Year - baseline.Year));
    }

    public static LinearPaceResult Assess(IndicatorSeries series, PaceThresholds? thresholds = null)
    {
        thresholds ??= PaceThresholds.Default;
        thresholds.Validate();

        var holds = series.BaselineReachesTarget;
        if (series.Latest is not { } latest)
        {
            var status = holds ? PaceStatus.Achieved : PaceStatus.InsufficientData;
            return new(status, series.Baseline, series.Target, series.Direction, null, null, null, holds, thresholds,
                ExplainWithoutLatest(series, status, Vietnamese), ExplainWithoutLatest(series, status, English));
        }

        var expected = ExpectedValue(series, latest.Year);
        var gap = series.Sign * (latest.Value - expected);
        var verdict =
            series.Reaches(latest.Value) ? PaceStatus.Achieved
            : gap >= -thresholds.OnTrackTolerance ? PaceStatus.OnTrack
            : gap >= -thresholds.FarBehindGap ? PaceStatus.Behind
            : PaceStatus.FarBehind;

        return new(verdict, series.Baseline, series.Target, series.Direction, latest, expected, gap, holds, thresholds,
            Explain(series, latest, expected, gap, verdict, thresholds, Vietnamese),
            Explain(series, latest, expected, gap, verdict, thresholds, English));
    }

    private static string ExplainWithoutLatest(IndicatorSeries s, PaceStatus status, CultureInfo c)
    {
        var vi = c.Name == Vietnamese.Name;
        var b = Value(s.Baseline.Value, s.Unit, c);
        var t = Value(s.Target.Value, s.Unit, c);
        return status == PaceStatus.Achieved
            ? vi
                ? $"Chưa có số liệu sau năm gốc {s.Baseline.Year}; giá trị năm gốc {b} đã đạt mục tiêu {t} (năm {s.Target.Year}) → {status.ToVietnamese()}."
                : $"No value after the baseline year {s.Baseline.Year}; the baseline value {b} already meets the target {t} ({s.Target.Year}) → {status.ToEnglish()}."
            : vi
                ? $"Chưa có số liệu sau năm gốc {s.Baseline.Year} (giá trị gốc {b}, mục tiêu {t} năm {s.Target.Year}) nên chưa đánh giá được tiến độ → {status.ToVietnamese()}."
                : $"No value after the baseline year {s.Baseline.Year} (baseline {b}, target {t} in {s.Target.Year}), so progress cannot be judged yet → {status.ToEnglish()}.";
    }

    private static string Explain(IndicatorSeries s, YearValue latest, double expected, double gap, PaceStatus status, PaceThresholds th, CultureInfo c)
    {
        var vi = c.Name == Vietnamese.Name;
        var b = Value(s.Baseline.Value, s.Unit, c);
        var t = Value(s.Target.Value, s.Unit, c);
        var l = Value(latest.Value, s.Unit, c);
        var e = Value(expected, s.Unit, c);
        var g = Points(gap, s.Unit, c, signed: true);
        var tol = Points(th.OnTrackTolerance, s.Unit, c, signed: false);
        var far = Points(th.FarBehindGap, s.Unit, c, signed: false);

        if (status == PaceStatus.Achieved)
        {
            return vi
                ? $"Năm {latest.Year} đạt {l}, đã đạt mục tiêu {t} của năm {s.Target.Year} (mức lộ trình năm {latest.Year}: {e}; chênh lệch {g}) → {status.ToVietnamese()}."
                : $"In {latest.Year} the value is {l}, which meets the {s.Target.Year} target of {t} (path value for {latest.Year}: {e}; gap {g}) → {status.ToEnglish()}.";
        }

        var path = s.BaselineReachesTarget
            ? vi
                ? $"Năm gốc {s.Baseline.Year} đã đạt {b}, vượt mục tiêu {t}, nên lộ trình là giữ mức {t}"
                : $"The baseline {b} ({s.Baseline.Year}) already met the target {t}, so the path is to hold {t}"
            : vi
                ? $"Lộ trình tuyến tính từ {b} (năm {s.Baseline.Year}) đến {t} (năm {s.Target.Year}) yêu cầu năm {latest.Year} đạt {e}"
                : $"The straight line from {b} ({s.Baseline.Year}) to {t} ({s.Target.Year}) requires {e} in {latest.Year}";
        return vi
            ? $"{path}; thực tế năm {latest.Year} đạt {l}, chênh lệch so với lộ trình {g} (âm là chậm hơn lộ trình). "
                + $"Đúng tiến độ khi chênh lệch từ -{tol} trở lên, chậm khi từ -{far} trở lên, chậm nhiều khi thấp hơn → {status.ToVietnamese()}."
            : $"{path}; the {latest.Year} value is {l}, a gap to the path of {g} (negative is behind). "
                + $"On track when the gap is -{tol} or more, behind when -{far} or more, far behind below that → {status.ToEnglish()}.";
    }
}
