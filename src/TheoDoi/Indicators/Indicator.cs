using TheoDoi.Units;

namespace TheoDoi.Indicators;

public enum IndicatorDirection
{
    HigherIsBetter,
    LowerIsBetter,
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
    public List<IndicatorTarget> Targets { get; } = [];

    public string DisplayName(bool english) => english && NameEn is { Length: > 0 } ? NameEn : Name;
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
