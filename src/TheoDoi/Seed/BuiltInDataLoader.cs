using TheoDoi.Audit;
using TheoDoi.Data;
using TheoDoi.Indicators;
using TheoDoi.Plans;
using TheoDoi.Units;
using TheoDoi.Water;

namespace TheoDoi.Seed;

/// <summary>
/// Loads all built-in data: the units, the plan, its indicators and the water catalogue (basins,
/// water bodies, stations, parameters). The one entry point for every command that prepares a
/// database (serve, migrate, user, water import), so none of them finds part of it missing.
/// Idempotent: it adds only what is missing, so running it on every start is safe and never
/// overwrites edits.
/// </summary>
public static class BuiltInDataLoader
{
    public const string Actor = "system:built-in-data";

    public static async Task LoadAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        using var _ = AuditActor.As(Actor);
        await UnitSeed.LoadAsync(db, cancellationToken);
        var planIssuedOn = await PlanSeed.LoadAsync(db, cancellationToken);
        await IndicatorSeed.LoadAsync(db, planIssuedOn, cancellationToken);
        // After the units: each station names the province it lay in.
        await WaterSeed.LoadAsync(db, cancellationToken);
    }
}
