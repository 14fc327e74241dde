using System.Collections.Frozen;
using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water;

/// <summary>
/// The answer to "how do I turn a value in this unit into the parameter's canonical unit?": either a
/// factor (canonical = value × factor) or a reason, in both languages, why no factor exists.
/// </summary>
public sealed record UnitConversion(bool IsConvertible, decimal Factor, string CanonicalUnit, Bilingual? Reason)
{
    internal static UnitConversion By(decimal factor, string canonicalUnit) => new(true, factor, canonicalUnit, null);

    internal static UnitConversion Refused(string canonicalUnit, Bilingual reason) => new(false, 0m, canonicalUnit, reason);

    /// <summary>The value in the canonical unit; throws when not convertible (check first).</summary>
    public decimal Apply(decimal value) =>
        IsConvertible ? DecimalMath.Normalize(value * Factor) : throw new InvalidOperationException(Reason?.En);
}

/// <summary>
/// Unit spellings found in monitoring files and the exact factors between them. Only plain factors
/// are offered: µg/L ↔ mg/L is exact, while °F → °C needs an offset and FNU → NTU a method, so those
/// are refused with a reason rather than guessed.
/// </summary>
/// <remarks>
/// Spellings are matched ignoring case and spaces, with "u", "μ" (Greek mu) and "µ" (micro sign) all
/// read as micro: "ug/l", "μg/L" and "µg / L" are the same unit. MPN and CFU per 100 mL are treated as
/// the same unit because QCVN 08 and VN_WQI accept either for coliforms.
/// </remarks>
public static class WaterUnits
{
    private sealed record KnownUnit(UnitKind Kind, string Name, decimal ToBase);

    /// <summary>Every accepted spelling, normalised by <see cref="Normalise"/>, with its factor to the kind's base unit.</summary>
    private static readonly FrozenDictionary<string, KnownUnit> s_units = BuildUnits();

