using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Core.Time;
using TheoDoi.Data;

namespace TheoDoi.Water;

/// <summary>Stations on the map and as a list with the latest index. Without sign-in: validated data only.</summary>
public sealed class Index(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<WaterQueries.StationRow> Stations { get; private set; } = [];
    public bool PublicView { get; private set; }
    public DateOnly Today { get; private set; }

    public static string GeoJsonPath => Path.Combine(AppContext.BaseDirectory, "wwwroot", "geo", "southeast-provinces-2024.geojson");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PublicView = User.Identity?.IsAuthenticated != true;
        Today = VietnamTime.Today(clock);
        Stations = await WaterQueries.StationsAsync(db, PublicView, Today, cancellationToken);
    }
}
