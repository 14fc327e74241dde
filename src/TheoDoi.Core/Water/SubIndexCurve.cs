namespace TheoDoi.Core.Water;

/// <summary>One breakpoint of a VN_WQI table: at <see cref="Value"/> the sub-index is <see cref="SubIndex"/>.</summary>
public sealed record Breakpoint(decimal Value, decimal SubIndex);

/// <summary>
/// A VN_WQI sub-index table read as the reference's "Reading the table (binding)" paragraphs say: a
/// value equal to a breakpoint takes that breakpoint's q; between two breakpoints the straight line
/// (công thức 1 and 2, which are the same line); outside the breakpoints either the end's q (clamp)
/// or a step to another q.
/// </summary>
/// <remarks>
/// The steps of the decision all fit this shape: N-NH4, Cd, Pb and Hg give 100 below their first
/// breakpoint (<see cref="BelowFirst"/>) and the breakpoint's own 75 at it; As, N-NO3, N-NO2,
/// Coliform, E.coli and the pesticides give 10 above their last breakpoint (<see cref="AboveLast"/>);
/// DO% and pH step at both ends.
/// </remarks>
public sealed class SubIndexCurve
{
    /// <param name="points">Breakpoints in strictly increasing order of value.</param>
    /// <param name="belowFirst">q for values below the first breakpoint; null keeps the first breakpoint's q.</param>
    /// <param name="aboveLast">q for values above the last breakpoint; null keeps the last breakpoint's q.</param>
    public SubIndexCurve(IReadOnlyList<Breakpoint> points, decimal? belowFirst = null, decimal? aboveLast = null)
    {
        if (points.Count == 0)
        {
            throw new ArgumentException("A curve needs at least one breakpoint.", nameof(points));
        }

        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].Value <= points[i - 1].Value)
            {
                throw new ArgumentException("Breakpoints must increase strictly.", nameof(points));
            }
        }

        Points = points;
        BelowFirst = belowFirst;
        AboveLast = aboveLast;
    }

    public IReadOnlyList<Breakpoint> Points { get; }

    public decimal? BelowFirst { get; }

    public decimal? AboveLast { get; }

    /// <summary>The sub-index of <paramref name="value"/>, at full decimal precision.</summary>
    public decimal Score(decimal value)
    {
        var first = Points[0];
        var last = Points[^1];
        if (value < first.Value)
        {
            return BelowFirst ?? first.SubIndex;
        }

        if (value > last.Value)
        {
            return AboveLast ?? last.SubIndex;
        }

        for (var i = 0; i < Points.Count; i++)
        {
            var low = Points[i];
            if (value == low.Value)
            {
                return low.SubIndex;
            }

            var high = Points[i + 1]; // exists: value ≤ last and value ≠ any earlier breakpoint
            if (value < high.Value)
            {
                return low.SubIndex + ((high.SubIndex - low.SubIndex) * (value - low.Value) / (high.Value - low.Value));
            }
        }

        throw new InvalidOperationException("Unreachable: the value lies within the breakpoints.");
    }
}
