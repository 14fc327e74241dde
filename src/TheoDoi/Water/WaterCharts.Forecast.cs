using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using TheoDoi.Shared.Charts;

namespace TheoDoi.Water;

public static partial class WaterCharts
{
    /// <summary>
    /// A statistical forecast: the last stretch of history (solid), the forecast (dashed) and its 95 % and
    /// 80 % intervals as shaded bands, with a line where the history ends.
    /// </summary>
    public static HtmlString Forecast(StationForecast.View view, string title, int width = 720, int height = 240)
    {
        const int left = 52, right = 16, top = 18, bottom = 28;
        var plotW = width - left - right;
        var plotH = height - top - bottom;
        var history = view.History.Select(h => (Time: h.Time.ToUnixTimeSeconds(), h.Value)).ToList();
        var points = view.Forecast.Points;
        var times = history.Select(h => h.Time).Concat(points.Select(p => p.Time.ToUnixTimeSeconds())).ToList();
        var values = history.Select(h => h.Value).Concat(points.SelectMany(p => new[] { p.Lo95, p.Hi95 })).ToList();
        if (times.Count == 0)
        {
            return new HtmlString("");
        }

        long from = times.Min(), to = times.Max();
        var min = values.Min();
        var max = values.Max();
        var pad = max > min ? (max - min) * 0.06 : 1;
        (min, max) = (min - pad, max + pad);
        double X(long t) => left + (to == from ? 0 : (double)(t - from) / (to - from) * plotW);
        double Y(double v) => top + plotH - ((v - min) / (max - min) * plotH);
        var svg = new StringBuilder();
        svg.Append(ChartAxis.Open("chart forecast-chart", width, height, title));
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{top}\" width=\"{plotW}\" height=\"{plotH}\" fill=\"#fff\" stroke=\"#d5dbe3\"/>");
        var ticks = ChartAxis.Round(min, max).ToList();
        var decimals = ticks.Count > 1 ? Math.Max(0, (int)-Math.Floor(Math.Log10(ticks[1] - ticks[0]) + 1e-9)) : 1;
        ChartAxis.Values(svg, ticks, Y, left, left + plotW, s_axis, tick => Shared.Format.Fixed((decimal)tick, decimals));
        ChartAxis.Across(svg, ChartAxis.Times(from, to).Select(t => (X(t.Time), t.Label)), height - 10, s_axis, (top + plotH, top + plotH + 4, "#8a94a3"));
        if (points.Count > 0)
        {
            Band(svg, points, p => p.Lo95, p => p.Hi95, "#f2c36b", "0.35", X, Y);
            Band(svg, points, p => p.Lo80, p => p.Hi80, "#e0902a", "0.4", X, Y);
            var start = X(points[0].Time.ToUnixTimeSeconds());
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(start)}\" x2=\"{N(start)}\" y1=\"{top}\" y2=\"{top + plotH}\" stroke=\"#8a94a3\" stroke-dasharray=\"2 3\"/>");
            Polyline(svg, points.Select(p => (X(p.Time.ToUnixTimeSeconds()), Y(p.Value))), "#b35c00", " stroke-dasharray=\"5 3\"");
        }

        Polyline(svg, history.Select(h => (X(h.Time), Y(h.Value))), "#1d4f91", "");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"12\" font-size=\"11\" fill=\"#5b6676\">{E(view.Parameter.Unit)}</text>");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static void Band(StringBuilder svg, IReadOnlyList<StationForecast.PointDto> points, Func<StationForecast.PointDto, double> low, Func<StationForecast.PointDto, double> high, string fill, string opacity, Func<long, double> x, Func<double, double> y)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<polygon fill=\"{fill}\" fill-opacity=\"{opacity}\" stroke=\"none\" points=\"");
        foreach (var p in points)
        {
            svg.Append(N(x(p.Time.ToUnixTimeSeconds()))).Append(',').Append(N(y(high(p)))).Append(' ');
        }

        foreach (var p in points.Reverse())
        {
            svg.Append(N(x(p.Time.ToUnixTimeSeconds()))).Append(',').Append(N(y(low(p)))).Append(' ');
        }

        svg.Append("\"/>");
    }

    private static void Polyline(StringBuilder svg, IEnumerable<(double X, double Y)> points, string colour, string extra)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\"{extra} points=\"");
        foreach (var (x, y) in points)
        {
            svg.Append(N(x)).Append(',').Append(N(y)).Append(' ');
        }

        svg.Append("\"/>");
    }
}
