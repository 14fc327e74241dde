using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TheoDoi.Data;

namespace TheoDoi.Backup;

/// <summary>
/// What a backup holds (<c>manifest.json</c> in the archive): per table its row count and a SHA-256 of its
/// content read in key order, per file its size and SHA-256. Restoring recomputes both on the restored
/// installation and compares.
/// </summary>
public sealed record BackupManifest(int Format, DateTime CreatedAt, string Provider, string DatabaseEntry, IReadOnlyList<BackupManifest.Table> Tables, IReadOnlyList<BackupManifest.File> Files)
{
    public const string EntryName = "manifest.json";

    public sealed record Table(string Name, long Rows, string Sha256);

    public sealed record File(string Path, long Size, string Sha256);

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    public static BackupManifest FromJson(string json) =>
        JsonSerializer.Deserialize<BackupManifest>(json, s_json) ?? throw new InvalidDataException("empty manifest");

    /// <summary>Every table's count and checksum, read on <paramref name="connection"/> (in <paramref name="transaction"/>, for a snapshot).</summary>
    public static async Task<List<Table>> TablesAsync(DbConnection connection, DbTransaction? transaction, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        var names = await ListAsync(connection, transaction, provider == DatabaseProvider.Postgres
            ? "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", cancellationToken);
        var tables = new List<Table>();
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            var key = await KeyColumnsAsync(connection, transaction, provider, name, cancellationToken);
            await using var select = connection.CreateCommand();
            select.Transaction = transaction;
            select.CommandText = $"SELECT * FROM \"{name}\"" + (key.Count == 0 ? "" : " ORDER BY " + string.Join(", ", key.Select(k => $"\"{k}\"")));
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long rows = 0;
            var rowsText = new List<string>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows++;
                var line = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    line.Append(Canonical(reader.IsDBNull(i) ? null : reader.GetValue(i))).Append('\u001f');
                }

                if (key.Count == 0)
                {
                    rowsText.Add(line.ToString()); // no key: hashed in text order
                }
                else
                {
                    hash.AppendData(Encoding.UTF8.GetBytes(line.Append('\u001e').ToString()));
                }
            }

            foreach (var line in rowsText.Order(StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(line + '\u001e'));
            }

            tables.Add(new Table(name, rows, Convert.ToHexStringLower(hash.GetCurrentHash())));
        }

        return tables;
    }

    /// <summary>A value as text that is the same wherever the same row is read on the same provider.</summary>
    private static string Canonical(object? value) => value switch
    {
        null => "\u0000",
        byte[] bytes => Convert.ToHexStringLower(bytes),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static async Task<List<string>> KeyColumnsAsync(DbConnection connection, DbTransaction? transaction, DatabaseProvider provider, string table, CancellationToken cancellationToken)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            return await ListAsync(connection, transaction,
                $"""
                SELECT a.attname FROM pg_index i
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
                WHERE i.indrelid = 'public."{table}"'::regclass AND i.indisprimary
                ORDER BY array_position(i.indkey, a.attnum)
                """, cancellationToken);
        }

        var key = new List<(long Position, string Name)>();
        await using var info = connection.CreateCommand();
        info.Transaction = transaction;
        info.CommandText = $"SELECT name, pk FROM pragma_table_info('{table}') WHERE pk > 0";
        await using var reader = await info.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            key.Add((reader.GetInt64(1), reader.GetString(0)));
        }

        return key.OrderBy(k => k.Position).Select(k => k.Name).ToList();
    }

    private static async Task<List<string>> ListAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        var list = new List<string>();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }

    /// <summary>The backed-up folders of the data directory: uploaded files and the data-protection keys.</summary>
    public static readonly string[] Folders = ["uploads", "keys"];

    public static async Task<List<File>> FilesAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var files = new List<File>();
        foreach (var folder in Folders)
        {
            var root = Path.Combine(dataDirectory, folder);
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                await using var stream = System.IO.File.OpenRead(path);
                var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
                files.Add(new File(Path.GetRelativePath(dataDirectory, path).Replace('\\', '/'), stream.Length, sha));
            }
        }

        return files;
    }
}
