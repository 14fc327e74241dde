using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Indicators;
using TheoDoi.Shared;
using TheoDoi.Units;

namespace TheoDoi.Registries;

[RequestSizeLimit(RegistryUpload.RequestLimit)]
public sealed class Parks(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Filter { get; set; }

    public DateOnly At { get; private set; }
    public IReadOnlyList<ParkOnDay> Rows { get; private set; } = [];
    public IReadOnlyList<Unit> Holders { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData]
    public string? Saved { get; set; }

    public async Task OnGetAsync(DateOnly? at, CancellationToken cancellationToken) => await LoadAsync(at, cancellationToken);

    public async Task<IActionResult> OnGetExportAsync([FromServices] RegistryWorkbook workbook, CancellationToken cancellationToken) =>
        File(await workbook.ExportParksAsync(cancellationToken), ValueWorkbook.ContentType, $"so-dang-ky-kcn-{VietnamTime.Today(clock):yyyy-MM-dd}.xlsx");

    public async Task<IActionResult> OnPostImportAsync([FromServices] RegistryWorkbook workbook, CancellationToken cancellationToken)
    {
        await LoadAsync(null, cancellationToken);
        var result = await RegistryUpload.RunAsync(this, CanEdit, (stream, name, ct) => workbook.ImportParksAsync(stream, name, User, ct), cancellationToken);
        if (result.IsDone)
        {
            Saved = result.Done();
            return RedirectToPage();
        }

        Errors = result.Errors;
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(ParkRegistry.SaveRequest request, [FromServices] ParkRegistry registry, CancellationToken cancellationToken)
    {
        var result = FormRefusals.Of(HttpContext) ?? await registry.SaveAsync(null, request, User, cancellationToken);
        if (result.IsDone)
        {
            return Redirect($"/registries/parks/{result.Done()}");
        }

        Errors = result.Errors;
        Response.StatusCode = UseCaseProblem.StatusFor(result.Outcome);
        await LoadAsync(null, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(DateOnly? at, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        At = at ?? today;
        var (parks, directory) = await ParkRegistry.LoadAsync(db, cancellationToken);
        var all = ParkRegistry.OnDay(parks, directory, At);
        Holders = all.Select(p => p.Holder).DistinctBy(u => u.Id).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        Rows = all.Where(p => Unit is null or "" || p.Holder.Code == Unit)
            .Where(p => Filter switch
            {
                "operating" => p.Operating,
                "compliant" => p.Compliant,
                "noncompliant" => p.Operating && !p.Compliant,
                _ => true,
            }).ToList();
        CanEdit = RegistryAccess.For(User, directory, today).CanEditAny;
    }
}
