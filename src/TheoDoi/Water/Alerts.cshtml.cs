using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;

namespace TheoDoi.Water;

/// <summary>Exceedance alerts of every station, newest first.</summary>
public sealed class Alerts(AppDbContext db) : PageModel
{
    public IReadOnlyList<WaterAlert> Items { get; private set; } = [];
    public IReadOnlyDictionary<int, WaterStation> Stations { get; private set; } = new Dictionary<int, WaterStation>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Stations = await db.WaterStations.AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
        Items = await db.WaterAlerts.AsNoTracking().OrderByDescending(a => a.SampledAt).ThenBy(a => a.Id).Take(300).ToListAsync(cancellationToken);
    }
}
