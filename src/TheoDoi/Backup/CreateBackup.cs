using System.IO.Compression;
using Microsoft.Data.Sqlite;
using Npgsql;
using TheoDoi.Data;

namespace TheoDoi.Backup;

/// <summary>
/// <c>theodoi backup --out FILE</c>: one zip archive with a consistent online copy of the database, the
/// uploaded files and the data-protection keys, and a manifest (<see cref="BackupManifest"/>). SQLite is
/// copied with <c>VACUUM INTO</c> (one read transaction, so writers go on and the copy is one moment);
/// PostgreSQL with <c>pg_dump -Fc</c> on a snapshot exported by a repeatable-read transaction, the
/// same transaction in which the manifest's checksums are read, so both describe the same moment.
/// </summary>
public sealed class CreateBackup(DataOptions data, TimeProvider clock)
{
    public const string SqliteEntry = "database/theodoi.db";
    public const string PostgresEntry = "database/theodoi.pgdump";

    public async Task<BackupManifest> RunAsync(string outFile, CancellationToken cancellationToken = default)
    {
        var work = Directory.CreateTempSubdirectory("theodoi-backup-");
        try
        {
            var copy = Path.Combine(work.FullName, "database");
            List<BackupManifest.Table> tables;
            string entry;
            if (data.Provider == DatabaseProvider.Postgres)
            {
                entry = PostgresEntry;
                tables = await DumpPostgresAsync(copy, cancellationToken);
            }
            else
            {
                entry = SqliteEntry;
                tables = await CopySqliteAsync(copy, cancellationToken);
            }

            var files = await BackupManifest.FilesAsync(data.DataDirectory, cancellationToken);
            var manifest = new BackupManifest(1, clock.GetUtcNow().UtcDateTime, data.Provider.ToString(), entry, tables, files);
            var full = Path.GetFullPath(outFile);
            if (Path.GetDirectoryName(full) is { } directory)
            {
                Directory.CreateDirectory(directory);
            }

            // Written beside the target and moved at the end: a killed backup never leaves a half archive under the name.
            var partial = full + ".partial";
            await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                await zip.CreateEntryFromFileAsync(copy, entry, CompressionLevel.Fastest, cancellationToken);
                foreach (var file in files)
                {
                    await zip.CreateEntryFromFileAsync(Path.Combine(data.DataDirectory, file.Path), file.Path, CompressionLevel.Fastest, cancellationToken);
                }

                var manifestEntry = zip.CreateEntry(BackupManifest.EntryName);
                await using var writer = new StreamWriter(await manifestEntry.OpenAsync(cancellationToken));
                await writer.WriteAsync(manifest.ToJson());
            }

            File.Move(partial, full, overwrite: true);
            return manifest;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task<List<BackupManifest.Table>> CopySqliteAsync(string copy, CancellationToken cancellationToken)
    {
        await using (var live = new SqliteConnection(data.ConnectionString))
        {
            await live.OpenAsync(cancellationToken);
            await using var vacuum = live.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $file";
            vacuum.Parameters.AddWithValue("$file", copy);
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        return await BackupManifest.TablesAsync(connection, null, DatabaseProvider.Sqlite, cancellationToken);
    }

    private async Task<List<BackupManifest.Table>> DumpPostgresAsync(string copy, CancellationToken cancellationToken)
    {
        if (PostgresTools.Find("pg_dump") is null)
        {
            throw new BackupException(PostgresTools.Missing("pg_dump"));
        }

        await using var connection = new NpgsqlConnection(data.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await using var export = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, transaction);
        var snapshot = (string)(await export.ExecuteScalarAsync(cancellationToken))!;
        var tables = await BackupManifest.TablesAsync(connection, transaction, DatabaseProvider.Postgres, cancellationToken);
        await PostgresTools.RunAsync("pg_dump", data.ConnectionString, ["-Fc", "--no-owner", "--no-privileges", "--snapshot=" + snapshot, "-f", copy], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return tables;
    }
}
