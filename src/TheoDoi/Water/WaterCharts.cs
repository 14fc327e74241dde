using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Html;
using TheoDoi.Core.Water;

namespace TheoDoi.Water;

/// <summary>
/// Charts and the map as server-rendered SVG: they work offline, without scripts, and print.
/// Text is HTML-encoded; numbers are invariant inside the SVG and culture-formatted in labels.
/// </summary>
public static class WaterCharts
{
    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => System.Net.WebUtility.HtmlEncode(text);

    public sealed record Line(double Value, string Label, string Colour, bool Dashed = true);

    public sealed record Point(long Time, double Value, string? Colour = null, string? Title = null, bool Hollow = false);

    /// <summary>A time series with horizontal limit lines; x from <paramref name="from"/> to <paramref name="to"/> (Unix seconds).</summary>
    public static HtmlString Series(IReadOnlyList<Point> points, IReadOnlyList<Line> lines, long from, long to, string unit, string title, bool connect = true, int width = 560, int height = 220)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(lines);
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
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" width=\"100%\" role=\"img\" aria-label=\"{E(title)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{top}\" width=\"{plotW}\" height=\"{plotH}\" fill=\"#fff\" stroke=\"#d5dbe3\"/>");
        var ticks = Ticks(min, max).ToList();
        var decimals = ticks.Count > 1 ? Math.Max(0, (int)-Math.Floor(Math.Log10(ticks[1] - ticks[0]) + 1e-9)) : 1;
        foreach (var tick in ticks)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{left + plotW}\" y1=\"{N(Y(tick))}\" y2=\"{N(Y(tick))}\" stroke=\"#eef1f5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 4}\" y=\"{N(Y(tick) + 4)}\" text-anchor=\"end\" font-size=\"10\" fill=\"#5b6676\">{E(((decimal)tick).ToString("N" + decimals, CultureInfo.CurrentCulture))}</text>");
        }

        foreach (var (tick, label) in TimeTicks(from, to))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(X(tick))}\" y=\"{height - 10}\" text-anchor=\"middle\" font-size=\"10\" fill=\"#5b6676\">{E(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(X(tick))}\" x2=\"{N(X(tick))}\" y1=\"{top + plotH}\" y2=\"{top + plotH + 4}\" stroke=\"#8a94a3\"/>");
        }

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
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" width=\"100%\" role=\"img\" aria-label=\"{E(title)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        foreach (var band in WqiBand.All)
        {
            var y1 = Y(band.Max + (band.Max == 100 ? 0 : 0.5));
            var y0 = Y(Math.Max(0, band.Min - 0.5));
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{N(y1)}\" width=\"{plotW}\" height=\"{N(y0 - y1)}\" fill=\"{band.Hex}\" fill-opacity=\"0.28\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + plotW + 6}\" y=\"{N((y0 + y1) / 2 + 4)}\" font-size=\"10\" fill=\"#333\">{band.Min}–{band.Max} {E(Web.Texts.Pick(band.VietnameseLabel, band.EnglishLabel))}</text>");
        }

        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 4}\" y=\"{N(Y(tick) + 4)}\" text-anchor=\"end\" font-size=\"10\" fill=\"#5b6676\">{tick}</text>");
        }

        foreach (var (tick, label) in TimeTicks(from, to))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(X(tick))}\" y=\"{height - 10}\" text-anchor=\"middle\" font-size=\"10\" fill=\"#5b6676\">{E(label)}</text>");
        }

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
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" width=\"100%\" role=\"img\" aria-label=\"{E(title)}\" xmlns=\"http://www.w3.org/2000/svg\">");
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
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(slot * 0.6)}\" height=\"{N(h)}\" fill=\"{band.Hex}\" stroke=\"#fff\"><title>{year.Year}: {count} × {E(Web.Texts.Pick(band.VietnameseLabel, band.EnglishLabel))}</title></rect>");
                }
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + slot * 0.3)}\" y=\"{height - 10}\" text-anchor=\"middle\" font-size=\"11\">{year.Year}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 4}\" y=\"{top + 8}\" text-anchor=\"end\" font-size=\"10\">100%</text><text x=\"{left - 4}\" y=\"{top + plotH}\" text-anchor=\"end\" font-size=\"10\">0</text>");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static IEnumerable<double> Ticks(double min, double max)
    {
        var step = Math.Pow(10, Math.Floor(Math.Log10((max - min) / 4)));
        if ((max - min) / step > 8)
        {
            step *= 2;
        }

        if ((max - min) / step > 8)
        {
            step *= 2.5;
        }

        for (var v = Math.Ceiling(min / step) * step; v <= max; v += step)
        {
            yield return v;
        }
    }

    private static IEnumerable<(long, string)> TimeTicks(long from, long to)
    {
        var start = WaterQueries.Local(from);
        var end = WaterQueries.Local(to);
        var days = (end - start).TotalDays;
        if (days <= 3)
        {
            for (var t = new DateTimeOffset(start.Year, start.Month, start.Day, start.Hour, 0, 0, start.Offset).AddHours(1); t <= end; t = t.AddHours(6))
            {
                yield return (t.ToUnixTimeSeconds(), t.ToString("dd/MM HH:mm", CultureInfo.InvariantCulture));
            }
        }
        else if (days <= 62)
        {
            var stepDays = days <= 14 ? 1 : 5;
            for (var t = new DateTimeOffset(start.Year, start.Month, start.Day, 0, 0, 0, start.Offset).AddDays(1); t <= end; t = t.AddDays(stepDays))
            {
                yield return (t.ToUnixTimeSeconds(), t.ToString("dd/MM", CultureInfo.InvariantCulture));
            }
        }
        else if (days <= 800)
        {
            var stepMonths = days <= 400 ? 2 : 4;
            for (var t = new DateTimeOffset(start.Year, start.Month, 1, 0, 0, 0, start.Offset).AddMonths(1); t <= end; t = t.AddMonths(stepMonths))
            {
                yield return (t.ToUnixTimeSeconds(), t.ToString("MM/yyyy", CultureInfo.InvariantCulture));
            }
        }
        else
        {
            for (var t = new DateTimeOffset(start.Year + 1, 1, 1, 0, 0, 0, start.Offset); t <= end; t = t.AddYears(1))
            {
                yield return (t.ToUnixTimeSeconds(), t.Year.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>The provinces (before 1/7/2025, filled by the province they belong to since) and the stations.</summary>
    public static HtmlString Map(string geoJsonPath, IReadOnlyList<(string Code, string Name, double Lat, double Lon, string Colour, string Href)> stations, bool english, int width = 760, int height = 620)
    {
        ArgumentNullException.ThrowIfNull(stations);
        using var document = JsonDocument.Parse(File.ReadAllBytes(geoJsonPath));
        // The view: the Sài Gòn and lower Đồng Nai rivers, where the stations are.
        double minLon = 106.05, maxLon = 107.25, minLat = 10.55, maxLat = 11.55;
        var scaleX = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var k = Math.Min(width / ((maxLon - minLon) * scaleX), height / (maxLat - minLat));
        double X(double lon) => (lon - minLon) * scaleX * k;
        double Y(double lat) => (maxLat - lat) * k;
        var fills = new Dictionary<string, string> { ["79"] = "#e8eef8", ["75"] = "#eef6e8", ["80"] = "#f8f1e4", ["68"] = "#f1ecf6" };
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"map\" viewBox=\"0 0 {width} {N(Y(minLat))}\" width=\"100%\" role=\"img\" aria-label=\"{(english ? "Map of monitoring stations" : "Bản đồ trạm quan trắc")}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{N(Y(minLat))}\" fill=\"#f4f8fb\"/>");
        var labels = new StringBuilder();
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var code = properties.GetProperty("code").GetString()!;
            var merged = properties.GetProperty("merged_into_2025").GetString()!;
            var name = properties.GetProperty(english ? "name_en" : "name").GetString()!;
            var geometry = feature.GetProperty("geometry");
            var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon"
                ? geometry.GetProperty("coordinates").EnumerateArray().ToList()
                : [geometry.GetProperty("coordinates")];
            svg.Append(CultureInfo.InvariantCulture, $"<path data-province=\"{code}\" fill=\"{fills.GetValueOrDefault(merged, "#eee")}\" stroke=\"#8a94a3\" stroke-width=\"0.8\" d=\"");
            double sumX = 0, sumY = 0;
            var count = 0;
            foreach (var polygon in polygons)
            {
                foreach (var ring in polygon.EnumerateArray())
                {
                    var first = true;
                    foreach (var position in ring.EnumerateArray())
                    {
                        var x = X(position[0].GetDouble());
                        var y = Y(position[1].GetDouble());
                        svg.Append(first ? 'M' : 'L').Append(N(x)).Append(',').Append(N(y));
                        first = false;
                        if (x >= 0 && x <= width && y >= 0 && y <= Y(minLat))
                        {
                            sumX += x;
                            sumY += y;
                            count++;
                        }
                    }

                    svg.Append('Z');
                }
            }

            svg.Append(CultureInfo.InvariantCulture, $"\"><title>{E(name)} ({code}) → {merged}</title></path>");
            if (count > 0)
            {
                labels.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(sumX / count)}\" y=\"{N(sumY / count)}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#5b6676\">{E(name)}</text>");
                labels.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(sumX / count)}\" y=\"{N(sumY / count + 13)}\" text-anchor=\"middle\" font-size=\"10\" fill=\"#8a94a3\">{(merged == code ? "" : "→ " + merged + " " + (english ? "since 1/7/2025" : "từ 1/7/2025"))}</text>");
            }
        }

        svg.Append(labels);
        foreach (var station in stations)
        {
            var x = X(station.Lon);
            var y = Y(station.Lat);
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(station.Href)}\"><circle data-station=\"{E(station.Code)}\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"7\" fill=\"{station.Colour}\" stroke=\"#222\" stroke-width=\"1.2\"><title>{E(station.Code + " " + station.Name)}</title></circle>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + 9)}\" y=\"{N(y + 4)}\" font-size=\"11\" font-weight=\"600\" fill=\"#1b2430\">{E(station.Code)}</text></a>");
        }

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

    public const string Attribution = "Province boundaries: Open Development Vietnam (Open Development Mekong), dataset \"Địa phận tỉnh\" (provincial boundaries), original source Vietnam Department of Survey and Mapping, CC BY-SA 4.0. Also distributed by geoBoundaries (boundaryID VNM-ADM1-84948121; www.geoboundaries.org; Runfola, D. et al. (2020) geoBoundaries, PLoS ONE 15(4): e0231866). Extracted and simplified by this project.";
}
