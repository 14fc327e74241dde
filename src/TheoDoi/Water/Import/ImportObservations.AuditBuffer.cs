using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Audit;
using TheoDoi.Core.Water;
using TheoDoi.Data;

namespace TheoDoi.Water;

// What a writer answers, and the changed values it hands to the audit trail.
public sealed partial class ImportObservations
{
    /// <summary>When and by whom the batch's corrections are made, for their versions.</summary>
    internal sealed record VersionStamp(DateTime At, string Actor);

    internal sealed record WriteResult(long Inserted, long Updated, long Unchanged, IReadOnlyList<int> Duplicates);

    internal interface IValueWriter
    {
        Task BeginAsync(CancellationToken cancellationToken);

        Task<WriteResult> WriteAsync(Value[] sorted, AuditBuffer audit, CancellationToken cancellationToken);

        Task EndAsync(CancellationToken cancellationToken);
    }

    /// <summary>Changed values, written to the audit trail in the import's transaction.</summary>
    internal sealed class AuditBuffer(AppDbContext db, string actor, DateTime at)
    {
        private static readonly JsonSerializerOptions s_json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        private readonly List<AuditEntry> _entries = [];

        public void Changed(in Value value, double oldValue, short oldQualifier, short oldQc, int oldBatch, int newBatch, QcState qc)
        {
            var changes = new Dictionary<string, object>
            {
                ["Value"] = new { old = oldValue, @new = value.Number },
                ["Qualifier"] = new { old = Measurement.Symbol((Qualifier)oldQualifier), @new = Measurement.Symbol((Qualifier)value.Qualifier) },
                ["Qc"] = new { old = ((QcState)oldQc).ToString(), @new = qc.ToString() },
                ["BatchId"] = new { old = oldBatch, @new = newBatch },
            };
            _entries.Add(new AuditEntry
            {
                At = at,
                Actor = actor,
                Action = AuditAction.Update,
                Entity = nameof(WaterObservation),
                EntityKey = string.Create(CultureInfo.InvariantCulture, $"{value.Station},{value.Parameter},{value.Time}"),
                Changes = JsonSerializer.Serialize(changes, s_json),
            });
        }

        public async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (_entries.Count == 0)
            {
                return;
            }

            db.AuditEntries.AddRange(_entries);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            _entries.Clear();
        }
    }
}
