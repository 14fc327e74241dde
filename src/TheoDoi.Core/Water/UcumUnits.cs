using System.Collections.Frozen;

namespace TheoDoi.Core.Water;

/// <summary>
/// The one table from TheoDoi's unit spellings to UCUM codes (the Unified Code for Units of Measure,
/// https://ucum.org/ucum), which WaterML 2.0 exports write in <c>wml2:uom/@code</c> so that a partner's
/// software reads the unit without knowing TheoDoi (docs/reference/water-security.md: "UCUM units in exports").
/// </summary>
/// <remarks>
/// Every parameter of <see cref="WaterParameters.All"/> has a canonical unit in this table (a test walks
/// them all), and the computed indices are listed by code. UCUM spellings that differ from the display:
/// micro is "u", exponents are plain digits ("m3/s"), a day is "d", arbitrary units are in square brackets
/// (<c>[pH]</c>, <c>[NTU]</c>, <c>[ppth]</c> for ‰) and a count without a unit is an annotation in braces
/// (<c>{MPN}/100mL</c>). hm³ is <c>hm3</c>: UCUM raises the prefixed unit, so hm3 = (100 m)³ = 10⁶ m³.
/// </remarks>
public static class UcumUnits
{
    /// <summary>Canonical unit (as in <see cref="WaterParameters"/>) → UCUM code.</summary>
    public static FrozenDictionary<string, string> ByUnit { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [""] = "[pH]", // the only parameter without a unit is pH, which UCUM names as such
        ["mg/L"] = "mg/L",
        ["µg/L"] = "ug/L",
        ["MPN/100mL"] = "{MPN}/100mL",
        ["°C"] = "Cel",
        ["NTU"] = "[NTU]",
        ["µS/cm"] = "uS/cm",
        ["‰"] = "[ppth]",
        ["m"] = "m",
        ["m³/s"] = "m3/s",
        ["hm³"] = "hm3",
        ["m³/day"] = "m3/d",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The indices TheoDoi computes (VN_WQI, the percentile class, % full): dimensionless, UCUM "1",
    /// or percent "%".
    /// </summary>
    public static FrozenDictionary<string, string> ByIndex { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["WQI"] = "1",
        ["percentile"] = "%",
        ["percent_full"] = "%",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The UCUM code of a parameter (by its code) or an index; null for an unknown code.</summary>
    public static string? ForParameter(string code) =>
        WaterParameters.Find(code) is { } parameter ? ByUnit.GetValueOrDefault(parameter.CanonicalUnit)
        : ByIndex.GetValueOrDefault(code);
}
