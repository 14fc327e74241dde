using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Water;

namespace TheoDoi.SensorThings;

/// <summary>
/// Things, Locations, HistoricalLocations and FeaturesOfInterest: all four are the monitoring
/// station. A Thing has one Location (its point) and one HistoricalLocation, since TheoDoi records
/// no move of a station; the province a station lies in changed in 2025 by the merger of provinces,
/// which is not a change of location (issue 10), so it is a Thing property, not a HistoricalLocation.
/// </summary>
public static class StaStations
{
    public static IQueryable<StaStationRow> Rows(StaContext context, long? station = null)
    {
        var stations = context.Visibility.Stations(context.Db.WaterStations.AsNoTracking());
        if (station is { } id)
        {
            var key = StaIds.Key(id);
            stations = stations.Where(s => s.Id == key);
        }

        return stations.Select(s => new StaStationRow
        {
            Id = s.Id,
            Code = s.Code,
            Name = s.Name,
            Kind = s.Kind,
            Type = s.Type,
            IsDemo = s.IsDemo,
            BasinCode = s.Basin.Code,
            WaterBody = s.WaterBody != null ? s.WaterBody.Name : null,
            Latitude = s.Latitude,
            Longitude = s.Longitude,
            Since = s.Units.Min(u => (DateOnly?)u.ValidFrom),
        });
    }

    public static IQueryable<StaStationRow> Located(StaContext context, long? station = null) =>
        Rows(context, station).Where(s => s.Latitude != null && s.Longitude != null);

    private static readonly Dictionary<string, StaMemberMap> s_members = new(StringComparer.Ordinal)
    {
        ["id"] = StaMemberMap.Of(nameof(StaStationRow.Id)),
        ["name"] = StaMemberMap.Of(nameof(StaStationRow.Name)),
        ["properties/code"] = StaMemberMap.Of(nameof(StaStationRow.Code)),
        ["properties/basin"] = StaMemberMap.Of(nameof(StaStationRow.BasinCode)),
        ["properties/waterBody"] = StaMemberMap.Of(nameof(StaStationRow.WaterBody)),
    };

    public static StaSet<StaStationRow> Things { get; } = new(
        "Things", c => Rows(c), s_members, r => r.Id, ThingAsync,
        [
            new("Locations", "Locations", true, (c, r) => new(Located(c, ((StaStationRow)r).Id))),
            new("HistoricalLocations", "HistoricalLocations", true, (c, r) => new(Located(c, ((StaStationRow)r).Id))),
            new("Datastreams", "Datastreams", true, (c, r) => new(StaDatastreams.Rows(c, ((StaStationRow)r).Id))),
        ]);

    public static StaSet<StaStationRow> Locations { get; } = new(
        "Locations", c => Located(c), s_members, r => r.Id, Place("location"),
        [
            new("Things", "Things", true, (c, r) => new(Rows(c, ((StaStationRow)r).Id))),
            new("HistoricalLocations", "HistoricalLocations", true, (c, r) => new(Located(c, ((StaStationRow)r).Id))),
        ]);

    // A HistoricalLocation's time is the day the station went on record (midnight UTC).
    private static readonly Dictionary<string, StaMemberMap> s_historicalMembers = new(s_members, StringComparer.Ordinal)
    {
        ["time"] = StaMemberMap.Of(nameof(StaStationRow.Since), isTime: true),
    };

    public static StaSet<StaStationRow> HistoricalLocations { get; } = new(
        "HistoricalLocations", c => Located(c), s_historicalMembers, r => r.Id,
        (c, r, ct) => Task.FromResult(new JsonObject { ["time"] = r.Since is { } since ? since.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z" : null }),
        [
            new("Thing", "Things", false, (c, r) => new(Rows(c, ((StaStationRow)r).Id))),
            new("Locations", "Locations", true, (c, r) => new(Located(c, ((StaStationRow)r).Id))),
        ]);

    public static StaSet<StaStationRow> FeaturesOfInterest { get; } = new(
        "FeaturesOfInterest", c => Rows(c), s_members, r => r.Id, Place("feature"),
        [new("Observations", "Observations", true, (c, r) => new(StaObservations.OfStation(c, ((StaStationRow)r).Id), ["@parameter", "phenomenonTime"]))]);

    private static Task<JsonObject> ThingAsync(StaContext context, StaStationRow row, CancellationToken cancellationToken) => Task.FromResult(new JsonObject
    {
        ["name"] = row.Name,
        ["description"] = Describe(row),
        ["properties"] = new JsonObject
        {
            ["code"] = row.Code,
            ["kind"] = row.Kind.ToString().ToLowerInvariant(),
            ["type"] = row.Type.ToString().ToLowerInvariant(),
            ["basin"] = row.BasinCode,
            ["waterBody"] = row.WaterBody,
            ["demo"] = row.IsDemo,
            ["descriptionVi"] = DescribeVi(row),
        },
    });

    // A Location's point is "location", a FeatureOfInterest's "feature"; both GeoJSON (OGC 18-088, 8.2.2 and 8.2.8).
    private static Func<StaContext, StaStationRow, CancellationToken, Task<JsonObject>> Place(string property) => (context, row, cancellationToken) => Task.FromResult(new JsonObject
    {
        ["name"] = row.Name,
        ["description"] = $"Monitoring point of station {row.Code}",
        ["encodingType"] = "application/geo+json",
        [property] = StaLinks.Point(row.Latitude, row.Longitude),
    });

    // The station's name is Vietnamese (a place name); its description is given in both languages (issue 10, item 6).
    private static string DescribeVi(StaStationRow row) =>
        $"Trạm quan trắc {WaterLabels.StationType(row.Type)} {WaterLabels.StationKind(row.Kind)} {row.Code}" + (row.IsDemo ? " (dữ liệu minh họa)" : "");

    private static string Describe(StaStationRow row) =>
        $"{row.Kind} {row.Type.ToString().ToLowerInvariant()} monitoring station {row.Code}" + (row.IsDemo ? " (demo data)" : "");
}
