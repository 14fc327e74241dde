using TheoDoi.Core.Water;

namespace TheoDoi.Core.Tests.Water;

/// <summary>
/// Every breakpoint of every VN_WQI table (docs/reference/vn-wqi.md): below, at and above each one, and
/// each step. Expected values are worked by hand from the tables with
/// q = q_i + (q_i+1 − q_i)·(C − BP_i)/(BP_i+1 − BP_i); midpoints between two breakpoints give the
/// mean of their q (e.g. midway 75→50 is 62.5), so most cases need no further comment.
/// </summary>
public sealed class WqiSubIndexTests
{
    public static TheoryData<string, decimal, decimal> GroupIV => new()
    {
        // BOD5 (mg/L): ≤4 → 100; 6 → 75; 15 → 50; 25 → 25; ≥50 → 10.
        { "BOD5", 0m, 100m },
        { "BOD5", 3.9m, 100m },
        { "BOD5", 4m, 100m },
        { "BOD5", 5m, 87.5m },
        { "BOD5", 6m, 75m },
        { "BOD5", 10.5m, 62.5m },
        { "BOD5", 15m, 50m },
        { "BOD5", 20m, 37.5m },
        { "BOD5", 25m, 25m },
        { "BOD5", 37.5m, 17.5m },
        { "BOD5", 50m, 10m },
        { "BOD5", 80m, 10m },
        // COD: ≤10 → 100; 15 → 75; 30 → 50; 50 → 25; ≥150 → 10.
        { "COD", 9m, 100m },
        { "COD", 10m, 100m },
        { "COD", 12.5m, 87.5m },
        { "COD", 15m, 75m },
        { "COD", 22.5m, 62.5m },
        { "COD", 30m, 50m },
        { "COD", 40m, 37.5m },
        { "COD", 50m, 25m },
        { "COD", 100m, 17.5m },
        { "COD", 150m, 10m },
        { "COD", 200m, 10m },
        // TOC: same breakpoints as BOD5.
        { "TOC", 3m, 100m },
        { "TOC", 4m, 100m },
        { "TOC", 5m, 87.5m },
        { "TOC", 6m, 75m },
        { "TOC", 10.5m, 62.5m },
        { "TOC", 15m, 50m },
        { "TOC", 20m, 37.5m },
        { "TOC", 25m, 25m },
        { "TOC", 37.5m, 17.5m },
        { "TOC", 50m, 10m },
        { "TOC", 60m, 10m },
        // N-NH4: 100 below 0.3; exactly 0.3 → 75 (a step, not 100); 0.6 → 50; 0.9 → 25; ≥5 → 10.
        { "NH4_N", 0m, 100m },
        { "NH4_N", 0.29m, 100m },
        { "NH4_N", 0.2999m, 100m },
        { "NH4_N", 0.3m, 75m },
        { "NH4_N", 0.45m, 62.5m },
        { "NH4_N", 0.6m, 50m },
        { "NH4_N", 0.75m, 37.5m },
        { "NH4_N", 0.9m, 25m },
        { "NH4_N", 2.95m, 17.5m }, // midway 0.9→5
        { "NH4_N", 5m, 10m },
        { "NH4_N", 6m, 10m },
        // N-NO3: ≤2 → 100; 5 → 75; 10 → 50; 15 → 25; above 15 → 10 (a step: no 10-breakpoint).
        { "NO3_N", 1m, 100m },
        { "NO3_N", 2m, 100m },
        { "NO3_N", 3.5m, 87.5m },
        { "NO3_N", 5m, 75m },
        { "NO3_N", 7.5m, 62.5m },
        { "NO3_N", 10m, 50m },
        { "NO3_N", 12.5m, 37.5m },
        { "NO3_N", 15m, 25m },
        { "NO3_N", 15.01m, 10m },
        { "NO3_N", 30m, 10m },
        // N-NO2: 100 if ≤ 0.05, else 10.
        { "NO2_N", 0m, 100m },
        { "NO2_N", 0.04m, 100m },
        { "NO2_N", 0.05m, 100m },
        { "NO2_N", 0.051m, 10m },
        { "NO2_N", 1m, 10m },
        // P-PO4: ≤0.1 → 100; 0.2 → 75; 0.3 → 50; 0.5 → 25; ≥4 → 10.
        { "PO4_P", 0.05m, 100m },
        { "PO4_P", 0.1m, 100m },
        { "PO4_P", 0.15m, 87.5m },
        { "PO4_P", 0.2m, 75m },
        { "PO4_P", 0.25m, 62.5m },
        { "PO4_P", 0.3m, 50m },
        { "PO4_P", 0.4m, 37.5m },
        { "PO4_P", 0.5m, 25m },
        { "PO4_P", 2.25m, 17.5m },
        { "PO4_P", 4m, 10m },
        { "PO4_P", 5m, 10m },
    };

