using System.Globalization;
using TheoDoi.Accounts;
using TheoDoi.Notifications;
using TheoDoi.Shared;

namespace TheoDoi.Water;

/// <summary>
/// One import as users start it (CLI, page, API): store the values (their recomputation is queued in
/// the same transaction), then drain the recomputation queue — the indices, levels and alerts of the
/// stations and days they touched — and tell the data stewards how it ended (the counts when it
/// succeeded, the first reasons when it was refused), in-app and by e-mail, once. A process killed
/// after the import committed leaves the queue entries, which the next start drains.
/// </summary>
public sealed class WaterImportRun(ImportObservations import, RecomputeDerived recompute, Notifier notifier)
{
    /// <summary>A finished import: what was stored and what was derived from it.</summary>
    public sealed record Imported(ImportObservations.Summary Stored, ComputeSamples.Result Computed);

    /// <summary>Done with the counts, or refused (invalid) with the file's first problems by row and column and their total.</summary>
    public async Task<UseCaseResult<Imported>> RunAsync(Stream stream, ImportObservations.Request request, IProgress<ImportObservations.Progress>? progress = null, CancellationToken cancellationToken = default)
    {
        var summary = await import.RunAsync(stream, request, progress, cancellationToken);
        if (!summary.Succeeded)
        {
            var refused = UseCaseResult.Refused(Outcome.Invalid, summary.Errors.Select(RowProblem.From).ToList(), summary.ErrorCount);
            await notifier.RaiseAsync(Refusal(request.FileName, refused), CancellationToken.None);
            return refused;
        }

        // Not cancelled with the request: once the values are stored, their derived rows must follow.
        var imported = new Imported(summary, await recompute.DrainAsync(cancellationToken: CancellationToken.None));
        await notifier.RaiseAsync(Finished(request.FileName, imported), CancellationToken.None);
        return UseCaseResult.Done(imported);
    }

    private static string N(long n, CultureInfo culture) => n.ToString("N0", culture);

    private static Notifier.Notice Finished(string fileName, Imported imported)
    {
        var (s, c) = (imported.Stored, imported.Computed);
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        return new Notifier.Notice(
                $"water-import:{s.BatchId?.ToString(CultureInfo.InvariantCulture) ?? Guid.NewGuid().ToString("N")}", null, Roles.DataSteward,
                $"Đã nhập xong tệp {fileName}",
                $"Lô {s.BatchId}: {N(s.Rows, vi)} giá trị — {N(s.Inserted, vi)} mới, {N(s.Updated, vi)} thay đổi, {N(s.Unchanged, vi)} không đổi; "
                + $"{N(c.Samples, vi)} chỉ số đã tính, {N(c.NewAlerts, vi)} cảnh báo mới. Số liệu chờ kiểm định trên trang từng trạm.",
                "/water/import")
        {
            SubjectEn = $"Import of {fileName} finished",
            BodyEn = $"Batch {s.BatchId}: {N(s.Rows, CultureInfo.InvariantCulture)} values — {N(s.Inserted, CultureInfo.InvariantCulture)} new, "
                    + $"{N(s.Updated, CultureInfo.InvariantCulture)} changed, {N(s.Unchanged, CultureInfo.InvariantCulture)} unchanged; "
                    + $"{N(c.Samples, CultureInfo.InvariantCulture)} indices computed, {N(c.NewAlerts, CultureInfo.InvariantCulture)} new alerts. Validate the data on each station's page.",
        };
    }

    private static Notifier.Notice Refusal(string fileName, UseCaseResult refused)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var first = string.Join("\n", refused.Problems.Take(3).Select(p => p.Located().Vi));
        var firstEn = string.Join("\n", refused.Problems.Take(3).Select(p => p.Located().En));
        return new Notifier.Notice(
            $"water-import-rejected:{Guid.NewGuid():N}", null, Roles.DataSteward,
            $"Tệp {fileName} bị từ chối",
            $"{N(refused.ProblemCount, vi)} lỗi; không có dữ liệu nào được ghi. Sửa tệp rồi nhập lại.\n{first}",
            "/water/import")
        {
            SubjectEn = $"File {fileName} was refused",
            BodyEn = $"{N(refused.ProblemCount, CultureInfo.InvariantCulture)} error(s); nothing was written. Fix the file and import it again.\n{firstEn}",
        };
    }
}
