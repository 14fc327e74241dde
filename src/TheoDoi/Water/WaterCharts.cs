using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using TheoDoi.Core.Water;
using TheoDoi.Shared.Charts;

namespace TheoDoi.Water;

/// <summary>
/// Charts and the map (WaterCharts.Map.cs) as server-rendered SVG: they work offline, without scripts,
/// and print. Text is HTML-encoded; numbers are invariant inside the SVG and culture-formatted in
/// labels. Axes and ticks are drawn by the shared <see cref="ChartAxis"/>.
/// </summary>
public static partial class WaterCharts
{
    private static readonly AxisStyle s_axis = new(Grid: "#eef1f5", Text: "#5b6676", FontSize: 10, LabelGap: 4, CoordinateFormat: "0.##");

    private static string N(double value) => s_axis.Coordinate(value);

    private static string E(string text) => System.Net.WebUtility.HtmlEncode(text);

    public sealed record Line(double Value, string Label, string Colour, bool Dashed = true);

    public sealed record Point(long Time, double Value, string? Colour = null, string? Title = null, bool Hollow = false);

    /// <summary>A time series with horizontal limit lines; x from <paramref name="from"/> to <paramref name="to"/> (Unix seconds).</summary>
    public static HtmlString Series(IReadOnlyList<Point> points, IReadOnlyList<Line> lines, long from, long to, string unit, string title, bool connect = true, int width = 560, int height = 220)
    {
        const int left = 52, right = 80, top = 18, bottom = 28;
        var plotW = width - left - right;
        var plotH = height - top - bottom;
        var values = points.Select(p => p.Value).Concat(lines.Select(l => l.Value)).ToList();
        var max = values.Count == 0 ? 1 : values.Max();
        var min = Math.Min(0, values.Count == 0 ? 0 : values.Min());
        max = max <= min ? min + 1 : max + (max - min) * 0.08;
        double X(long t) => left + (to == from ? 0 : (double)(t - from) / (to - from) * plotW);
        double Y(double v) => top + plotH - (v - min) / (max - min) * plotH;
        var svg = new StringBuilder();
        svg.Append(ChartAxis.Open("chart", width, height, title));
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{top}\" width=\"{plotW}\" height=\"{plotH}\" fill=\"#fff\" stroke=\"#d5dbe3\"/>");
        var ticks = ChartAxis.Round(min, max).ToList();
        var decimals = ticks.Count > 1 ? Math.Max(0, (int)-Math.Floor(Math.Log10(ticks[1] - ticks[0]) + 1e-9)) : 1;
        ChartAxis.Values(svg, ticks, Y, left, left + plotW, s_axis, tick => Shared.Format.Fixed((decimal)tick, decimals));
        ChartAxis.Across(svg, ChartAxis.Times(from, to).Select(t => (X(t.Time), t.Label)), height - 10, s_axis, (top + plotH, top + plotH + 4, "#8a94a3"));