    public static TheoryData<string, decimal, decimal> GroupV => new()
    {
        // Coliform (per 100 mL): ≤2500 → 100; 5000 → 75; 7500 → 50; 10000 → 25; above → 10 (a step).
        { "coliform", 2000m, 100m },
        { "coliform", 2500m, 100m },
        { "coliform", 3750m, 87.5m },
        { "coliform", 5000m, 75m },
        { "coliform", 6250m, 62.5m },
        { "coliform", 7500m, 50m },
        { "coliform", 8750m, 37.5m },
        { "coliform", 10000m, 25m },
        { "coliform", 10001m, 10m },
        { "coliform", 1000000m, 10m },
        // E.coli: ≤20 → 100; 50 → 75; 100 → 50; 200 → 25; above → 10 (a step).
        { "ecoli", 10m, 100m },
        { "ecoli", 20m, 100m },
        { "ecoli", 35m, 87.5m },
        { "ecoli", 50m, 75m },
        { "ecoli", 75m, 62.5m },
        { "ecoli", 100m, 50m },
        { "ecoli", 150m, 37.5m },
        { "ecoli", 200m, 25m },
        { "ecoli", 201m, 10m },
    };

    public static TheoryData<string, decimal, decimal> GroupIII => new()
    {
        // As (mg/L): ≤0.01 → 100; 0.02 → 75; 0.05 → 50; 0.1 → 25; just above 0.1 → 10 (a step).
        { "As", 0.005m, 100m },
        { "As", 0.01m, 100m },
        { "As", 0.015m, 87.5m },
        { "As", 0.02m, 75m },
        { "As", 0.035m, 62.5m },
        { "As", 0.05m, 50m },
        { "As", 0.075m, 37.5m },
        { "As", 0.1m, 25m },
        { "As", 0.1001m, 10m },
        { "As", 0.5m, 10m },
        // Cd: 100 below 0.005; 0.005 → 75 (a step); 0.008 → 50; 0.01 → 25; ≥0.1 → 10.
        { "Cd", 0.004m, 100m },
        { "Cd", 0.0049m, 100m },
        { "Cd", 0.005m, 75m },
        { "Cd", 0.0065m, 62.5m },
        { "Cd", 0.008m, 50m },
        { "Cd", 0.009m, 37.5m },
        { "Cd", 0.01m, 25m },
        { "Cd", 0.055m, 17.5m },
        { "Cd", 0.1m, 10m },
        { "Cd", 0.2m, 10m },
        // Pb: 100 below 0.02; 0.02 → 75 (a step); 0.04 → 50; 0.05 → 25; ≥0.5 → 10.
        { "Pb", 0.019m, 100m },
        { "Pb", 0.02m, 75m },
        { "Pb", 0.03m, 62.5m },
        { "Pb", 0.04m, 50m },
        { "Pb", 0.045m, 37.5m },
        { "Pb", 0.05m, 25m },
        { "Pb", 0.275m, 17.5m },
        { "Pb", 0.5m, 10m },
        { "Pb", 1m, 10m },
        // Cr6+: ≤0.01 → 100; 0.02 → 75; 0.04 → 50; 0.05 → 25; ≥0.1 → 10 (interpolated 25→10).
        { "Cr6", 0.005m, 100m },
        { "Cr6", 0.01m, 100m },
        { "Cr6", 0.015m, 87.5m },
        { "Cr6", 0.02m, 75m },
        { "Cr6", 0.03m, 62.5m },
        { "Cr6", 0.04m, 50m },
        { "Cr6", 0.045m, 37.5m },
        { "Cr6", 0.05m, 25m },
        { "Cr6", 0.075m, 17.5m },
        { "Cr6", 0.1m, 10m },
        { "Cr6", 0.2m, 10m },
        // Cu: ≤0.1 → 100; 0.2 → 75; 0.5 → 50; 1.0 → 25; ≥2 → 10.
        { "Cu", 0.05m, 100m },
        { "Cu", 0.1m, 100m },
        { "Cu", 0.15m, 87.5m },
        { "Cu", 0.2m, 75m },
        { "Cu", 0.35m, 62.5m },
        { "Cu", 0.5m, 50m },
        { "Cu", 0.75m, 37.5m },
        { "Cu", 1.0m, 25m },
        { "Cu", 1.5m, 17.5m },
        { "Cu", 2m, 10m },
        { "Cu", 3m, 10m },
        // Zn: ≤0.5 → 100; 1.0 → 75; 1.5 → 50; 2.0 → 25; ≥3 → 10.
        { "Zn", 0.4m, 100m },
        { "Zn", 0.5m, 100m },
        { "Zn", 0.75m, 87.5m },
        { "Zn", 1.0m, 75m },
        { "Zn", 1.25m, 62.5m },
        { "Zn", 1.5m, 50m },
        { "Zn", 1.75m, 37.5m },
        { "Zn", 2.0m, 25m },
        { "Zn", 2.5m, 17.5m },
        { "Zn", 3m, 10m },
        { "Zn", 4m, 10m },
        // Hg: 100 below 0.001; 0.001 → 75 (a step); 0.0015 → 50; 0.002 → 25; ≥0.01 → 10.
        { "Hg", 0.0009m, 100m },
        { "Hg", 0.001m, 75m },
        { "Hg", 0.00125m, 62.5m },
        { "Hg", 0.0015m, 50m },
        { "Hg", 0.00175m, 37.5m },
        { "Hg", 0.002m, 25m },
        { "Hg", 0.006m, 17.5m },
        { "Hg", 0.01m, 10m },
        { "Hg", 0.02m, 10m },
    };

