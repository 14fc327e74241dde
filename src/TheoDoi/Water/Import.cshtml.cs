using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;

namespace TheoDoi.Water;

/// <summary>Data stewards upload an observation file (long CSV, wide CSV or XLSX); all or nothing, every error listed.</summary>
[RequestSizeLimit(4L * 1024 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 4L * 1024 * 1024 * 1024)]
public sealed class Import(WaterImportRun importRun, ImportProgress watch, AppDbContext db) : PageModel
{
    public Shared.UseCaseResult<WaterImportRun.Imported>? Result { get; private set; }
    public string? FileName { get; private set; }
    public IReadOnlyList<WaterImportBatch> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, QcState qc, string? source, string? run, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", new Core.Texts.Bilingual("Chưa chọn tệp.", "Choose a file.").Pick());
            await LoadAsync(cancellationToken);
            return Page();
        }

        FileName = file.FileName;
        await using var stream = file.OpenReadStream();
        // The page's script polls ?handler=progress&run=… while the server reads the file.
        var runId = run is { Length: >= 8 and <= 64 } ? run : Guid.NewGuid().ToString("N");
        var progress = watch.Start(runId, file.Length);
        try
        {
            Result = await importRun.RunAsync(stream, new ImportObservations.Request(file.FileName, qc == QcState.Validated ? QcState.Validated : QcState.Raw, source), progress, cancellationToken);
        }
        finally
        {
            watch.End(runId);
        }

        Response.StatusCode = Result.IsDone ? StatusCodes.Status200OK : Shared.UseCaseProblem.StatusFor(Result.Outcome);
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>How far a running import is: phase, values read, percent of the file, seconds left (JSON for the page's script).</summary>
    public IActionResult OnGetProgress(string? run) =>
        run is not null && watch.Read(run) is { } snapshot
            ? new JsonResult(snapshot)
            : new JsonResult(new ImportProgress.Snapshot("waiting", 0, 0, null));

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Recent = await db.WaterImportBatches.AsNoTracking().OrderByDescending(b => b.Id).Take(15).ToListAsync(cancellationToken);
}
