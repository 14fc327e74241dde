using System.Security.Claims;
using TheoDoi.Accounts;
using TheoDoi.Units;

namespace TheoDoi.Indicators;

/// <summary>
/// Who sees and changes which values. Everyone (the public too) sees approved values; coordinators,
/// leaders and admins see every state; a reporter also sees and enters its own unit's values — its
/// unit today and the units it succeeded (a reporter of the new HCMC enters Bình Dương's 2024 figures).
/// Only coordinators (and admins) approve, enter the national series and change definitions.
/// </summary>
public sealed record IndicatorAccess(bool SeesAllStates, bool IsCoordinator, bool CanWrite, IReadOnlySet<int> OwnUnitIds, string? UnitCode)
{
    public static IndicatorAccess Public { get; } = new(false, false, false, new HashSet<int>(), null);

    public static IndicatorAccess For(ClaimsPrincipal user, UnitDirectory directory, DateOnly today)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return Public;
        }

        var coordinator = user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Admin);
        var oversight = coordinator || user.IsInRole(Roles.Leader);
        var own = new HashSet<int>();
        var code = user.UnitCode();
        if (user.IsInRole(Roles.Reporter) && code is { Length: > 0 })
        {
            var periods = directory.Units.Where(u => u.Code == code).ToList();
            var current = periods.FirstOrDefault(u => IndicatorGeography.IsValid(u, today)) ?? periods.MaxBy(u => u.ValidFrom ?? DateOnly.MinValue);
            if (current is not null)
            {
                own.UnionWith(directory.Timeline.Lineage(current.Id).Select(p => p.Id));
            }
        }

        return new(oversight, coordinator, coordinator || own.Count > 0, own, code);
    }

    public bool CanSee(IndicatorValue value)
    {
        return value.State == ValueState.Approved || SeesAllStates || (value.UnitId is { } id && OwnUnitIds.Contains(id));
    }

    /// <summary>May enter a value for this unit period (null: the national series).</summary>
    public bool CanEnter(int? unitId) => IsCoordinator || (unitId is { } id && OwnUnitIds.Contains(id));
}
