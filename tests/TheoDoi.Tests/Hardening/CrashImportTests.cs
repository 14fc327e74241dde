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
            var timer = Stopwatch.StartNew();
            var first = await CrashSupport.RunAsync(null, Import(clean));
            var duration = timer.Elapsed;
            Assert.True(first.ExitCode == 0, first.Error);
            var expected = await CrashSupport.DerivedAsync(clean);
            var values = await CrashSupport.ScalarAsync(clean, "SELECT count(*) FROM water_observations");
            Assert.True(expected.Contains("TargetLevel", StringComparison.Ordinal) || expected.Contains("HealthLimit", StringComparison.Ordinal), "the data raises alerts");
            output.WriteLine($"clean import: {values} values, {expected.Split('\n').Length} derived rows, {duration.TotalSeconds:N1} s");

            var repairedByStart = 0;
            for (var i = 0; i < kills; i++)
            {
                var data = await CopyAsync(template, Path.Combine(work, "kill" + i));
                created.Add(data);
                // Mostly after the process has started (about 1 s of the run is .NET starting up).
                var delay = TimeSpan.FromMilliseconds(duration.TotalMilliseconds * (0.15 + (0.9 * random.NextDouble())));
                using (var process = CrashSupport.Start(null, Import(data)))
                {
                    _ = process.StandardOutput.ReadToEndAsync();
                    _ = process.StandardError.ReadToEndAsync();
                    await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(delay));
                    if (!process.HasExited)
                    {
                        process.Kill(); // SIGKILL
                    }

                    await process.WaitForExitAsync();
                }

                var stored = await CrashSupport.ScalarAsync(data, "SELECT count(*) FROM water_observations");
                var pendingBefore = await CrashSupport.ScalarAsync(data, "SELECT count(*) FROM water_recompute_queue");
                var start = await CrashSupport.RunAsync(null, ["user", "list", .. CrashSupport.Where(data)]);
                Assert.True(start.ExitCode == 0, start.Error);
                string state;
                if (stored == values)
                {
                    state = pendingBefore > 0 ? "committed, derived data pending" : "committed and computed";
                    repairedByStart += pendingBefore > 0 ? 1 : 0;
                }
                else
                {
                    Assert.Equal(0, stored); // all or nothing
                    state = "not committed; imported again";
                    var again = await CrashSupport.RunAsync(null, Import(data));
                    Assert.True(again.ExitCode == 0, again.Error);
                }

                output.WriteLine($"kill {i + 1}: after {delay.TotalMilliseconds:N0} ms — {state}");
                Assert.Equal(0, await CrashSupport.ScalarAsync(data, "SELECT count(*) FROM water_recompute_queue"));
                Assert.Equal(expected, await CrashSupport.DerivedAsync(data));
                Assert.True(await CrashSupport.ScalarAsync(data, "SELECT count(*) FROM \"Notifications\" WHERE \"Key\" LIKE 'water-alerts%'") <= 1, "an alert notice was raised twice");
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
            await create.ExecuteNonQueryAsync();
        }

        builder.Database = name;
        return DataOptions.Resolve(directory, builder.ToString());
    }
}
