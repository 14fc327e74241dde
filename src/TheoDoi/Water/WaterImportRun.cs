using TheoDoi.Core.Water;

namespace TheoDoi.Water;

/// <summary>
/// One import as users start it (CLI, page, API): store the values, then compute the indices, levels
/// and alerts of the stations and days they touched, and tell the data stewards about new alerts.
/// </summary>
public sealed class WaterImportRun(ImportObservations import, ComputeSamples compute)
{
    public sealed record Outcome(ImportObservations.Summary Import, ComputeSamples.Result? Computed)
    {
        public bool Succeeded => Import.Succeeded;

        public IReadOnlyList<CsvError> Errors => Import.Errors;
    }

    public async Task<Outcome> RunAsync(Stream stream, ImportObservations.Request request, IProgress<ImportObservations.Progress>? progress = null, CancellationToken cancellationToken = default)
    {
        var summary = await import.RunAsync(stream, request, progress, cancellationToken);
        if (!summary.Succeeded || summary.Inserted + summary.Updated == 0)
        {
            return new Outcome(summary, summary.Succeeded ? new ComputeSamples.Result(0, 0, 0) : null);
        }

        var computed = await compute.RunAsync(summary.Ranges, $"lô nhập {summary.BatchId} ({request.FileName})", cancellationToken);
        return new Outcome(summary, computed);
    }
}
