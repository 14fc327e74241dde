using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using TheoDoi.Accounts;
using TheoDoi.Audit;
using TheoDoi.Core.Water;
using TheoDoi.Data;
using TheoDoi.Notifications;
using TheoDoi.Water;

// The water benchmark (docs/benchmarks.md): import rate against a raw baseline in the same run on
// SQLite and PostgreSQL, peak memory of the import at 1 M and N values, the WQI command's rate, and
// the latency of the station-month series and the basin-year summary.
//   bench/run.sh [--values N]              (starts a throwaway PostgreSQL, then runs this)
//   dotnet run -c Release -- [--values N] [--pg CONNSTRING] [--work DIR]
//   (child) import-only FILE DB            imports in a fresh process and prints elapsed and peak memory
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length == 3 && args[0] == "import-only")
{
    return await Bench.ImportOnlyAsync(args[1], args[2]);
}

var values = 10_000_000L;
string? pg = Environment.GetEnvironmentVariable("THEODOI_BENCH_PG");
var work = Path.Combine(Path.GetTempPath(), "theodoi-bench");
for (var i = 0; i < args.Length - 1; i++)
{
    switch (args[i])
    {
        case "--values": values = long.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--pg": pg = args[++i]; break;
        case "--work": work = args[++i]; break;
    }
}

return await Bench.RunAsync(values, pg, work);

