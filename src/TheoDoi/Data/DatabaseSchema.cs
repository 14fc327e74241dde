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

        await db.Database.MigrateAsync(cancellationToken);

        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets pages read while an import writes; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
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
