using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using TheoDoi.Core.SensorThings;
using TheoDoi.SensorThings;

/// <summary>
/// SensorThings (issue 10: a page of 1,000 Observations from a 10 M-value store in &lt; 50 ms warm,
/// and a deep page by keyset, not OFFSET): one station's DO series, made validated so the public
/// visibility reads it, read and serialised as the endpoint does.
/// </summary>
internal static partial class Bench
{
    private static async Task<(double FirstPageMs, double DeepPageMs, double OffsetPageMs)> SensorThingsAsync(DataOptions data)
    {
        await using var services = Services(data);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var station = await db.WaterStations.SingleAsync(s => s.Code == StationCode(42));
        var parameter = await db.WaterParameters.SingleAsync(p => p.Code == "DO");
        await db.Database.ExecuteSqlRawAsync("UPDATE water_observations SET qc = 1 WHERE station_id = {0}", station.Id);
        var series = db.WaterObservations.Where(o => o.StationId == station.Id && o.ParameterId == parameter.Id).OrderBy(o => o.ObservedAt).Select(o => o.ObservedAt);
        // The last full page of the series: as deep as a page can start.
        var start = Math.Max(0, await series.CountAsync() - 1001);
        var deep = await series.Skip(start).FirstAsync();
        var parameters = await db.WaterParameters.AsNoTracking().ToListAsync();
        var context = new StaContext(db, StaVisibility.Public, "http://bench", DateTimeOffset.UnixEpoch, new StaSettings(), parameters);
        var path = $"Datastreams({(station.Id * StaIds.PerStation) + parameter.Id})/Observations";
        var token = WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(new object[] { deep }));

        async Task<double> TimeAsync(StaQueryOptions options)
        {
            var times = new List<double>();
            for (var i = 0; i < 21; i++)
            {
                var watch = Stopwatch.StartNew();
                var answer = await StaReader.ReadAsync(context, path, options, CancellationToken.None);
                var page = ((Ok<JsonObject>)answer!.Result).Value!;
                var json = page.ToJsonString();
                times.Add(watch.Elapsed.TotalMilliseconds);
                if (page["value"]!.AsArray().Count != 1000 || json.Length == 0)
                {
                    throw new InvalidOperationException("short SensorThings page");
                }
            }

            return Median(times.Skip(1));
        }

        var first = await TimeAsync(new StaQueryOptions { Top = 1000 });
        var keyset = await TimeAsync(new StaQueryOptions { Top = 1000, SkipToken = token });
        var offset = await TimeAsync(new StaQueryOptions { Top = 1000, Skip = start + 1 });
        return (first, keyset, offset);
    }
}