internal static class Bench
{
    public const int Stations = 100;
    public static readonly string[] Parameters = ["pH", "DO", "temp", "COD", "TSS", "NH4_N", "NO3_N", "EC", "coliform", "As"];
    private static readonly string[] s_units = ["", "mg/L", "°C", "mg/L", "mg/L", "mg/L", "mg/L", "µS/cm", "MPN/100mL", "µg/L"];
    private static readonly DateTimeOffset s_start = new(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));

    private static string StationCode(int i) => "BENCH-" + (i + 1).ToString("000", CultureInfo.InvariantCulture);

    private static double ValueOf(long step, int station, int parameter) => Math.Round(5 + parameter + ((step * 7 + station * 13 + parameter) % 100) / 50.0, 2);

    /// <summary>Rows in feed order: each 5-minute step, every station, every parameter.</summary>
    private static IEnumerable<(int Station, int Parameter, long Step)> Feed(long values)
    {
        long n = 0;
        for (long step = 0; ; step++)
        {
            for (var s = 0; s < Stations; s++)
            {
                for (var p = 0; p < Parameters.Length; p++)
                {
                    if (n++ == values)
                    {
                        yield break;
                    }

                    yield return (s, p, step);
                }
            }
        }
    }

    private static async Task WriteFileAsync(string path, long values)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        await writer.WriteAsync(ObservationCsv.Header + "\n");
        var line = new StringBuilder();
        foreach (var (s, p, step) in Feed(values))
        {
            line.Clear().Append(StationCode(s)).Append(',').Append(s_start.AddMinutes(5 * step).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture))
                .Append(',').Append(Parameters[p]).Append(',').Append(ValueOf(step, s, p).ToString(CultureInfo.InvariantCulture)).Append(',').Append(s_units[p]).Append(",\n");
            await writer.WriteAsync(line);
        }
    }

    private static ServiceProvider Services(DataOptions data)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddData(data);
        services.AddDataProtection();
        services.AddAccountStore();
        services.AddNotifications(new ConfigurationBuilder().Build());
        services.AddWater();
        return services.BuildServiceProvider();
    }

    private static DataOptions Options(string work, string db) =>
        DataOptions.Resolve(work, db.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? db : db);

    /// <summary>A fresh database with the schema, the catalogue and the benchmark's stations.</summary>
    private static async Task<DataOptions> PrepareAsync(string work, string name, string? pg)
    {
        string db;
        if (pg is null)
        {
            db = Path.Combine(work, name + ".db");
            foreach (var file in Directory.GetFiles(work, name + ".db*"))
            {
                File.Delete(file);
            }
        }
        else
        {
            await using (var admin = new NpgsqlConnection(pg))
            {
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE); CREATE DATABASE {name}", admin);
                await drop.ExecuteNonQueryAsync();
            }

            db = new NpgsqlConnectionStringBuilder(pg) { Database = name }.ToString();
        }

        var data = Options(work, db);
        await using var services = Services(data);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseSchema>().MigrateAsync();
        var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await TheoDoi.Seed.BuiltInDataLoader.LoadAsync(context);
        await WaterSeed.LoadAsync(context);
        var basin = await context.WaterBasins.FirstAsync(b => b.ParentId != null);
        using var actor = AuditActor.As("bench");
        for (var i = 0; i < Stations; i++)
        {
            context.WaterStations.Add(new WaterStation { Code = StationCode(i), Name = "Benchmark " + (i + 1), Kind = StationKind.Automatic, BasinId = basin.Id });
        }

        await context.SaveChangesAsync();
        return data;
    }

    public static async Task<int> ImportOnlyAsync(string file, string db)
    {
        var data = Options(Path.GetDirectoryName(Path.GetFullPath(file))!, db);
        await using var services = Services(data);
        await using var scope = services.CreateAsyncScope();
        using var actor = AuditActor.As("bench");
        var watch = Stopwatch.StartNew();
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var summary = await scope.ServiceProvider.GetRequiredService<ImportObservations>().RunAsync(stream, new ImportObservations.Request(file));
        watch.Stop();
        if (!summary.Succeeded)
        {
            await Console.Error.WriteLineAsync(string.Join("; ", summary.Errors.Take(5)));
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{summary.Inserted} {watch.Elapsed.TotalSeconds:F3} {PeakMiB()}"));
        return 0;
    }

    private static long PeakMiB()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
            }
        }

        return -1;
    }

    private static async Task<(long Values, double Seconds, long PeakMiB)> ChildImportAsync(string file, DataOptions data)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(Bench).Assembly.Location);
        start.ArgumentList.Add("import-only");
        start.ArgumentList.Add(file);
        start.ArgumentList.Add(data.Provider == DatabaseProvider.Postgres ? data.ConnectionString : new SqliteConnectionStringBuilder(data.ConnectionString).DataSource);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("import failed: " + error + output);
        }

        var parts = output.Trim().Split(' ');
        return (long.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    /// <summary>The raw driver alone: the same rows, same order, the same batch sorting, into an identical table.</summary>
    private static async Task<double> BaselineAsync(DataOptions data, long values)
    {
        var batch = new List<(int Station, int Parameter, long Time, double Value)>(ImportObservations.BatchSize);
        var watch = Stopwatch.StartNew();
        if (data.Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(data.ConnectionString);
            await connection.OpenAsync();
            await using (var create = connection.CreateCommand())
            {
                create.CommandText = WaterSchemaSql.Up(false).Replace(WaterSchemaSql.Observations, "bench_baseline", StringComparison.Ordinal) + "PRAGMA synchronous=NORMAL;";
                await create.ExecuteNonQueryAsync();
            }

            watch.Restart();
            await using var transaction = connection.BeginTransaction();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO bench_baseline VALUES ($s, $p, $t, $v, 0, 0, 1)";
            var (ps, pp, pt, pv) = (insert.Parameters.Add("$s", SqliteType.Integer), insert.Parameters.Add("$p", SqliteType.Integer), insert.Parameters.Add("$t", SqliteType.Integer), insert.Parameters.Add("$v", SqliteType.Real));
            insert.Prepare();
            void Flush()
            {
                batch.Sort();
                foreach (var row in batch)
                {
                    (ps.Value, pp.Value, pt.Value, pv.Value) = (row.Station, row.Parameter, row.Time, row.Value);
                    insert.ExecuteNonQuery();
                }

                batch.Clear();
            }

            foreach (var (s, p, step) in Feed(values))
            {
                batch.Add((s + 1000, p + 1, s_start.AddMinutes(5 * step).ToUnixTimeSeconds(), ValueOf(step, s, p)));
                if (batch.Count == ImportObservations.BatchSize)
                {
                    Flush();
                }
            }

            Flush();
            await transaction.CommitAsync();
        }
        else
        {
            await using var connection = new NpgsqlConnection(data.ConnectionString);
            await connection.OpenAsync();
            await using (var create = new NpgsqlCommand(WaterSchemaSql.Up(true).Replace(WaterSchemaSql.Observations, "bench_baseline", StringComparison.Ordinal), connection))
            {
                await create.ExecuteNonQueryAsync();
            }

            watch.Restart();
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var copy = await connection.BeginBinaryImportAsync("COPY bench_baseline FROM STDIN (FORMAT BINARY)"))
            {
                void Flush()
                {
                    batch.Sort();
                    foreach (var row in batch)
                    {
                        copy.StartRow();
                        copy.Write(row.Station, NpgsqlDbType.Integer);
                        copy.Write(row.Parameter, NpgsqlDbType.Integer);
                        copy.Write(row.Time, NpgsqlDbType.Bigint);
                        copy.Write(row.Value, NpgsqlDbType.Double);
                        copy.Write((short)0, NpgsqlDbType.Smallint);
                        copy.Write((short)0, NpgsqlDbType.Smallint);
                        copy.Write(1, NpgsqlDbType.Integer);
                    }

                    batch.Clear();
                }

                foreach (var (s, p, step) in Feed(values))
                {
                    batch.Add((s + 1000, p + 1, s_start.AddMinutes(5 * step).ToUnixTimeSeconds(), ValueOf(step, s, p)));
                    if (batch.Count == ImportObservations.BatchSize)
                    {
                        Flush();
                    }
                }

                Flush();
                await copy.CompleteAsync();
            }

            await transaction.CommitAsync();
        }

        return watch.Elapsed.TotalSeconds;
    }

    private static async Task<(double SeriesMs, double ComputeSeconds, long Samples, double BasinMs)> QueriesAsync(DataOptions data)
    {
        await using var services = Services(data);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var station = await db.WaterStations.SingleAsync(s => s.Code == StationCode(41));
        var parameter = await db.WaterParameters.SingleAsync(p => p.Code == "DO");
        var (from, to) = WaterQueries.Span(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));
        var times = new List<double>();
        for (var i = 0; i < 21; i++)
        {
            var watch = Stopwatch.StartNew();
            var points = await WaterQueries.SeriesAsync(db, station.Id, parameter.Id, from, to, validatedOnly: false, CancellationToken.None);
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (points.Count == 0)
            {
                throw new InvalidOperationException("empty month series");
            }
        }

        var computeWatch = Stopwatch.StartNew();
        var spans = await ComputeSamples.SpansAsync(db);
        var computed = await scope.ServiceProvider.GetRequiredService<ComputeSamples>().RunAsync(spans, "bench");
        var computeSeconds = computeWatch.Elapsed.TotalSeconds;
        var basin = await db.WaterBasins.SingleAsync(b => b.Code == WaterSeed.Basin);
        var basinTimes = new List<double>();
        for (var i = 0; i < 11; i++)
        {
            var watch = Stopwatch.StartNew();
            var years = await WaterQueries.BasinYearsAsync(db, basin.Id, validatedOnly: false, CancellationToken.None);
            basinTimes.Add(watch.Elapsed.TotalMilliseconds);
            if (years.Count == 0)
            {
                throw new InvalidOperationException("empty basin summary");
            }
        }

        return (Median(times.Skip(1)), computeSeconds, computed.Samples, Median(basinTimes.Skip(1)));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static double WqiRate(string file, out long samples)
    {
        var watch = Stopwatch.StartNew();
        using var reader = new StreamReader(file, Encoding.UTF8, true, 1 << 16);
        using var output = new StreamWriter(Stream.Null);
        long count = 0;
        WqiReport.WriteCsv(WqiBatch.Run(reader, _ => { }).Select(o => { count++; return o; }), output);
        samples = count;
        return count / watch.Elapsed.TotalSeconds;
    }

    public static async Task<int> RunAsync(long values, string? pg, string work)
    {
        Directory.CreateDirectory(work);
        var report = new StringBuilder();
        void Say(string text)
        {
            Console.WriteLine(text);
            report.AppendLine(text);
        }

        var file = Path.Combine(work, $"obs-{values}.csv");
        var small = Path.Combine(work, "obs-1000000.csv");
        var watch = Stopwatch.StartNew();
        if (!File.Exists(file))
        {
            await WriteFileAsync(file, values);
        }

        if (values > 1_000_000 && !File.Exists(small))
        {
            await WriteFileAsync(small, 1_000_000);
        }

        Console.WriteLine($"files ready in {watch.Elapsed.TotalSeconds:F0} s ({new FileInfo(file).Length / 1048576} MiB)");
        Say($"| database | values | raw baseline (values/s) | TheoDoi import (values/s) | ratio | peak memory 1 M | peak memory {values / 1_000_000.0:0.#} M | station-month series | basin-year summary | index computation |");
        Say("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var provider in pg is null ? new string?[] { null } : [null, pg])
        {
            var name = provider is null ? "SQLite" : "PostgreSQL";
            // Peak memory at 1 M (fresh database, separate process).
            long peakSmall;
            if (values > 1_000_000)
            {
                var smallData = await PrepareAsync(work, "bench_small", provider);
                peakSmall = (await ChildImportAsync(small, smallData)).PeakMiB;
            }
            else
            {
                peakSmall = -1;
            }

            var data = await PrepareAsync(work, "bench_main", provider);
            var baseline = await BaselineAsync(data, values);
            var import = await ChildImportAsync(file, data);
            if (import.Values != values)
            {
                throw new InvalidOperationException($"imported {import.Values} of {values}");
            }

            var queries = await QueriesAsync(data);
            var baselineRate = values / baseline;
            var importRate = values / import.Seconds;
            Say(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {values:N0} | {baselineRate:N0} | {importRate:N0} | {importRate / baselineRate:P0} | {(peakSmall < 0 ? import.PeakMiB : peakSmall)} MiB | {import.PeakMiB} MiB | {queries.SeriesMs:F1} ms | {queries.BasinMs:F0} ms | {queries.Samples:N0} indices in {queries.ComputeSeconds:F0} s |"));
        }

        var rate = WqiRate(file, out var samples);
        Say("");
        Say(string.Create(CultureInfo.InvariantCulture, $"`theodoi wqi` code path (WqiBatch + WqiReport.WriteCsv, no database): {samples:N0} samples at {rate:N0} samples/s."));
        await File.WriteAllTextAsync(Path.Combine(work, "results.md"), report.ToString());
        return 0;
    }
}
