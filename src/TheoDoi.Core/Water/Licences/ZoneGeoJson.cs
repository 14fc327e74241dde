using System.Globalization;
using System.Text.Json;
using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water.Licences;

/// <summary>One polygon of a zone file with its properties.</summary>
public sealed record ZoneFeature(string Name, string Decision, DateOnly ValidFrom, string Kind, IReadOnlyList<IReadOnlyList<LonLat>> Rings);

/// <summary>A refusal naming the feature (0-based index, -1 for the whole file).</summary>
public sealed record ZoneProblem(int Feature, Bilingual Reason);

/// <summary>
/// Reads a GeoJSON FeatureCollection of Polygons (RFC 7946) for groundwater restricted zones:
/// properties name, decision, validFrom (yyyy-MM-dd), kind restricted|prohibited. Refuses rings that
/// are not closed or have fewer than four positions, positions outside longitude −180…180 /
/// latitude −90…90, and a legacy <c>crs</c> member naming anything but EPSG:4326 or CRS84.
/// </summary>
public static class ZoneGeoJson
{
    public static (IReadOnlyList<ZoneFeature> Features, IReadOnlyList<ZoneProblem> Problems) Read(string json)
    {
        var problems = new List<ZoneProblem>();
        var features = new List<ZoneFeature>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return ([], [new(-1, new($"Tệp không phải JSON hợp lệ: {e.Message}", $"Not valid JSON: {e.Message}"))]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Str(root, "type") != "FeatureCollection" || !root.TryGetProperty("features", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return ([], [new(-1, new("Cần một GeoJSON FeatureCollection có mảng features.", "Expected a GeoJSON FeatureCollection with a features array."))]);
            }

            if (CrsProblem(root) is { } crs)
            {
                return ([], [new(-1, crs)]);
            }

            var index = 0;
            foreach (var feature in list.EnumerateArray())
            {
                var at = index++;
                void Fail(string vi, string en) => problems.Add(new(at, new($"Đối tượng {at}: {vi}", $"Feature {at}: {en}")));
                if (feature.ValueKind != JsonValueKind.Object)
                {
                    Fail("không phải là Feature.", "is not a Feature.");
                    continue;
                }

                if (CrsProblem(feature) is { } own)
                {
                    Fail(own.Vi, own.En);
                    continue;
                }

                var props = feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
                var name = props.ValueKind == JsonValueKind.Object ? Str(props, "name") : null;
                var decision = props.ValueKind == JsonValueKind.Object ? Str(props, "decision") : null;
                var from = props.ValueKind == JsonValueKind.Object ? Str(props, "validFrom") : null;
                var kind = (props.ValueKind == JsonValueKind.Object ? Str(props, "kind") : null) ?? "restricted";
                if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(decision))
                {
                    Fail("thiếu thuộc tính name hoặc decision.", "properties name and decision are required.");
                    continue;
                }

                if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var validFrom))
                {
                    Fail($"validFrom \"{from}\" không phải ngày yyyy-MM-dd.", $"validFrom \"{from}\" is not a yyyy-MM-dd date.");
                    continue;
                }

                if (kind is not ("restricted" or "prohibited"))
                {
                    Fail($"kind \"{kind}\" phải là restricted hoặc prohibited.", $"kind \"{kind}\" must be restricted or prohibited.");
                    continue;
                }

                if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object || Str(geometry, "type") != "Polygon"
                    || !geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
                {
                    Fail("hình học phải là Polygon.", "geometry must be a Polygon.");
                    continue;
                }

                var rings = ReadRings(coordinates, out var reason);
                if (reason is { } r)
                {
                    Fail(r.Vi, r.En);
                    continue;
                }

                features.Add(new(name.Trim(), decision.Trim(), validFrom, kind, rings));
            }

            if (features.Count == 0 && problems.Count == 0)
            {
                problems.Add(new(-1, new("Không có đối tượng nào.", "No features.")));
            }

            return (features, problems);
        }
    }

    /// <summary>The rings as stored (GeoJSON coordinates).</summary>
    public static string Write(IReadOnlyList<IReadOnlyList<LonLat>> rings) =>
        JsonSerializer.Serialize(rings.Select(ring => ring.Select(p => new[] { p.Lon, p.Lat })));

    public static IReadOnlyList<IReadOnlyList<LonLat>> ParseRings(string coordinates)
    {
        var raw = JsonSerializer.Deserialize<double[][][]>(coordinates) ?? [];
        return [.. raw.Select(ring => (IReadOnlyList<LonLat>)[.. ring.Select(p => new LonLat(p[0], p[1]))])];
    }

    private static List<IReadOnlyList<LonLat>> ReadRings(JsonElement coordinates, out Bilingual? reason)
    {
        reason = null;
        var rings = new List<IReadOnlyList<LonLat>>();
        var ringIndex = 0;
        foreach (var ringElement in coordinates.EnumerateArray())
        {
            var ring = new List<LonLat>();
            if (ringElement.ValueKind != JsonValueKind.Array)
            {
                reason = new($"vòng {ringIndex} không phải mảng toạ độ.", $"ring {ringIndex} is not an array of positions.");
                return rings;
            }

            foreach (var position in ringElement.EnumerateArray())
            {
                if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                    || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
                {
                    reason = new($"vòng {ringIndex} có toạ độ không phải [kinh độ, vĩ độ].", $"ring {ringIndex} has a position that is not [lon, lat].");
                    return rings;
                }

                var lon = position[0].GetDouble();
                var lat = position[1].GetDouble();
                if (lon is < -180 or > 180 || lat is < -90 or > 90)
                {
                    reason = new(
                        $"toạ độ [{lon.ToString(CultureInfo.InvariantCulture)}, {lat.ToString(CultureInfo.InvariantCulture)}] ngoài phạm vi kinh độ −180…180, vĩ độ −90…90 (EPSG:4326).",
                        $"position [{lon.ToString(CultureInfo.InvariantCulture)}, {lat.ToString(CultureInfo.InvariantCulture)}] is outside longitude −180…180, latitude −90…90 (EPSG:4326).");
                    return rings;
                }

                ring.Add(new(lon, lat));
            }

            if (ring.Count < 4 || ring[0] != ring[^1])
            {
                reason = new($"vòng {ringIndex} không khép kín (điểm cuối phải trùng điểm đầu, ít nhất 4 điểm).", $"ring {ringIndex} is not closed (the last position must repeat the first, at least 4 positions).");
                return rings;
            }

            rings.Add(ring);
            ringIndex++;
        }

        if (rings.Count == 0)
        {
            reason = new("Polygon không có vòng nào.", "the Polygon has no ring.");
        }

        return rings;
    }

    /// <summary>RFC 7946 dropped <c>crs</c>; a legacy one is accepted only when it names WGS 84 lon/lat.</summary>
    private static Bilingual? CrsProblem(JsonElement element)
    {
        if (!element.TryGetProperty("crs", out var crs) || crs.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var name = crs.ValueKind == JsonValueKind.Object && crs.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? Str(p, "name") : null;
        var known = name is not null && (name.EndsWith("EPSG::4326", StringComparison.OrdinalIgnoreCase) || name.EndsWith("EPSG:4326", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("CRS84", StringComparison.OrdinalIgnoreCase));
        return known ? null : new($"hệ toạ độ \"{name}\" không được nhận; chỉ EPSG:4326 (CRS84, kinh độ, vĩ độ).", $"coordinate system \"{name}\" is refused; only EPSG:4326 (CRS84, lon/lat).");
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