    private static FrozenDictionary<string, KnownUnit> BuildUnits()
    {
        var units = new Dictionary<string, KnownUnit>(StringComparer.OrdinalIgnoreCase);
        void Add(UnitKind kind, string name, decimal toBase, params string[] spellings)
        {
            foreach (var spelling in spellings.Append(name))
            {
                units[Normalise(spelling)] = new KnownUnit(kind, name, toBase);
            }
        }

        Add(UnitKind.None, "", 1m, "-", "–", "pH");
        Add(UnitKind.Temperature, "°C", 1m, "C", "oC", "degC", "℃", "deg C");
        // Mass concentrations, base mg/L.
        Add(UnitKind.MassConcentration, "g/L", 1000m);
        // ppm and ppb are mass ratios, only approximately mg/L and µg/L, so they are not accepted.
        Add(UnitKind.MassConcentration, "mg/L", 1m, "g/m3", "g/m³");
        Add(UnitKind.MassConcentration, "µg/L", 0.001m, "mcg/L", "mg/m3", "mg/m³");
        Add(UnitKind.MassConcentration, "ng/L", 0.000001m);
        // Counts, base MPN/100mL.
        Add(UnitKind.CountPer100Ml, "MPN/100mL", 1m, "MPN/100 mL");
        Add(UnitKind.CountPer100Ml, "CFU/100mL", 1m, "CFU/100 mL");
        // Conductivity, base µS/cm.
        Add(UnitKind.Conductivity, "µS/cm", 1m, "uS/cm");
        Add(UnitKind.Conductivity, "mS/cm", 1000m);
        Add(UnitKind.Conductivity, "mS/m", 10m);
        Add(UnitKind.Turbidity, "NTU", 1m);
        // Salinity, base ‰ (= g/kg; "ppt" in oceanography means parts per thousand).
        Add(UnitKind.Salinity, "‰", 1m, "ppt", "g/kg", "o/oo", "[ppth]");
        // Quantity (docs/reference/water-security.md): levels and depths in m, discharge in m³/s,
        // storage in hm³ (10⁶ m³), abstraction in m³/day.
        Add(UnitKind.Length, "m", 1m, "meter", "metre");
        Add(UnitKind.Length, "cm", 0.01m);
        Add(UnitKind.Discharge, "m³/s", 1m, "m3/s", "m^3/s");
        Add(UnitKind.Discharge, "L/s", 0.001m, "l/s");
        Add(UnitKind.Volume, "hm³", 1m, "hm3", "10^6 m3", "10^6m³", "triệu m³", "triệu m3");
        Add(UnitKind.Volume, "m³", 0.000001m, "m3");
        Add(UnitKind.VolumePerDay, "m³/day", 1m, "m3/day", "m³/d", "m3/d", "m³/ngày", "m3/ngày", "m³/ngđ", "m3/ngđ");
        return units.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Removes spaces and reads every micro spelling as "µ", so lookups ignore cosmetic differences.</summary>
    private static string Normalise(string unit)
    {
        var text = unit.Trim().Replace(" ", "", StringComparison.Ordinal)
            .Replace('μ', 'µ'); // Greek small mu (U+03BC) → micro sign (U+00B5)
        // A leading "u" before a unit letter is the ASCII spelling of micro ("ug/L", "uS/cm").
        return text.Length > 1 && text[0] is 'u' or 'U' && text[1] is 'g' or 'G' or 's' or 'S' ? "µ" + text[1..] : text;
    }

    /// <summary>
    /// The factor that turns a value of <paramref name="parameter"/> given in <paramref name="unit"/>
    /// into the parameter's canonical unit, or why there is none. An empty unit is accepted only for pH.
    /// </summary>
    public static UnitConversion ToCanonical(WaterParameter parameter, string? unit)
    {
        var canonical = parameter.CanonicalUnit;
        var given = unit?.Trim() ?? "";
        if (given.Length == 0 && parameter.UnitKind != UnitKind.None)
        {
            return UnitConversion.Refused(canonical, new(
                $"Chưa ghi đơn vị; {parameter.Code} được đo bằng {canonical}.",
                $"unit is missing; {parameter.Code} is measured in {canonical}"));
        }

        // Salinity given as g/L: for the fresh and brackish water of an intake one litre weighs about
        // one kilogram, so g/L reads as ‰ (g/kg) ×1, as the issue and docs/reference/water-security.md ask.
        if (parameter.UnitKind == UnitKind.Salinity && string.Equals(Normalise(given), "g/L", StringComparison.OrdinalIgnoreCase))
        {
            return UnitConversion.By(1m, canonical);
        }

        if (!s_units.TryGetValue(Normalise(given), out var known))
        {
            if (parameter.UnitKind == UnitKind.Temperature && given.Replace("°", "", StringComparison.Ordinal).Trim() is "F" or "K" or "f" or "k")
            {
                return UnitConversion.Refused(canonical, new(
                    $"Nhiệt độ phải ghi theo °C; đổi từ '{given}' cần cộng trừ một hằng số chứ không chỉ nhân hệ số.",
                    $"temperature must be in °C; '{given}' needs an offset, not a factor"));
            }

            return UnitConversion.Refused(canonical, new(
                $"Không nhận ra đơn vị '{given}'; {parameter.Code} được đo bằng {Describe(parameter).Vi}.",
                $"unknown unit '{given}'; {parameter.Code} is measured in {Describe(parameter).En}"));
        }

        if (known.Kind != parameter.UnitKind)
        {
            return UnitConversion.Refused(canonical, parameter.UnitKind == UnitKind.None
                ? new($"pH không có đơn vị, nhưng tệp ghi '{given}'.", $"pH has no unit, but '{given}' was given")
                : new($"Đơn vị '{given}' không dùng để đo {parameter.Code}; {parameter.Code} được đo bằng {Describe(parameter).Vi}.",
                    $"unit '{given}' does not measure {parameter.Code}, which is measured in {Describe(parameter).En}"));
        }

        var canonicalToBase = s_units[Normalise(canonical)].ToBase;
        return UnitConversion.By(known.ToBase / canonicalToBase, canonical);
    }

    /// <summary>As <see cref="ToCanonical(WaterParameter, string?)"/> for a parameter code; unknown codes are refused.</summary>
    public static UnitConversion ToCanonical(string parameterCode, string? unit) =>
        WaterParameters.Find(parameterCode) is { } parameter
            ? ToCanonical(parameter, unit)
            : UnitConversion.Refused("", new($"Thông số '{parameterCode}' không có trong danh mục thông số.", $"unknown parameter '{parameterCode}'"));

    private static Bilingual Describe(WaterParameter parameter) => parameter.UnitKind switch
    {
        UnitKind.MassConcentration => new(
            $"{parameter.CanonicalUnit} (hoặc một đơn vị khối lượng trên thể tích khác: g/L, mg/L, µg/L, ng/L)",
            $"{parameter.CanonicalUnit} (or another mass per volume: g/L, mg/L, µg/L, ng/L)"),
        UnitKind.CountPer100Ml => new("MPN/100mL hoặc CFU/100mL", "MPN/100mL or CFU/100mL"),
        UnitKind.Conductivity => new("µS/cm (hoặc mS/cm, mS/m)", "µS/cm (or mS/cm, mS/m)"),
        UnitKind.Temperature => new("°C", "°C"),
        UnitKind.Salinity => new("‰ (hoặc g/L)", "‰ (or g/L)"),
        UnitKind.Length => new("m (hoặc cm)", "m (or cm)"),
        UnitKind.Discharge => new("m³/s (hoặc L/s)", "m³/s (or L/s)"),
        UnitKind.Volume => new("hm³ = triệu m³ (hoặc m³)", "hm³ = million m³ (or m³)"),
        _ => new(parameter.CanonicalUnit, parameter.CanonicalUnit),
    };
}
