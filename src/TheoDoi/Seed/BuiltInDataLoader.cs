using TheoDoi.Audit;
using TheoDoi.Data;
using TheoDoi.Indicators;
using TheoDoi.Plans;
using TheoDoi.Units;

namespace TheoDoi.Seed;

/// <summary>
/// Loads the built-in plan, units and indicators at start. Idempotent: it adds only what is missing,
/// so running it on every start is safe and never overwrites edits.
/// </summary>
public static class BuiltInDataLoader
{
    public const string Actor = "system:built-in-data";

    public static async Task LoadAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        using var _ = AuditActor.As(Actor);
        await UnitSeed.LoadAsync(db, cancellationToken);
        var planIssuedOn = await PlanSeed.LoadAsync(db, cancellationToken);
        await IndicatorSeed.LoadAsync(db, planIssuedOn, cancellationToken);
    }
}
