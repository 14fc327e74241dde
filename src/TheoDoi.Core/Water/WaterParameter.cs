using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water;

/// <summary>The five parameter groups of VN_WQI (Decision 1460/QĐ-TCMT).</summary>
public enum WqiGroup
{
    /// <summary>pH.</summary>
    I = 1,

    /// <summary>Pesticides (µg/L).</summary>
    II = 2,

    /// <summary>Heavy metals (mg/L).</summary>
    III = 3,

    /// <summary>Organic matter and nutrients, including DO (mg/L).</summary>
    IV = 4,

    /// <summary>Microbiological (per 100 mL).</summary>
    V = 5,
}

/// <summary>
/// What a parameter's unit measures. Conversion is only possible within one kind, and only where a
/// plain factor is exact (µg/L ↔ mg/L); kinds that need an offset or a method (°F, FNU) are refused.
/// </summary>
public enum UnitKind
{
    /// <summary>No unit (pH).</summary>
    None,

    /// <summary>Water temperature, always °C.</summary>
    Temperature,

    /// <summary>Mass per volume (g/L, mg/L, µg/L, ng/L).</summary>
    MassConcentration,

    /// <summary>Bacteria counts per 100 mL (MPN or CFU).</summary>
    CountPer100Ml,

    /// <summary>Electrical conductivity (µS/cm, mS/cm).</summary>
    Conductivity,

    /// <summary>Turbidity (NTU).</summary>
    Turbidity,

    /// <summary>Salinity (‰).</summary>
    Salinity,

    /// <summary>A length in metres: a water level above a station's datum, a depth to groundwater.</summary>
    Length,

    /// <summary>A discharge (m³/s).</summary>
    Discharge,

    /// <summary>A stored volume (hm³ = 10⁶ m³).</summary>
    Volume,

    /// <summary>An abstracted volume per day (m³/day).</summary>
    VolumePerDay,
}

/// <summary>
/// A monitored water parameter. <see cref="Code"/> is the spelling used in exchange files and the
/// database; values of a parameter are always stored in its <see cref="CanonicalUnit"/>.
/// </summary>
/// <param name="Group">The VN_WQI group, or null for parameters outside the index (temp, TSS, Fe…).</param>
/// <param name="CanonicalUnit">"" for pH; otherwise the unit the reference tables use.</param>
/// <param name="IsQuantity">Water quantity (level, discharge, storage, depth to groundwater, abstraction:
/// docs/reference/water-security.md), never part of a VN_WQI or QCVN 08 sample.</param>
/// <param name="MayBeNegative">A level above a datum may lie below it; every other amount is never negative.</param>
public sealed record WaterParameter(
    string Code,
    WqiGroup? Group,
    string CanonicalUnit,
    UnitKind UnitKind,
    string VietnameseName,
    string EnglishName,
    bool IsQuantity = false,
    bool MayBeNegative = false)
{
    /// <summary>True for the 25 codes that VN_WQI scores (temp only serves DO and has no group).</summary>
    public bool IsWqiParameter => Group is not null;

    /// <summary>
    /// Why <paramref name="value"/> (in the canonical unit) cannot be a real measurement of this
    /// parameter, or null when it can. Concentrations and counts are never negative; pH lies in 0–14.
    /// </summary>
    public Bilingual? CheckValue(decimal value)
    {
        if (UnitKind == UnitKind.Temperature || MayBeNegative)
        {
            return null;
        }

        if (value < 0)
        {
            return new($"{Code} không thể âm", $"{Code} cannot be negative");
        }

        return UnitKind == UnitKind.None && value > 14 ? new("pH phải nằm trong khoảng 0–14", "pH must lie between 0 and 14") : null;
    }
}
