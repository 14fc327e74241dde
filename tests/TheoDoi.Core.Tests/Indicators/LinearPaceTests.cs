using TheoDoi.Core.Indicators;
using static TheoDoi.Core.Indicators.ProgressDirection;

namespace TheoDoi.Core.Tests.Indicators;

/// <summary>
/// The straight line from baseline to target. Figures for industrial parks with standard centralised
/// wastewater treatment are the national ones of docs/reference/southeast-region.md §6 (91% in 2022,
/// 94.1% in 2025, target 100% in 2030), whose line rises 9 ÷ 8 = 1.125 points a year.
/// </summary>
public sealed class LinearPaceTests
{
    public static TheoryData<string, string, ProgressDirection, int, double> ExpectedValues => new()
    {
        { "2022:91", "2030:100", HigherIsBetter, 2022, 91 },      // the baseline year itself
        { "2022:91", "2030:100", HigherIsBetter, 2023, 92.125 },  // 91 + 9 × 1/8
        { "2022:91", "2030:100", HigherIsBetter, 2026, 95.5 },    // 91 + 9 × 4/8
        { "2022:91", "2030:100", HigherIsBetter, 2030, 100 },     // the target year
        { "2022:91", "2030:100", HigherIsBetter, 2020, 91 },      // before the baseline year: the path has not started
        { "2022:91", "2030:100", HigherIsBetter, 2035, 100 },     // after the target year: it does not keep rising
        { "2020:80", "2030:20", LowerIsBetter, 2025, 50 },        // 80 + (20 − 80) × 5/10, a falling path
        { "2022:96", "2030:95", HigherIsBetter, 2026, 95 },       // 96 already meets 95: the path holds 95
        { "2022:0", "2030:100", HigherIsBetter, 2024, 25 },       // 0 + 100 × 2/8
    };

    [Theory]
    [MemberData(nameof(ExpectedValues))]
    public void Expected_value_lies_on_the_line_from_baseline_to_target(string baseline, string target, ProgressDirection direction, int year, double expected)
    {
        var series = Series.Of(baseline, target, "", direction);

        Assert.Equal(expected, LinearPace.ExpectedValue(series, year), 9);
    }