    public static TheoryData<string, decimal, decimal> GroupIAndII => new()
    {
        // pH, Bảng 4: <5.5 → 10 (a step); 5.5 → 50; 6 → 100; 8.5 → 100; 9 → 50; >9 → 10 (a step).
        { "pH", 4m, 10m },
        { "pH", 5.49m, 10m },
        { "pH", 5.5m, 50m },
        { "pH", 5.75m, 75m },
        { "pH", 6m, 100m },
        { "pH", 7.2m, 100m },
        { "pH", 8.5m, 100m },
        { "pH", 8.75m, 75m },
        { "pH", 9m, 50m },
        { "pH", 9.01m, 10m },
        { "pH", 12m, 10m },
        // Pesticides (µg/L): 100 at or below the limit, else 10.
        { "aldrin", 0.05m, 100m },
        { "aldrin", 0.1m, 100m },
        { "aldrin", 0.11m, 10m },
        { "bhc", 0.02m, 100m },
        { "bhc", 0.021m, 10m },
        { "dieldrin", 0.1m, 100m },
        { "dieldrin", 0.101m, 10m },
        { "ddts", 1.0m, 100m },
        { "ddts", 1.01m, 10m },
        { "heptachlor", 0.2m, 100m },
        { "heptachlor", 0.21m, 10m },
        { "heptachlorepoxide", 0.2m, 100m },
        { "heptachlorepoxide", 0.21m, 10m },
    };

    [Theory]
    [MemberData(nameof(GroupIV))]
    [MemberData(nameof(GroupV))]
    [MemberData(nameof(GroupIII))]
    [MemberData(nameof(GroupIAndII))]
    public void Sub_index_follows_the_table(string parameter, decimal value, decimal expected)
    {
        Assert.Equal(expected, VnWqi.SubIndex(parameter, value));
    }

    public static TheoryData<string, decimal, decimal> Irregular => new()
    {
        // Just above the N-NH4 step: 75 + (50 − 75)·(0.31 − 0.3)/(0.6 − 0.3) = 75 − 25/30 = 74.1666…
        { "NH4_N", 0.31m, 74.16666666666666666666666667m },
        // COD 25 (the worked example): 75 + (50 − 75)·(25 − 15)/(30 − 15) = 75 − 16.666… = 58.333…
        { "COD", 25m, 58.33333333333333333333333333m },
        // As 0.099: 50 + (25 − 50)·(0.099 − 0.05)/(0.1 − 0.05) = 50 − 24.5 = 25.5; the step comes only above 0.1.
        { "As", 0.099m, 25.5m },
    };

