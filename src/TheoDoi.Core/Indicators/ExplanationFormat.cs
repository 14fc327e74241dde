using System.Globalization;

namespace TheoDoi.Core.Indicators;

/// <summary>
/// Numbers in explanations: vi-VN (decimal comma, thousands dot) for the Vietnamese text, invariant
/// for the English one, at most two decimals so a page shows what a person would write by hand.
/// </summary>
internal static class ExplanationFormat
{
    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi-VN");

    public static CultureInfo English => CultureInfo.InvariantCulture;

    public static string Number(double value, CultureInfo culture) =>
        Clean(value).ToString("#,0.##", culture);

    /// <summary>A change written with its sign ("+1,5", "-0,28", "0"), so its direction is never implied.</summary>
    public static string Signed(double value, CultureInfo culture) =>
        Clean(value).ToString("+#,0.##;-#,0.##;0", culture);

    public static string Value(double value, string unit, CultureInfo culture) => unit switch
    {
        "%" => Number(value, culture) + "%",
        "" => Number(value, culture),
        _ => Number(value, culture) + " " + unit,
    };

    /// <summary>
    /// A gap or change in the indicator's own unit (percentage points for "%"), rounded <b>down</b> to two
    /// decimals: a gap of −1.004 shows as −1.01, never as −1, which would read as within a tolerance of 1
    /// next to a "behind" status.
    /// </summary>
    public static string Points(double value, string unit, CultureInfo culture, bool signed)
    {
        var floored = Floor(value, 2);
        var number = signed ? Signed(floored, culture) : Number(floored, culture);
        var vietnamese = culture.Name == Vietnamese.Name;
        return unit switch
        {
            "%" => number + (vietnamese ? " điểm phần trăm" : " percentage points"),
            "" => number,
            _ => number + " " + unit,
        };
    }

    /// <summary>A growth rate as a percentage with two decimals and its sign ("+1,17%", "-20%").</summary>
    public static string Rate(double rate, CultureInfo culture) =>
        Clean(rate * 100).ToString("+#,0.##;-#,0.##;0", culture) + "%";

    /// <summary>
    /// A ratio with three decimals, rounded down for the same reason as gaps: 0.9469 shows as 0.946, not
    /// as 0.95, next to a "moderate" status whose threshold for "substantial" is 0.95.
    /// </summary>
    public static string Ratio(double ratio, CultureInfo culture) =>
        Floor(ratio, 3).ToString("+#,0.###;-#,0.###;0", culture);

    /// <summary>Rounding first keeps "-0" out of the text when a tiny negative rounds to zero.</summary>
    private static double Clean(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0 : rounded;
    }

    /// <summary>Rounds toward −∞; the nudge absorbs binary noise such as 0.95 × 100 = 94.99999999999999.</summary>
    private static double Floor(double value, int decimals)
    {
        var factor = Math.Pow(10, decimals);
        var floored = Math.Floor((value * factor) + 1e-9) / factor;
        return floored == 0 ? 0 : floored;
    }
}
