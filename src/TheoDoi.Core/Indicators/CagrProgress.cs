using System.Globalization;
using static TheoDoi.Core.Indicators.ExplanationFormat;

namespace TheoDoi.Core.Indicators;

/// <summary>The Open SDG progress statuses (sdg-build <c>ProgressMeasure</c>, quantitative target).</summary>
public enum CagrStatus
{
    /// <summary>No value after the baseline year (Open SDG "not_available"; chưa đủ dữ liệu).</summary>
    InsufficientData,

    /// <summary>Latest value (or, without any, the baseline) at or beyond the target (đã đạt mục tiêu).</summary>
    TargetAchieved,

    /// <summary>Ratio ≥ 0.95 (tiến bộ đáng kể).</summary>
    SubstantialProgress,

    /// <summary>0.60 ≤ ratio &lt; 0.95 (tiến bộ vừa phải).</summary>
    ModerateProgress,

    /// <summary>0 ≤ ratio &lt; 0.60 (tiến bộ hạn chế).</summary>
    LimitedProgress,

    /// <summary>Ratio &lt; 0, or the target met at baseline has been lost (thụt lùi).</summary>
    Deterioration,
}

/// <summary>Which formula produced the ratio.</summary>
public enum CagrMethod
{
    /// <summary>No ratio was computed (no data, target achieved, or target lost since the baseline).</summary>
    None,

    /// <summary>Observed CAGR ÷ required CAGR, as Open SDG computes it.</summary>
    Cagr,

    /// <summary>Observed change per year ÷ required change per year, where CAGR is undefined or explosive.</summary>
    LinearFallback,
}

/// <summary>Why the compound-growth ratio was replaced by the linear one.</summary>
public enum CagrFallbackReason
{
    /// <summary>The baseline, the latest value or the target is zero or negative: a growth rate from or to it is undefined.</summary>
    NonPositiveValue,

    /// <summary>The baseline is a tiny share of the target (higher is better): the required CAGR explodes.</summary>
    BaselineNearZero,

    /// <summary>The target is a tiny share of the baseline (lower is better): the required CAGR tends to −100%.</summary>
    TargetNearZero,
}

/// <summary>
/// Open SDG's thresholds on the ratio (its defaults: high 0.95, med 0.6, low 0) and the near-zero
/// guard. A ratio exactly on a threshold takes the better status, as in Open SDG.
/// </summary>
/// <param name="NearZeroShare">
/// The smaller of baseline and target (by magnitude) must be at least this share of the larger for the
/// CAGR method to be used; default 0.01 (a baseline under 1% of a 100% target). Open SDG instead
/// replaces a zero by 0.001, which turns any small start into an absurd required rate.
/// </param>
public sealed record CagrThresholds(double Substantial = 0.95, double Moderate = 0.60, double Limited = 0.0, double NearZeroShare = 0.01)
{
    public static CagrThresholds Default { get; } = new();

    internal void Validate()
    {
        if (!(Limited <= Moderate && Moderate <= Substantial) || !double.IsFinite(Limited) || !double.IsFinite(Substantial))
        {
            throw new ArgumentOutOfRangeException(nameof(Substantial), "Thresholds must be finite and ordered: limited ≤ moderate ≤ substantial.");
        }

        if (!(NearZeroShare is >= 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(NearZeroShare), NearZeroShare, "The near-zero share must be in [0, 1).");
        }
    }
}

/// <summary>
/// The CAGR verdict with every number that produced it.
/// </summary>
/// <param name="ObservedCagr">(latest ÷ baseline)^(1 / (latest year − baseline year)) − 1; null unless <see cref="CagrMethod.Cagr"/>.</param>
/// <param name="RequiredCagr">(target ÷ baseline)^(1 / (target year − baseline year)) − 1; null unless <see cref="CagrMethod.Cagr"/>.</param>
/// <param name="ObservedChangePerYear">(latest − baseline) ÷ years elapsed; null unless <see cref="CagrMethod.LinearFallback"/>.</param>
/// <param name="RequiredChangePerYear">(target − baseline) ÷ years of the plan; null unless <see cref="CagrMethod.LinearFallback"/>.</param>
/// <param name="Ratio">Direction sign × observed ÷ |required|: 1 means exactly the required pace, negative means moving away.</param>
public sealed record CagrProgressResult(
    CagrStatus Status,
    CagrMethod Method,
    CagrFallbackReason? FallbackReason,
    YearValue Baseline,
    YearValue Target,
    ProgressDirection Direction,
    YearValue? Latest,
    double? ObservedCagr,
    double? RequiredCagr,
    double? ObservedChangePerYear,
    double? RequiredChangePerYear,
    double? Ratio,
    CagrThresholds Thresholds,
    string ExplanationVi,
    string ExplanationEn);

