using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Indicators;
using TheoDoi.Registries;
using TheoDoi.Shared;

namespace TheoDoi.Water.Licences;

/// <summary>
/// The abstraction licence register (Nghị định 54/2024/NĐ-CP) for signed-in users: state, this year's
/// compliance, expiry within 90 days and the groundwater restricted zones a work lies in. Data stewards
/// and admins import the XLSX (all or nothing) here.
/// </summary>
[RequestSizeLimit(RegistryUpload.RequestLimit)]
public sealed class Register(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<LicenceView> Rows { get; private set; } = [];
    public IReadOnlyDictionary<string, Units.Unit> Provinces { get; private set; } = new Dictionary<string, Units.Unit>();
    public bool CanEdit { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public IReadOnlyList<(GroundwaterZone Zone, IReadOnlyList<IReadOnlyList<Core.Water.Licences.LonLat>> Rings)> Zones { get; private set; } = [];

    [TempData]
    public string? Saved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetExportAsync([FromServices] LicenceWorkbook workbook, CancellationToken cancellationToken) =>
        File(await workbook.ExportAsync(cancellationToken), ValueWorkbook.ContentType, $"giay-phep-khai-thac-nuoc-{VietnamTime.Today(clock):yyyy-MM-dd}.xlsx");

    public async Task<IActionResult> OnPostImportAsync([FromServices] LicenceWorkbook workbook, CancellationToken cancellationToken)
    {
        var result = await RegistryUpload.RunAsync(this, LicenceRegister.MayEdit(User), (stream, name, ct) => workbook.ImportAsync(stream, name, User, ct), cancellationToken);
        return await this.AnswerAsync(result.Status, () =>
        {
            Saved = result.Done();
            return RedirectToPage();
        }, async () =>
        {
            Errors = result.Errors;
            await LoadAsync(cancellationToken);
            return Page();
        });
    }

    /// <summary>The detail page's address: licence numbers hold slashes ("12/GP-BTNMT"), so the number goes in the query string.</summary>
    public static string DetailPath(string number) => "/water/licences/detail?number=" + Uri.EscapeDataString(number);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = VietnamTime.Today(clock);
        CanEdit = LicenceRegister.MayEdit(User);
        Rows = await LicenceQueries.RegisterAsync(db, Today, cancellationToken);
        Zones = await LicenceQueries.ZonesAsync(db, cancellationToken);
        Provinces = await ProvincesAsync(db, Rows.Select(r => r.Licence.Province), cancellationToken);
    }

    /// <summary>Names of the provinces by code (a code reused over time: the latest unit).</summary>
    public static async Task<IReadOnlyDictionary<string, Units.Unit>> ProvincesAsync(AppDbContext db, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var wanted = codes.Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => wanted.Contains(u.Code)).OrderBy(u => u.Id).ToListAsync(cancellationToken);
        return units.GroupBy(u => u.Code).ToDictionary(g => g.Key, g => g.Last());
    }
}
