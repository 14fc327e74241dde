namespace TheoDoi.Core.Indicators;

/// <summary>One unit's numerator and denominator for an indicator in a year; either may be missing.</summary>
public sealed record UnitRatio(string Unit, double? Numerator, double? Denominator);

/// <summary>Why a unit's figures could not be counted.</summary>
public enum RatioInputProblem
{
    NumeratorMissing,
    DenominatorMissing,
    BothMissing,

    /// <summary>A negative (or not finite) count cannot be part of a share.</summary>
    InvalidValue,
}

public sealed record ExcludedRatio(UnitRatio Input, RatioInputProblem Problem);

/// <summary>
/// A combined ratio and its provenance: the sums, the units counted and the units left out with the
/// reason, so a regional figure never hides that a province did not report.
/// </summary>
/// <param name="Value">Scale × Σ numerators ÷ Σ denominators; null when nothing was counted or Σ denominators is 0.</param>
public sealed record AggregatedRatio(
    double? Value,
    double NumeratorSum,
    double DenominatorSum,
    double Scale,
    IReadOnlyList<UnitRatio> Used,
    IReadOnlyList<ExcludedRatio> Missing)
{
    /// <summary>True when every unit given was counted.</summary>
    public bool IsComplete => Missing.Count == 0;
}

/// <summary>
/// Regional and national figures from unit figures. A share is combined as Σ numerators ÷ Σ
/// denominators — never as the mean of the units' percentages, which would let a province with 4
/// industrial parks weigh as much as one with 40.
/// </summary>
public static class RatioAggregation
{
    /// <param name="scale">100 (the default) gives a percentage; 1 a plain ratio.</param>
    /// <remarks>
    /// A unit whose numerator and denominator are both 0 (no industrial park at all) is counted: it
    /// adds nothing to either sum but did report. A numerator larger than its denominator is not
    /// rejected here; that is a validation rule of the indicator, not of the arithmetic.
    /// </remarks>
    public static AggregatedRatio Combine(IEnumerable<UnitRatio> inputs, double scale = 100)
    {
        var used = new List<UnitRatio>();
        var missing = new List<ExcludedRatio>();
        double numerators = 0, denominators = 0;
        foreach (var input in inputs)
        {
            var problem = (input.Numerator, input.Denominator) switch
            {
                (null, null) => RatioInputProblem.BothMissing,
                (null, _) => RatioInputProblem.NumeratorMissing,
                (_, null) => RatioInputProblem.DenominatorMissing,
                ({ } n, { } d) when !double.IsFinite(n) || !double.IsFinite(d) || n < 0 || d < 0 => RatioInputProblem.InvalidValue,
                _ => (RatioInputProblem?)null,
            };
            if (problem is { } p)
            {
                missing.Add(new(input, p));
                continue;
            }

            used.Add(input);
            numerators += input.Numerator!.Value;
            denominators += input.Denominator!.Value;
        }

        double? value = used.Count > 0 && denominators > 0 ? scale * numerators / denominators : null;
        return new(value, numerators, denominators, scale, used, missing);
    }
}