        var labelY = new List<double>();
        foreach (var line in lines.OrderByDescending(l => l.Value))
        {
            var y = Y(line.Value);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{left + plotW}\" y1=\"{N(y)}\" y2=\"{N(y)}\" stroke=\"{line.Colour}\" stroke-width=\"1.5\"{(line.Dashed ? " stroke-dasharray=\"5 3\"" : "")}><title>{E(line.Label)}</title></line>");
            var ly = y + 3;
            while (labelY.Any(l => Math.Abs(l - ly) < 10))
            {
                ly += 10;
            }

            labelY.Add(ly);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + plotW + 4}\" y=\"{N(ly)}\" font-size=\"10\" fill=\"{line.Colour}\">{E(line.Label)}</text>");
        }

        if (connect && points.Count > 1)
        {
            svg.Append("<polyline fill=\"none\" stroke=\"#1d4f91\" stroke-width=\"1.4\" points=\"");
            foreach (var p in points)
            {
                svg.Append(N(X(p.Time))).Append(',').Append(N(Y(p.Value))).Append(' ');
            }

            svg.Append("\"/>");
        }

        if (points.Count <= 800)
        {
            foreach (var p in points)
            {
                var colour = p.Colour ?? "#1d4f91";
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(X(p.Time))}\" cy=\"{N(Y(p.Value))}\" r=\"3\" fill=\"{(p.Hollow ? "#fff" : colour)}\" stroke=\"{(colour == "#FFFF00" ? "#8a7a00" : colour)}\">");
                if (p.Title is not null)
                {
                    svg.Append("<title>").Append(E(p.Title)).Append("</title>");
                }

                svg.Append("</circle>");
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

    /// <summary>The index over time on the six colour bands of Decision 1460 §1.4.</summary>
    public static HtmlString WqiBands(IReadOnlyList<Point> points, long from, long to, string title, int width = 1100, int height = 240)
    {
        const int left = 40, right = 130, top = 10, bottom = 28;
        var plotW = width - left - right;
        var plotH = height - top - bottom;
        double X(long t) => left + (to == from ? 0 : (double)(t - from) / (to - from) * plotW);
        double Y(double v) => top + plotH - v / 100 * plotH;
        var svg = new StringBuilder();
        svg.Append(ChartAxis.Open("chart", width, height, title));
        foreach (var band in WqiBand.All)
        {
            var y1 = Y(band.Max + (band.Max == 100 ? 0 : 0.5));
            var y0 = Y(Math.Max(0, band.Min - 0.5));
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{N(y1)}\" width=\"{plotW}\" height=\"{N(y0 - y1)}\" fill=\"{band.Hex}\" fill-opacity=\"0.28\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + plotW + 6}\" y=\"{N((y0 + y1) / 2 + 4)}\" font-size=\"10\" fill=\"#333\">{band.Min}–{band.Max} {E(Shared.Texts.Pick(band.VietnameseLabel, band.EnglishLabel))}</text>");
        }

        ChartAxis.Values(svg, ChartAxis.Even(0, 100, 4), Y, left, left + plotW, s_axis, tick => tick.ToString(CultureInfo.InvariantCulture), grid: false);
        ChartAxis.Across(svg, ChartAxis.Times(from, to).Select(t => (X(t.Time), t.Label)), height - 10, s_axis);

        if (points.Count > 1)
        {
            svg.Append("<polyline fill=\"none\" stroke=\"#333\" stroke-width=\"1.2\" points=\"");
            foreach (var p in points)
            {
                svg.Append(N(X(p.Time))).Append(',').Append(N(Y(p.Value))).Append(' ');
            }

            svg.Append("\"/>");
        }

        if (points.Count <= 1500)
        {
            foreach (var p in points)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(X(p.Time))}\" cy=\"{N(Y(p.Value))}\" r=\"3.2\" fill=\"{p.Colour ?? "#333"}\" stroke=\"#333\" stroke-width=\"0.8\"{(p.Hollow ? " stroke-dasharray=\"1.5 1\"" : "")}>");
                if (p.Title is not null)
                {
                    svg.Append("<title>").Append(E(p.Title)).Append("</title>");
                }

                svg.Append("</circle>");
            }
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>Stacked bars of samples per band, one bar per year.</summary>
    public static HtmlString BandsPerYear(IReadOnlyList<WaterQueries.BasinYear> years, string title, int width = 720, int height = 260)
    {
        const int left = 40, right = 10, top = 10, bottom = 28;
        var plotW = width - left - right;
        var plotH = height - top - bottom;
        var svg = new StringBuilder();
        svg.Append(ChartAxis.Open("chart", width, height, title));
        var slot = years.Count == 0 ? plotW : (double)plotW / years.Count;
        for (var i = 0; i < years.Count; i++)
        {
            var year = years[i];
            var x = left + i * slot + slot * 0.2;
            var y = (double)top + plotH;
            foreach (var band in WqiBand.All.Reverse())
            {
                var count = year.ByBand[band.VietnameseLabel];
                var h = year.Samples == 0 ? 0 : (double)count / year.Samples * plotH;
                y -= h;
                if (count > 0)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(slot * 0.6)}\" height=\"{N(h)}\" fill=\"{band.Hex}\" stroke=\"#fff\"><title>{year.Year}: {count} × {E(Shared.Texts.Pick(band.VietnameseLabel, band.EnglishLabel))}</title></rect>");
                }
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + slot * 0.3)}\" y=\"{height - 10}\" text-anchor=\"middle\" font-size=\"11\">{year.Year}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 4}\" y=\"{top + 8}\" text-anchor=\"end\" font-size=\"10\">100%</text><text x=\"{left - 4}\" y=\"{top + plotH}\" text-anchor=\"end\" font-size=\"10\">0</text>");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>Bảng 7 of Decision 1460: what water of the band is fit for.</summary>
    public static string SuitableUse(WqiBand band, bool english) => english ? band.SuitableUse : band.Min switch
    {
        91 => "sử dụng tốt cho mục đích cấp nước sinh hoạt",
        76 => "sử dụng cho mục đích cấp nước sinh hoạt nhưng cần các biện pháp xử lý phù hợp",
        51 => "sử dụng cho mục đích tưới tiêu và các mục đích tương đương khác",
        26 => "sử dụng cho giao thông thủy và các mục đích tương đương khác",
        10 => "nước ô nhiễm nặng, cần các biện pháp xử lý trong tương lai",
        _ => "nước nhiễm độc, cần có biện pháp khắc phục, xử lý",
    };
}
