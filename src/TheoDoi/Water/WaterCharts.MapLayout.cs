namespace TheoDoi.Water;

public static partial class WaterCharts
{
    /// <summary>
    /// Centres closer than this (px in the map's own units) would draw their 14 px markers on top of each
    /// other, hiding one — the demo's SG-05 and the Hòa Phú intake SG-HOAPHU-MAN are 2 km apart, 12 px on the map.
    /// </summary>
    public const double MapDotGap = 18;

    /// <summary>
    /// Where each station's marker is drawn: its true point, or — for stations within <see cref="MapDotGap"/>
    /// of one another (transitively) — a column round their centre, <see cref="MapDotGap"/> apart, in code
    /// order from the top, so the map is the same on every render. The caller draws a leader line from a moved marker to its true point.
    /// </summary>
    public static (double X, double Y)[] SpreadOverlapping(IReadOnlyList<(string Code, double X, double Y)> points)
    {
        var group = Enumerable.Range(0, points.Count).ToArray();
        int Root(int i) => group[i] == i ? i : group[i] = Root(group[i]);
        for (var i = 0; i < points.Count; i++)
        {
            for (var j = i + 1; j < points.Count; j++)
            {
                if (Math.Sqrt(Math.Pow(points[i].X - points[j].X, 2) + Math.Pow(points[i].Y - points[j].Y, 2)) < MapDotGap)
                {
                    group[Root(i)] = Root(j);
                }
            }
        }

        var placed = points.Select(p => (p.X, p.Y)).ToArray();
        foreach (var members in Enumerable.Range(0, points.Count).GroupBy(Root).Where(g => g.Count() > 1))
        {
            var ordered = members.OrderBy(i => points[i].Code, StringComparer.Ordinal).ToList();
            var (cx, cy) = (ordered.Average(i => points[i].X), ordered.Average(i => points[i].Y));
            // A column centred on the group: each code's label, to the right of its marker, gets a line of its own.
            for (var k = 0; k < ordered.Count; k++)
            {
                placed[ordered[k]] = (cx, cy + ((k - ((ordered.Count - 1) / 2.0)) * MapDotGap));
            }
        }

        return placed;
    }
}
