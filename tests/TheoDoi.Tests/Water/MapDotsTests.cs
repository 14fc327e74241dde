using System.Globalization;
using System.Xml.Linq;
using TheoDoi.Water;

namespace TheoDoi.Tests.Water;

/// <summary>
/// Stations at (nearly) the same place — a quantity station and the salinity intake beside it — each
/// keep a marker of their own on the station map, apart, linked to their page and titled, with a leader
/// line to the true point; stations far apart stay exactly where they are.
/// </summary>
public sealed class MapDotsTests
{
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData(10.9866, 106.6191, 10.98, 106.60)] // SG-05 and SG-HOAPHU-MAN in the demo: 2 km, under a marker apart
    [InlineData(10.98, 106.60, 10.98, 106.60)]     // the very same coordinates
    public void Two_neighbouring_stations_get_two_separate_linked_markers(double lat1, double lon1, double lat2, double lon2)
    {
        var map = Render([
            ("SG-05", "Hòa Phú", lat1, lon1, "#2e7d32", "/water/stations/sg-05", "quality", ""),
            ("SG-HOAPHU-MAN", "Hòa Phú – đo mặn", lat2, lon2, "", "/water/stations/sg-hoaphu-man", "salinity", "S"),
            ("DN-01", "Far away", 10.7, 107.0, "#2e7d32", "/water/stations/dn-01", "quality", ""),
        ]);

        var (quality, salinity) = (Centre(map, "SG-05"), Centre(map, "SG-HOAPHU-MAN"));
        Assert.True(Distance(quality, salinity) >= 14, $"markers {Distance(quality, salinity):F1} px apart overlap");
        foreach (var code in new[] { "SG-05", "SG-HOAPHU-MAN" })
        {
            var marker = Marker(map, code);
            Assert.StartsWith(code + " ", marker.Descendants(s_svg + "title").Single().Value, StringComparison.Ordinal);
            Assert.Equal("/water/stations/" + code.ToLowerInvariant(), marker.Ancestors(s_svg + "a").Single().Attribute("href")!.Value);
            Assert.Single(map.Descendants(s_svg + "g"), g => (string?)g.Attribute("data-leader") == code);
        }

        Assert.DoesNotContain(map.Descendants(s_svg + "g"), g => (string?)g.Attribute("data-leader") == "DN-01");
    }

    [Fact]
    public void Five_stations_on_one_point_stand_in_a_column_in_code_order_the_same_every_time()
    {
        var points = Enumerable.Range(1, 5).Select(i => ($"S-{i}", 100.0, 100.0)).Reverse().ToList();

        var placed = WaterCharts.SpreadOverlapping(points);

        for (var i = 0; i < placed.Length; i++)
        {
            for (var j = i + 1; j < placed.Length; j++)
            {
                Assert.True(Distance(placed[i], placed[j]) >= WaterCharts.MapDotGap - 1e-9);
            }
        }

        Assert.Equal(placed, WaterCharts.SpreadOverlapping(points));
        Assert.True(placed[^1].Y < placed[0].Y, "the first code (S-1, last in the list) is the top marker");
    }

    private static XElement Render(IReadOnlyList<(string, string, double, double, string, string, string, string)> stations) =>
        XElement.Parse(WaterCharts.Map(TheoDoi.Water.Index.GeoJsonPath, stations, english: false).Value!);

    private static XElement Marker(XElement map, string code) =>
        map.Descendants().Single(e => (string?)e.Attribute("data-station") == code);

    private static (double X, double Y) Centre(XElement map, string code)
    {
        var marker = Marker(map, code);
        double At(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);
        if (marker.Name == s_svg + "circle")
        {
            return (At(marker, "cx"), At(marker, "cy"));
        }

        var rect = marker.Element(s_svg + "rect")!;
        return (At(rect, "x") + (At(rect, "width") / 2), At(rect, "y") + (At(rect, "height") / 2));
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));
}
