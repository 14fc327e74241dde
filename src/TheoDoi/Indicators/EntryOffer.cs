using System.Security.Claims;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Units;

namespace TheoDoi.Indicators;

/// <summary>
/// Whether to offer the entry page at all: coordinators, and reporters whose unit (or a unit it
/// succeeded) reports indicator values. A leader, a data steward or a ministry unit's reporter would
/// only find an empty form there.
/// </summary>
public static class EntryOffer
{
    public static async Task<bool> MayEnterAsync(AppDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var directory = await UnitDirectory.LoadAsync(db, cancellationToken);
        var today = VietnamTime.Today(clock);
        var access = IndicatorAccess.For(user, directory, today);
        return access.IsCoordinator || new IndicatorGeography(directory, today).RegionPeriods.Any(u => access.OwnUnitIds.Contains(u.Id));
    }
}
