using System.Globalization;
using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water;

/// <summary>A quality level (QCVN 08:2023) or column (QCVN 08-MT:2015); lower <see cref="Rank"/> is better.</summary>
public sealed record QcvnLevel(string Code, int Rank, string VietnameseName, string EnglishName);

/// <summary>An interval of values; a null bound is unbounded on that side.</summary>
public sealed record QcvnRange(decimal? Min, bool MinInclusive, decimal? Max, bool MaxInclusive)
{
    public static QcvnRange AtMost(decimal max) => new(null, false, max, true);

    public static QcvnRange Above(decimal min) => new(min, false, null, false);

    public static QcvnRange AtLeast(decimal min) => new(min, true, null, false);

    public static QcvnRange Below(decimal max) => new(null, false, max, false);

    public static QcvnRange Between(decimal min, decimal max) => new(min, true, max, true);

    public bool Contains(decimal value) =>
        (Min is not { } min || (MinInclusive ? value >= min : value > min))
        && (Max is not { } max || (MaxInclusive ? value <= max : value < max));
}

/// <summary>
/// One cell of a classification table: the values of one parameter that meet one level. Cells are
/// read best level first, so a cell only needs to say what it allows (B's "≤6" need not exclude A's "≤4").
/// </summary>
/// <param name="Text">The cell as printed, for pages and notes ("≤100", "6.5–8.5").</param>
/// <param name="Unconfirmed">Marked † in the reference: not yet checked against the official gazette.</param>
/// <param name="Note">Anything the number alone does not say (TSS floating trash, a disputed transcription).</param>
public sealed record QcvnCell(string Level, IReadOnlyList<QcvnRange> Ranges, string Text, bool Unconfirmed = false, Bilingual? Note = null)
{
    public bool Contains(decimal value) => Ranges.Any(r => r.Contains(value));

    /// <summary>The single bound of a one-sided cell ("≤6" → 6, "≥5" → 5); null for ranges such as pH.</summary>
    public decimal? Bound => Ranges is [{ Min: null, Max: { } max }] ? max
        : Ranges is [{ Min: { } min, Max: null }] ? min
        : null;
}

/// <summary>The cells of one parameter, one per level of the standard, best level first.</summary>
/// <param name="Unit">The parameter's canonical unit; measurements are compared as given.</param>
public sealed record QcvnCriterion(string Parameter, string Unit, IReadOnlyList<QcvnCell> Cells);

/// <summary>A maximum for a parameter affecting human health (QCVN 08:2023 Bảng 1): above it is an exceedance.</summary>
/// <param name="Parameter">
/// The parameter code; <c>heptachlor</c> stands for heptachlor + heptachlorepoxide, as in VN_WQI.
/// </param>
public sealed record QcvnHealthLimit(string Parameter, string Unit, decimal Limit, bool Unconfirmed = false)
{
    public override string ToString() => $"{Parameter} ≤ {Limit.ToString(CultureInfo.InvariantCulture)} {Unit}".TrimEnd();
}

/// <summary>
/// One version of the surface water regulation as data: its levels, its classification table and its
/// health limits. Kept as a value so the tables can be shown, compared and replaced without code that
/// knows one version from another.
/// </summary>
/// <param name="InForceFrom">First sampling day the version applies to; null when it applies to everything before its successor.</param>
/// <param name="InForceUntil">Last sampling day the version applies to; null while in force.</param>
/// <param name="Scope">Which water bodies the classification table is for.</param>
public sealed record QcvnStandard(
    string Code,
    DateOnly? InForceFrom,
    DateOnly? InForceUntil,
    string Scope,
    IReadOnlyList<QcvnLevel> Levels,
    IReadOnlyList<QcvnCriterion> Criteria,
    IReadOnlyList<QcvnHealthLimit> HealthLimits)
{
    public QcvnLevel? FindLevel(string code) =>
        Levels.FirstOrDefault(l => string.Equals(l.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public QcvnCriterion? FindCriterion(string parameter) =>
        Criteria.FirstOrDefault(c => c.Parameter == parameter);

    public bool AppliesOn(DateOnly day) =>
        (InForceFrom is null || InForceFrom <= day) && (InForceUntil is null || day <= InForceUntil);

    public override string ToString() => Code;
}
