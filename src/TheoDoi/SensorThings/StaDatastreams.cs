using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.SensorThings;
using TheoDoi.Water;

namespace TheoDoi.SensorThings;

/// <summary>
/// A Datastream is a station's series of one parameter (there when the station has a visible value
/// of it), or one of its computed VN_WQI series: per sample (periodic stations) and daily
/// (automatic ones; docs/reference/vn-wqi.md). Existence is an index probe of the observation key.
/// </summary>
public static class StaDatastreams
{
    public static IQueryable<StaDatastreamRow> Rows(StaContext context, long? station = null, long? parameter = null)
    {
        var visibility = context.Visibility;
        var stations = visibility.Stations(context.Db.WaterStations.AsNoTracking());
        if (station is { } stationId)
        {
            var key = StaIds.Key(stationId);
            stations = stations.Where(s => s.Id == key);
        }

        var parameters = visibility.Parameters(context.Db.WaterParameters.AsNoTracking());
        if (parameter is { } parameterId)
        {
            var key = StaIds.Key(parameterId);
            parameters = parameters.Where(p => p.Id == key);
        }

        var observations = visibility.Observations(context.Db.WaterObservations.AsNoTracking());
        var measured =
            from s in stations
            from p in parameters
            where observations.Any(o => o.StationId == s.Id && o.ParameterId == p.Id)
            select new StaDatastreamRow
            {
                Id = (s.Id * StaIds.PerStation) + p.Id,
                ThingId = s.Id,
                Name = s.Code + " " + p.Code,
                StationCode = s.Code,
                ParameterCode = p.Code,
                ParameterName = p.NameEn,
                ParameterNameVi = p.NameVi,
                Unit = p.Unit,
                SensorId = s.Kind == StationKind.Periodic ? StaIds.PeriodicSensor : StaIds.AutomaticSensor,
                ObservedPropertyId = p.Id,
            };
        if (!visibility.IndicesVisible || parameter is { } wanted && !StaIds.IsIndex(wanted))
        {
            return measured;
        }

        var query = measured;
        foreach (var (resolution, label, labelVi) in new[] { (StaIds.SampleIndex, "VN_WQI per sample", "VN_WQI theo mẫu"), (StaIds.DailyIndex, "daily VN_WQI", "VN_WQI theo ngày") })
        {
            if (parameter is { } only && only != resolution)
            {
                continue;
            }

            var stored = (short)(resolution - StaIds.IndexBase);
            var indices = visibility.Indices(context.Db.WaterSamples.AsNoTracking());
            query = query.Concat(stations.Where(s => indices.Any(x => x.StationId == s.Id && x.Resolution == stored && x.Wqi != null)).Select(s => new StaDatastreamRow
            {
                Id = (s.Id * StaIds.PerStation) + resolution,
                ThingId = s.Id,
                Name = s.Code + " " + label,
                StationCode = s.Code,
                ParameterCode = "VN_WQI",
                ParameterName = label,
                ParameterNameVi = labelVi,
                Unit = "",
                SensorId = StaIds.IndexSensor,
                ObservedPropertyId = StaIds.IndexBase,
            }));
        }

        return query;
    }

    private static readonly Dictionary<string, StaMemberMap> s_members = new(StringComparer.Ordinal)
    {
        ["id"] = StaMemberMap.Of(nameof(StaDatastreamRow.Id)),
        ["name"] = StaMemberMap.Of(nameof(StaDatastreamRow.Name)),
        ["description"] = StaMemberMap.Of(nameof(StaDatastreamRow.ParameterName)),
        ["Thing/id"] = StaMemberMap.Of(nameof(StaDatastreamRow.ThingId)),
        ["Sensor/id"] = StaMemberMap.Of(nameof(StaDatastreamRow.SensorId)),
        ["ObservedProperty/id"] = StaMemberMap.Of(nameof(StaDatastreamRow.ObservedPropertyId)),
        ["properties/station"] = StaMemberMap.Of(nameof(StaDatastreamRow.StationCode)),
        ["properties/parameter"] = StaMemberMap.Of(nameof(StaDatastreamRow.ParameterCode)),
    };

    public static StaSet<StaDatastreamRow> Set { get; } = new(
        "Datastreams", c => Rows(c), s_members, r => r.Id, WriteAsync,
        [
            new("Thing", "Things", false, (c, r) => new(StaStations.Rows(c, ((StaDatastreamRow)r).ThingId))),
            new("Sensor", "Sensors", false, (c, r) => new(StaCatalogues.Sensors.Where(s => s.Id == ((StaDatastreamRow)r).SensorId).AsQueryable())),
            new("ObservedProperty", "ObservedProperties", false, (c, r) => new(StaCatalogues.ObservedProperties(c).Where(p => p.Id == ((StaDatastreamRow)r).ObservedPropertyId))),
            new("Observations", "Observations", true, (c, r) => new(StaObservations.OfDatastream(c, ((StaDatastreamRow)r).Id), ["phenomenonTime"])),
        ],
        byId: (c, id) => Rows(c, StaIds.Datastream(id).Station, StaIds.Datastream(id).Parameter).Where(d => d.Id == id));

    private static async Task<JsonObject> WriteAsync(StaContext context, StaDatastreamRow row, CancellationToken cancellationToken)
    {
        var unit = StaIds.IsIndex(row.ObservedPropertyId) ? StaUcum.Index : StaUcum.For(row.Unit);
        var (first, last) = await StaObservations.SpanAsync(context, row.Id, cancellationToken);
        var thing = StaIds.Key(row.ThingId);
        var station = await context.Db.WaterStations.AsNoTracking().Where(s => s.Id == thing).Select(s => new { s.Latitude, s.Longitude }).SingleAsync(cancellationToken);
        var interval = first is { } from && last is { } to ? $"{StaLinks.Time(from)}/{StaLinks.Time(to)}" : null;
        return new JsonObject
        {
            ["name"] = row.Name,
            ["description"] = $"{row.ParameterName} at station {row.StationCode}",
            ["unitOfMeasurement"] = new JsonObject { ["name"] = unit.Name, ["symbol"] = unit.Symbol, ["definition"] = unit.Definition },
            ["observationType"] = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
            ["observedArea"] = StaLinks.Point(station.Latitude, station.Longitude),
            ["phenomenonTime"] = interval,
            ["resultTime"] = interval,
            ["properties"] = new JsonObject { ["station"] = row.StationCode, ["parameter"] = row.ParameterCode, ["unit"] = row.Unit, ["descriptionVi"] = $"{row.ParameterNameVi} tại trạm {row.StationCode}" },
        };
    }
}
