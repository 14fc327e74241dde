using TheoDoi.Core.Water;

namespace TheoDoi.Water;

/// <summary>
/// One import as users start it (CLI, page, API): store the values (their recomputation is queued in
/// the same transaction), then drain the recomputation queue — the indices, levels and alerts of the
/// stations and days they touched — and tell the data stewards about new alerts. A process killed
/// after the import committed leaves the queue entries, which the next start drains.
/// </summary>
public sealed class WaterImportRun(ImportObservations import, RecomputeDerived recompute)
{
    public sealed record Outcome(ImportObservations.Summary Import, ComputeSamples.Result? Computed)
    {
        public bool Succeeded => Import.Succeeded;

        public IReadOnlyList<CsvError> Errors => Import.Errors;
    }

    public async Task<Outcome> RunAsync(Stream stream, ImportObservations.Request request, IProgress<ImportObservations.Progress>? progress = null, CancellationToken cancellationToken = default)
    {
        var summary = await import.RunAsync(stream, request, progress, cancellationToken);
        if (!summary.Succeeded)
        {
            return new Outcome(summary, null);
        }

        // Not cancelled with the request: the values are stored, their derived rows must follow.
        var computed = await recompute.DrainAsync(cancellationToken: CancellationToken.None);
        return new Outcome(summary, computed);
    }
}