/// <summary>
/// The progress measure of Open SDG (used by the UK, Canada and others for national SDG platforms):
/// compare the compound annual growth rate observed since the baseline with the rate required to
/// reach the target on time.
/// </summary>
/// <remarks>
/// Rules, in order (where Open SDG is silent or weak, the choice is marked):
/// <list type="number">
/// <item>Target achieved when the latest value is at or beyond the target; with no value after the
/// baseline year, when the baseline already is (Open SDG judges its single point the same way).</item>
/// <item>No value after the baseline year → insufficient data (Open SDG needs two points).</item>
/// <item>Choice: the baseline met the target but the latest value no longer does → deterioration.
/// Open SDG divides by a required rate of zero or the wrong sign here.</item>
/// <item>Choice: a zero or negative baseline, latest value or target, or a near-zero baseline or
/// target (see <see cref="CagrThresholds.NearZeroShare"/>) → the same ratio on straight-line
/// change per year, and the result says so. Open SDG substitutes 0.001 for a zero baseline or target.</item>
/// <item>Otherwise ratio = sign × CAGR observed ÷ |CAGR required|, compared with the thresholds.</item>
/// </list>
/// Choice: for "higher is better" shares that approach 100% the rate is computed on the value itself,
/// not on the shortfall (100 − value) as is sometimes suggested: the shortfall turns a 100% target into
/// a zero target, where a growth rate is undefined. The baseline is the indicator's declared baseline,
/// not the first year present in the data (Open SDG's <c>base_year</c> default of 2015).
/// </remarks>
public static class CagrProgress
{
    public static CagrProgressResult Assess(IndicatorSeries series, CagrThresholds? thresholds = null)
    {
        thresholds ??= CagrThresholds.Default;
        thresholds.Validate();

        var (baseline, target) = (series.Baseline, series.Target);
        var latest = series.Latest;
        var judged = latest?.Value ?? baseline.Value;

        if (series.Reaches(judged))
        {
            return Result(CagrStatus.TargetAchieved, CagrMethod.None, null, null, null, null, null, null);
        }

        if (latest is not { } last)
        {
            return Result(CagrStatus.InsufficientData, CagrMethod.None, null, null, null, null, null, null);
        }

        if (series.BaselineReachesTarget)
        {
            return Result(CagrStatus.Deterioration, CagrMethod.None, null, null, null, null, null, null);
        }

        var elapsed = last.Year - baseline.Year;
        var planned = target.Year - baseline.Year;
        if (FallbackReasonFor(baseline.Value, last.Value, target.Value, series.Direction, thresholds.NearZeroShare) is { } reason)
        {
            var observedPerYear = (last.Value - baseline.Value) / elapsed;
            var requiredPerYear = (target.Value - baseline.Value) / planned;
            var linearRatio = series.Sign * observedPerYear / Math.Abs(requiredPerYear);
            return Result(StatusOf(linearRatio, thresholds), CagrMethod.LinearFallback, reason, null, null, observedPerYear, requiredPerYear, linearRatio);
        }

        var observed = Cagr(baseline.Value, last.Value, elapsed);
        var required = Cagr(baseline.Value, target.Value, planned);
        var ratio = series.Sign * observed / Math.Abs(required);
        return Result(StatusOf(ratio, thresholds), CagrMethod.Cagr, null, observed, required, null, null, ratio);

        CagrProgressResult Result(CagrStatus status, CagrMethod method, CagrFallbackReason? why, double? cagrO, double? cagrR, double? perYearO, double? perYearR, double? r)
        {
            var draft = new CagrProgressResult(status, method, why, baseline, target, series.Direction, latest, cagrO, cagrR, perYearO, perYearR, r, thresholds, "", "");
            return draft with { ExplanationVi = Explain(series, draft, Vietnamese), ExplanationEn = Explain(series, draft, English) };
        }
    }

    /// <summary>Compound annual growth rate: (to ÷ from)^(1 / years) − 1.</summary>
    public static double Cagr(double from, double to, int years) => Math.Pow(to / from, 1.0 / years) - 1;

    private static CagrFallbackReason? FallbackReasonFor(double baseline, double latest, double target, ProgressDirection direction, double nearZeroShare)
    {
        if (baseline <= 0 || latest <= 0 || target <= 0)
        {
            return CagrFallbackReason.NonPositiveValue;
        }

        return direction == ProgressDirection.HigherIsBetter
            ? baseline < nearZeroShare * target ? CagrFallbackReason.BaselineNearZero : null
            : target < nearZeroShare * baseline ? CagrFallbackReason.TargetNearZero : null;
    }

    private static CagrStatus StatusOf(double ratio, CagrThresholds th) =>
        ratio >= th.Substantial ? CagrStatus.SubstantialProgress
        : ratio >= th.Moderate ? CagrStatus.ModerateProgress
        : ratio >= th.Limited ? CagrStatus.LimitedProgress
        : CagrStatus.Deterioration;

