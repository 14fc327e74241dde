using System.Text;

namespace TheoDoi.Tests.Hardening;

/// <summary>Mutations of a restricted-zone GeoJSON (POST /api/v1/water/zones): what breaks JSON, and what breaks only the geometry.</summary>
public sealed partial class MalformedFiles
{
    private const string Ring = "[[106.6,10.7],[106.8,10.7],[106.8,10.9],[106.6,10.9],[106.6,10.7]]";

    private const string ValidZones = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\n"
        + "\"properties\":{\"name\":\"Vùng hạn chế thử\",\"decision\":\"3225/QĐ-UBND\",\"validFrom\":\"2024-08-15\",\"kind\":\"restricted\"},\n"
        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + Ring + "]}}]}\n";

    private (string, byte[], bool) MutateJson(byte[] valid)
    {
        var text = Encoding.UTF8.GetString(valid);
        byte[] Text(string changed) => Encoding.UTF8.GetBytes(changed);
        return _random.Next(11) switch
        {
            0 => ("truncate", valid[.._random.Next(valid.Length)], false),
            1 => ("flip", Flip(valid), false),
            2 => ("empty", [], true),
            3 => ("ring-not-closed", Text(text.Replace("[106.6,10.7]]", "[106.6,10.71]]", StringComparison.Ordinal)), true),
            4 => ("projected-crs", Text(text.Replace("\"features\"", "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:32648\"}},\"features\"", StringComparison.Ordinal)), true),
            5 => ("deep-nesting", Text(text.Replace("[" + Ring + "]", new string('[', 100_000) + new string(']', 100_000), StringComparison.Ordinal)), true),
            6 => ("huge-number", Text(text.Replace("106.8", Huge(), StringComparison.Ordinal)), true),
            7 => ("point", Text(text.Replace("\"Polygon\"", "\"Point\"", StringComparison.Ordinal)), true),
            8 => ("bad-utf8", [.. valid[..(valid.Length / 2)], 0xC3, 0x28, 0xFF, 0xFE, .. valid[(valid.Length / 2)..]], false),
            9 => ("no-features", Text("{\"type\":\"FeatureCollection\",\"features\":[]}"), true),
            _ => ("utf16", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], false),
        };
    }
}
