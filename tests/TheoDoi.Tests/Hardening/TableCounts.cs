using System.Data.Common;
using System.Globalization;
using TheoDoi.Data;

namespace TheoDoi.Tests.Hardening;

/// <summary>
/// The row count of every table — the EF model's and those created by raw SQL (water_observations,
/// the recompute queue) — in one query, plus the number of stored upload files: what "nothing was
/// written" means. Notifications (and their audit lines) are left out: a refused observation import
/// tells the data stewards why, on purpose.
/// </summary>
internal sealed class TableCounts
{
    private const string AuditTable = "AuditEntries";
    private readonly TestApp _app;
    private readonly List<string> _tables;
    private readonly string _sql;

    private TableCounts(TestApp app, List<string> tables)
    {
        _app = app;
        _tables = tables;
        _sql = "SELECT " + string.Join(", ", tables.Select(t => t == AuditTable
            ? $"(SELECT COUNT(*) FROM \"{t}\" WHERE \"Entity\" <> '{nameof(global::TheoDoi.Notifications.Notification)}')"
            : $"(SELECT COUNT(*) FROM \"{t}\")"));
    }

    public static async Task<TableCounts> CreateAsync(TestApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var tables = await app.WithDbAsync(async db =>
        {
            var names = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var catalog = app.Data.Provider == DatabaseProvider.Postgres
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = catalog;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }

            // A refused observation import notifies the data stewards (its first reasons) by design:
            // that notice, and its audit line, is the one row a refusal adds.
            names.Remove(db.Model.FindEntityType(typeof(global::TheoDoi.Notifications.Notification))!.GetTableName()!);
            return names.Order(StringComparer.Ordinal).ToList();
        });
        Assert.Contains("water_observations", tables);
        Assert.Contains(AuditTable, tables);
        return new TableCounts(app, tables);
    }

    public int Tables => _tables.Count;

    /// <summary>"table=count" for every table, and the upload files.</summary>
    public async Task<IReadOnlyList<string>> ReadAsync()
    {
        var counts = await _app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = _sql;
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return Enumerable.Range(0, _tables.Count).Select(i => $"{_tables[i]}={Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture)}").ToList();
        });
        var uploads = Path.Combine(_app.Data.DataDirectory, "uploads");
        counts.Add("upload files=" + (Directory.Exists(uploads) ? Directory.EnumerateFiles(uploads, "*", SearchOption.AllDirectories).Count() : 0));
        return counts;
    }

    /// <summary>What differs between two readings, for the failure message.</summary>
    public static string Difference(IReadOnlyList<string> before, IReadOnlyList<string> after) =>
        string.Join(", ", after.Except(before, StringComparer.Ordinal));
}
