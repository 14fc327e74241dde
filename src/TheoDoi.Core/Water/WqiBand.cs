namespace TheoDoi.Core.Water;

/// <summary>
/// One quality band of VN_WQI with the §1.4 labels of Decision 1460 (not Bảng 7's, which call 26–50
/// "Kém" and 10–25 "Ô nhiễm nặng"; the method page says so).
/// </summary>
/// <param name="Min">Lowest rounded WQI of the band.</param>
/// <param name="Max">Highest rounded WQI of the band.</param>
public sealed record WqiBand(
    int Min,
    int Max,
    string VietnameseLabel,
    string EnglishLabel,
    string Colour,
    byte Red,
    byte Green,
    byte Blue,
    string SuitableUse)
{
    /// <summary>The colour as a CSS hex string, e.g. "#3333FF".</summary>
    public string Hex => $"#{Red:X2}{Green:X2}{Blue:X2}";

    /// <summary>The six bands from best to worst, covering 0–100 without gaps.</summary>
    public static IReadOnlyList<WqiBand> All { get; } =
    [
        new(91, 100, "Rất tốt", "Very good", "blue", 51, 51, 255, "domestic water supply"),
        new(76, 90, "Tốt", "Good", "green", 0, 228, 0, "domestic supply with suitable treatment"),
        new(51, 75, "Trung bình", "Medium", "yellow", 255, 255, 0, "irrigation and similar uses"),
        new(26, 50, "Xấu", "Bad", "orange", 255, 126, 0, "waterway transport and similar uses"),
        new(10, 25, "Kém", "Poor", "red", 255, 0, 0, "heavily polluted, needs treatment in future"),
        new(0, 9, "Ô nhiễm rất nặng", "Very heavily polluted", "brown", 126, 0, 35, "toxic, needs remediation"),
    ];

    /// <summary>The band of a rounded WQI (product decision 1: classify the rounded value).</summary>
    public static WqiBand For(int wqi)
    {
        if (wqi is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(wqi), wqi, "A WQI lies between 0 and 100.");
        }

        return All.First(b => wqi >= b.Min);
    }

    /// <summary>Rounds half away from zero, then classifies: 90.5 → 91 → Rất tốt.</summary>
    public static WqiBand For(decimal unrounded) => For(VnWqi.Round(unrounded));
}
