using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Time;
using TheoDoi.Data;

namespace TheoDoi.Water;

/// <summary>The basin: its sub-basins and water bodies, stations per band now, and the bands and mean index per year.</summary>
public sealed class Basin(AppDbContext db, TimeProvider clock) : PageModel
{
    public WaterBasin Item { get; private set; } = null!;
    public IReadOnlyList<WaterBasin> SubBasins { get; private set; } = [];
    public IReadOnlyList<WaterQueries.StationRow> Stations { get; private set; } = [];
    public IReadOnlyList<WaterQueries.BasinYear> Years { get; private set; } = [];
    public bool PublicView { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PublicView = User.Identity?.IsAuthenticated != true;
        Item = await db.WaterBasins.AsNoTracking().SingleAsync(b => b.Code == WaterSeed.Basin, cancellationToken);
        SubBasins = await db.WaterBasins.AsNoTracking().Where(b => b.ParentId == Item.Id).OrderBy(b => b.Id).ToListAsync(cancellationToken);
        Stations = await WaterQueries.StationsAsync(db, PublicView, VietnamTime.Today(clock), cancellationToken);
        Years = await WaterQueries.BasinYearsAsync(db, Item.Id, PublicView, cancellationToken);
    }
}
