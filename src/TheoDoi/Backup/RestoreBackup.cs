using System.IO.Compression;
using Microsoft.Data.Sqlite;
using Npgsql;
using TheoDoi.Core.Texts;
using TheoDoi.Data;

namespace TheoDoi.Backup;

/// <summary>
/// <c>theodoi restore FILE</c>: puts a backup into an empty data directory (SQLite: no database file,
/// no uploads, no keys) or an empty PostgreSQL database (created when missing), then reads the
/// restored installation's tables and files again and compares them with the manifest.
/// </summary>
public sealed class RestoreBackup(DataOptions data)
{
    public sealed record Outcome(BackupManifest Manifest, IReadOnlyList<string> Differences)
    {
        public bool Verified => Differences.Count == 0;
    }

    public async Task<Outcome> RunAsync(string archiveFile, CancellationToken cancellationToken = default)
    {
        using var zip = ZipFile.OpenRead(archiveFile);
        var manifestEntry = zip.GetEntry(BackupManifest.EntryName)
            ?? throw new BackupException(new Bilingual("Tệp không phải bản sao lưu TheoDoi (thiếu manifest.json).", "The file is not a TheoDoi backup (no manifest.json)."));
        BackupManifest manifest;
        await using (var stream = await manifestEntry.OpenAsync(cancellationToken))
        using (var reader = new StreamReader(stream))
        {
            manifest = BackupManifest.FromJson(await reader.ReadToEndAsync(cancellationToken));
        }

        if (!string.Equals(manifest.Provider, data.Provider.ToString(), StringComparison.Ordinal))
        {
            throw new BackupException(new Bilingual(
                $"Bản sao lưu là của {manifest.Provider}, còn đích là {data.Provider}: hãy khôi phục vào cùng loại cơ sở dữ liệu.",
                $"The backup is of {manifest.Provider} and the target is {data.Provider}: restore into the same kind of database."));
        }

        await RefuseNonEmptyAsync(cancellationToken);
        var databaseEntry = zip.GetEntry(manifest.DatabaseEntry) ?? throw new BackupException(new Bilingual("Bản sao lưu thiếu cơ sở dữ liệu.", "The backup has no database."));
        foreach (var file in manifest.Files)
        {
            var target = Path.GetFullPath(Path.Combine(data.DataDirectory, file.Path));
            if (!target.StartsWith(Path.GetFullPath(data.DataDirectory) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new BackupException(new Bilingual($"Đường dẫn không hợp lệ trong bản sao lưu: {file.Path}", $"Invalid path in the backup: {file.Path}"));
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var entry = zip.GetEntry(file.Path) ?? throw new BackupException(new Bilingual($"Bản sao lưu thiếu tệp {file.Path}.", $"The backup lacks the file {file.Path}."));
            await entry.ExtractToFileAsync(target, overwrite: false, cancellationToken);
        }

        List<BackupManifest.Table> restored;
        if (data.Provider == DatabaseProvider.Postgres)
        {
            var dump = Path.Combine(Directory.CreateTempSubdirectory("theodoi-restore-").FullName, "theodoi.pgdump");
            try
            {
                await databaseEntry.ExtractToFileAsync(dump, cancellationToken);
                await PostgresTools.RunAsync("pg_restore", data.ConnectionString, ["--no-owner", "--no-privileges", "--exit-on-error", "-d", new NpgsqlConnectionStringBuilder(data.ConnectionString).Database ?? "", dump], cancellationToken);
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(dump)!, recursive: true);
            }

            await using var connection = new NpgsqlConnection(data.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            restored = await BackupManifest.TablesAsync(connection, null, DatabaseProvider.Postgres, cancellationToken);
        }
        else
        {
            var file = SqliteFile();
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await databaseEntry.ExtractToFileAsync(file, cancellationToken);
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
            await connection.OpenAsync(cancellationToken);
            await using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode=WAL;";
                await wal.ExecuteNonQueryAsync(cancellationToken);
            }

            restored = await BackupManifest.TablesAsync(connection, null, DatabaseProvider.Sqlite, cancellationToken);
        }

        var differences = Compare(manifest.Tables, restored, manifest.Files, await BackupManifest.FilesAsync(data.DataDirectory, cancellationToken));
        return new Outcome(manifest, differences);
    }

    public static List<string> Compare(IReadOnlyList<BackupManifest.Table> expected, IReadOnlyList<BackupManifest.Table> actual, IReadOnlyList<BackupManifest.File> expectedFiles, IReadOnlyList<BackupManifest.File> actualFiles)
    {
        var differences = new List<string>();
        var byName = actual.ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var table in expected)
        {
            if (!byName.TryGetValue(table.Name, out var found))
            {
                differences.Add($"table {table.Name}: missing");
            }
            else if (found.Rows != table.Rows || found.Sha256 != table.Sha256)
            {
                differences.Add($"table {table.Name}: {found.Rows} rows (expected {table.Rows}), checksum {(found.Sha256 == table.Sha256 ? "equal" : "different")}");
            }
        }

        var files = actualFiles.ToDictionary(f => f.Path, StringComparer.Ordinal);
        differences.AddRange(expectedFiles.Where(f => !files.TryGetValue(f.Path, out var a) || a != f).Select(f => $"file {f.Path}: missing or different"));
        return differences;
    }

    private string SqliteFile() => Path.GetFullPath(new SqliteConnectionStringBuilder(data.ConnectionString).DataSource);

    private async Task RefuseNonEmptyAsync(CancellationToken cancellationToken)
    {
        var filled = BackupManifest.Folders.Select(f => Path.Combine(data.DataDirectory, f))
            .FirstOrDefault(d => Directory.Exists(d) && Directory.EnumerateFileSystemEntries(d).Any());
        if (filled is not null)
        {
            throw NotEmpty(filled);
        }

        if (data.Provider == DatabaseProvider.Sqlite)
        {
            var file = SqliteFile();
            if (File.Exists(file) && new FileInfo(file).Length > 0)
            {
                throw NotEmpty(file);
            }

            return;
        }

        var builder = new NpgsqlConnectionStringBuilder(data.ConnectionString);
        var name = builder.Database ?? throw new BackupException(new Bilingual("Chuỗi kết nối thiếu Database=.", "The connection string has no Database=."));
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(data.ConnectionString) { Database = "postgres", Pooling = false }.ToString()))
        {
            await admin.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @n", admin);
            exists.Parameters.AddWithValue("n", name);
            if ((long)(await exists.ExecuteScalarAsync(cancellationToken))! == 0)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", admin);
                await create.ExecuteNonQueryAsync(cancellationToken);
                return;
            }
        }

        await using var connection = new NpgsqlConnection(data.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var tables = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", connection);
        if ((long)(await tables.ExecuteScalarAsync(cancellationToken))! > 0)
        {
            throw NotEmpty(data.Describe());
        }
    }

    private static BackupException NotEmpty(string what) => new(new Bilingual(
        $"Không khôi phục: đích không trống ({what}). Hãy khôi phục vào một thư mục dữ liệu trống hoặc một cơ sở dữ liệu trống.",
        $"Not restored: the target is not empty ({what}). Restore into an empty data directory or an empty database."));
}
