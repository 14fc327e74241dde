using System.Collections.Frozen;

namespace TheoDoi.Core.Water;

/// <summary>
/// The parameter codes TheoDoi knows: the 25 codes of VN_WQI (docs/reference/vn-wqi.md), water
/// temperature, and the other parameters of QCVN 08 (docs/reference/qcvn-08.md) and routine monitoring,
/// so that an importer can reject a code nobody can interpret instead of storing it.
/// </summary>
/// <remarks>
/// Codes are matched ignoring case ("do" finds <c>DO</c>) and always answered in their canonical
/// spelling; no two codes differ only by case. Codes never contain commas, so they need no quoting in
/// CSV (1,2-dichloroethane is <c>dichloroethane_12</c>).
/// </remarks>
public static class WaterParameters
{
    private const string MgL = "mg/L";
    private const string UgL = "µg/L";
    private const string Per100Ml = "MPN/100mL";

    /// <summary>Every known parameter: the VN_WQI ones first, in group order, then the others.</summary>
    public static IReadOnlyList<WaterParameter> All { get; } =
    [
        new("pH", WqiGroup.I, "", UnitKind.None, "pH", "pH"),

        new("aldrin", WqiGroup.II, UgL, UnitKind.MassConcentration, "Aldrin", "Aldrin"),
        new("bhc", WqiGroup.II, UgL, UnitKind.MassConcentration, "BHC (Lindane)", "BHC (lindane)"),
        new("dieldrin", WqiGroup.II, UgL, UnitKind.MassConcentration, "Dieldrin", "Dieldrin"),
        new("ddts", WqiGroup.II, UgL, UnitKind.MassConcentration, "Tổng DDTs (p,p'-DDT, p,p'-DDD, p,p'-DDE)", "Total DDTs (p,p'-DDT + p,p'-DDD + p,p'-DDE)"),
        new("heptachlor", WqiGroup.II, UgL, UnitKind.MassConcentration, "Heptachlor", "Heptachlor"),
        new("heptachlorepoxide", WqiGroup.II, UgL, UnitKind.MassConcentration, "Heptachlorepoxide", "Heptachlor epoxide"),

        new("As", WqiGroup.III, MgL, UnitKind.MassConcentration, "Asen (As)", "Arsenic (As)"),
        new("Cd", WqiGroup.III, MgL, UnitKind.MassConcentration, "Cadimi (Cd)", "Cadmium (Cd)"),
        new("Pb", WqiGroup.III, MgL, UnitKind.MassConcentration, "Chì (Pb)", "Lead (Pb)"),
        new("Cr6", WqiGroup.III, MgL, UnitKind.MassConcentration, "Crom VI (Cr⁶⁺)", "Hexavalent chromium (Cr⁶⁺)"),
        new("Cu", WqiGroup.III, MgL, UnitKind.MassConcentration, "Đồng (Cu)", "Copper (Cu)"),
        new("Zn", WqiGroup.III, MgL, UnitKind.MassConcentration, "Kẽm (Zn)", "Zinc (Zn)"),
        new("Hg", WqiGroup.III, MgL, UnitKind.MassConcentration, "Thủy ngân (Hg)", "Mercury (Hg)"),

        new("DO", WqiGroup.IV, MgL, UnitKind.MassConcentration, "Ôxy hòa tan (DO)", "Dissolved oxygen (DO)"),
        new("BOD5", WqiGroup.IV, MgL, UnitKind.MassConcentration, "Nhu cầu ôxy sinh hóa (BOD₅)", "Biochemical oxygen demand (BOD₅)"),
        new("COD", WqiGroup.IV, MgL, UnitKind.MassConcentration, "Nhu cầu ôxy hóa học (COD)", "Chemical oxygen demand (COD)"),
        new("TOC", WqiGroup.IV, MgL, UnitKind.MassConcentration, "Tổng cacbon hữu cơ (TOC)", "Total organic carbon (TOC)"),
        new("NH4_N", WqiGroup.IV, MgL, UnitKind.MassConcentration, "Amoni (N-NH₄⁺, tính theo N)", "Ammonium (NH₄⁺ as N)"),
        new("NO3_N", WqiGroup.IV, MgL, UnitKind.MassConcentration, "Nitrat (N-NO₃⁻, tính theo N)", "Nitrate (NO₃⁻ as N)"),
        new("NO2_N", WqiGroup.IV, MgL, UnitKind.MassConcentration, "Nitrit (N-NO₂⁻, tính theo N)", "Nitrite (NO₂⁻ as N)"),
        new("PO4_P", WqiGroup.IV, MgL, UnitKind.MassConcentration, "Phosphat (P-PO₄³⁻, tính theo P)", "Phosphate (PO₄³⁻ as P)"),

        new("coliform", WqiGroup.V, Per100Ml, UnitKind.CountPer100Ml, "Tổng Coliform", "Total coliforms"),
        new("ecoli", WqiGroup.V, Per100Ml, UnitKind.CountPer100Ml, "E.coli", "E. coli"),

        // Not scored by VN_WQI 1460. Temperature is still needed: it turns DO into % saturation.
        new("temp", null, "°C", UnitKind.Temperature, "Nhiệt độ nước", "Water temperature"),

        // QCVN 08:2023 Bảng 2 (classification) beyond the VN_WQI codes.
        new("TSS", null, MgL, UnitKind.MassConcentration, "Tổng chất rắn lơ lửng (TSS)", "Total suspended solids (TSS)"),
        new("TP", null, MgL, UnitKind.MassConcentration, "Tổng phốt pho (T-P)", "Total phosphorus (T-P)"),
        new("TN", null, MgL, UnitKind.MassConcentration, "Tổng nitơ (T-N)", "Total nitrogen (T-N)"),
        new("thermo_coliform", null, Per100Ml, UnitKind.CountPer100Ml, "Coliform chịu nhiệt", "Heat-resistant (thermotolerant) coliforms"),

        // QCVN 08:2023 Bảng 1 (health limits) and QCVN 08-MT:2015 beyond the codes above.
        new("Cl", null, MgL, UnitKind.MassConcentration, "Clorua (Cl⁻)", "Chloride (Cl⁻)"),
        new("F", null, MgL, UnitKind.MassConcentration, "Florua (F⁻)", "Fluoride (F⁻)"),
        new("CN", null, MgL, UnitKind.MassConcentration, "Xyanua (CN⁻)", "Cyanide (CN⁻)"),
        new("Cr", null, MgL, UnitKind.MassConcentration, "Tổng Crom (Cr)", "Total chromium (Cr)"),
        new("Ni", null, MgL, UnitKind.MassConcentration, "Niken (Ni)", "Nickel (Ni)"),
        new("Mn", null, MgL, UnitKind.MassConcentration, "Mangan (Mn)", "Manganese (Mn)"),
        new("Fe", null, MgL, UnitKind.MassConcentration, "Sắt (Fe)", "Iron (Fe)"),
        new("Sb", null, MgL, UnitKind.MassConcentration, "Antimon (Sb)", "Antimony (Sb)"),
        new("surfactants", null, MgL, UnitKind.MassConcentration, "Chất hoạt động bề mặt anion", "Anionic surfactants"),
        new("phenol", null, MgL, UnitKind.MassConcentration, "Tổng phenol", "Total phenol"),
        new("oil_grease", null, MgL, UnitKind.MassConcentration, "Tổng dầu, mỡ", "Oil and grease"),
        new("PCBs", null, MgL, UnitKind.MassConcentration, "Tổng PCBs", "Total PCBs"),
        new("tetrachloroethylene", null, MgL, UnitKind.MassConcentration, "Tetracloroetylen", "Tetrachloroethylene"),
        new("dioxane_14", null, MgL, UnitKind.MassConcentration, "1,4-Dioxan", "1,4-Dioxane"),
        new("carbon_tetrachloride", null, MgL, UnitKind.MassConcentration, "Cacbon tetraclorua", "Carbon tetrachloride"),
        new("dichloroethane_12", null, MgL, UnitKind.MassConcentration, "1,2-Dicloroetan", "1,2-Dichloroethane"),
        new("methylene_chloride", null, MgL, UnitKind.MassConcentration, "Metylen clorua", "Methylene chloride"),
        new("benzene", null, MgL, UnitKind.MassConcentration, "Benzen", "Benzene"),
        new("chloroform", null, MgL, UnitKind.MassConcentration, "Cloroform", "Chloroform"),
        new("formaldehyde", null, MgL, UnitKind.MassConcentration, "Formaldehyt", "Formaldehyde"),
        new("DEHP", null, MgL, UnitKind.MassConcentration, "DEHP (Bis(2-etylhexyl) phtalat)", "DEHP (bis(2-ethylhexyl) phthalate)"),
        new("hexachlorobenzene", null, UgL, UnitKind.MassConcentration, "Hexaclorobenzen", "Hexachlorobenzene"),

        // Routine field measurements.
        new("turbidity", null, "NTU", UnitKind.Turbidity, "Độ đục", "Turbidity"),
        new("EC", null, "µS/cm", UnitKind.Conductivity, "Độ dẫn điện (EC)", "Electrical conductivity (EC)"),
        new("salinity", null, "‰", UnitKind.Salinity, "Độ mặn", "Salinity"),

        // Water quantity and salinity intakes (docs/reference/water-security.md, "Parameter codes for
        // quantity"). Appended, never inserted: a parameter's id is its position in this list.
        new("H", null, "m", UnitKind.Length, "Mực nước", "Water level", IsQuantity: true, MayBeNegative: true),
        new("Q", null, "m³/s", UnitKind.Discharge, "Lưu lượng", "Discharge", IsQuantity: true),
        new("V", null, "hm³", UnitKind.Volume, "Dung tích hồ chứa", "Reservoir storage", IsQuantity: true),
        new("GWD", null, "m", UnitKind.Length, "Độ sâu mực nước dưới đất", "Depth to groundwater", IsQuantity: true),
        new("SAL", null, "‰", UnitKind.Salinity, "Độ mặn (trạm cửa lấy nước)", "Salinity (intake)"),
        new("QA", null, "m³/day", UnitKind.VolumePerDay, "Lượng nước khai thác", "Abstracted volume", IsQuantity: true),
    ];

    private static readonly FrozenDictionary<string, WaterParameter> s_byCode =
        All.ToFrozenDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int> s_order =
        All.Select((p, i) => (p.Code, i)).ToFrozenDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);

    /// <summary>The parameter with this code (case ignored), or null when the code is unknown.</summary>
    public static WaterParameter? Find(string? code) =>
        code is not null && s_byCode.TryGetValue(code.Trim(), out var parameter) ? parameter : null;

    public static bool TryGet(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WaterParameter? parameter)
    {
        parameter = Find(code);
        return parameter is not null;
    }

    /// <summary>The parameter with this code; throws for an unknown code (a programming error).</summary>
    public static WaterParameter Get(string code) =>
        Find(code) ?? throw new ArgumentException($"Unknown water parameter code '{code}'.", nameof(code));

    /// <summary>Position in <see cref="All"/>, so lists of parameters print in the same order everywhere.</summary>
    internal static int OrderOf(string code) => s_order.TryGetValue(code, out var i) ? i : int.MaxValue;
}
