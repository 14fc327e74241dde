using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Core.Time;
using TheoDoi.Data;

namespace TheoDoi.Registries;

public sealed class ParkIndicator(AppDbContext db, TimeProvider clock) : PageModel
{
    public DateOnly At { get; private set; }
    public bool ByToday { get; private set; }
    public IReadOnlyList<ParkIndicatorRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(DateOnly? at, string? by, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        At = at ?? today;
        ByToday = by == "new";
        var (parks, directory) = await ParkRegistry.LoadAsync(db, cancellationToken);
        Rows = ParkRegistry.IndicatorAt(parks, directory, At, today, ByToday);
    }
}
