namespace TheoDoi.Core.Units;

/// <summary>
/// One unit as it existed for a period. The same code may appear in several periods (HCMC, code 79,
/// before and after the 2025 merger are two periods), so a period is identified by its id.
/// </summary>
/// <param name="ValidFrom">First valid day; null when the founding date is not recorded.</param>
/// <param name="ValidTo">Last valid day (inclusive); null while the unit still exists.</param>
public sealed record UnitPeriod(int Id, string Code, DateOnly? ValidFrom, DateOnly? ValidTo)
{
    public bool IsValidOn(DateOnly day) =>
        (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);
}

public enum SuccessionKind
{
    /// <summary>Several units became one (or one joined another).</summary>
    Merge,

    /// <summary>The same unit under a new name or status (Đồng Nai province → city).</summary>
    Rename,

    /// <summary>The unit carried on unchanged under a new parent (ministry units in 2025).</summary>
    Continue,
}

/// <summary>From <paramref name="Effective"/> on, what belonged to the predecessor belongs to the successor.</summary>
public sealed record SuccessionLink(int PredecessorId, int SuccessorId, DateOnly Effective, SuccessionKind Kind);
