using Microsoft.EntityFrameworkCore;
using TheoDoi.Audit;
using TheoDoi.Data;
using TheoDoi.Registries;

namespace TheoDoi.Indicators;

/// <summary>
/// Demo indicator values (with --demo): computed from the demo registers for 2020–2025, labelled demo.
/// Values up to 2024 and HCMC's 2025 values are approved; the other 2025 values await approval, so
/// the review list and the public page (approved values only) differ as they would in real use.
/// Loaded once.
/// </summary>
public static class IndicatorDemoData
{
    public const string Actor = "demo-data";

    public static async Task LoadAsync(AppDbContext db, ComputeIndicatorValues compute, CancellationToken ct = default)
    {
        using var _ = AuditActor.As(Actor);
        await RegistryDemoData.LoadAsync(db, ct);
        if (await db.IndicatorValues.AnyAsync(v => v.IsDemo, ct))
        {
            return;
        }

        var indicators = await db.Indicators.Where(i => i.RegistrySource != null).OrderBy(i => i.Id).ToListAsync(ct);
        foreach (var indicator in indicators)
        {
            for (var year = 2020; year <= 2025; year++)
            {
                await compute.ApplyAsync(indicator, year, year < 2025 ? ValueState.Approved : ValueState.Submitted, Actor, demo: true, ct);
                await db.SaveChangesAsync(ct);
            }
        }

        var values = await db.IndicatorValues.Include(v => v.Unit).Include(v => v.Indicator).Where(v => v.IsDemo).ToListAsync(ct);
        foreach (var value in values)
        {
            value.Source = "Số liệu minh họa — " + value.Source;
            value.Origin = ValueOrigin.Demo;
            if (value.Year == 2025 && value.Unit?.Code == "79")
            {
                value.State = ValueState.Approved;
                value.ReviewedBy = Actor;
                value.ReviewedAt = value.EnteredAt;
            }

            var others = values.Where(v => v.IndicatorId == value.IndicatorId && v.UnitId == value.UnitId && v.Year < value.Year).Select(v => (double)v.Value).ToList();
            value.QualityFlag = ValueQuality.OutlierFlag((double)value.Value, others, value.Indicator.MeasureUnit)?.Vi;
        }

        await db.SaveChangesAsync(ct);
    }
}
