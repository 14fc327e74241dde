using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Core.Time;
using TheoDoi.Data;

namespace TheoDoi.Units;

public sealed class History(AppDbContext db, TimeProvider clock) : PageModel
{
    public UnitDirectory Directory { get; private set; } = null!;
    public string Code { get; private set; } = "";
    public IReadOnlyList<Unit> Periods { get; private set; } = [];
    public IReadOnlyList<Unit> HoldersToday { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Directory = await UnitDirectory.LoadAsync(db, cancellationToken);
        Code = code;
        Periods = Directory.Units.Where(u => Shared.Codes.Same(u.Code, code)).OrderBy(u => u.ValidFrom).ToList();
        if (Periods.Count == 0)
        {
            return NotFound();
        }

        var today = VietnamTime.Today(clock);
        HoldersToday = Periods.SelectMany(p => Directory.HoldersOn(p, today)).DistinctBy(u => u.Id).ToList();
        return Page();
    }
}
