using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Water;
using TheoDoi.Water;

namespace TheoDoi.SensorThings;

/// <summary>
/// Observations: the values of <c>water_observations</c> and the indices of <c>water_samples</c>.
/// A Datastream's observations are read from one table with its key fixed, so a page is a range of
/// the primary key. resultQuality carries the QC state and the "&lt;"/"&gt;" qualifier (the value
/// then is the detection limit or the range's top). TheoDoi keeps no separate result time — a
/// laboratory's reporting date is not imported — so resultTime is the phenomenonTime.
/// </summary>
public static class StaObservations
{
    public static IQueryable<StaObservationRow> All(StaContext context) => Union(context, Measured(context), Indices(context));

    public static IQueryable<StaObservationRow> OfStation(StaContext context, long station)
    {
        var key = StaIds.Key(station);
        return Union(context, Measured(context).Where(o => o.StationId == key), Indices(context).Where(x => x.StationId == key));
    }

    public static IQueryable<StaObservationRow> OfDatastream(StaContext context, long datastream)
    {
        var (station, parameter) = StaIds.Datastream(datastream);
        if (!StaIds.IsIndex(parameter))
        {
            return Project(Measured(context).Where(o => o.StationId == station && o.ParameterId == parameter));
        }

        var resolution = (short)(parameter - StaIds.IndexBase);
        return Project(Indices(context).Where(x => x.StationId == station && x.Resolution == resolution));
    }

    public static IQueryable<StaObservationRow> One(StaContext context, long id)
    {
        var time = id % StaIds.PerDatastream;
        return OfDatastream(context, id / StaIds.PerDatastream).Where(o => o.Time == time);
    }

    /// <summary>The first and last time of a series, each one read from the end of its key range.</summary>
    public static async Task<(long? First, long? Last)> SpanAsync(StaContext context, long datastream, CancellationToken cancellationToken)
    {
        var series = OfDatastream(context, datastream).Select(o => (long?)o.Time);
        return (await series.OrderBy(t => t).FirstOrDefaultAsync(cancellationToken), await series.OrderByDescending(t => t).FirstOrDefaultAsync(cancellationToken));
    }

    private static IQueryable<WaterObservation> Measured(StaContext context)
    {
        var visibility = context.Visibility;
        var observations = visibility.Observations(context.Db.WaterObservations.AsNoTracking());
        if (visibility.StationCodes is not null)
        {
            var stations = visibility.Stations(context.Db.WaterStations);
            observations = observations.Where(o => stations.Any(s => s.Id == o.StationId));
        }

        if (visibility.ParameterGroups is not null)
        {
            var parameters = visibility.Parameters(context.Db.WaterParameters);
            observations = observations.Where(o => parameters.Any(p => p.Id == o.ParameterId));
        }

        return observations;
    }

    // The sample index and the daily index; the hourly one is not published as a Datastream.
    private static IQueryable<WaterSample> Indices(StaContext context)
    {
        var visibility = context.Visibility;
        var samples = visibility.Indices(context.Db.WaterSamples.AsNoTracking())
            .Where(x => (x.Resolution == (short)WqiResolution.Sample || x.Resolution == (short)WqiResolution.Day) && x.Wqi != null);
        if (visibility.StationCodes is not null)
        {
            var stations = visibility.Stations(context.Db.WaterStations);
            samples = samples.Where(x => stations.Any(s => s.Id == x.StationId));
        }

        return visibility.IndicesVisible ? samples : samples.Where(x => false);
    }

    private static IQueryable<StaObservationRow> Union(StaContext context, IQueryable<WaterObservation> measured, IQueryable<WaterSample> indices) =>
        context.Visibility.IndicesVisible ? Project(measured).Concat(Project(indices)) : Project(measured);

    private static IQueryable<StaObservationRow> Project(IQueryable<WaterObservation> observations) => observations.Select(o => new StaObservationRow
    {
        Id = (((o.StationId * StaIds.PerStation) + o.ParameterId) * StaIds.PerDatastream) + o.ObservedAt,
        DatastreamId = (o.StationId * StaIds.PerStation) + o.ParameterId,
        StationId = o.StationId,
        ParameterId = o.ParameterId,
        Time = o.ObservedAt,
        Result = o.Value,
        Qualifier = o.Qualifier,
        Qc = o.Qc,
    });

    private static IQueryable<StaObservationRow> Project(IQueryable<WaterSample> samples) => samples.Select(x => new StaObservationRow
    {
        Id = (((x.StationId * StaIds.PerStation) + StaIds.IndexBase + x.Resolution) * StaIds.PerDatastream) + x.SampledAt,
        DatastreamId = (x.StationId * StaIds.PerStation) + StaIds.IndexBase + x.Resolution,
        StationId = x.StationId,
        ParameterId = StaIds.IndexBase + x.Resolution,
        Time = x.SampledAt,
        Result = x.Wqi,
        Qualifier = 0,
        Qc = x.Validated ? (int)QcState.Validated : (int)QcState.Raw,
    });

    private static readonly Dictionary<string, StaMemberMap> s_members = new(StringComparer.Ordinal)
    {
        ["id"] = StaMemberMap.Of(nameof(StaObservationRow.Id)),
        ["phenomenonTime"] = StaMemberMap.Of(nameof(StaObservationRow.Time), isTime: true),
        ["resultTime"] = StaMemberMap.Of(nameof(StaObservationRow.Time), isTime: true),
        ["result"] = StaMemberMap.Of(nameof(StaObservationRow.Result)),
        ["Datastream/id"] = StaMemberMap.Of(nameof(StaObservationRow.DatastreamId)),
        ["FeatureOfInterest/id"] = StaMemberMap.Of(nameof(StaObservationRow.StationId)),
        ["@station"] = StaMemberMap.Of(nameof(StaObservationRow.StationId)),
        ["@parameter"] = StaMemberMap.Of(nameof(StaObservationRow.ParameterId)),
    };

    public static StaSet<StaObservationRow> Set { get; } = new(
        "Observations", All, s_members, r => r.Id, WriteAsync,
        [
            new("Datastream", "Datastreams", false, (c, r) => new(StaDatastreams.Rows(c, ((StaObservationRow)r).StationId, ((StaObservationRow)r).ParameterId))),
            new("FeatureOfInterest", "FeaturesOfInterest", false, (c, r) => new(StaStations.Rows(c, ((StaObservationRow)r).StationId))),
        ],
        tieBreak: ["@station", "@parameter", "phenomenonTime"],
        byId: One);

    private static Task<JsonObject> WriteAsync(StaContext context, StaObservationRow row, CancellationToken cancellationToken)
    {
        // A daily index stands for the Việt Nam day that starts at its time.
        var time = row.ParameterId == StaIds.DailyIndex ? $"{StaLinks.Time(row.Time)}/{StaLinks.Time(row.Time + 86_400)}" : StaLinks.Time(row.Time);
        JsonNode? result = StaIds.IsIndex(row.ParameterId) && row.Result is { } index ? (long)index : row.Result;
        return Task.FromResult(new JsonObject
        {
            ["phenomenonTime"] = time,
            ["resultTime"] = StaLinks.Time(row.Time),
            ["result"] = result,
            ["resultQuality"] = new JsonObject
            {
                ["qcState"] = ((QcState)row.Qc).ToString().ToLowerInvariant(),
                ["qualifier"] = Measurement.Symbol((Qualifier)row.Qualifier) is { Length: > 0 } symbol ? symbol : null,
            },
        });
    }
}
