namespace TheoDoi.Core.Indicators;

/// <summary>
/// A least-squares straight line through the observed points, evaluated in <see cref="Year"/>.
/// </summary>
/// <param name="Value">The projected value, clamped to 0–100 when that was asked for.</param>
/// <param name="UnclampedValue">The value on the line itself, before any clamping.</param>
/// <param name="Slope">Change per year.</param>
/// <param name="Intercept">Value of the line in year 0, so value = intercept + slope × year.</param>
/// <param name="PointCount">How many points the line was fitted to.</param>
/// <param name="Points">The points used, ordered by year.</param>
public sealed record TrendProjection(
    int Year,
    double Value,
    double UnclampedValue,
    bool Clamped,
    double Slope,
    double Intercept,
    int PointCount,
    IReadOnlyList<YearValue> Points);

/// <summary>
/// "If things go on as they have, where will the indicator be in 2030?" — an ordinary least-squares
/// line over every observed (year, value) point, with missing years simply absent.
/// </summary>
public static class LinearTrend
{
    /// <summary>
    /// Projects the observed trend to <paramref name="year"/>; null with fewer than two points or when
    /// all points share one year (no slope can be fitted).
    /// </summary>
    /// <param name="clampToPercentRange">
    /// Clamp the projected value to 0–100. Only for shares: a straight line through 89%, 91% and 94% runs
    /// past 100% by 2030, which no share can reach. Off by default because for other units (tonnes, mg/L)
    /// 0–100 means nothing, and because the raw line shows how fast the indicator is moving.
    /// </param>
    public static TrendProjection? Project(IEnumerable<YearValue> points, int year, bool clampToPercentRange = false)
    {
        var used = points.OrderBy(p => p.Year).ToList();
        if (used.Any(p => !double.IsFinite(p.Value)))
        {
            throw new ArgumentException("Every value must be a finite number.", nameof(points));
        }

        if (used.Count < 2 || used[0].Year == used[^1].Year)
        {
            return null;
        }

        // Centred sums keep the arithmetic exact-ish even though years are around 2000.
        var meanYear = used.Average(p => (double)p.Year);
        var meanValue = used.Average(p => p.Value);
        var sxy = used.Sum(p => (p.Year - meanYear) * (p.Value - meanValue));
        var sxx = used.Sum(p => (p.Year - meanYear) * (p.Year - meanYear));
        var slope = sxy / sxx;
        var intercept = meanValue - (slope * meanYear);
        var raw = meanValue + (slope * (year - meanYear));
        var value = clampToPercentRange ? Math.Clamp(raw, 0, 100) : raw;
        return new(year, value, raw, value != raw, slope, intercept, used.Count, used);
    }
}
