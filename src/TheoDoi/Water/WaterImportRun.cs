using System.Globalization;
using TheoDoi.Accounts;
using TheoDoi.Core.Water;
using TheoDoi.Notifications;

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
    public sealed record Outcome(ImportObservations.Summary Import, ComputeSamples.Result? Computed)
    {
        public bool Succeeded => Import.Succeeded;

        public IReadOnlyList<CsvError> Errors => Import.Errors;
    }

    public async Task<Outcome> RunAsync(Stream stream, ImportObservations.Request request, IProgress<ImportObservations.Progress>? progress = null, CancellationToken cancellationToken = default)
    {
        var summary = await import.RunAsync(stream, request, progress, cancellationToken);
        // Not cancelled with the request: once the values are stored, their derived rows must follow.
        var outcome = summary.Succeeded
            ? new Outcome(summary, await recompute.DrainAsync(cancellationToken: CancellationToken.None))
            : new Outcome(summary, null);

        await notifier.RaiseAsync(Notice(request.FileName, outcome), CancellationToken.None);
        return outcome;
    }

    private static Notifier.Notice Notice(string fileName, Outcome outcome)
    {
        var s = outcome.Import;
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        string N(long n, CultureInfo culture) => n.ToString("N0", culture);
        if (s.Succeeded)
        {
            var c = outcome.Computed ?? new ComputeSamples.Result(0, 0, 0);
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

        var first = string.Join("\n", s.Errors.Take(3).Select(e => $"dòng {e.Row}, cột {e.Column}: {e.Reason.Vi}"));
        var firstEn = string.Join("\n", s.Errors.Take(3).Select(e => $"row {e.Row}, column {e.Column}: {e.Reason.En}"));
        return new Notifier.Notice(
            $"water-import-rejected:{Guid.NewGuid():N}", null, Roles.DataSteward,
            $"Tệp {fileName} bị từ chối",
            $"{N(s.ErrorCount, vi)} lỗi; không có dữ liệu nào được ghi. Sửa tệp rồi nhập lại.\n{first}",
            "/water/import")
        {
            SubjectEn = $"File {fileName} was refused",
            BodyEn = $"{N(s.ErrorCount, CultureInfo.InvariantCulture)} error(s); nothing was written. Fix the file and import it again.\n{firstEn}",
        };
    }
}
