namespace TheoDoi.Core.Water;

/// <summary>What a stored index was computed from: one sample, or the hourly or daily means (product decision 6).</summary>
public enum WqiResolution : short
{
    Sample = 0,
    Hour = 1,
    Day = 2,
}

public enum WaterAlertKind
{
    /// <summary>A value above a QCVN 08:2023 Bảng 1 health limit.</summary>
    HealthLimit,

    /// <summary>A parameter worse than the station's target level.</summary>
    TargetLevel,
}

/// <summary>What the derivation needs to know of a station.</summary>
/// <param name="Quality">
/// A water-quality monitoring point. Only these get VN_WQI samples and QCVN 08 alerts: a salinity
/// intake's chloride every 15 minutes is judged against the intake's own threshold (salinity events),
/// not turned into thousands of index-less "samples" a day.
/// </param>
public sealed record StationProfile(int Id, bool Automatic, WqiOptions Options, string? TargetLevel, bool Quality = true);

/// <summary>One stored observation that is not rejected, as the derivation reads it (time in Unix seconds).</summary>
public sealed record SamplePoint(long Time, string Parameter, decimal Value, Qualifier Qualifier, bool Validated);

/// <summary>
/// One row of <c>water_samples</c> as computed (texts already clipped to their columns), with the
/// alerts it raises.
/// </summary>
public sealed record DerivedSample(
    int StationId,
    WqiResolution Resolution,
    long SampledAt,
    int? Wqi,
    double? WqiUnrounded,
    short? Formula,
    string Parameters,
    string? Note,
    string? NoteVi,
    bool BelowDetectionLimit,
    string Standard,
    string? Level,
    string Deciding,
    string? QcvnNotes,
    string? QcvnNotesVi,
    bool Validated,
    int Values,
    IReadOnlyList<DerivedAlert> Alerts);

/// <summary>One row of <c>water_alerts</c> as computed; <see cref="CreatedAt"/> is the computation's time until the store keeps an older one.</summary>
public sealed record DerivedAlert(
    int StationId,
    long SampledAt,
    WaterAlertKind Kind,
    string Parameter,
    double Value,
    double? Limit,
    string Standard,
    string? Level,
    bool LimitUnconfirmed,
    bool Validated,
    DateTime CreatedAt);
