using TheoDoi.Core.Water.Licences;

namespace TheoDoi.Core.Tests.Water.Licences;

/// <summary>Works inside a groundwater restricted zone (docs/reference/water-security.md, QĐ 3225/QĐ-UBND TP.HCM): ray casting with holes.</summary>
public sealed class PointInPolygonTests
{
    // A square around central HCMC (106.6–106.8 E, 10.7–10.9 N) with a hole (106.68–106.72, 10.78–10.82).
    private static readonly IReadOnlyList<LonLat> s_outer = [new(106.6, 10.7), new(106.8, 10.7), new(106.8, 10.9), new(106.6, 10.9), new(106.6, 10.7)];
    private static readonly IReadOnlyList<LonLat> s_hole = [new(106.68, 10.78), new(106.72, 10.78), new(106.72, 10.82), new(106.68, 10.82), new(106.68, 10.78)];

    // A concave "L": the notch (106.7–106.8, 10.8–10.9) is outside.
    private static readonly IReadOnlyList<LonLat> s_ell = [new(106.6, 10.7), new(106.8, 10.7), new(106.8, 10.8), new(106.7, 10.8), new(106.7, 10.9), new(106.6, 10.9), new(106.6, 10.7)];

    public static TheoryData<string, double, double, bool> Cases => new()
    {
        { "square", 106.65, 10.75, true },
        { "square", 106.70, 10.80, false }, // in the hole
        { "square", 106.75, 10.85, true },
        { "square", 106.85, 10.80, false }, // east of it
        { "square", 106.70, 10.95, false }, // north of it
        { "ell", 106.65, 10.85, true },
        { "ell", 106.75, 10.85, false }, // in the notch
        { "ell", 106.75, 10.75, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_point_is_inside_the_outer_ring_and_outside_its_holes(string shape, double lon, double lat, bool inside)
    {
        IReadOnlyList<IReadOnlyList<LonLat>> rings = shape == "square" ? [s_outer, s_hole] : [s_ell];

        Assert.Equal(inside, PointInPolygon.Contains(rings, new LonLat(lon, lat)));
    }

    [Fact]
    public void A_polygon_without_rings_contains_nothing() => Assert.False(PointInPolygon.Contains([], new LonLat(106.7, 10.8)));
}
