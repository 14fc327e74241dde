using System.Globalization;

namespace TheoDoi.Indicators;

/// <summary>
/// Data quality rules for values: the hard ones (numerator ≤ denominator, shares within 0–100) refuse
/// a value; the soft one (far from the unit's previous years) only flags it for review.
/// </summary>
public static class ValueQuality
{
    /// <summary>|robust z| above this flags the value (Iglewicz and Hoaglin's modified z-score cut-off).</summary>
    public const double RobustZLimit = 3.5;

    /// <summary>
    /// Smallest spread used, in percentage points for shares (else 2% of the median): a series that has
    /// barely moved (93.75% four years running) must not flag an ordinary step to 100% as unusual.
    /// </summary>
    public const double MinimumSpread = 2;

    /// <summary>At least this many previous years are needed to judge.</summary>
    public const int MinimumHistory = 3;

    /// <summary>
    /// Modified z-score 0.6745 × (x − median) ÷ MAD against the unit's other years; null when the value
    /// is not unusual or there is too little history. Returns the Vietnamese and English reasons.
    /// </summary>
    public static (string Vi, string En)? OutlierFlag(double value, IReadOnlyCollection<double> otherYears, string unit)
    {
        if (otherYears.Count < MinimumHistory)
        {
            return null;
        }

        var median = Median(otherYears);
        var mad = Median(otherYears.Select(v => Math.Abs(v - median)).ToList());
        var spread = Math.Max(mad, unit == "%" ? MinimumSpread : MinimumSpread / 100 * Math.Abs(median));
        if (spread == 0)
        {
            return null;
        }

        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var inv = CultureInfo.InvariantCulture;
        var z = 0.6745 * (value - median) / spread;
        return Math.Abs(z) <= RobustZLimit
            ? null
            : ($"Khác xa các năm trước: trung vị {median.ToString("0.##", vi)}{unit}, độ lệch tuyệt đối trung vị {mad.ToString("0.##", vi)} (tối thiểu {MinimumSpread.ToString("0.#", vi)}), điểm z vững {z.ToString("0.#", vi)} (ngưỡng ±{RobustZLimit.ToString("0.#", vi)}) — cần xem lại.",
                $"Far from the other years: median {median.ToString("0.##", inv)}{unit}, median absolute deviation {mad.ToString("0.##", inv)} (at least {MinimumSpread.ToString("0.#", inv)}), robust z {z.ToString("0.#", inv)} (limit ±{RobustZLimit.ToString("0.#", inv)}) — to be reviewed.");
    }

    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