    [Theory]
    [MemberData(nameof(Irregular))]
    public void Sub_index_between_uneven_breakpoints_is_the_straight_line(string parameter, decimal value, decimal expected)
    {
        Assert.Equal(expected, VnWqi.SubIndex(parameter, value), 20);
    }

    [Theory]
    [InlineData("TSS")]
    [InlineData("temp")]
    [InlineData("DO")]
    [InlineData("nonsense")]
    public void Parameters_without_a_table_of_their_own_are_refused(string parameter)
    {
        Assert.Throws<ArgumentException>(() => VnWqi.SubIndex(parameter, 1m));
    }

    public static TheoryData<decimal, decimal> DoPercent => new()
    {
        // Bảng 3: <20 → 10 (a step); 20 → 25; 50 → 50; 75 → 75; 88–112 → 100; 125 → 75; 150 → 50; 200 → 25; >200 → 10 (a step).
        { 0m, 10m },
        { 19.9m, 10m },
        { 20m, 25m },
        { 35m, 37.5m },
        { 50m, 50m },
        { 62.5m, 62.5m },
        { 75m, 75m },
        { 81.5m, 87.5m },
        { 88m, 100m },
        { 100m, 100m },
        { 112m, 100m },
        { 118.5m, 87.5m },
        { 125m, 75m },
        { 137.5m, 62.5m },
        { 150m, 50m },
        { 175m, 37.5m },
        { 200m, 25m },
        { 200.1m, 10m },
        { 300m, 10m },
    };

    [Theory]
    [MemberData(nameof(DoPercent))]
    public void DO_sub_index_follows_the_saturation_table(decimal percent, decimal expected)
    {
        Assert.Equal(expected, WqiTables.DoPercent.Score(percent));
    }

    public static TheoryData<decimal, decimal> Saturation => new()
    {
        // DO_sat = 14.652 − 0.41022·T + 0.0079910·T² − 0.000077774·T³
        { 0m, 14.652m },
        // 14.652 − 4.1022 + 0.79910 − 0.077774 = 11.271126
        { 10m, 11.271126m },
        // 14.652 − 8.2044 + 3.19640 − 0.622192 = 9.021808
        { 20m, 9.021808m },
        // 14.652 − 10.2555 + 4.994375 − 1.21521875 = 8.17565625
        { 25m, 8.17565625m },
        // 14.652 − 11.28105 + 6.04319375 − 1.61745615625 (0.000077774 × 27.5³ = 0.000077774 × 20796.875) = 7.79668759375
        { 27.5m, 7.79668759375m },
        // 14.652 − 12.3066 + 7.19190 − 2.0998980 = 7.437402
        { 30m, 7.437402m },
    };

    [Theory]
    [MemberData(nameof(Saturation))]
    public void DO_saturation_follows_the_temperature_polynomial(decimal temperature, decimal expected)
    {
        Assert.Equal(expected, VnWqi.DoSaturation(temperature), 10);
    }

    public static TheoryData<decimal, decimal, decimal> DoSubIndices => new()
    {
        // At 20 °C, DO_sat = 9.021808: that DO is 100 % → 100; half of it is 50 % → 50.
        { 9.021808m, 20m, 100m },
        { 4.510904m, 20m, 50m },
        // 25 °C, DO_sat = 8.17565625; 88 % of it (7.19457750) is the lower edge of 100.
        { 7.19457750m, 25m, 100m },
        // 10 % of saturation at 25 °C (0.817565625) is below 20 % → 10.
        { 0.817565625m, 25m, 10m },
        // 210 % of saturation at 0 °C (30.7692) is above 200 % → 10.
        { 30.7692m, 0m, 10m },
        // The worked example: 5.7 mg/L at 27.5 °C is 570 / 7.79668759375 = 73.1079…% → 50 + 25·(73.1079 − 50)/25 = 73.1079…
        { 5.7m, 27.5m, 73.10796965328260815952357781m },
    };

    [Theory]
    [MemberData(nameof(DoSubIndices))]
    public void DO_is_scored_on_percent_saturation(decimal dissolvedOxygen, decimal temperature, decimal expected)
    {
        Assert.Equal(expected, VnWqi.DoSubIndex(dissolvedOxygen, temperature), 10);
    }
}
