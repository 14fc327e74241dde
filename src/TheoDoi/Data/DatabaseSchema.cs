using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TheoDoi.Data;

/// <summary>Creates, migrates and checks the database schema for either provider.</summary>
public sealed class DatabaseSchema(AppDbContext db, DataOptions options)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } directory)
            {
                Directory.CreateDirectory(directory);
            }
        }

        using (await MigrationLock.AcquireAsync(options, Console.Error, cancellationToken))
        {
            if (options.Provider == DatabaseProvider.Postgres)
            {
                // EF holds a session-level advisory lock meanwhile: it dies with the connection (see MigrationLock).
                await db.Database.MigrateAsync(cancellationToken);
                return;
            }

            await ClearStaleEfLockAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }

        // WAL lets pages read while an import writes; the setting is stored in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>Removes EF's lock row; called only under <see cref="MigrationLock"/>, so its holder is gone.</summary>
    private async Task ClearStaleEfLockAsync(CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var exists = connection.CreateCommand();
            exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return;
            }

            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM \"__EFMigrationsLock\"";
            if (await delete.ExecuteNonQueryAsync(cancellationToken) > 0)
            {
                await Console.Error.WriteLineAsync("Đã gỡ khóa cập nhật cơ sở dữ liệu bị bỏ lại bởi một tiến trình đã dừng (removed a stale migrations lock left by a stopped process).");
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Makes the schema ready for use: SQLite is created and migrated on the spot; PostgreSQL is
    /// migrated only on request (`theodoi migrate`), so here it is only checked.
    /// </summary>
    /// <returns>Null when ready; otherwise why not and what to run.</returns>
    public async Task<string?> EnsureReadyAsync(CancellationToken cancellationToken = default)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            await MigrateAsync(cancellationToken);
            return null;
        }

        return await ProblemAsync(cancellationToken) is { } problem
            ? $"The database is not ready: {problem}. Run `theodoi migrate --db \"<connection string>\"` first."
            : null;
    }

    /// <summary>
    /// Null when the schema is current; otherwise why it is not (used to refuse to serve an
    /// unmigrated or outdated PostgreSQL database).
    /// </summary>
    public async Task<string?> ProblemAsync(CancellationToken cancellationToken = default)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return "cannot connect to the database";
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            return $"{pending.Count} migration(s) not applied (first: {pending[0]})";
        }

        var known = db.Database.GetMigrations().ToHashSet();
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        return unknown.Count > 0
            ? $"the database has migration(s) this version does not know (first: {unknown[0]}); use a newer TheoDoi"
            : null;
    }
}
