using TheoDoi.Core.Water;

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

    /// <summary>The unit's name and symbol here; its UCUM code from the one table the exports share (<see cref="UcumUnits"/>).</summary>
    public static Unit For(string catalogueUnit) =>
        new(Name(catalogueUnit), catalogueUnit switch { "" => "pH", "m³/day" => "m³/d", _ => catalogueUnit }, UcumUnits.ByUnit.GetValueOrDefault(catalogueUnit, catalogueUnit));

    /// <summary>VN_WQI is a dimensionless score 0–100.</summary>
    public static Unit Index { get; } = new("dimensionless index", "", UcumUnits.ByIndex["WQI"]);

    private static string Name(string catalogueUnit) => catalogueUnit switch
    {
        "mg/L" => "milligram per litre",
        "µg/L" => "microgram per litre",
        "MPN/100mL" => "most probable number per 100 millilitres",
        "°C" => "degree Celsius",
        "m" => "metre",
        "m³/s" => "cubic metre per second",
        "m³/day" => "cubic metre per day",
        "hm³" => "cubic hectometre",
        "‰" => "parts per thousand",
        "µS/cm" => "microsiemens per centimetre",
        "NTU" => "nephelometric turbidity unit",
        "" => "pH",
        _ => catalogueUnit,
    };
}
