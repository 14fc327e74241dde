using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Html;

namespace TheoDoi.Water;

/// <summary>The station map: province outlines from the bundled GeoJSON and the stations on top.</summary>
public static partial class WaterCharts
{
    /// <summary>The provinces (before 1/7/2025, filled by the province they belong to since) and the stations.</summary>
    /// <param name="areas">Polygons drawn over the provinces and under the markers (the licence map's groundwater zones).</param>
    /// <param name="codes">False where markers are many and close (licensed works): each still names itself on hover.</param>
    public static HtmlString Map(string geoJsonPath, IReadOnlyList<(string Code, string Name, double Lat, double Lon, string Colour, string Href, string Type, string Letter)> stations, bool english, int width = 760, int height = 620,
        IReadOnlyList<MapArea>? areas = null, string? label = null, bool codes = true)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(geoJsonPath));
        // The view: the Sài Gòn and lower Đồng Nai rivers, where the stations are.
        double minLon = 106.05, maxLon = 107.25, minLat = 10.55, maxLat = 11.55;
        var scaleX = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var k = Math.Min(width / ((maxLon - minLon) * scaleX), height / (maxLat - minLat));
        double X(double lon) => (lon - minLon) * scaleX * k;
        double Y(double lat) => (maxLat - lat) * k;
        var fills = new Dictionary<string, string> { ["79"] = "#e8eef8", ["75"] = "#eef6e8", ["80"] = "#f8f1e4", ["68"] = "#f1ecf6" };
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"map\" viewBox=\"0 0 {width} {N(Y(minLat))}\" width=\"100%\" role=\"img\" aria-label=\"{E(label ?? (english ? "Map of monitoring stations" : "Bản đồ trạm quan trắc"))}\" xmlns=\"http://www.w3.org/2000/svg\">");
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

        foreach (var area in areas ?? [])
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path data-area=\"{E(area.Code)}\" fill=\"{area.Colour}\" fill-opacity=\"0.28\" stroke=\"{area.Colour}\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\" fill-rule=\"evenodd\" d=\"");
            foreach (var ring in area.Rings)
            {
                for (var i = 0; i < ring.Count; i++)
                {
                    svg.Append(i == 0 ? 'M' : 'L').Append(N(X(ring[i].Lon))).Append(',').Append(N(Y(ring[i].Lat)));
                }

                svg.Append('Z');
            }

            svg.Append(CultureInfo.InvariantCulture, $"\"><title>{E(area.Title)}</title></path>");
        }

        svg.Append(labels);
        var placed = SpreadOverlapping([.. stations.Select(s => (s.Code, X(s.Lon), Y(s.Lat)))]);
        // Leaders first, under every marker: a marker moved off a neighbour points to where the station really is.
        foreach (var (station, (x, y)) in stations.Zip(placed))
        {
            var (trueX, trueY) = (X(station.Lon), Y(station.Lat));
            if (Math.Abs(x - trueX) > 0.01 || Math.Abs(y - trueY) > 0.01)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<g data-leader=\"{E(station.Code)}\"><line x1=\"{N(trueX)}\" y1=\"{N(trueY)}\" x2=\"{N(x)}\" y2=\"{N(y)}\" stroke=\"#1b2430\" stroke-width=\"1\"/><circle cx=\"{N(trueX)}\" cy=\"{N(trueY)}\" r=\"2\" fill=\"#1b2430\"/></g>");
            }
        }

        // Codes next, each a link too, then every marker above all codes: a neighbour's code never covers a marker.
        foreach (var (station, (x, y)) in stations.Zip(placed).Where(_ => codes))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(station.Href)}\"><text data-label=\"{E(station.Code)}\" x=\"{N(x + 9)}\" y=\"{N(y + 4)}\" font-size=\"11\" font-weight=\"600\" fill=\"#1b2430\">{E(station.Code)}</text></a>");
        }

        foreach (var (station, (x, y)) in stations.Zip(placed))
        {
            var title = $"<title>{E(station.Code + " " + station.Name + " — " + station.Type)}</title>";
            // A quality station is a circle coloured by its index; the other types a square with their letter.
            if (station.Letter.Length == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(station.Href)}\"><circle data-station=\"{E(station.Code)}\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"7\" fill=\"{station.Colour}\" stroke=\"#222\" stroke-width=\"1.2\">{title}</circle>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(station.Href)}\"><g data-station=\"{E(station.Code)}\">{title}<rect x=\"{N(x - 7)}\" y=\"{N(y - 7)}\" width=\"14\" height=\"14\" rx=\"2\" fill=\"#fff\" stroke=\"#1d4f91\" stroke-width=\"1.4\"/><text x=\"{N(x)}\" y=\"{N(y + 4)}\" text-anchor=\"middle\" font-size=\"10\" font-weight=\"700\" fill=\"#1d4f91\">{station.Letter}</text></g>");
            }

            svg.Append("</a>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    public const string Attribution = "Province boundaries: Open Development Vietnam (Open Development Mekong), dataset \"Địa phận tỉnh\" (provincial boundaries), original source Vietnam Department of Survey and Mapping, CC BY-SA 4.0. Also distributed by geoBoundaries (boundaryID VNM-ADM1-84948121; www.geoboundaries.org; Runfola, D. et al. (2020) geoBoundaries, PLoS ONE 15(4): e0231866). Extracted and simplified by this project.";
}
