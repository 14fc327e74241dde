using System.Collections.Frozen;

namespace TheoDoi.Core.Water;

/// <summary>
/// The sub-index tables of Decision 1460/QĐ-TCMT (Bảng 1–4 and the pesticide limits), transcribed
/// from docs/reference/vn-wqi.md. Public so the method page can print exactly what the calculator uses.
/// </summary>
public static class WqiTables
{
    private static SubIndexCurve Curve(decimal? belowFirst, decimal? aboveLast, params (decimal Value, decimal Q)[] points) =>
        new([.. points.Select(p => new Breakpoint(p.Value, p.Q))], belowFirst, aboveLast);

    /// <summary>The five-level shape of BOD5, COD, TOC, P-PO4, Cr6+, Cu, Zn: clamp at both ends.</summary>
    private static SubIndexCurve FiveLevels(decimal bp100, decimal bp75, decimal bp50, decimal bp25, decimal bp10) =>
        Curve(null, null, (bp100, 100m), (bp75, 75m), (bp50, 50m), (bp25, 25m), (bp10, 10m));

    /// <summary>N-NH4, Cd, Pb, Hg: 100 strictly below the 75-breakpoint, 75 at it (a step), then interpolate.</summary>
    private static SubIndexCurve StepInto75(decimal bp75, decimal bp50, decimal bp25, decimal bp10) =>
        Curve(100m, null, (bp75, 75m), (bp50, 50m), (bp25, 25m), (bp10, 10m));

    /// <summary>As, N-NO3, Coliform, E.coli: the last level has no breakpoint; 10 for anything above the 25-breakpoint.</summary>
    private static SubIndexCurve StepTo10(decimal bp100, decimal bp75, decimal bp50, decimal bp25) =>
        Curve(null, 10m, (bp100, 100m), (bp75, 75m), (bp50, 50m), (bp25, 25m));

    /// <summary>Pesticides and N-NO2: 100 at or below the limit, else 10.</summary>
    private static SubIndexCurve Limit(decimal limit) => Curve(null, 10m, (limit, 100m));

    /// <summary>Sub-index curves by parameter code (concentration in the canonical unit); DO is in <see cref="DoPercent"/>.</summary>
    public static FrozenDictionary<string, SubIndexCurve> ByParameter { get; } = new Dictionary<string, SubIndexCurve>
    {
        // Bảng 4: 10 below 5.5 and above 9 (steps), 100 from 6 to 8.5.
        ["pH"] = Curve(10m, 10m, (5.5m, 50m), (6m, 100m), (8.5m, 100m), (9m, 50m)),

        // Group II (µg/L). Heptachlor's limit is for heptachlor + heptachlorepoxide (product decision 3).
        ["aldrin"] = Limit(0.1m),
        ["bhc"] = Limit(0.02m),
        ["dieldrin"] = Limit(0.1m),
        ["ddts"] = Limit(1.0m),
        ["heptachlor"] = Limit(0.2m),

        // Group III, Bảng 2 (mg/L).
        ["As"] = StepTo10(0.01m, 0.02m, 0.05m, 0.1m),
        ["Cd"] = StepInto75(0.005m, 0.008m, 0.01m, 0.1m),
        ["Pb"] = StepInto75(0.02m, 0.04m, 0.05m, 0.5m),
        ["Cr6"] = FiveLevels(0.01m, 0.02m, 0.04m, 0.05m, 0.1m),
        ["Cu"] = FiveLevels(0.1m, 0.2m, 0.5m, 1.0m, 2m),
        ["Zn"] = FiveLevels(0.5m, 1.0m, 1.5m, 2.0m, 3m),
        ["Hg"] = StepInto75(0.001m, 0.0015m, 0.002m, 0.01m),

        // Groups IV and V, Bảng 1 (mg/L; per 100 mL).
        ["BOD5"] = FiveLevels(4m, 6m, 15m, 25m, 50m),
        ["COD"] = FiveLevels(10m, 15m, 30m, 50m, 150m),
        ["TOC"] = FiveLevels(4m, 6m, 15m, 25m, 50m),
        ["NH4_N"] = StepInto75(0.3m, 0.6m, 0.9m, 5m),
        ["NO3_N"] = StepTo10(2m, 5m, 10m, 15m),
        ["NO2_N"] = Limit(0.05m),
        ["PO4_P"] = FiveLevels(0.1m, 0.2m, 0.3m, 0.5m, 4m),
        ["coliform"] = StepTo10(2500m, 5000m, 7500m, 10000m),
        ["ecoli"] = StepTo10(20m, 50m, 100m, 200m),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Bảng 3, DO by % saturation: 10 below 20 and above 200 (steps), 100 from 88 to 112.</summary>
    public static SubIndexCurve DoPercent { get; } =
        Curve(10m, 10m, (20m, 25m), (50m, 50m), (75m, 75m), (88m, 100m), (112m, 100m), (125m, 75m), (150m, 50m), (200m, 25m));
}
