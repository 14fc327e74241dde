using TheoDoi.Core.Indicators;
using static TheoDoi.Core.Indicators.CagrMethod;
using static TheoDoi.Core.Indicators.CagrStatus;
using static TheoDoi.Core.Indicators.ProgressDirection;

namespace TheoDoi.Core.Tests.Indicators;

/// <summary>
/// Open SDG's measure: ratio = sign × CAGR observed ÷ |CAGR required|, with CAGR(a → b, n years) =
/// (b ÷ a)^(1/n) − 1. Most rows use 25% → 100% over 2022–2030, whose required CAGR is
/// 4^(1/8) − 1 = 2^(1/4) − 1 ≈ 0.189207, so observed values can be picked with exact roots.
/// </summary>
public sealed class CagrProgressTests
{
    public static TheoryData<string, string, ProgressDirection, string, CagrStatus, CagrMethod, double?> Cases => new()
    {
        // 25 → 50 in 4 years: 2^(1/4) − 1 = required → ratio 1 → substantial.
        { "2022:25", "2030:100", HigherIsBetter, "2026:50", SubstantialProgress, Cagr, 1 },
        // 25 → 42.25 = 25 × 1.3²: (1.69)^(1/4) − 1 = √1.3 − 1 ≈ 0.140175; ÷ 0.189207 ≈ 0.740857 → moderate.
        { "2022:25", "2030:100", HigherIsBetter, "2026:42.25", ModerateProgress, Cagr, 0.740857 },
        // 25 → 36 = 25 × 1.2²: √1.2 − 1 ≈ 0.095445; ÷ 0.189207 ≈ 0.504448 → limited.
        { "2022:25", "2030:100", HigherIsBetter, "2026:36", LimitedProgress, Cagr, 0.504448 },
        // the same 36 two years earlier: (1.44)^(1/2) − 1 = 0.2; ÷ 0.189207 ≈ 1.057043 → substantial.
        { "2022:25", "2030:100", HigherIsBetter, "2024:36", SubstantialProgress, Cagr, 1.057043 },
        // deterioration: 25 → 16 in 2 years: 0.64^(1/2) − 1 = −0.2; ÷ 0.189207 ≈ −1.057043.
        { "2022:25", "2030:100", HigherIsBetter, "2024:16", Deterioration, Cagr, -1.057043 },
        // no change: ratio 0 is still "limited" (Open SDG: low ≤ value).
        { "2022:25", "2030:100", HigherIsBetter, "2026:25", LimitedProgress, Cagr, 0 },
        // target reached early.
        { "2022:25", "2030:100", HigherIsBetter, "2028:100", TargetAchieved, None, null },
        // a single data point (the baseline) or nothing at all: insufficient data.
        { "2022:25", "2030:100", HigherIsBetter, "", InsufficientData, None, null },
        { "2022:25", "2030:100", HigherIsBetter, "2022:25", InsufficientData, None, null },
        { "2022:25", "2030:100", HigherIsBetter, "2019:20;2021:22", InsufficientData, None, null },
        // industrial parks, 91% (2022) → 94.1% (2025): (94.1/91)^(1/3) − 1 ≈ 0.011229; required
        // (100/91)^(1/8) − 1 ≈ 0.011859; ratio ≈ 0.946887 → moderate (the linear method says on track).
        { "2022:91", "2030:100", HigherIsBetter, "2025:94.1", ModerateProgress, Cagr, 0.946887 },
        // from 89% (2020), years 2021, 2023, 2024 missing: (94.1/89)^(1/5) − 1 ≈ 0.011207;
        // (100/89)^(1/10) − 1 ≈ 0.011722; ratio ≈ 0.956074 → substantial.
        { "2020:89", "2030:100", HigherIsBetter, "2022:91;2025:94.1", SubstantialProgress, Cagr, 0.956074 },
        // lower is better, 80 → 20 over 10 years: required 0.25^(1/10) − 1 = 0.5^(1/5) − 1 ≈ −0.129449.
        // 80 → 40 in 5 years: 0.5^(1/5) − 1, the same; ratio = −1 × (−0.129449) ÷ 0.129449 = 1.
        { "2020:80", "2030:20", LowerIsBetter, "2025:40", SubstantialProgress, Cagr, 1 },
        // 80 → 90: 1.125^(1/5) − 1 ≈ 0.023836; ratio = −0.023836 ÷ 0.129449 ≈ −0.184136 → deterioration.
        { "2020:80", "2030:20", LowerIsBetter, "2025:90", Deterioration, Cagr, -0.184136 },
        { "2020:80", "2030:20", LowerIsBetter, "2027:20", TargetAchieved, None, null },
        // urban solid waste: 96% (2022) already beyond 95%. Alone, or still at 95 → achieved.
        { "2022:96", "2030:95", HigherIsBetter, "", TargetAchieved, None, null },
        { "2022:96", "2030:95", HigherIsBetter, "2025:95", TargetAchieved, None, null },
        // ... fallen back to 94: the target met at baseline is lost → deterioration (no ratio exists).
        { "2022:96", "2030:95", HigherIsBetter, "2025:94", Deterioration, None, null },
        // baseline 0: CAGR undefined → linear fallback. Observed (30 − 0)/4 = 7.5 a year, required
        // (100 − 0)/8 = 12.5 a year; 7.5 ÷ 12.5 = 0.6 exactly → moderate (boundary).
        { "2022:0", "2030:100", HigherIsBetter, "2026:30", ModerateProgress, LinearFallback, 0.6 },
        // 47.5: 11.875 ÷ 12.5 = 0.95 exactly → substantial (boundary); 47.4: 11.85 ÷ 12.5 = 0.948 → moderate.
        { "2022:0", "2030:100", HigherIsBetter, "2026:47.5", SubstantialProgress, LinearFallback, 0.95 },
        { "2022:0", "2030:100", HigherIsBetter, "2026:47.4", ModerateProgress, LinearFallback, 0.948 },
        // baseline 0.5 < 1% of 100.5: near zero → fallback. (50.5 − 0.5)/4 = 12.5; (100.5 − 0.5)/8 = 12.5 → 1.
        // (CAGR would give 101^(1/4) − 1 ≈ 2.17 against 201^(1/8) − 1 ≈ 0.94: a ratio of 2.31.)
        { "2022:0.5", "2030:100.5", HigherIsBetter, "2026:50.5", SubstantialProgress, LinearFallback, 1 },
        // baseline 1 is exactly 1% of 100: not below the share, CAGR is used.
        // 1 → 10 in 4 years: 10^(1/4) − 1; required 100^(1/8) − 1 = 10^(1/4) − 1 → ratio 1.
        { "2022:1", "2030:100", HigherIsBetter, "2026:10", SubstantialProgress, Cagr, 1 },
        // a latest value of 0: fallback. (0 − 25)/2 = −12.5 a year against (100 − 25)/8 = 9.375 → −1.333333.
        { "2022:25", "2030:100", HigherIsBetter, "2024:0", Deterioration, LinearFallback, -1.333333 },
        // lower is better towards 0: CAGR to 0 is −100% → fallback. (60 − 80)/5 = −4; (0 − 80)/10 = −8;
        // ratio = −1 × (−4) ÷ 8 = 0.5 → limited.
        { "2020:80", "2030:0", LowerIsBetter, "2025:60", LimitedProgress, LinearFallback, 0.5 },
        // towards 0.5, under 1% of 80: near zero → fallback. (40.25 − 80)/5 = −7.95; (0.5 − 80)/10 = −7.95 → 1.
        { "2020:80", "2030:0.5", LowerIsBetter, "2025:40.25", SubstantialProgress, LinearFallback, 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Status_follows_the_ratio_of_growth_rates(string baseline, string target, ProgressDirection direction, string observations, CagrStatus status, CagrMethod method, double? ratio)
    {
        var result = CagrProgress.Assess(Series.Of(baseline, target, observations, direction));

        Assert.Equal(status, result.Status);
        Assert.Equal(method, result.Method);
        if (ratio is null)
        {
            Assert.Null(result.Ratio);
        }
        else
        {
            Assert.Equal(ratio.Value, result.Ratio!.Value, 6);
        }

        Assert.Equal(method == Cagr, result.ObservedCagr is not null && result.RequiredCagr is not null);
        Assert.Equal(method == LinearFallback, result.ObservedChangePerYear is not null && result.RequiredChangePerYear is not null);
        Assert.Equal(method == LinearFallback, result.FallbackReason is not null);
    }

    public static TheoryData<string, string, ProgressDirection, string, CagrFallbackReason> FallbackReasons => new()
    {
        { "2022:0", "2030:100", HigherIsBetter, "2026:30", CagrFallbackReason.NonPositiveValue },
        { "2022:-5", "2030:100", HigherIsBetter, "2026:30", CagrFallbackReason.NonPositiveValue },
        { "2022:25", "2030:100", HigherIsBetter, "2024:0", CagrFallbackReason.NonPositiveValue },
        { "2020:80", "2030:0", LowerIsBetter, "2025:60", CagrFallbackReason.NonPositiveValue },
        { "2022:0.5", "2030:100.5", HigherIsBetter, "2026:50.5", CagrFallbackReason.BaselineNearZero },
        { "2022:0.99", "2030:100", HigherIsBetter, "2026:50", CagrFallbackReason.BaselineNearZero },
        { "2020:80", "2030:0.5", LowerIsBetter, "2025:40.25", CagrFallbackReason.TargetNearZero },
    };

    [Theory]
    [MemberData(nameof(FallbackReasons))]
    public void The_fallback_says_why(string baseline, string target, ProgressDirection direction, string observations, CagrFallbackReason reason)
    {
        var result = CagrProgress.Assess(Series.Of(baseline, target, observations, direction));

        Assert.Equal(LinearFallback, result.Method);
        Assert.Equal(reason, result.FallbackReason);
        Assert.Contains("CAGR", result.ExplanationVi, StringComparison.Ordinal);
        Assert.Contains("CAGR", result.ExplanationEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_intermediate_number_is_returned_and_explained()
    {
        var result = CagrProgress.Assess(Series.Of("2022:91", "2030:100", "2025:94.1"));

        // (94.1/91)^(1/3) − 1 ≈ 0.0112288; (100/91)^(1/8) − 1 ≈ 0.0118586; 0.0112288 ÷ 0.0118586 ≈ 0.946887.
        Assert.Equal(0.0112288, result.ObservedCagr!.Value, 6);
        Assert.Equal(0.0118586, result.RequiredCagr!.Value, 6);
        Assert.Equal(new YearValue(2025, 94.1), result.Latest);
        Assert.Equal(new YearValue(2022, 91), result.Baseline);
        Assert.Equal(new YearValue(2030, 100), result.Target);
        Assert.Equal(
            "Tốc độ tăng trưởng kép bình quân năm (CAGR) thực tế từ 91% (năm 2022) đến 94,1% (năm 2025) là +1,12%/năm; "
            + "CAGR cần thiết để từ 91% đạt mục tiêu 100% năm 2030 là +1,19%/năm; tỷ số theo hướng mong muốn +0,946 "
            + "(ngưỡng: từ 0,95 tiến bộ đáng kể, từ 0,6 vừa phải, từ 0 hạn chế, thấp hơn là thụt lùi) → tiến bộ vừa phải.",
            result.ExplanationVi);
        Assert.Equal(
            "The observed compound annual growth rate (CAGR) from 91% (2022) to 94.1% (2025) is +1.12% a year; "
            + "the CAGR required to go from 91% to the target 100% by 2030 is +1.19% a year; ratio in the desired direction +0.946 "
            + "(thresholds: 0.95 or more substantial, 0.6 or more moderate, 0 or more limited, below that deterioration) → moderate progress.",
            result.ExplanationEn);
    }

    [Fact]
    public void The_fallback_explanation_gives_the_linear_numbers()
    {
        var result = CagrProgress.Assess(Series.Of("2022:0", "2030:100", "2026:30"));

        Assert.Equal(7.5, result.ObservedChangePerYear!.Value, 9);
        Assert.Equal(12.5, result.RequiredChangePerYear!.Value, 9);
        Assert.Null(result.ObservedCagr);
        Assert.Contains("thực tế +7,5 điểm phần trăm/năm (0% năm 2022 → 30% năm 2026)", result.ExplanationVi, StringComparison.Ordinal);
        Assert.Contains("cần +12,5 điểm phần trăm/năm", result.ExplanationVi, StringComparison.Ordinal);
        Assert.Contains("observed +7.5 percentage points a year", result.ExplanationEn, StringComparison.Ordinal);
        Assert.EndsWith("→ moderate progress.", result.ExplanationEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Lost_target_and_missing_data_are_explained()
    {
        var lost = CagrProgress.Assess(Series.Of("2022:96", "2030:95", "2025:94"));
        var single = CagrProgress.Assess(Series.Of("2022:25", "2030:100", ""));

        Assert.Equal("Năm gốc 2022 đã đạt 96%, đạt mục tiêu 95%, nhưng năm 2025 chỉ còn 94%, không còn đạt mục tiêu → thụt lùi.", lost.ExplanationVi);
        Assert.Equal("The baseline 96% (2022) already met the target 95%, but the 2025 value 94% no longer does → deterioration.", lost.ExplanationEn);
        Assert.EndsWith("→ chưa đủ dữ liệu.", single.ExplanationVi, StringComparison.Ordinal);
        Assert.EndsWith("→ insufficient data.", single.ExplanationEn, StringComparison.Ordinal);
    }

    public static TheoryData<double, double, double, CagrStatus> CustomThresholds => new()
    {
        // ratio ≈ 0.740857 (25 → 42.25 over 4 of 8 years) under other thresholds.
        { 0.7, 0.5, 0, SubstantialProgress },
        { 0.9, 0.75, 0, LimitedProgress },
        { 0.9, 0.8, 0.8, Deterioration },
    };

    [Theory]
    [MemberData(nameof(CustomThresholds))]
    public void Thresholds_are_settable(double substantial, double moderate, double limited, CagrStatus status)
    {
        var result = CagrProgress.Assess(Series.Of("2022:25", "2030:100", "2026:42.25"), new CagrThresholds(substantial, moderate, limited));

        Assert.Equal(status, result.Status);
    }

    [Fact]
    public void A_zero_near_zero_share_keeps_CAGR_for_any_positive_baseline()
    {
        // 0.5 → 50.5 in 4 years: 101^(1/4) − 1 ≈ 2.17015; required 201^(1/8) − 1 ≈ 0.94044; ratio ≈ 2.3076.
        var result = CagrProgress.Assess(Series.Of("2022:0.5", "2030:100.5", "2026:50.5"), new CagrThresholds(NearZeroShare: 0));

        Assert.Equal(Cagr, result.Method);
        Assert.Equal(2.3076, result.Ratio!.Value, 4);
    }

    [Fact]
    public void Growth_rate_formula()
    {
        Assert.Equal(0.2, CagrProgress.Cagr(25, 36, 2), 12);     // √1.44 − 1
        Assert.Equal(-0.5, CagrProgress.Cagr(80, 40, 1), 12);
        Assert.Equal(1, CagrProgress.Cagr(1, 16, 4), 12);        // 16^(1/4) − 1
    }

    [Fact]
    public void Unordered_thresholds_are_refused()
    {
        var series = Series.Of("2022:25", "2030:100", "2026:50");

        Assert.Throws<ArgumentOutOfRangeException>(() => CagrProgress.Assess(series, new CagrThresholds(0.5, 0.6, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => CagrProgress.Assess(series, new CagrThresholds(NearZeroShare: 1)));
    }
}
