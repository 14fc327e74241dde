using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;

namespace TheoDoi.Water;

/// <summary>Data stewards upload an observation file (long CSV, wide CSV or XLSX); all or nothing, every error listed.</summary>
[RequestSizeLimit(4L * 1024 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 4L * 1024 * 1024 * 1024)]
public sealed class Import(WaterImportRun run, AppDbContext db) : PageModel
{
    public WaterImportRun.Outcome? Outcome { get; private set; }
    public string? FileName { get; private set; }
    public IReadOnlyList<WaterImportBatch> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, QcState qc, string? source, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Chưa chọn tệp (choose a file).");
            await LoadAsync(cancellationToken);
            return Page();
        }

        FileName = file.FileName;
        await using var stream = file.OpenReadStream();
        Outcome = await run.RunAsync(stream, new ImportObservations.Request(file.FileName, qc == QcState.Validated ? QcState.Validated : QcState.Raw, source), cancellationToken: cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Recent = await db.WaterImportBatches.AsNoTracking().OrderByDescending(b => b.Id).Take(15).ToListAsync(cancellationToken);
}
