using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water;

/// <summary>
/// QCVN 08:2023/BTNMT and QCVN 08-MT:2015/BTNMT as data, transcribed from docs/reference/qcvn-08.md.
/// Cells marked † there carry <see cref="QcvnCell.Unconfirmed"/> (or <see cref="QcvnHealthLimit.Unconfirmed"/>)
/// so every use of them can say "limit unconfirmed". A loader for a database copy of the tables can build
/// the same records; nothing outside this file knows the numbers.
/// </summary>
public static class Qcvn08Tables
{
    /// <summary>The day QCVN 08:2023 came into force: samples from this Việt Nam date on use it, earlier ones QCVN 08-MT:2015.</summary>
    public static DateOnly SwitchDate { get; } = new(2023, 9, 12);

    private const string MgL = "mg/L", UgL = "µg/L", Per100Ml = "MPN/100mL";

    /// <summary>Which cells of a row are unconfirmed, best level first.</summary>
    private static bool[] Marks(string pattern) => [.. pattern.Select(c => c == '†')];

    private static string F(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A row of upper limits: level k allows ≤ limit k; the last level is everything above the last limit.</summary>
    private static QcvnCriterion UpperLimits(IReadOnlyList<QcvnLevel> levels, string code, string unit, decimal[] limits, string unconfirmed = "", Bilingual? lastNote = null)
    {
        var marks = Marks(unconfirmed.PadRight(levels.Count, '.'));
        var cells = new List<QcvnCell>();
        for (var i = 0; i < limits.Length; i++)
        {
            cells.Add(new(levels[i].Code, [QcvnRange.AtMost(limits[i])], $"≤{F(limits[i])}", marks[i]));
        }

        cells.Add(new(levels[^1].Code, [QcvnRange.Above(limits[^1])], $">{F(limits[^1])}", marks[^1], lastNote));
        return new(code, unit, cells);
    }

    /// <summary>A row of lower limits (DO): level k needs ≥ limit k; the last level is everything below the last limit.</summary>
    private static QcvnCriterion LowerLimits(IReadOnlyList<QcvnLevel> levels, string code, string unit, decimal[] limits, string unconfirmed = "", Bilingual? lastNote = null)
    {
        var marks = Marks(unconfirmed.PadRight(levels.Count, '.'));
        var cells = new List<QcvnCell>();
        for (var i = 0; i < limits.Length; i++)
        {
            cells.Add(new(levels[i].Code, [QcvnRange.AtLeast(limits[i])], $"≥{F(limits[i])}", marks[i]));
        }

        cells.Add(new(levels[^1].Code, [QcvnRange.Below(limits[^1])], $"<{F(limits[^1])}", marks[^1], lastNote));
        return new(code, unit, cells);
    }

    private static readonly QcvnLevel[] s_levels2023 =
    [
        new("A", 1, "Mức A", "Level A: good (high DO; domestic supply, swimming and recreation after suitable treatment)"),
        new("B", 2, "Mức B", "Level B: medium (industry and agriculture after suitable treatment)"),
        new("C", 3, "Mức C", "Level C: worse than B (official wording unconfirmed)"),
        new("D", 4, "Mức D", "Level D: worst (official wording unconfirmed)"),
    ];

    /// <summary>
    /// QCVN 08:2023/BTNMT (Thông tư 01/2023/TT-BTNMT, in force since 12/09/2023): Bảng 2 for rivers,
    /// streams, canals, ditches and creeks, and the Bảng 1 health limits (items 1–36).
    /// </summary>
    public static QcvnStandard V2023 { get; } = new(
        "QCVN 08:2023/BTNMT",
        SwitchDate,
        null,
        "Bảng 2: rivers, streams, canals, ditches, creeks (lakes and reservoirs are not transcribed)",
        s_levels2023,
        [
            new("pH", "",
            [
                new("A", [QcvnRange.Between(6.5m, 8.5m)], "6.5–8.5"),
                new("B", [QcvnRange.Between(6.0m, 8.5m)], "6.0–8.5"),
                new("C", [QcvnRange.Between(6.0m, 8.5m)], "6.0–8.5"),
                new("D", [QcvnRange.Below(6.0m), QcvnRange.Above(8.5m)], "<6.0 or >8.5"),
            ]),
            UpperLimits(s_levels2023, "BOD5", MgL, [4m, 6m, 10m]),
            UpperLimits(s_levels2023, "COD", MgL, [10m, 15m, 20m], "...†"),
            UpperLimits(s_levels2023, "TOC", MgL, [4m, 6m, 8m], "..†."),
            new("TSS", MgL,
            [
                new("A", [QcvnRange.AtMost(25m)], "≤25"),
                new("B", [QcvnRange.AtMost(100m)], "≤100", Unconfirmed: true),
                new("C", [QcvnRange.Above(100m)], ">100, no floating trash",
                    Note: new(
                        "TSS trên 100 mg/L là mức C khi không có rác nổi và mức D khi có; rác nổi không được ghi nhận nên lấy mức C",
                        "TSS above 100 mg/L is level C without floating trash and D with it; floating trash is not recorded, so C is assumed")),
                new("D", [QcvnRange.Above(100m)], ">100 with floating trash"),
            ]),
            LowerLimits(s_levels2023, "DO", MgL, [6.0m, 5.0m, 4.0m], "†..†", new("một bản chép in \"≥2,0\" cho mức D", "one transcription prints \"≥2.0\" for level D")),
            UpperLimits(s_levels2023, "TP", MgL, [0.1m, 0.3m, 0.5m], "††††"),
            UpperLimits(s_levels2023, "TN", MgL, [0.6m, 1.5m, 2.0m], "††††"),
            UpperLimits(s_levels2023, "coliform", Per100Ml, [1000m, 5000m, 7500m]),
            UpperLimits(s_levels2023, "thermo_coliform", Per100Ml, [200m, 1000m, 1500m]),
        ],
        [
            new("NO2_N", MgL, 0.05m),
            new("NH4_N", MgL, 0.3m),
            new("Cl", MgL, 250m),
            new("F", MgL, 1m),
            new("CN", MgL, 0.01m),
            new("As", MgL, 0.01m),
            new("Cd", MgL, 0.005m),
            new("Pb", MgL, 0.02m),
            new("Cr6", MgL, 0.01m),
            new("Cr", MgL, 0.05m),
            new("Cu", MgL, 0.1m),
            new("Zn", MgL, 0.5m),
            new("Ni", MgL, 0.1m),
            new("tetrachloroethylene", MgL, 0.04m),
            new("carbon_tetrachloride", MgL, 0.004m),
            new("methylene_chloride", MgL, 0.02m),
            new("chloroform", MgL, 0.08m),
            new("DEHP", MgL, 0.008m),
            new("Mn", MgL, 0.1m),
            new("Hg", MgL, 0.001m),
            new("Fe", MgL, 0.5m),
            new("Sb", MgL, 0.02m),
            new("surfactants", MgL, 0.1m),
            new("phenol", MgL, 0.005m),
            new("aldrin", UgL, 0.1m),
            new("bhc", UgL, 0.02m), // Lindane
            new("dieldrin", UgL, 0.1m),
            new("ddts", UgL, 1.0m),
            new("heptachlor", UgL, 0.2m), // heptachlor + heptachlorepoxide
            new("oil_grease", MgL, 5.0m),
            new("PCBs", MgL, 0.0005m),
            new("dioxane_14", MgL, 0.05m),
            new("dichloroethane_12", MgL, 0.03m),
            new("benzene", MgL, 0.01m),
            new("formaldehyde", MgL, 0.5m),
            new("hexachlorobenzene", UgL, 0.04m),
        ]);

    private static readonly QcvnLevel[] s_levels2015 =
    [
        new("A1", 1, "Cột A1", "A1: domestic supply after conventional treatment"),
        new("A2", 2, "Cột A2", "A2: domestic supply with suitable treatment; aquatic life"),
        new("B1", 3, "Cột B1", "B1: irrigation"),
        new("B2", 4, "Cột B2", "B2: waterway transport and low-quality uses"),
        new(">B2", 5, "Vượt B2", "worse than B2"),
    ];

    /// <summary>
    /// QCVN 08-MT:2015/BTNMT, columns A1, A2, B1, B2, for samples taken before 12/09/2023. A value worse
    /// than column B2 is the level "&gt;B2", whose cell is bounded by (and as confirmed as) B2's.
    /// </summary>
    public static QcvnStandard V2015 { get; } = new(
        "QCVN 08-MT:2015/BTNMT",
        null,
        SwitchDate.AddDays(-1),
        "all surface water (columns A1, A2, B1, B2)",
        s_levels2015,
        [
            new("pH", "",
            [
                new("A1", [QcvnRange.Between(6m, 8.5m)], "6–8.5"),
                new("A2", [QcvnRange.Between(6m, 8.5m)], "6–8.5"),
                new("B1", [QcvnRange.Between(5.5m, 9m)], "5.5–9"),
                new("B2", [QcvnRange.Between(5.5m, 9m)], "5.5–9"),
                new(">B2", [QcvnRange.Below(5.5m), QcvnRange.Above(9m)], "<5.5 or >9"),
            ]),
            UpperLimits(s_levels2015, "BOD5", MgL, [4m, 6m, 15m, 25m]),
            UpperLimits(s_levels2015, "COD", MgL, [10m, 15m, 30m, 50m]),
            LowerLimits(s_levels2015, "DO", MgL, [6m, 5m, 4m, 2m]),
            UpperLimits(s_levels2015, "TSS", MgL, [20m, 30m, 50m, 100m]),
            UpperLimits(s_levels2015, "NH4_N", MgL, [0.3m, 0.3m, 0.9m, 0.9m]),
            UpperLimits(s_levels2015, "NO2_N", MgL, [0.05m, 0.05m, 0.05m, 0.05m], ".†.††"),
            UpperLimits(s_levels2015, "NO3_N", MgL, [2m, 5m, 10m, 15m]),
            UpperLimits(s_levels2015, "PO4_P", MgL, [0.1m, 0.2m, 0.3m, 0.5m]),
            UpperLimits(s_levels2015, "As", MgL, [0.01m, 0.02m, 0.05m, 0.1m]),
            UpperLimits(s_levels2015, "Cd", MgL, [0.005m, 0.005m, 0.01m, 0.01m]),
            UpperLimits(s_levels2015, "Pb", MgL, [0.02m, 0.02m, 0.05m, 0.05m]),
            UpperLimits(s_levels2015, "Cr6", MgL, [0.01m, 0.02m, 0.04m, 0.05m], ".†.††"),
            UpperLimits(s_levels2015, "Cu", MgL, [0.1m, 0.2m, 0.5m, 1m], ".†.††"),
            UpperLimits(s_levels2015, "Zn", MgL, [0.5m, 1.0m, 1.5m, 2m], ".†.††"),
            UpperLimits(s_levels2015, "Mn", MgL, [0.1m, 0.2m, 0.5m, 1m]),
            UpperLimits(s_levels2015, "Hg", MgL, [0.001m, 0.001m, 0.001m, 0.002m]),
            UpperLimits(s_levels2015, "Fe", MgL, [0.5m, 1m, 1.5m, 2m]),
            UpperLimits(s_levels2015, "coliform", Per100Ml, [2500m, 5000m, 7500m, 10000m]),
            UpperLimits(s_levels2015, "ecoli", Per100Ml, [20m, 50m, 100m, 200m], "†††††"),
        ],
        []);

    /// <summary>Every version, newest first.</summary>
    public static IReadOnlyList<QcvnStandard> All { get; } = [V2023, V2015];
}
