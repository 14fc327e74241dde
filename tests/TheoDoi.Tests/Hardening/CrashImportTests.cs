using System.Diagnostics;
using Npgsql;
using TheoDoi.Data;
using TheoDoi.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TheoDoi.Tests.Hardening;

/// <summary>
/// The CLI import killed with SIGKILL at random moments (seeded; the seed is printed): after each kill
/// the next start (`user list`) brings every derived table back to exactly what a clean import gives —
/// and when the kill came before the values committed, a second import does. More kills:
/// <c>bench/crash-import.sh 50 SEED</c>.
/// </summary>
public sealed class CrashImportTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_killed_import_leaves_derived_data_that_the_next_start_repairs_to_a_clean_import()
    {
        var kills = int.TryParse(Environment.GetEnvironmentVariable("THEODOI_CRASH_KILLS"), out var k) ? k : 10;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("THEODOI_CRASH_SEED"), out var s) ? s : Random.Shared.Next();
        output.WriteLine($"crash test: {kills} kills, seed {seed} (THEODOI_CRASH_SEED={seed} repeats it), provider {TestDatabase.Provider}");
        var random = new Random(seed);
        var work = Directory.CreateTempSubdirectory("theodoi-crash-").FullName;
        var (stations, observations) = CrashSupport.Files(work, days: 3);
        var template = await TestDatabase.CreateAsync(Path.Combine(work, "template"));
        var created = new List<DataOptions> { template };
        try
        {
            Assert.Equal(0, (await CrashSupport.RunAsync(null, ["migrate", .. CrashSupport.Where(template)])).ExitCode);
            string[] Import(DataOptions data) => ["import", "observations", observations, "--station-file", stations, .. CrashSupport.Where(data)];

            var clean = await CopyAsync(template, Path.Combine(work, "clean"));
            created.Add(clean);
            var (first, committedAfter, duration) = await RunWatchingAsync(clean, Import(clean));
            Assert.True(first.ExitCode == 0, first.Error);
            var expected = await CrashSupport.DerivedAsync(clean);
            var values = await CrashSupport.ScalarAsync(clean, "SELECT count(*) FROM water_observations");
            Assert.True(expected.Contains("TargetLevel", StringComparison.Ordinal) || expected.Contains("HealthLimit", StringComparison.Ordinal), "the data raises alerts");
            var computing = duration - committedAfter;
            output.WriteLine($"clean import: {values} values, {expected.Split('\n').Length} derived rows; values committed after {committedAfter.TotalSeconds:N1} s, done after {duration.TotalSeconds:N1} s");

            var repairedByStart = 0;
            for (var i = 0; i < kills; i++)
            {
                var data = await CopyAsync(template, Path.Combine(work, "kill" + i));
                created.Add(data);
                // Half the kills at a random moment of the run (mostly while the values are read and
                // written), half at a random moment after the values committed (while the derived rows
                // are computed): the case a re-import could never repair.
                var afterCommit = i % 2 == 1;
                var delay = afterCommit
                    ? TimeSpan.FromMilliseconds(computing.TotalMilliseconds * random.NextDouble())
                    : TimeSpan.FromMilliseconds(committedAfter.TotalMilliseconds * (0.1 + (0.8 * random.NextDouble())));
                var killed = await KillAsync(data, Import(data), afterCommit ? values : null, delay);

                var stored = await CrashSupport.ScalarAsync(data, "SELECT count(*) FROM water_observations");
                var pendingBefore = await CrashSupport.ScalarAsync(data, "SELECT count(*) FROM water_recompute_queue");
                var start = await CrashSupport.RunAsync(null, ["user", "list", .. CrashSupport.Where(data)]);
                var kill = $"kill {i + 1} ({(afterCommit ? "after the commit" : "during the run")}, {delay.TotalMilliseconds:N0} ms{(killed ? "" : ", the run had ended")})";
                Assert.True(start.ExitCode == 0, $"{kill}: the start failed: {start.Error}");
                string state;
                if (stored == values)
                {
                    state = pendingBefore > 0 ? "committed, derived data pending" : "committed and computed";
                    repairedByStart += pendingBefore > 0 ? 1 : 0;
                }
                else
                {
                    Assert.True(stored == 0, $"{kill}: {stored} of {values} values stored — an import is all or nothing");
                    state = "not committed; imported again";
                    var again = await CrashSupport.RunAsync(null, Import(data));
                    Assert.True(again.ExitCode == 0, $"{kill}: the import again failed: {again.Error}");
                }

                output.WriteLine($"{kill} — {state}");
                Assert.True(await CrashSupport.ScalarAsync(data, "SELECT count(*) FROM water_recompute_queue") == 0, $"{kill}, {state}: the start left recomputation pending:\n{start.Output}");
                var derived = await CrashSupport.DerivedAsync(data);
                Assert.True(expected == derived, $"{kill}, {state}: the derived rows differ from a clean import's:\n{FirstDifference(expected, derived)}\nstart said: {start.Output}");
                Assert.True(await CrashSupport.ScalarAsync(data, "SELECT count(*) FROM \"Notifications\" WHERE \"Key\" LIKE 'water-alerts%'") <= 1, $"{kill}: an alert notice was raised twice");
            }

            output.WriteLine($"{repairedByStart} of {kills} kills left derived data pending, repaired by the next start");
        }
        finally
        {
            foreach (var data in created)
            {
                await TestDatabase.DropAsync(data);
            }

            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Runs the import to its end, noting when its values became visible (committed).</summary>
    private static async Task<(Infrastructure.Cli.Result Result, TimeSpan CommittedAfter, TimeSpan Duration)> RunWatchingAsync(DataOptions data, string[] args)
    {
        var timer = Stopwatch.StartNew();
        using var process = CrashSupport.Start(null, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        TimeSpan? committed = null;
        await using (var watch = await Watch.OpenAsync(data))
        {
            while (!process.HasExited)
            {
                if (committed is null && await watch.ValuesAsync() > 0)
                {
                    committed = timer.Elapsed;
                }

                await Task.Delay(20);
            }
        }

        await process.WaitForExitAsync();
        var duration = timer.Elapsed;
        return (new Infrastructure.Cli.Result(process.ExitCode, await output, await error), committed ?? duration, duration);
    }

    /// <summary>
    /// Starts the import and kills it (SIGKILL) after <paramref name="delay"/> — counted from the start,
    /// or, with <paramref name="committedValues"/>, from the moment that many values are stored.
    /// </summary>
    /// <returns>False when the run had ended before the kill.</returns>
    private static async Task<bool> KillAsync(DataOptions data, string[] args, long? committedValues, TimeSpan delay)
    {
        using var process = CrashSupport.Start(null, args);
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (committedValues is { } count)
        {
            await using var watch = await Watch.OpenAsync(data);
            while (!process.HasExited && await watch.ValuesAsync() < count)
            {
                await Task.Delay(10);
            }
        }

        await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(delay));
        var killed = !process.HasExited;
        if (killed)
        {
            process.Kill();
        }

        await process.WaitForExitAsync();
        return killed;
    }

    /// <summary>One open connection that counts the stored values (a connection per look would load the server it watches).</summary>
    private sealed class Watch : IAsyncDisposable
    {
        private readonly System.Data.Common.DbConnection _connection;
        private readonly System.Data.Common.DbCommand _count;

        private Watch(System.Data.Common.DbConnection connection)
        {
            _connection = connection;
            _count = connection.CreateCommand();
            _count.CommandText = "SELECT count(*) FROM water_observations";
        }

        public static async Task<Watch> OpenAsync(DataOptions data) => new(await CrashSupport.OpenAsync(data));

        public async Task<long> ValuesAsync() => Convert.ToInt64(await _count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);

        public async ValueTask DisposeAsync()
        {
            await _count.DisposeAsync();
            await _connection.DisposeAsync();
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "(none)";
            var y = i < b.Length ? b[i] : "(none)";
            if (x != y)
            {
                return $"line {i + 1}: clean {x}\n        here  {y}";
            }
        }

        return "(none)";
    }

    /// <summary>A fresh installation from the migrated template (a file copy, or CREATE DATABASE … TEMPLATE).</summary>
    internal static async Task<DataOptions> CopyAsync(DataOptions template, string directory)
    {
        Directory.CreateDirectory(directory);
        if (template.Provider == DatabaseProvider.Sqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(template.ConnectionString).DataSource;
            foreach (var suffix in new[] { "", "-wal" })
            {
                if (File.Exists(file + suffix))
                {
                    File.Copy(file + suffix, Path.Combine(directory, "theodoi.db" + suffix));
                }
            }

            return DataOptions.Resolve(directory, null);
        }

        var builder = new NpgsqlConnectionStringBuilder(template.ConnectionString);
        var name = "theodoi_t_" + Guid.NewGuid().ToString("N")[..16];
        NpgsqlConnection.ClearAllPools();
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(template.ConnectionString) { Database = "postgres", Pooling = false }.ToString()))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {builder.Database}", admin);
            // A process that just exited may leave its server backend on the template for a moment
            // ("being accessed by other users"); PostgreSQL waits 5 s, a loaded machine can need more.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await create.ExecuteNonQueryAsync();
                    break;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 5)
                {
                    await Task.Delay(1000);
                }
            }
        }

        builder.Database = name;
        return DataOptions.Resolve(directory, builder.ToString());
    }
}
