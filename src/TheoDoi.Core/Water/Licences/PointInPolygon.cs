namespace TheoDoi.Core.Water.Licences;

/// <summary>A position in EPSG:4326 / CRS84 order, as GeoJSON writes it: longitude first.</summary>
public readonly record struct LonLat(double Lon, double Lat);

/// <summary>
/// Whether a work lies inside a groundwater restricted zone (docs/reference/water-security.md,
/// Quyết định 3225/QĐ-UBND TP.HCM). Zones are small against the Earth, so plain ray casting on
/// longitude/latitude is exact enough; no geometry library is referenced by the project.
/// </summary>
public static class PointInPolygon
{
    /// <summary>
    /// Inside the outer ring (the first) and in none of its holes (the others), by the even–odd rule:
    /// a ray to the east crosses the ring's edges an odd number of times from inside.
    /// A point exactly on an edge may fall either way.
    /// </summary>
    public static bool Contains(IReadOnlyList<IReadOnlyList<LonLat>> rings, LonLat point)
    {
        if (rings.Count == 0 || !InRing(rings[0], point))
        {
            return false;
        }

        for (var i = 1; i < rings.Count; i++)
        {
            if (InRing(rings[i], point))
            {
                return false;
            }
        }

        return true;
    }

    private static bool InRing(IReadOnlyList<LonLat> ring, LonLat p)
    {
        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var a = ring[i];
            var b = ring[j];
            if ((a.Lat > p.Lat) != (b.Lat > p.Lat)
                && p.Lon < ((b.Lon - a.Lon) * (p.Lat - a.Lat) / (b.Lat - a.Lat)) + a.Lon)
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
