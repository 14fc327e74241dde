using TheoDoi.Core.Water.Licences;

namespace TheoDoi.Core.Tests.Water.Licences;

/// <summary>Restricted zones read from GeoJSON (RFC 7946, EPSG:4326): bad polygons are refused, naming the feature.</summary>
public sealed class ZoneGeoJsonTests
{
    private const string Good = "[[106.6,10.7],[106.8,10.7],[106.8,10.9],[106.6,10.9],[106.6,10.7]]";

    private static string Collection(string rings, string crs = "", string props = """{"name":"Vùng A","decision":"3225/QĐ-UBND","validFrom":"2024-08-15","kind":"restricted"}""") =>
        "{\"type\":\"FeatureCollection\"" + crs + ",\"features\":[{\"type\":\"Feature\",\"properties\":" + props
        + ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + Good + "]}},{\"type\":\"Feature\",\"properties\":" + props
        + ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + rings + "]}}]}";

    [Fact]
    public void A_valid_collection_gives_its_polygons_and_properties()
    {
        var (features, problems) = ZoneGeoJson.Read(Collection(Good, ",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:OGC:1.3:CRS84\"}}"));

        Assert.Empty(problems);
        Assert.Equal(2, features.Count);
        Assert.Equal(("Vùng A", "3225/QĐ-UBND", new DateOnly(2024, 8, 15), "restricted"), (features[0].Name, features[0].Decision, features[0].ValidFrom, features[0].Kind));
        Assert.Equal(5, features[1].Rings[0].Count);
        Assert.Equal(features[1].Rings[0], ZoneGeoJson.ParseRings(ZoneGeoJson.Write(features[1].Rings))[0]);
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "[[106.6,10.7],[106.8,10.7],[106.8,10.9],[106.6,10.9]]", "not closed" },
        { "[[106.6,10.7],[106.8,10.7],[106.6,10.7]]", "not closed" },
        { "[[606.6,10.7],[106.8,10.7],[106.8,10.9],[606.6,10.7]]", "outside longitude" },
        { "[[106.6,100.7],[106.8,10.7],[106.8,10.9],[106.6,100.7]]", "outside longitude" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_bad_second_polygon_is_refused_naming_feature_1(string rings, string reason)
    {
        var (_, problems) = ZoneGeoJson.Read(Collection(rings));

        var problem = Assert.Single(problems);
        Assert.Equal(1, problem.Feature);
        Assert.StartsWith("Feature 1:", problem.Reason.En, StringComparison.Ordinal);
        Assert.Contains(reason, problem.Reason.En, StringComparison.Ordinal);
        Assert.StartsWith("Đối tượng 1:", problem.Reason.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void A_projected_coordinate_system_is_refused()
    {
        var (features, problems) = ZoneGeoJson.Read(Collection(Good, ",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::32648\"}}"));

        Assert.Empty(features);
        Assert.Contains("EPSG::32648", Assert.Single(problems).Reason.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"Feature"}""")]
    [InlineData("""{"type":"FeatureCollection","features":[]}""")]
    public void Something_that_is_not_a_collection_of_zones_is_refused(string text) =>
        Assert.Equal(-1, Assert.Single(ZoneGeoJson.Read(text).Problems).Feature);

    [Fact]
    public void An_unknown_kind_or_a_missing_decision_is_refused()
    {
        var kind = ZoneGeoJson.Read(Collection(Good, props: """{"name":"B","decision":"x","validFrom":"2024-08-15","kind":"forbidden"}"""));
        var decision = ZoneGeoJson.Read(Collection(Good, props: """{"name":"B","validFrom":"2024-08-15"}"""));

        Assert.Equal(2, kind.Problems.Count);
        Assert.Contains("forbidden", kind.Problems[0].Reason.En, StringComparison.Ordinal);
        Assert.Contains("decision", decision.Problems[0].Reason.En, StringComparison.Ordinal);
    }
}
