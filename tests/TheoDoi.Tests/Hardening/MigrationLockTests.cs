using Npgsql;
using TheoDoi.Data;
using TheoDoi.Tests.Infrastructure;

namespace TheoDoi.Tests.Hardening;

/// <summary>A killed process cannot brick the installation; a command that must wait says so and gives up with a clear message.</summary>
public sealed class MigrationLockTests
{
    [Fact]
    public async Task A_stale_migrations_lock_left_by_a_killed_process_does_not_stop_serve_user_list_or_import()
    {
        var work = Directory.CreateTempSubdirectory("theodoi-lock-").FullName;
        var data = await TestDatabase.CreateAsync(work);
        try
        {
            // A migrate killed part-way, as a power cut would.
            using (var killed = CrashSupport.Start(null, ["migrate", .. CrashSupport.Where(data)]))
            {
                await Task.WhenAny(killed.WaitForExitAsync(), Task.Delay(1500));
                if (!killed.HasExited)
                {
                    killed.Kill();
                }

                await killed.WaitForExitAsync();
            }

            Assert.Equal(0, (await CrashSupport.RunAsync(null, ["migrate", .. CrashSupport.Where(data)])).ExitCode);
            if (data.Provider == DatabaseProvider.Sqlite)
            {
                // The row EF Core leaves when killed inside Migrate; its holder is gone.
                await using var connection = await CrashSupport.OpenAsync(data);
                await using var stale = connection.CreateCommand();
                stale.CommandText = "CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL PRIMARY KEY, \"Timestamp\" TEXT NOT NULL); INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-12-01 00:00:00');";
                await stale.ExecuteNonQueryAsync();
            }

            var listed = await CrashSupport.RunAsync(null, ["user", "list", .. CrashSupport.Where(data)]);
            Assert.True(listed.ExitCode == 0, listed.Error);
            var (stations, observations) = CrashSupport.Files(work, days: 1);
            var imported = await CrashSupport.RunAsync(null, ["import", "observations", observations, "--station-file", stations, .. CrashSupport.Where(data)]);
            Assert.True(imported.ExitCode == 0, imported.Error);

            using var serve = CrashSupport.Start(null, ["serve", "--urls", "http://127.0.0.1:0", .. CrashSupport.Where(data)]);
            _ = serve.StandardError.ReadToEndAsync();
            var running = false;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            while (!running && await serve.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                running = line.Contains("đang chạy", StringComparison.Ordinal);
            }

            serve.Kill();
            Assert.True(running, "serve did not start");
            if (data.Provider == DatabaseProvider.Sqlite)
            {
                Assert.Equal(0, await CrashSupport.ScalarAsync(data, "SELECT count(*) FROM \"__EFMigrationsLock\""));
            }
        }
        finally
        {
            await TestDatabase.DropAsync(data);
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public async Task A_command_that_must_wait_for_the_lock_says_so_and_times_out_with_a_clear_message()
    {
        var work = Directory.CreateTempSubdirectory("theodoi-lock-").FullName;
        var data = await TestDatabase.CreateAsync(work);
        try
        {
            Assert.Equal(0, (await CrashSupport.RunAsync(null, ["migrate", .. CrashSupport.Where(data)])).ExitCode);
            IDisposable held;
            if (data.Provider == DatabaseProvider.Sqlite)
            {
                // Another process migrating holds this lock.
                held = new FileStream(MigrationLock.PathFor(data.ConnectionString), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            else
            {
                var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(data.ConnectionString) { Pooling = false }.ToString());
                await connection.OpenAsync();
                await using var take = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLock.PostgresKey})", connection);
                await take.ExecuteScalarAsync();
                held = connection;
            }

            Infrastructure.Cli.Result waited;
            using (held)
            {
                waited = await CrashSupport.RunAsync(new Dictionary<string, string> { [MigrationLock.TimeoutVariable] = "2" }, ["migrate", .. CrashSupport.Where(data)]);
            }

            Assert.Equal(1, waited.ExitCode);
            Assert.Contains("Waiting for another TheoDoi process", waited.Error, StringComparison.Ordinal);
            Assert.Contains("Hết thời gian chờ (2 giây)", waited.Error, StringComparison.Ordinal);
            Assert.Contains("Timed out after 2 s", waited.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", waited.Error, StringComparison.Ordinal); // a message, not a stack trace

            var after = await CrashSupport.RunAsync(null, ["user", "list", .. CrashSupport.Where(data)]);
            Assert.True(after.ExitCode == 0, after.Error);
        }
        finally
        {
            await TestDatabase.DropAsync(data);
            Directory.Delete(work, recursive: true);
        }
    }
}
