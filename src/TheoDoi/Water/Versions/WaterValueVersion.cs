namespace TheoDoi.Water;

/// <summary>What happened to a value already stored (issue 10, item 4: "the change is kept as a version").</summary>
public enum ValueChangeKind : short
{
    /// <summary>Its number or qualifier changed: the same key imported with another value (its QC state reset to the import's).</summary>
    Corrected = 1,

    /// <summary>A steward rejected it (from validated or raw).</summary>
    Rejected = 2,

    /// <summary>A rejected value validated again, or set back to raw.</summary>
    Restored = 3,

    /// <summary>A validated value set back to raw (to be checked again): partners with validated data only no longer receive it.</summary>
    Unvalidated = 4,
}

/// <summary>
/// One version of an observation (table <c>water_value_versions</c>): its key, its value, qualifier
/// and QC state before and after, what kind of change, when and by whom (the import batch, or the
/// steward), written in the same transaction as the change by raw SQL (<see cref="ValueVersionsSql"/>).
/// Partners read them as the changes feed (<c>GET /api/v1/exchange/changes</c>). Not audited: the
/// change itself is (the import's audit entries, the validation's entry).
/// </summary>
public sealed class WaterValueVersion
{
    public long Id { get; set; }
    public int StationId { get; set; }
    public int ParameterId { get; set; }

    /// <summary>Unix time in seconds (UTC), as <see cref="WaterObservation.ObservedAt"/>.</summary>
    public long ObservedAt { get; set; }
    public double OldValue { get; set; }
    public double NewValue { get; set; }
    public short OldQualifier { get; set; }
    public short NewQualifier { get; set; }
    public short OldQc { get; set; }
    public short NewQc { get; set; }
    public ValueChangeKind Kind { get; set; }
    public DateTime ChangedAt { get; set; }

    /// <summary>The import batch that corrected it; null for a steward's decision.</summary>
    public int? BatchId { get; set; }
    public required string Actor { get; set; }
    public string? Reason { get; set; }
}
