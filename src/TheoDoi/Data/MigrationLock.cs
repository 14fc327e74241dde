using Microsoft.Data.Sqlite;
using TheoDoi.Core.Texts;

namespace TheoDoi.Data;

/// <summary>
/// Our own lock around migrations on SQLite, one that dies with its process. EF Core takes a
/// <c>__EFMigrationsLock</c> row during <c>Migrate</c>; a process killed meanwhile leaves the row, and
/// every later start waits for it forever. Every TheoDoi process migrates only while holding an
/// exclusive OS lock on <c>&lt;database&gt;.migrate.lock</c> (flock, released by the kernel when the process
/// dies, however it dies), so a lock row found while holding it has no living holder: it is stale
/// and is removed. A process that must wait for the lock says so and gives up after
/// <see cref="TimeoutVariable"/> seconds (default 120) with <see cref="MigrationLockTimeoutException"/>.
/// PostgreSQL cannot be bricked this way: EF's Npgsql migrator takes a session-level advisory lock
/// (<c>pg_advisory_lock</c>), which the server drops when the session ends, so a killed process
/// cannot leave it behind. There we take our own advisory lock (<see cref="PostgresKey"/>) on a
/// connection of our own only so that a waiting process says so and times out alike.
/// </summary>
public sealed class MigrationLock : IDisposable
{
    public const string TimeoutVariable = "THEODOI_LOCK_TIMEOUT_SECONDS";

    /// <summary>Our advisory lock key on PostgreSQL ("theodoi" in ASCII).</summary>
    public const long PostgresKey = 0x7468656f646f69;

    private readonly IDisposable _held;

    private MigrationLock(IDisposable held) => _held = held;

    /// <summary>Waits for the migration lock of the database in <paramref name="options"/>.</summary>
    public static Task<MigrationLock> AcquireAsync(DataOptions options, TextWriter waiting, CancellationToken cancellationToken)
    {
        return options.Provider == DatabaseProvider.Postgres
            ? AcquirePostgresAsync(options.ConnectionString, Timeout, waiting, cancellationToken)
            : AcquireAsync(PathFor(options.ConnectionString), Timeout, waiting, cancellationToken);
    }

    private static async Task<MigrationLock> AcquirePostgresAsync(string connectionString, TimeSpan timeout, TextWriter waiting, CancellationToken cancellationToken)
    {
        var connection = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var told = false;
        await using var attempt = new Npgsql.NpgsqlCommand($"SELECT pg_try_advisory_lock({PostgresKey})", connection);
        while (!(bool)(await attempt.ExecuteScalarAsync(cancellationToken))!)
        {
            if (started.Elapsed >= timeout)
            {
                await connection.DisposeAsync();
                throw TimedOut(timeout, "pg_advisory_lock " + PostgresKey);
            }

            told = await TellAsync(waiting, told, timeout);
            await Task.Delay(250, cancellationToken);
        }

        return new MigrationLock(connection); // closing the session releases the lock
    }

    private static async Task<bool> TellAsync(TextWriter waiting, bool told, TimeSpan timeout)
    {
        if (!told)
        {
            await waiting.WriteLineAsync(
                $"Đang chờ một tiến trình TheoDoi khác cập nhật cơ sở dữ liệu (tối đa {timeout.TotalSeconds:0} giây)… / " +
                $"Waiting for another TheoDoi process to finish updating the database (up to {timeout.TotalSeconds:0} s)…");
        }

        return true;
    }

    private static MigrationLockTimeoutException TimedOut(TimeSpan timeout, string what) => new(new Bilingual(
        $"Hết thời gian chờ ({timeout.TotalSeconds:0} giây): một tiến trình TheoDoi khác vẫn đang cập nhật cơ sở dữ liệu (khóa {what}). Hãy chờ nó kết thúc rồi chạy lại.",
        $"Timed out after {timeout.TotalSeconds:0} s: another TheoDoi process is still updating the database (lock {what}). Let it finish, then run again."));

    public static string PathFor(string sqliteConnectionString) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(sqliteConnectionString).DataSource) + ".migrate.lock";

    public static TimeSpan Timeout =>
        int.TryParse(Environment.GetEnvironmentVariable(TimeoutVariable), out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(120);

    public static async Task<MigrationLock> AcquireAsync(string path, TimeSpan timeout, TextWriter waiting, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock on Linux and macOS, a share lock on Windows.
                return new MigrationLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (started.Elapsed < timeout)
            {
                told = await TellAsync(waiting, told, timeout);
                await Task.Delay(250, cancellationToken);
            }
            catch (IOException)
            {
                throw TimedOut(timeout, path);
            }
        }
    }

    public void Dispose() => _held.Dispose();
}

/// <summary>Another process held the migration lock for longer than the timeout; the command exits with 1.</summary>
public sealed class MigrationLockTimeoutException(Bilingual message) : Exception(message.En)
{
    public Bilingual Text { get; } = message;
}
