using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using TheoDoi.Shared.Charts;

namespace TheoDoi.Water;

/// <summary>The chart of a quantity station (river, reservoir, well, salinity intake), issue 9.</summary>
public static partial class WaterCharts
{
    /// <summary>The band edges of one day (Unix seconds of its noon): P10, P25, P75, P90.</summary>
    public sealed record BandDay(long Time, double P10, double P25, double P75, double P90);

    /// <summary>A second line drawn over the readings (last year, the normal, a trend).</summary>
    public sealed record Trace(IReadOnlyList<(long Time, double Value)> Points, string Colour, string Label, bool Dashed = true);

    /// <summary>WaterWatch's colours for the classes 10–24, 25–75, 76–90 (docs/reference/water-security.md).</summary>
    private static readonly (string Fill, string Label)[] s_bandFills = [("#f4a582", "10–24"), ("#a6dba0", "25–75"), ("#92c5de", "76–90")];

    /// <summary>
    /// Readings over time on the percentile bands, with traces and horizontal lines. With
    /// <paramref name="downward"/> larger values are drawn lower: depth to water, where deeper is worse.
    /// Runs of days without bands (not ranked) are left unshaded, never bridged.
    /// </summary>
    public static HtmlString Quantity(IReadOnlyList<Point> points, IReadOnlyList<BandDay> bands, IReadOnlyList<Trace> traces, IReadOnlyList<Line> lines,
        long from, long to, string unit, string title, bool downward = false, int width = 760, int height = 300)
    {
        const int left = 50, right = 130, top = 18, bottom = 28;
        var plotW = width - left - right;
        var plotH = height - top - bottom;
        var values = points.Select(p => p.Value).Concat(lines.Select(l => l.Value)).Concat(traces.SelectMany(t => t.Points.Select(p => p.Value)))
            .Concat(bands.SelectMany(b => new[] { b.P10, b.P90 })).ToList();
        var min = values.Count == 0 ? 0 : values.Min();
        var max = values.Count == 0 ? 1 : values.Max();
        var pad = max <= min ? 1 : (max - min) * 0.08;
        (min, max) = (min - pad, max + pad);
        double X(long t) => left + (to == from ? 0 : (double)(t - from) / (to - from) * plotW);
        double Y(double v) => downward ? top + (v - min) / (max - min) * plotH : top + plotH - (v - min) / (max - min) * plotH;
        var svg = new StringBuilder();
        svg.Append(ChartAxis.Open("chart", width, height, title));
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{top}\" width=\"{plotW}\" height=\"{plotH}\" fill=\"#fff\" stroke=\"#d5dbe3\"/>");
        Bands(svg, bands, X, Y);
        var ticks = ChartAxis.Round(min, max).ToList();
        var decimals = ticks.Count > 1 ? Math.Max(0, (int)-Math.Floor(Math.Log10(ticks[1] - ticks[0]) + 1e-9)) : 1;
        ChartAxis.Values(svg, ticks, Y, left, left + plotW, s_axis, tick => Shared.Format.Fixed((decimal)tick, decimals), grid: bands.Count == 0);
        ChartAxis.Across(svg, ChartAxis.Times(from, to).Select(t => (X(t.Time), t.Label)), height - 10, s_axis, (top + plotH, top + plotH + 4, "#8a94a3"));
        var labels = new List<double>();
        foreach (var line in lines.OrderBy(l => Y(l.Value)))
        {
            var y = Y(line.Value);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{left + plotW}\" y1=\"{N(y)}\" y2=\"{N(y)}\" stroke=\"{line.Colour}\" stroke-width=\"1.3\"{(line.Dashed ? " stroke-dasharray=\"5 3\"" : "")}><title>{E(line.Label)}</title></line>");
            Label(svg, labels, left + plotW + 4, y + 3, line.Label, line.Colour);
        }

        foreach (var trace in traces.Where(t => t.Points.Count > 0))
        {
            Polyline(svg, trace.Points.Select(p => (X(p.Time), Y(p.Value))), trace.Colour, 1.6, trace.Dashed, trace.Label);
            var end = trace.Points[^1];
            Label(svg, labels, left + plotW + 4, Y(end.Value) + 3, trace.Label, trace.Colour);
        }

        foreach (var run in Runs(points))
        {
            Polyline(svg, run.Select(p => (X(p.Time), Y(p.Value))), "#1d4f91", 1.4, false, null);
        }

        // A year of daily values is a line; a dot per reading only where there are few enough to see.
        if (points.Count <= 150)
        {
            foreach (var p in points)
            {
                var colour = p.Colour ?? "#1d4f91";
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(X(p.Time))}\" cy=\"{N(Y(p.Value))}\" r=\"2.6\" fill=\"{(p.Hollow ? "#fff" : colour)}\" stroke=\"{colour}\"><title>{E(p.Title ?? "")}</title></circle>");
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"12\" font-size=\"11\" fill=\"#5b6676\">{E(unit)}</text>");
        if (points.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + plotW / 2}\" y=\"{top + plotH / 2}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#5b6676\">—</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The class names of the bands, for a legend under the chart.</summary>
    public static IReadOnlyList<(string Fill, string Percentiles)> BandLegend => s_bandFills;

    /// <summary>
    /// The readings split where an interval is longer than <see cref="Core.Water.Security.SalinityEvents.GapFactor"/>
    /// median intervals: a line across a sensor outage would draw values nobody measured.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Point>> Runs(IReadOnlyList<Point> points)
    {
        if (points.Count < 3)
        {
            return [points];
        }

        var intervals = points.Skip(1).Select((p, i) => p.Time - points[i].Time).Order().ToList();
        var limit = Core.Water.Security.SalinityEvents.GapFactor * intervals[intervals.Count / 2];
        var runs = new List<IReadOnlyList<Point>>();
        var run = new List<Point> { points[0] };
        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].Time - points[i - 1].Time > limit)
            {
                runs.Add(run);
                run = [];
            }

            run.Add(points[i]);
        }

        runs.Add(run);
        return runs;
    }

    private static void Bands(StringBuilder svg, IReadOnlyList<BandDay> bands, Func<long, double> x, Func<double, double> y)
    {
        // Consecutive days form one shaded run; a missing day (more than 1.5 days apart) starts a new run.
        var runs = new List<List<BandDay>>();
        foreach (var day in bands.OrderBy(b => b.Time))
        {
            if (runs.Count == 0 || day.Time - runs[^1][^1].Time > 129_600)
            {
                runs.Add([]);
            }

            runs[^1].Add(day);
        }

        foreach (var run in runs)
        {
            Area(svg, run, d => d.P10, d => d.P25, s_bandFills[0].Fill, x, y);
            Area(svg, run, d => d.P25, d => d.P75, s_bandFills[1].Fill, x, y);
            Area(svg, run, d => d.P75, d => d.P90, s_bandFills[2].Fill, x, y);
        }
    }

    private static void Area(StringBuilder svg, List<BandDay> run, Func<BandDay, double> low, Func<BandDay, double> high, string fill, Func<long, double> x, Func<double, double> y)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<polygon fill=\"{fill}\" fill-opacity=\"0.55\" stroke=\"none\" points=\"");
        foreach (var d in run)
        {
            svg.Append(N(x(d.Time))).Append(',').Append(N(y(high(d)))).Append(' ');
        }

        for (var i = run.Count - 1; i >= 0; i--)
        {
            svg.Append(N(x(run[i].Time))).Append(',').Append(N(y(low(run[i])))).Append(' ');
        }

        svg.Append("\"/>");
    }

    private static void Polyline(StringBuilder svg, IEnumerable<(double X, double Y)> points, string colour, double strokeWidth, bool dashed, string? title)
    {
        var list = points.ToList();
        if (list.Count < 2)
        {
            return;
        }

        svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"{N(strokeWidth)}\"{(dashed ? " stroke-dasharray=\"6 3\"" : "")} points=\"");
        foreach (var (px, py) in list)
        {
            svg.Append(N(px)).Append(',').Append(N(py)).Append(' ');
        }

        svg.Append(title is null ? "\"/>" : $"\"><title>{E(title)}</title></polyline>");
    }

    private static void Label(StringBuilder svg, List<double> taken, int x, double y, string text, string colour)
    {
        while (taken.Any(l => Math.Abs(l - y) < 10))
        {
            y += 10;
        }

        taken.Add(y);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{N(y)}\" font-size=\"10\" fill=\"{colour}\">{E(text)}</text>");
    }
}
