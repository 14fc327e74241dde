using TheoDoi.Core.Water;

namespace TheoDoi.Water;

public enum WaterBodyKind
{
    River,
    Canal,
    Reservoir,
}

/// <summary>Periodic stations are sampled by hand (monthly, quarterly); automatic ones measure every few minutes.</summary>
public enum StationKind
{
    Periodic,
    Automatic,
}

/// <summary>
/// What a station measures (docs/reference/water-security.md): water quality (VN_WQI, QCVN 08), a river's
/// level and discharge, a reservoir's level and storage, a groundwater well's depth to water, or the
/// salinity at an intake. Stations registered before types existed are quality stations.
/// </summary>
public enum StationType
{
    Quality,
    River,
    Reservoir,
    Groundwater,
    Salinity,
}

/// <summary>Quality control state of one observation. Only validated data is public or shared.</summary>
public enum QcState : short
{
    Raw = 0,
    Validated = 1,
    Rejected = 2,
}

/// <summary>A river basin or a sub-basin (ParentId set).</summary>
public sealed class WaterBasin
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public int? ParentId { get; set; }
    public decimal? AreaKm2 { get; set; }
    public string? Note { get; set; }
}

/// <summary>A river, canal or reservoir in a basin.</summary>
public sealed class WaterBody
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public WaterBodyKind Kind { get; set; }
    public int BasinId { get; set; }
    public WaterBasin Basin { get; set; } = null!;
}

/// <summary>A monitoring point. Its province is effective-dated (<see cref="WaterStationUnit"/>): provinces merged in 2025.</summary>
public sealed class WaterStation
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public StationKind Kind { get; set; }
    public StationType Type { get; set; }

    /// <summary>The aquifer a well draws from (e.g. qp2-3); wells only.</summary>
    public string? Aquifer { get; set; }

    /// <summary>The datum its levels are measured from (e.g. "Hòn Dấu"); level stations.</summary>
    public string? Datum { get; set; }

    /// <summary>
    /// A salinity station's intake limit in the station's unit (‰ for SAL, mg/L for Cl), or a well's
    /// allowed depth to water (m).
    /// </summary>
    public decimal? Threshold { get; set; }

    /// <summary>A reservoir's full-supply volume (hm³).</summary>
    public decimal? CapacityHm3 { get; set; }
    public decimal? Latitude { get; set; }
    public decimal? Longitude { get; set; }
    public int BasinId { get; set; }
    public WaterBasin Basin { get; set; } = null!;
    public int? WaterBodyId { get; set; }
    public WaterBody? WaterBody { get; set; }

    /// <summary>QCVN 08:2023 level the water should reach ("A", "B", "C"), or null when none is set.</summary>
    public string? TargetLevel { get; set; }

    /// <summary>VN_WQI formula 5 (organic pollution is the concern).</summary>
    public bool Weighted { get; set; }
    public bool RequiresPesticides { get; set; }
    public bool RequiresHeavyMetals { get; set; }

    /// <summary>Made up for demonstration; labelled "demo" wherever shown.</summary>
    public bool IsDemo { get; set; }
    public string? Note { get; set; }
    public List<WaterStationUnit> Units { get; } = [];

    public Core.Water.WqiOptions WqiOptions => new(Weighted, RequiresPesticides, RequiresHeavyMetals);
}

/// <summary>One row of a reservoir's level–volume table (strictly increasing in both; replaced as a whole).</summary>
public sealed class WaterLevelVolume
{
    public int Id { get; set; }
    public int StationId { get; set; }
    public decimal LevelM { get; set; }
    public decimal VolumeHm3 { get; set; }
}

/// <summary>The province a station lay in during a period.</summary>
public sealed class WaterStationUnit
{
    public int Id { get; set; }
    public int StationId { get; set; }
    public int UnitId { get; set; }
    public Units.Unit Unit { get; set; } = null!;
    public DateOnly ValidFrom { get; set; }

    /// <summary>Last day, inclusive; null while current.</summary>
    public DateOnly? ValidTo { get; set; }
}

/// <summary>The parameter catalogue: the codes of Core's <c>WaterParameters</c> with their ids and detection limits.</summary>
public sealed class WaterParameterEntry
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public required string Unit { get; set; }

    /// <summary>VN_WQI group ("I"…"V"), or null for parameters outside the index.</summary>
    public string? Group { get; set; }

    /// <summary>Usual detection limit in <see cref="Unit"/>, when the laboratory gives one.</summary>
    public decimal? DetectionLimit { get; set; }
}

/// <summary>One imported file: who, when, what it changed. Audited as an insert; the values themselves are not audited one by one.</summary>
public sealed class WaterImportBatch
{
    public int Id { get; set; }
    public required string FileName { get; set; }
    public required string Layout { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public required string Actor { get; set; }
    public required string Source { get; set; }
    public QcState Qc { get; set; }
    public long Rows { get; set; }
    public long Inserted { get; set; }
    public long Updated { get; set; }
    public long Unchanged { get; set; }
    public int Alerts { get; set; }
    public string? Sha256 { get; set; }
}

/// <summary>
/// One value: the table <c>water_observations</c>, keyed (station, parameter, time). It is created by raw
/// SQL (<see cref="WaterSchemaSql"/>: WITHOUT ROWID in SQLite) and written by the importer on the raw
/// connection; EF only reads it.
/// </summary>
public sealed class WaterObservation
{
    public int StationId { get; set; }
    public int ParameterId { get; set; }

    /// <summary>Unix time in seconds (UTC).</summary>
    public long ObservedAt { get; set; }

    /// <summary>In the parameter's canonical unit.</summary>
    public double Value { get; set; }
    public short Qualifier { get; set; }
    public short Qc { get; set; }
    public int BatchId { get; set; }
}

/// <summary>
/// A computed index and classification (table <c>water_samples</c>, derived, rewritten whenever its
/// observations change; written by raw SQL like the observations and not audited).
/// </summary>
public sealed class WaterSample
{
    public int StationId { get; set; }
    public short Resolution { get; set; }

    /// <summary>Unix seconds of the sample time, or of the hour's or day's start (Việt Nam time).</summary>
    public long SampledAt { get; set; }
    public int? Wqi { get; set; }
    public double? WqiUnrounded { get; set; }
    public short? Formula { get; set; }
    public string Parameters { get; set; } = "";

    /// <summary>The reason and warnings in English (files, APIs); <see cref="NoteVi"/> is the same in Vietnamese, for pages.</summary>
    public string? Note { get; set; }
    public string? NoteVi { get; set; }
    public bool BelowDetectionLimit { get; set; }
    public string? Standard { get; set; }
    public string? Level { get; set; }
    public string? Deciding { get; set; }

    /// <summary>The QCVN 08 notes in English; <see cref="QcvnNotesVi"/> in Vietnamese.</summary>
    public string? QcvnNotes { get; set; }
    public string? QcvnNotesVi { get; set; }

    /// <summary>Every observation used is validated (otherwise raw data is included).</summary>
    public bool Validated { get; set; }
    public int Values { get; set; }
}

/// <summary>An exceedance found in a sample: above a Bảng 1 limit, or worse than the station's target level.</summary>
public sealed class WaterAlert
{
    public long Id { get; set; }
    public int StationId { get; set; }
    public long SampledAt { get; set; }
    public WaterAlertKind Kind { get; set; }
    public required string Parameter { get; set; }
    public double Value { get; set; }
    public double? Limit { get; set; }
    public required string Standard { get; set; }
    public string? Level { get; set; }
    public bool LimitUnconfirmed { get; set; }
    public bool Validated { get; set; }
    public DateTime CreatedAt { get; set; }
}
