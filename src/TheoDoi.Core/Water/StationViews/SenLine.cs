using TheoDoi.Core.Water.Security;

namespace TheoDoi.Core.Water.StationViews;

/// <summary>A straight line depth = Intercept + Slope × year, drawn over a well's readings.</summary>
public sealed record TrendLine(double Intercept, double SlopePerYear, DateOnly From, DateOnly To)
{
    public double At(DateOnly date) => Intercept + (SlopePerYear * GroundwaterTrend.FractionalYear(date));
}

/// <summary>
/// The line of Sen's slope through a well's readings (IGPVN TN-IV-09, docs/reference/water-security.md):
/// the intercept is the median of value − slope × time (Sen 1968), so the line passes through the middle of
/// the readings the slope came from instead of through one chosen reading.
/// </summary>
public static class SenLine
{
    public static TrendLine Through(IReadOnlyList<DatedValue> readings, double slopePerYear)
    {
        if (readings.Count == 0)
        {
            throw new ArgumentException("No readings.", nameof(readings));
        }

        var offsets = readings.Select(r => (double)r.Value - (slopePerYear * GroundwaterTrend.FractionalYear(r.Date))).Order().ToList();
        var m = offsets.Count;
        var intercept = m % 2 == 1 ? offsets[m / 2] : (offsets[(m / 2) - 1] + offsets[m / 2]) / 2;
        return new TrendLine(intercept, slopePerYear, readings.Min(r => r.Date), readings.Max(r => r.Date));
    }
}
