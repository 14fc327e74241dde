using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water;

/// <summary>Station settings that change how VN_WQI is computed or checked.</summary>
/// <param name="Weighted">
/// Formula 5 (groups IV and V weighted 2:1) for water bodies where organic pollution is the concern.
/// Only changes samples that have group V; without group V formula 4 applies whatever this says.
/// </param>
/// <param name="RequiresPesticides">The water body is affected by pesticides: warn when group II is missing.</param>
/// <param name="RequiresHeavyMetals">The water body is affected by heavy metals: warn when group III is missing.</param>
public sealed record WqiOptions(bool Weighted = false, bool RequiresPesticides = false, bool RequiresHeavyMetals = false)
{
    /// <summary>Unweighted, nothing required: the decision's default.</summary>
    public static WqiOptions Default { get; } = new();
}

/// <summary>Which aggregation of Decision 1460 produced the value (the decision's formula numbers).</summary>
public enum WqiFormula
{
    /// <summary>I × II × III × (M_IV × M_V)^(1/2): group V present, unweighted (the default).</summary>
    Formula3 = 3,

    /// <summary>I × II × III × M_IV: group V absent (the decision prints factor III twice; the second is factor II).</summary>
    Formula4 = 4,

    /// <summary>I × II × III × (M_IV² × M_V)^(1/3): group V present, weighted station.</summary>
    Formula5 = 5,
}

/// <summary>One scored parameter of a sample.</summary>
/// <param name="Parameter">
/// The parameter code; <c>heptachlor</c> stands for heptachlor + heptachlorepoxide when either or
/// both were reported (product decision 3).
/// </param>
/// <param name="Value">The value in the canonical unit (the sum for heptachlor; the detection limit for "&lt;").</param>
/// <param name="ScoredValue">What the table was read with: DO% saturation for DO, otherwise <see cref="Value"/>.</param>
/// <param name="SubIndex">WQI_SI, unrounded.</param>
/// <param name="Qualifier">
/// "&lt;" when the value is a detection limit, scored at the limit (product decision 4); "&gt;" when it
/// is the top of the measuring range, scored at that value.
/// </param>
public sealed record WqiSubIndex(
    string Parameter,
    WqiGroup Group,
    decimal Value,
    decimal ScoredValue,
    decimal SubIndex,
    Qualifier Qualifier);

/// <summary>Why a warning was raised. The message says it in English for logs.</summary>
public enum WqiWarningKind
{
    /// <summary>A value below the detection limit was scored at the limit (product decision 4).</summary>
    BelowDetectionLimit,

    /// <summary>A value above the measuring range was scored at the range's top, so the index may be too high.</summary>
    AboveMeasuringRange,

    /// <summary>DO came without a water temperature, so it could not be scored and was left out.</summary>
    DoWithoutTemperature,

    /// <summary>The water temperature lies outside 0–50 °C, where the saturation formula holds; DO was left out.</summary>
    TemperatureOutOfRange,

    /// <summary>A station setting requires group II or III, but the sample has none of it.</summary>
    RequiredGroupMissing,

    /// <summary>A parameter code nobody knows was ignored.</summary>
    UnknownParameter,

    /// <summary>A value that cannot be a measurement (negative concentration, pH above 14) was ignored.</summary>
    InvalidValue,
}

/// <param name="Text">The warning in both languages: pages show the reader's, files and logs <see cref="Message"/>.</param>
public sealed record WqiWarning(WqiWarningKind Kind, string? Parameter, Bilingual Text)
{
    /// <summary>The English text, for files, APIs and logs.</summary>
    public string Message => Text.En;

    public override string ToString() => Message;
}

/// <summary>
/// The VN_WQI of one sample (one monitoring point at one sampling time). Either computable, with a
/// value, a band and the formula; or not, with <see cref="NotComputableReason"/> and no number at all.
/// Always carries the parameters and sub-indices used, since two indices are comparable only when
/// computed on the same parameter set.
/// </summary>
public sealed record WqiResult
{
    /// <summary>The WQI rounded half away from zero (product decision 1); null when not computable.</summary>
    public int? Value { get; init; }

    /// <summary>The WQI at full precision before rounding; null when not computable.</summary>
    public decimal? Unrounded { get; init; }

    /// <summary>The band of the rounded value; null when not computable.</summary>
    public WqiBand? Band { get; init; }

    public WqiFormula? Formula { get; init; }

    /// <summary>WQI_pH / 100, or 1 when pH is missing (product decision 2).</summary>
    public decimal FactorI { get; init; } = 1m;

    /// <summary>Geometric mean of group II / 100, or 1 when group II is missing.</summary>
    public decimal FactorII { get; init; } = 1m;

    /// <summary>Geometric mean of group III / 100, or 1 when group III is missing.</summary>
    public decimal FactorIII { get; init; } = 1m;

    /// <summary>Arithmetic mean of group IV sub-indices; null when group IV is missing.</summary>
    public decimal? MeanIV { get; init; }

    /// <summary>Arithmetic mean of group V sub-indices; null when group V is missing.</summary>
    public decimal? MeanV { get; init; }

    /// <summary>The groups that have at least one scored parameter, in order.</summary>
    public IReadOnlyList<WqiGroup> Groups { get; init; } = [];

    /// <summary>Every scored parameter, in catalogue order, also when the index is not computable.</summary>
    public IReadOnlyList<WqiSubIndex> SubIndices { get; init; } = [];

    /// <summary>
    /// The measured codes the value rests on, in catalogue order: the scored ones, both heptachlor
    /// codes when summed, and <c>temp</c> when it turned DO into % saturation.
    /// </summary>
    public IReadOnlyList<string> ParametersUsed { get; init; } = [];

    public IReadOnlyList<WqiWarning> Warnings { get; init; } = [];

    /// <summary>Why no value exists, in both languages, or null when computable.</summary>
    public Bilingual? NotComputableText { get; init; }

    /// <summary>Why no value exists (English, for files and APIs), or null when computable.</summary>
    public string? NotComputableReason => NotComputableText?.En;

    public bool IsComputable => Value is not null;

    /// <summary>True when some value was a detection limit (product decision 4: the result carries the flag).</summary>
    public bool HasBelowDetectionLimit => SubIndices.Any(s => s.Qualifier == Qualifier.LessThan);

    /// <summary>A result with no value, for a sample that could not even be assembled (e.g. a rejected input row).</summary>
    public static WqiResult NotComputable(Bilingual reason) => new() { NotComputableText = reason };
}
