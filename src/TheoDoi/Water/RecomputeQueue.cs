using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage;
using TheoDoi.Core.Water;
using TheoDoi.Data;

namespace TheoDoi.Water;

/// <summary>
/// A station's span (whole Việt Nam days, Unix seconds) whose derived rows (indices, levels, alerts)
/// must be recomputed (table <c>water_recompute_queue</c>). Written in the import's own transaction,
/// so an import that committed always leaves its recomputation behind even when the process is
/// killed right after; removed in the same transaction that rewrites the span's derived rows.
/// </summary>
public sealed class WaterRecomputeEntry
{
    public long Id { get; set; }
    public int StationId { get; set; }
    public long FromTime { get; set; }
    public long ToTime { get; set; }
    public DateTime EnqueuedAt { get; set; }

    /// <summary>Where the request came from ("lô nhập 12 (file.csv)", "recompute"), kept for the alert notice.</summary>
    public string? Origin { get; set; }
}

internal sealed class WaterRecomputeEntryConfiguration : IEntityTypeConfiguration<WaterRecomputeEntry>
{
    public void Configure(EntityTypeBuilder<WaterRecomputeEntry> entry)
    {
        entry.ToTable("water_recompute_queue");
        entry.Property(e => e.Id).HasColumnName("id");
        entry.Property(e => e.StationId).HasColumnName("station_id");
        entry.Property(e => e.FromTime).HasColumnName("from_time");
        entry.Property(e => e.ToTime).HasColumnName("to_time");
        entry.Property(e => e.EnqueuedAt).HasColumnName("enqueued_at");
        entry.Property(e => e.Origin).HasColumnName("origin").HasMaxLength(300);
    }
}

/// <summary>Adds entries to the recomputation queue (in the caller's transaction when one is open).</summary>
public static class RecomputeQueue
{
    public static async Task EnqueueAsync(AppDbContext db, IReadOnlyDictionary<int, (long From, long To)> spans, string? origin, DateTime now, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await using var insert = SampleStore.Command(connection, transaction,
            "INSERT INTO water_recompute_queue (station_id, from_time, to_time, enqueued_at, origin) VALUES (@s, @from, @to, @at, @o)", "s", "from", "to", "at", "o");
        foreach (var (station, span) in spans.OrderBy(s => s.Key))
        {
            SampleStore.Set(insert, station, StationDerivation.DayStart(span.From), StationDerivation.DayStart(span.To) + 86_400 - 1, now, origin is { Length: > 300 } ? origin[..300] : origin);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public static Task<int> PendingAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.Set<WaterRecomputeEntry>().CountAsync(cancellationToken);
}
