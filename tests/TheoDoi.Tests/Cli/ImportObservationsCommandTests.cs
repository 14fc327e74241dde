using TheoDoi.Cli;
using TheoDoi.Data;
using TheoDoi.Tests.Water;

namespace TheoDoi.Tests.Cli;

/// <summary>
/// `theodoi import observations` end to end, as an operator runs it on a fresh database: a station file
/// and a canonical long CSV are stored and their VN_WQI computed, the same file again writes nothing,
/// and a file with one bad row is refused whole with the row, column and reason on stderr.
/// </summary>
public sealed class ImportObservationsCommandTests
{
    private const string Morning = "2026-03-10T09:00:00+07:00";
    private const string NextDay = "2026-03-11T09:00:00+07:00";
    private const string StationFile = "code,name,kind,latitude,longitude,water_body,province,target_level,weighted\nTD-01,Trạm thử CLI,periodic,10.8,106.7,SG,79,A,false\n";

    private sealed record Counts(long Observations, int Samples, int Alerts, int Batches, int Stations);

    private static async Task<Counts> CountAsync(DataOptions data)
    {
        await using var services = CliServices.Build(data);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return new(await db.WaterObservations.LongCountAsync(), await db.WaterSamples.CountAsync(), await db.WaterAlerts.CountAsync(),
            await db.WaterImportBatches.CountAsync(), await db.WaterStations.CountAsync());
    }

    private static async Task<double> StoredAsync(DataOptions data, string station, string parameter)
    {
        await using var services = CliServices.Build(data);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stationId = await db.WaterStations.Where(s => s.Code == station).Select(s => s.Id).SingleAsync();
        var parameterId = await db.WaterParameters.Where(p => p.Code == parameter).Select(p => p.Id).SingleAsync();
        return await db.WaterObservations.Where(o => o.StationId == stationId && o.ParameterId == parameterId).Select(o => o.Value).SingleAsync();
    }

    private static async Task<List<int?>> WqiAsync(DataOptions data, string station)
    {
        await using var services = CliServices.Build(data);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stationId = await db.WaterStations.Where(s => s.Code == station).Select(s => s.Id).SingleAsync();
        return await db.WaterSamples.Where(s => s.StationId == stationId && s.Resolution == (short)TheoDoi.Core.Water.WqiResolution.Sample).Select(s => s.Wqi).ToListAsync();
    }

    [Fact]
    public async Task Import_stores_and_computes_a_second_run_writes_nothing_and_a_bad_row_is_refused_whole()
    {
        var directory = Directory.CreateTempSubdirectory("theodoi-cli-import-").FullName;
        var data = await TestDatabase.CreateAsync(directory);
        try
        {
            string[] where = data.Provider == DatabaseProvider.Postgres
                ? ["--data", directory, "--db", data.ConnectionString]
                : ["--data", directory];
            var stations = Path.Combine(directory, "stations.csv");
            await File.WriteAllTextAsync(stations, StationFile);
            var good = Path.Combine(directory, "obs.csv");
            await File.WriteAllTextAsync(good, WaterImportTests.Header + WaterImportTests.Sample("SG-01", Morning) + WaterImportTests.Sample("TD-01", Morning, doValue: 6.1m));
            var bad = Path.Combine(directory, "bad.csv");
            await File.WriteAllTextAsync(bad, WaterImportTests.Header + WaterImportTests.Sample("SG-01", NextDay) + $"SG-02,{NextDay},DO,5.x,mg/L,\n");
            Assert.Equal(0, (await Infrastructure.Cli.RunAsync(null, ["migrate", .. where])).ExitCode); // PostgreSQL is migrated only on request

            var first = await Infrastructure.Cli.RunAsync(null, ["import", "observations", good, "--station-file", stations, .. where]);
            Assert.True(first.ExitCode == 0, first.Error);
            var imported = await CountAsync(data);
            var again = await Infrastructure.Cli.RunAsync(null, ["import", "observations", good, .. where]);
            Assert.True(again.ExitCode == 0, again.Error);
            var afterAgain = await CountAsync(data);
            var refused = await Infrastructure.Cli.RunAsync(null, ["import", "observations", bad, .. where]);
            var afterRefused = await CountAsync(data);

            Assert.Contains("18 values, 18 new, 0 changed (audited), 0 unchanged", first.Output, StringComparison.Ordinal);
            Assert.Contains("Computed ", first.Output, StringComparison.Ordinal);
            Assert.Equal(18, imported.Observations);
            Assert.Equal(5.7, await StoredAsync(data, "SG-01", "DO"), 9);
            Assert.Equal(6.1, await StoredAsync(data, "TD-01", "DO"), 9);
            Assert.Equal(0.2, await StoredAsync(data, "SG-01", "NH4_N"), 9); // 200 µg/L in the canonical mg/L
            Assert.All(new[] { await WqiAsync(data, "SG-01"), await WqiAsync(data, "TD-01") }, wqi => Assert.True(wqi is [> 0], $"one computed VN_WQI per sample, got [{string.Join(", ", wqi)}]"));

            Assert.Contains("18 values, 0 new, 0 changed (audited), 18 unchanged", again.Output, StringComparison.Ordinal);
            Assert.Equal(imported with { Batches = imported.Batches + 1 }, afterAgain); // only the run itself is logged, as a batch of 18 unchanged

            Assert.NotEqual(0, refused.ExitCode);
            Assert.Contains("bad.csv: row 11, column value: ", refused.Error, StringComparison.Ordinal);
            Assert.Contains("not a number", refused.Error, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("nothing was written", refused.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Imported ", refused.Output, StringComparison.Ordinal);
            Assert.Equal(afterAgain, afterRefused);
        }
        finally
        {
            await TestDatabase.DropAsync(data);
        }
    }
}