    private static string Explain(IndicatorSeries s, CagrProgressResult r, CultureInfo c)
    {
        var vi = c.Name == Vietnamese.Name;
        var label = vi ? r.Status.ToVietnamese() : r.Status.ToEnglish();
        var b = Value(s.Baseline.Value, s.Unit, c);
        var t = Value(s.Target.Value, s.Unit, c);
        var (by, ty) = (s.Baseline.Year, s.Target.Year);
        var scale = vi
            ? $"ngưỡng: từ {Number(r.Thresholds.Substantial, c)} tiến bộ đáng kể, từ {Number(r.Thresholds.Moderate, c)} vừa phải, từ {Number(r.Thresholds.Limited, c)} hạn chế, thấp hơn là thụt lùi"
            : $"thresholds: {Number(r.Thresholds.Substantial, c)} or more substantial, {Number(r.Thresholds.Moderate, c)} or more moderate, {Number(r.Thresholds.Limited, c)} or more limited, below that deterioration";

        if (r.Latest is not { } latest)
        {
            return r.Status == CagrStatus.TargetAchieved
                ? vi
                    ? $"Chưa có số liệu sau năm gốc {by}; giá trị năm gốc {b} đã đạt mục tiêu {t} (năm {ty}) → {label}."
                    : $"No value after the baseline year {by}; the baseline value {b} already meets the target {t} ({ty}) → {label}."
                : vi
                    ? $"Chỉ có giá trị năm gốc {by} ({b}); cần ít nhất một giá trị của năm sau để tính tốc độ tăng trưởng → {label}."
                    : $"Only the baseline value for {by} ({b}) is known; a growth rate needs at least one later value → {label}.";
        }

        var l = Value(latest.Value, s.Unit, c);
        var ly = latest.Year;
        return r.Method switch
        {
            CagrMethod.None when r.Status == CagrStatus.TargetAchieved => vi
                ? $"Năm {ly} đạt {l}, đã đạt mục tiêu {t} của năm {ty} → {label}."
                : $"In {ly} the value is {l}, which meets the {ty} target of {t} → {label}.",
            CagrMethod.None => vi
                ? $"Năm gốc {by} đã đạt {b}, đạt mục tiêu {t}, nhưng năm {ly} chỉ còn {l}, không còn đạt mục tiêu → {label}."
                : $"The baseline {b} ({by}) already met the target {t}, but the {ly} value {l} no longer does → {label}.",
            CagrMethod.LinearFallback => vi
                ? $"{FallbackWhy(r.FallbackReason, b, t, vi)} nên không dùng được tốc độ tăng trưởng kép (CAGR); thay bằng mức thay đổi tuyến tính: "
                    + $"thực tế {Points(r.ObservedChangePerYear!.Value, s.Unit, c, signed: true)}/năm ({b} năm {by} → {l} năm {ly}), "
                    + $"cần {Points(r.RequiredChangePerYear!.Value, s.Unit, c, signed: true)}/năm để đạt {t} năm {ty}; "
                    + $"tỷ số theo hướng mong muốn {Ratio(r.Ratio!.Value, c)} ({scale}) → {label}."
                : $"{FallbackWhy(r.FallbackReason, b, t, vi)}, so the compound annual growth rate (CAGR) is not used; the straight-line change is used instead: "
                    + $"observed {Points(r.ObservedChangePerYear!.Value, s.Unit, c, signed: true)} a year ({b} in {by} → {l} in {ly}), "
                    + $"required {Points(r.RequiredChangePerYear!.Value, s.Unit, c, signed: true)} a year to reach {t} in {ty}; "
                    + $"ratio in the desired direction {Ratio(r.Ratio!.Value, c)} ({scale}) → {label}.",
            _ => vi
                ? $"Tốc độ tăng trưởng kép bình quân năm (CAGR) thực tế từ {b} (năm {by}) đến {l} (năm {ly}) là {Rate(r.ObservedCagr!.Value, c)}/năm; "
                    + $"CAGR cần thiết để từ {b} đạt mục tiêu {t} năm {ty} là {Rate(r.RequiredCagr!.Value, c)}/năm; "
                    + $"tỷ số theo hướng mong muốn {Ratio(r.Ratio!.Value, c)} ({scale}) → {label}."
                : $"The observed compound annual growth rate (CAGR) from {b} ({by}) to {l} ({ly}) is {Rate(r.ObservedCagr!.Value, c)} a year; "
                    + $"the CAGR required to go from {b} to the target {t} by {ty} is {Rate(r.RequiredCagr!.Value, c)} a year; "
                    + $"ratio in the desired direction {Ratio(r.Ratio!.Value, c)} ({scale}) → {label}.",
        };
    }

    private static string FallbackWhy(CagrFallbackReason? reason, string baseline, string target, bool vi) => reason switch
    {
        CagrFallbackReason.BaselineNearZero => vi
            ? $"Giá trị gốc {baseline} quá nhỏ so với mục tiêu {target}"
            : $"The baseline {baseline} is tiny compared with the target {target}",
        CagrFallbackReason.TargetNearZero => vi
            ? $"Mục tiêu {target} quá nhỏ so với giá trị gốc {baseline}"
            : $"The target {target} is tiny compared with the baseline {baseline}",
        _ => vi
            ? "Có giá trị bằng 0 hoặc âm (gốc, mới nhất hoặc mục tiêu)"
            : "A value (baseline, latest or target) is zero or negative",
    };
}