    public static TheoryData<string, string, ProgressDirection, string, PaceStatus, double?, double?> Cases => new()
    {
        // 2025: expected 91 + 9 × 3/8 = 94.375; 94.1 − 94.375 = −0.275 ≥ −1 → on track.
        { "2022:91", "2030:100", HigherIsBetter, "2025:94.1", PaceStatus.OnTrack, 94.375, -0.275 },
        // 93 − 94.375 = −1.375: beyond the 1-point tolerance, within 5 → behind.
        { "2022:91", "2030:100", HigherIsBetter, "2025:93", PaceStatus.Behind, 94.375, -1.375 },
        // 2026: expected 95.5; 90 − 95.5 = −5.5 < −5 → far behind.
        { "2022:91", "2030:100", HigherIsBetter, "2026:90", PaceStatus.FarBehind, 95.5, -5.5 },
        // exactly on the line.
        { "2022:91", "2030:100", HigherIsBetter, "2026:95.5", PaceStatus.OnTrack, 95.5, 0 },
        // boundaries: −1 exactly is on track, −1.1 is behind, −5 exactly is behind, −5.1 is far behind.
        { "2022:91", "2030:100", HigherIsBetter, "2026:94.5", PaceStatus.OnTrack, 95.5, -1 },
        { "2022:91", "2030:100", HigherIsBetter, "2026:94.4", PaceStatus.Behind, 95.5, -1.1 },
        { "2022:91", "2030:100", HigherIsBetter, "2026:90.5", PaceStatus.Behind, 95.5, -5 },
        { "2022:91", "2030:100", HigherIsBetter, "2026:90.4", PaceStatus.FarBehind, 95.5, -5.1 },
        // deterioration below the baseline: 2024 expected 91 + 9 × 2/8 = 93.25; 89 − 93.25 = −4.25 → behind.
        { "2022:91", "2030:100", HigherIsBetter, "2024:89", PaceStatus.Behind, 93.25, -4.25 },
        // target reached early: 2028 expected 91 + 9 × 6/8 = 97.75; gap +2.25 but the status is achieved.
        { "2022:91", "2030:100", HigherIsBetter, "2028:100", PaceStatus.Achieved, 97.75, 2.25 },
        // a value after the target year is compared with the target: 99 − 100 = −1 → on track.
        { "2022:91", "2030:100", HigherIsBetter, "2032:99", PaceStatus.OnTrack, 100, -1 },
        // missing years (2024, 2025): the latest is 2026, 95 − 95.5 = −0.5; order of input does not matter.
        { "2022:91", "2030:100", HigherIsBetter, "2023:92;2026:95", PaceStatus.OnTrack, 95.5, -0.5 },
        { "2022:91", "2030:100", HigherIsBetter, "2026:95;2023:92", PaceStatus.OnTrack, 95.5, -0.5 },
        // nothing after the baseline year: insufficient data, whatever came before.
        { "2022:91", "2030:100", HigherIsBetter, "", PaceStatus.InsufficientData, null, null },
        { "2022:91", "2030:100", HigherIsBetter, "2020:89;2022:91", PaceStatus.InsufficientData, null, null },
        // urban solid waste: 96% (2022) already beyond the 95% target. Alone → achieved.
        { "2022:96", "2030:95", HigherIsBetter, "", PaceStatus.Achieved, null, null },
        // ... then the path holds 95: 94.5 − 95 = −0.5 → on track; 93 − 95 = −2 → behind.
        { "2022:96", "2030:95", HigherIsBetter, "2025:94.5", PaceStatus.OnTrack, 95, -0.5 },
        { "2022:96", "2030:95", HigherIsBetter, "2025:93", PaceStatus.Behind, 95, -2 },
        // lower is better, 80 → 20 over 2020–2030: 2025 expected 50. Gap = −(observed − 50).
        { "2020:80", "2030:20", LowerIsBetter, "2025:52", PaceStatus.Behind, 50, -2 },
        { "2020:80", "2030:20", LowerIsBetter, "2025:45", PaceStatus.OnTrack, 50, 5 },
        { "2020:80", "2030:20", LowerIsBetter, "2025:58", PaceStatus.FarBehind, 50, -8 },
        { "2020:80", "2030:20", LowerIsBetter, "2025:20", PaceStatus.Achieved, 50, 30 },
        // baseline 0 is no problem for the line: 2026 expected 0 + 100 × 4/8 = 50; 30 − 50 = −20.
        { "2022:0", "2030:100", HigherIsBetter, "2026:30", PaceStatus.FarBehind, 50, -20 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Status_follows_the_gap_to_the_line(string baseline, string target, ProgressDirection direction, string observations, PaceStatus status, double? expected, double? gap)
    {
        var result = LinearPace.Assess(Series.Of(baseline, target, observations, direction));

        Assert.Equal(status, result.Status);
        AssertClose(expected, result.ExpectedValue);
        AssertClose(gap, result.Gap);
        Assert.Equal(Series.Point(baseline), result.Baseline);
        Assert.Equal(Series.Point(target), result.Target);
        Assert.False(string.IsNullOrWhiteSpace(result.ExplanationVi));
        Assert.False(string.IsNullOrWhiteSpace(result.ExplanationEn));
    }

    public static TheoryData<double, double, PaceStatus> CustomThresholds => new()
    {
        // gap −0.275 (2025, 94.1 vs 94.375) under stricter thresholds.
        { 0.2, 0.5, PaceStatus.Behind },      // −0.275 < −0.2, ≥ −0.5
        { 0.1, 0.25, PaceStatus.FarBehind },  // −0.275 < −0.25
        { 0.3, 0.5, PaceStatus.OnTrack },     // −0.275 ≥ −0.3
        { 0, 0, PaceStatus.FarBehind },       // no tolerance at all
    };

    [Theory]
    [MemberData(nameof(CustomThresholds))]
    public void Thresholds_are_settable(double tolerance, double farBehind, PaceStatus status)
    {
        var result = LinearPace.Assess(Series.Of("2022:91", "2030:100", "2025:94.1"), new PaceThresholds(tolerance, farBehind));

        Assert.Equal(status, result.Status);
        Assert.Equal(tolerance, result.Thresholds.OnTrackTolerance);
    }

    [Fact]
    public void Explanation_gives_the_numbers_in_each_language_s_format()
    {
        var result = LinearPace.Assess(Series.Of("2022:91", "2030:100", "2025:94.1"));

        // 94.375 rounds to 94.38; the gap −0.275 is rounded down to −0.28.
        Assert.Equal(
            "Lộ trình tuyến tính từ 91% (năm 2022) đến 100% (năm 2030) yêu cầu năm 2025 đạt 94,38%; thực tế năm 2025 đạt 94,1%, "
            + "chênh lệch so với lộ trình -0,28 điểm phần trăm (âm là chậm hơn lộ trình). Đúng tiến độ khi chênh lệch từ -1 điểm phần trăm "
            + "trở lên, chậm khi từ -5 điểm phần trăm trở lên, chậm nhiều khi thấp hơn → đúng tiến độ.",
            result.ExplanationVi);
        Assert.Equal(
            "The straight line from 91% (2022) to 100% (2030) requires 94.38% in 2025; the 2025 value is 94.1%, a gap to the path of "
            + "-0.28 percentage points (negative is behind). On track when the gap is -1 percentage points or more, behind when -5 "
            + "percentage points or more, far behind below that → on track.",
            result.ExplanationEn);
    }

    [Fact]
    public void A_gap_just_beyond_the_tolerance_never_reads_as_the_tolerance()
    {
        // 2026 expected 95.5; 94.496 − 95.5 = −1.004 → behind, shown as −1.01 rather than −1.
        var result = LinearPace.Assess(Series.Of("2022:91", "2030:100", "2026:94.496"));

        Assert.Equal(PaceStatus.Behind, result.Status);
        Assert.Contains("-1,01 điểm phần trăm", result.ExplanationVi, StringComparison.Ordinal);
        Assert.Contains("-1.01 percentage points", result.ExplanationEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_units_use_thousands_separators_of_each_culture()
    {
        // 2500 → 5000 t/day over 2022–2030 is +312.5 a year; 2026 expected 3750; 3600 − 3750 = −150.
        var series = Series.Of("2022:2500", "2030:5000", "2026:3600", unit: "tấn/ngày");
        var result = LinearPace.Assess(series, new PaceThresholds(100, 500));

        Assert.Equal(PaceStatus.Behind, result.Status);
        Assert.Contains("đạt 3.750 tấn/ngày", result.ExplanationVi, StringComparison.Ordinal);
        Assert.Contains("-150 tấn/ngày", result.ExplanationVi, StringComparison.Ordinal);
        Assert.Contains("requires 3,750 tấn/ngày in 2026", result.ExplanationEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanations_without_later_data_say_why()
    {
        var none = LinearPace.Assess(Series.Of("2022:91", "2030:100", ""));
        var held = LinearPace.Assess(Series.Of("2022:96", "2030:95", ""));

        Assert.Contains("Chưa có số liệu sau năm gốc 2022", none.ExplanationVi, StringComparison.Ordinal);
        Assert.EndsWith("→ insufficient data.", none.ExplanationEn, StringComparison.Ordinal);
        Assert.Contains("96% đã đạt mục tiêu 95%", held.ExplanationVi, StringComparison.Ordinal);
        Assert.EndsWith("→ achieved.", held.ExplanationEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_definitions_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Series.Of("2030:91", "2030:100", ""));
        Assert.Throws<ArgumentException>(() => Series.Of("2022:91", "2020:100", ""));
        Assert.Throws<ArgumentException>(() => Series.Of("2022:91", "2030:100", "2024:92;2024:93"));
        Assert.Throws<ArgumentException>(() => Series.Of("2022:NaN", "2030:100", ""));
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearPace.Assess(Series.Of("2022:91", "2030:100", ""), new PaceThresholds(2, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearPace.Assess(Series.Of("2022:91", "2030:100", ""), new PaceThresholds(-1, 5)));
    }

    private static void AssertClose(double? expected, double? actual)
    {
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        Assert.Equal(expected.Value, actual.Value, 9);
    }
}
