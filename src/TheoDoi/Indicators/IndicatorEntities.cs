using TheoDoi.Units;

namespace TheoDoi.Indicators;

public enum IndicatorDirection
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>How unit values combine into a regional (or new-unit) value.</summary>
public enum IndicatorAggregation
{
    /// <summary>Σ numerators ÷ Σ denominators — never the mean of the units' percentages.</summary>
    RatioOfSums,
}

/// <summary>One of the plan's measurable targets, defined as numerator over denominator.</summary>
public sealed class Indicator
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public required string MeasureUnit { get; set; }
    public IndicatorDirection Direction { get; set; }
    public IndicatorAggregation Aggregation { get; set; }
    public string? Numerator { get; set; }
    public string? Denominator { get; set; }
    public string? NumeratorEn { get; set; }
    public string? DenominatorEn { get; set; }
    public string? Sdg { get; set; }
    public string? SdgNote { get; set; }
    public int? ResponsibleUnitId { get; set; }
    public Unit? ResponsibleUnit { get; set; }
    public string? ResponsibleUnitNote { get; set; }
    public string? Source { get; set; }

    /// <summary>The year the plan's path starts from (2022 for Plan 512: the year of Resolution 24-NQ/TW).</summary>
    public int? BaselineYear { get; set; }

    /// <summary>The declared baseline value (national); a unit's own value for the baseline year is preferred when known.</summary>
    public decimal? BaselineValue { get; set; }
    public string? BaselineSource { get; set; }

    /// <summary>How the value is computed and where it comes from, shown on the indicator page.</summary>
    public string? MethodNote { get; set; }
    public string? MethodNoteEn { get; set; }

    /// <summary>Which registry the values can be computed from, if any ("parks", "waste-urban", "waste-hazardous").</summary>
    public string? RegistrySource { get; set; }

    /// <summary>Definition version: 1 as loaded; each saved edit adds one and keeps the previous text in <see cref="IndicatorDefinitionVersion"/>.</summary>
    public int Version { get; set; } = 1;

    public List<IndicatorTarget> Targets { get; } = [];

    public string DisplayName(bool english) => english && NameEn is { Length: > 0 } ? NameEn : Name;

    public IndicatorTarget? PlanTarget => Targets.FirstOrDefault(t => t.IsPlanTarget) ?? Targets.OrderByDescending(t => t.Year).FirstOrDefault();
}

/// <summary>A target value for a year; the plan's own 2030 target is marked <see cref="IsPlanTarget"/>.</summary>
public sealed class IndicatorTarget
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public int Year { get; set; }
    public decimal Value { get; set; }
    public bool IsPlanTarget { get; set; }
    public string? Source { get; set; }
}

/// <summary>
/// A saved version of an indicator's definition (name, numerator, denominator, baseline, targets…),
/// readable by people: the audit trail records field changes, this keeps each whole definition.
/// </summary>
public sealed class IndicatorDefinitionVersion
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public int Version { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }

    /// <summary>Why the definition changed (required on edits).</summary>
    public string? Reason { get; set; }

    /// <summary>The whole definition as JSON (see <see cref="IndicatorDefinition"/>).</summary>
    public required string Snapshot { get; set; }
}

/// <summary>Whose value a row is: a unit's (an old or new province, a ministry unit) or the national series.</summary>
public enum ValueSeries
{
    Unit,
    National,
}

/// <summary>The life of a value: a unit drafts and submits it, the coordinator approves (or returns) it.</summary>
public enum ValueState
{
    Draft,
    Submitted,
    Approved,
}

/// <summary>How a value came in.</summary>
public enum ValueOrigin
{
    Form,
    Api,
    Xlsx,
    Registry,
    Reference,
    Demo,
}

/// <summary>
/// One value of an indicator for a unit period (or the national series) and a year. A year's value
/// belongs to the unit valid on 31 December of that year, so Bình Dương holds its 2024 value and
/// the new Thành phố Hồ Chí Minh its 2025 value; series by new units add the old ones up.
/// </summary>
public sealed class IndicatorValue
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public Indicator Indicator { get; set; } = null!;
    public ValueSeries Series { get; set; }
    public int? UnitId { get; set; }
    public Unit? Unit { get; set; }

    /// <summary>"national" or "u{unit id}": one value per indicator, series and year.</summary>
    public required string SeriesKey { get; set; }

    public int Year { get; set; }

    /// <summary>The value in the indicator's unit (for shares 100 × numerator ÷ denominator when both are known).</summary>
    public decimal Value { get; set; }

    public decimal? Numerator { get; set; }
    public decimal? Denominator { get; set; }
    public string? Source { get; set; }
    public string? Comment { get; set; }
    public ValueState State { get; set; }
    public ValueOrigin Origin { get; set; }

    /// <summary>Demo values (loaded with --demo) are labelled wherever they are shown.</summary>
    public bool IsDemo { get; set; }

    /// <summary>Set when the value is far from the unit's previous years: to be reviewed, not refused.</summary>
    public string? QualityFlag { get; set; }

    public required string EnteredBy { get; set; }
    public DateTime EnteredAt { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTime? ReviewedAt { get; set; }

    /// <summary>Why the coordinator sent the value back to draft.</summary>
    public string? ReturnReason { get; set; }

    public int Version { get; set; }

    public static string KeyFor(int? unitId) => unitId is { } id ? "u" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "national";
}
