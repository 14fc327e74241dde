namespace TheoDoi.Core.Indicators;

/// <summary>
/// Which way is better. All of Plan 512's 2030 indicators are shares that should rise, but the
/// rules also serve indicators that should fall (a pollution load, a loss rate).
/// </summary>
/// <remarks>
/// Named apart from the application's own <c>IndicatorDirection</c> so that a file importing both
/// namespaces never meets an ambiguous name.
/// </remarks>
public enum ProgressDirection
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>One value of an indicator in a year (a baseline, a target or an observation).</summary>
public readonly record struct YearValue(int Year, double Value);

/// <summary>
/// What the progress rules need to know about one indicator for one unit: where it started, where it
/// must arrive, which way is better, and the values observed so far (years may be missing).
/// </summary>
/// <remarks>
/// The baseline is the one the plan or the indicator declares (for example 2022), not the first
/// observation: the plan's path starts there whatever data came in since. Observations in or before
/// the baseline year are kept (the trend projection may use them) but never replace the baseline.
/// Values are <see cref="double"/> because the compound-growth method needs powers; the application
/// converts its stored decimals at this boundary.
/// </remarks>
public sealed class IndicatorSeries
{
    /// <param name="unit">
    /// Unit shown in explanations: "%" (the default, for ratio indicators) is written after the number
    /// with no space and gaps are in percentage points; any other unit is written after a space.
    /// </param>
    public IndicatorSeries(YearValue baseline, YearValue target, ProgressDirection direction, IEnumerable<YearValue> observations, string unit = "%")
    {
        if (target.Year <= baseline.Year)
        {
            throw new ArgumentException($"The target year ({target.Year}) must come after the baseline year ({baseline.Year}).", nameof(target));
        }

        if (!double.IsFinite(baseline.Value) || !double.IsFinite(target.Value))
        {
            throw new ArgumentException("Baseline and target values must be finite numbers.", nameof(baseline));
        }

        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction));
        }

        var sorted = observations.OrderBy(o => o.Year).ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            if (!double.IsFinite(sorted[i].Value))
            {
                throw new ArgumentException($"The value for {sorted[i].Year} is not a finite number.", nameof(observations));
            }

            if (i > 0 && sorted[i].Year == sorted[i - 1].Year)
            {
                throw new ArgumentException($"Two values for {sorted[i].Year}: one value per year is expected.", nameof(observations));
            }
        }

        Baseline = baseline;
        Target = target;
        Direction = direction;
        Observations = sorted;
        Unit = unit;
    }

    public YearValue Baseline { get; }

    public YearValue Target { get; }

    public ProgressDirection Direction { get; }

    /// <summary>All observations given, ordered by year.</summary>
    public IReadOnlyList<YearValue> Observations { get; }

    public string Unit { get; }

    /// <summary>+1 when higher is better, −1 when lower is better: multiplies a change so that positive means better.</summary>
    public int Sign => Direction == ProgressDirection.HigherIsBetter ? 1 : -1;

    /// <summary>The most recent observation after the baseline year, or null when none exists yet.</summary>
    public YearValue? Latest => Observations.Count > 0 && Observations[^1].Year > Baseline.Year ? Observations[^1] : null;

    /// <summary>True when <paramref name="value"/> is at or beyond the target in the better direction.</summary>
    public bool Reaches(double value) => Sign * (value - Target.Value) >= 0;

    /// <summary>True when the baseline itself already met the target (the plan only asks to keep it).</summary>
    public bool BaselineReachesTarget => Reaches(Baseline.Value);
}
