using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Indicators;
using TheoDoi.Shared;
using TheoDoi.Units;
namespace TheoDoi.Registries;

[RequestSizeLimit(RegistryUpload.RequestLimit)]
public sealed class Waste(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record ItemForm(string? Unit, int? Year, string? UrbanGenerated, string? UrbanCollected, string? UrbanTreated,
        string? HazardousGenerated, string? HazardousTreated, string? Source);

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public IReadOnlyList<(Unit Unit, WasteStatistic? Stat, bool Editable)> Rows { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData]
    public string? Saved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetExportAsync([FromServices] RegistryWorkbook workbook, CancellationToken cancellationToken) =>
        File(await workbook.ExportWasteAsync(null, cancellationToken), ValueWorkbook.ContentType, "thong-ke-chat-thai.xlsx");

    public async Task<IActionResult> OnPostSaveAsync(List<ItemForm>? items, [FromServices] WasteRegistry registry, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        decimal? P(string? text)
        {
            if (FormNumber.TryParse(text, out var value))
            {
                return value;
            }

            errors.Add($"\"{text}\" không phải là số.");
            return null;
        }

        var list = (items ?? []).Select(i => new WasteRegistry.Item(i.Unit, i.Year, P(i.UrbanGenerated), P(i.UrbanCollected), P(i.UrbanTreated), P(i.HazardousGenerated), P(i.HazardousTreated), i.Source))
            .Where(i => i.UrbanGenerated is not null || i.HazardousGenerated is not null).ToList();
        if (errors.Count == 0)
        {
            var result = await registry.SaveAsync(new WasteRegistry.Request(list), User, cancellationToken);
            if (result.IsDone)
            {
                Saved = new Bilingual($"Đã lưu {result.Done().Values.Count} dòng.", $"Saved {result.Done().Values.Count} row(s).").Pick();
                return Redirect($"/registries/waste?year={Year}");
            }

            errors.AddRange(result.Problems.OfType<ItemProblem>().Select(p => (p.Index >= 0 ? list[p.Index].Unit + ": " : "") + p.Why().Pick()));
        }

        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync([FromServices] RegistryWorkbook workbook, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var result = await RegistryUpload.RunAsync(this, Rows.Any(r => r.Editable), (stream, name, ct) => workbook.ImportWasteAsync(stream, name, User, ct), cancellationToken);
        if (result.IsDone)
        {
            Saved = result.Done();
            return Redirect($"/registries/waste?year={Year}");
        }

        Errors = result.Errors;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        Year = Year is >= 2000 && Year <= today.Year ? Year : today.Year - 1;
        var directory = await UnitDirectory.LoadAsync(db, cancellationToken);
        var geography = new IndicatorGeography(directory, today);
        var access = RegistryAccess.For(User, directory, today);
        var stats = await db.WasteStatistics.AsNoTracking().Where(w => w.Year == Year).ToListAsync(cancellationToken);
        Rows = geography.RegionInputs(Year, includeLongAn: true)
            .Select(u => (u, stats.FirstOrDefault(s => s.UnitId == u.Id), access.CanEdit(u.Id))).ToList();
    }
}
