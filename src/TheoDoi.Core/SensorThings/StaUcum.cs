namespace TheoDoi.Core.SensorThings;

/// <summary>
/// A catalogue unit as the SensorThings unitOfMeasurement {name, symbol, definition} in UCUM (the
/// Unified Code for Units of Measure; docs/reference/water-security.md: "UCUM units in exports",
/// salinity ‰ is <c>[ppth]</c>).
/// </summary>
public static class StaUcum
{
    public sealed record Unit(string Name, string Symbol, string Code)
    {
        public string Definition => "https://ucum.org/ucum#" + Uri.EscapeDataString(Code);
    }

    public static Unit For(string catalogueUnit) => catalogueUnit switch
    {
        "mg/L" => new("milligram per litre", "mg/L", "mg/L"),
        "µg/L" => new("microgram per litre", "µg/L", "ug/L"),
        "MPN/100mL" => new("most probable number per 100 millilitres", "MPN/100mL", "{MPN}/100mL"),
        "°C" => new("degree Celsius", "°C", "Cel"),
        "m" => new("metre", "m", "m"),
        "m³/s" => new("cubic metre per second", "m³/s", "m3/s"),
        "m³/day" => new("cubic metre per day", "m³/d", "m3/d"),
        "hm³" => new("cubic hectometre", "hm³", "hm3"),
        "‰" => new("parts per thousand", "‰", "[ppth]"),
        "µS/cm" => new("microsiemens per centimetre", "µS/cm", "uS/cm"),
        "NTU" => new("nephelometric turbidity unit", "NTU", "[NTU]"),
        "" => new("pH", "pH", "[pH]"),
        _ => new(catalogueUnit, catalogueUnit, catalogueUnit),
    };

    /// <summary>VN_WQI is a dimensionless score 0–100.</summary>
    public static Unit Index { get; } = new("dimensionless index", "", "1");
}
