using System.Data.Common;
using System.Text.Json;
using TheoDoi.Core.SensorThings;
using TheoDoi.SensorThings;

/// <summary>
/// The SensorThings page on its own (`sta` mode): the store loaded once, then the endpoint's read of a page of
/// 1,000 beside the best raw path in the same run — one SELECT along the key and the same JSON written by
/// Utf8JsonWriter — and the endpoint's time split into its query, its entities and their serialisation.
/// </summary>
internal static partial class Bench
{
    public static async Task<int> SensorThingsOnlyAsync(long values, string? pg, string work)
    {
        Directory.CreateDirectory(work);
        var file = Path.Combine(work, $"obs-{values}.csv");
        if (!File.Exists(file))
        {
            await WriteFileAsync(file, values);
        }

        var name = pg is null ? "SQLite" : "PostgreSQL";
        var data = await PrepareAsync(work, "bench_sta", pg);
        var import = await ChildImportAsync(file, data);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {import.Values:N0} values imported in {import.Seconds:F0} s"));
        var sta = await SensorThingsAsync(data);
        var raw = await RawSensorThingsPageAsync(data);
        var (query, entities, serialise) = await SensorThingsPhasesAsync(data);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"endpoint's first page: query {query:F1} ms, entities {entities:F1} ms, serialisation {serialise:F1} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {import.Values:N0} | {sta.FirstPageMs:F1} ms | {sta.DeepPageMs:F1} ms | {sta.OffsetPageMs:F1} ms | {raw:F1} ms |"));
        return 0;
    }

    /// <summary>The first page's three parts, each timed alone: the rows by EF, their JSON entities, the entities' text.</summary>
    private static async Task<(double Query, double Entities, double Serialise)> SensorThingsPhasesAsync(DataOptions data)
    {
        await using var services = Services(data);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var station = await db.WaterStations.SingleAsync(s => s.Code == StationCode(42));
        var parameter = await db.WaterParameters.SingleAsync(p => p.Code == "DO");
        var parameters = await db.WaterParameters.AsNoTracking().ToListAsync();
        var context = new StaContext(db, StaVisibility.Public, "http://bench", DateTimeOffset.UnixEpoch, new StaSettings(), parameters);
        var datastream = (station.Id * StaIds.PerStation) + parameter.Id;
        var (query, entities, serialise) = (new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i < 21; i++)
        {
            var watch = Stopwatch.StartNew();
            var rows = await StaObservations.OfDatastream(context, datastream).OrderBy(o => o.Time).Take(1001).ToListAsync();
            query.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            var array = new System.Text.Json.Nodes.JsonArray();
            foreach (var row in rows.Take(1000))
            {
                array.Add(await StaObservations.Set.EntityAsync(context, row, StaQueryOptions.None, CancellationToken.None));
            }

            entities.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            _ = array.ToJsonString();
            serialise.Add(watch.Elapsed.TotalMilliseconds);
        }

        return (Median(query.Skip(1)), Median(entities.Skip(1)), Median(serialise.Skip(1)));
    }

    /// <summary>The first page of station 43's DO series by one SELECT along the key, written as the endpoint writes it.</summary>
    private static async Task<double> RawSensorThingsPageAsync(DataOptions data)
    {
        int station, parameter;
        await using (var services = Services(data))
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            station = await db.WaterStations.Where(s => s.Code == StationCode(42)).Select(s => s.Id).SingleAsync();
            parameter = await db.WaterParameters.Where(p => p.Code == "DO").Select(p => p.Id).SingleAsync();
        }

        await using var connection = await RawConnectionAsync(data);
        var datastream = (station * StaIds.PerStation) + parameter;
        var root = $"http://bench/Observations";
        var times = new List<double>();
        for (var i = 0; i < 21; i++)
        {
            var watch = Stopwatch.StartNew();
            await using var select = Command(connection,
                $"SELECT observed_at, value, qualifier, qc FROM {WaterSchemaSql.Observations} WHERE station_id = @s AND parameter_id = @p AND qc = 1 ORDER BY observed_at LIMIT 1001",
                ("@s", station), ("@p", parameter));
            using var buffer = new MemoryStream();
            await using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteStartArray("value");
                await using var reader = await select.ExecuteReaderAsync();
                var rows = 0;
                while (await reader.ReadAsync() && rows++ < 1000)
                {
                    WriteRawObservation(json, reader, datastream, root);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return Median(times.Skip(1));
    }

    private static void WriteRawObservation(Utf8JsonWriter json, DbDataReader reader, long datastream, string root)
    {
        var time = reader.GetInt64(0);
        var id = (datastream * StaIds.PerDatastream) + time;
        var at = DateTimeOffset.FromUnixTimeSeconds(time).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        json.WriteStartObject();
        json.WriteNumber("@iot.id", id);
        json.WriteString("@iot.selfLink", $"{root}({id})");
        json.WriteString("phenomenonTime", at);
        json.WriteString("resultTime", at);
        json.WriteNumber("result", reader.GetDouble(1));
        json.WriteStartObject("resultQuality");
        json.WriteString("qcState", reader.GetInt16(3) == 1 ? "validated" : "raw");
        json.WriteNull("qualifier");
        json.WriteEndObject();
        json.WriteString("Datastream@iot.navigationLink", $"{root}({id})/Datastream");
        json.WriteString("FeatureOfInterest@iot.navigationLink", $"{root}({id})/FeatureOfInterest");
        json.WriteEndObject();
    }
}
