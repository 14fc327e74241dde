namespace TheoDoi.Core.Compliance;

/// <summary>Facilities inspected in a year and those of them found without any violation that year.</summary>
public sealed record ComplianceRate(int Inspected, int WithoutViolations)
{
    /// <summary>WithoutViolations ÷ Inspected (0–1); null when nothing was inspected, which is not 0 %.</summary>
    public decimal? Rate => Inspected == 0 ? null : (decimal)WithoutViolations / Inspected;
}

/// <summary>A facility with violations in at least two of the three years ending with the year asked.</summary>
public sealed record RepeatOffender(int FacilityId, IReadOnlyList<int> Years);

/// <summary>Remedies as of a day: the median days from the violation to the remedy done, over those done.</summary>
/// <param name="MedianDays">Over done remedies only; null when none is done. Open ones are counted, not guessed.</param>
/// <param name="Late">Done after the deadline, or still open past it.</param>
public sealed record RemedyTimes(decimal? MedianDays, int Done, int Open, int Late);

/// <summary>Fines imposed and collected; what was paid beyond a fine does not count.</summary>
public sealed record FinesCollected(decimal Imposed, decimal Collected)
{
    /// <summary>Collected ÷ Imposed (0–1); null when no fine was imposed.</summary>
    public decimal? Share => Imposed == 0 ? null : Collected / Imposed;
}

/// <summary>
/// The compliance register's computed figures (issue 15, item 4; docs/reference/compliance-heritage.md).
/// Pure: the caller chooses the facts (a province's, a year's) and the day they are judged on.
/// </summary>
public static class ComplianceMeasures
{
    /// <summary>How many years "repeat" looks back, counting the year asked.</summary>
    public const int RepeatWindowYears = 3;

    /// <summary>"Never inspected" looks back five years (ECHO counts 20 quarters).</summary>
    public const int InspectionWindowYears = 5;

    /// <summary>Compliance rate of <paramref name="year"/>: a facility inspected twice counts once, and counts as violating if any inspection found a violation.</summary>
    public static ComplianceRate Rate(IEnumerable<InspectionFact> inspections, int year)
    {
        var byFacility = inspections.Where(i => i.On.Year == year)
            .GroupBy(i => i.FacilityId)
            .Select(g => g.Any(i => i.FoundViolation))
            .ToList();
        return new(byFacility.Count, byFacility.Count(violated => !violated));
    }

    /// <summary>Facilities with violations found in at least two distinct years of <paramref name="year"/> − 2 … <paramref name="year"/>, by facility id.</summary>
    public static IReadOnlyList<RepeatOffender> RepeatOffenders(IEnumerable<ViolationFact> violations, int year) =>
        violations.Where(v => v.FoundOn.Year <= year && v.FoundOn.Year > year - RepeatWindowYears)
            .GroupBy(v => v.FacilityId)
            .Select(g => new RepeatOffender(g.Key, g.Select(v => v.FoundOn.Year).Distinct().Order().ToList()))
            .Where(o => o.Years.Count >= 2)
            .OrderBy(o => o.FacilityId)
            .ToList();

    /// <summary>
    /// The remedies of <paramref name="violations"/> as known on <paramref name="asOf"/>: a remedy done
    /// after that day is still open then. Days run from the violation's day to the day it was done.
    /// </summary>
    public static RemedyTimes DaysToRemedy(IEnumerable<ViolationFact> violations, DateOnly asOf)
    {
        var days = new List<int>();
        int open = 0, late = 0;
        foreach (var violation in violations)
        {
            foreach (var remedy in violation.Remedies)
            {
                if (remedy.DoneOn is { } done && done <= asOf)
                {
                    // A remedy recorded as done before the violation's day (a typing slip) counts as done that day.
                    days.Add(Math.Max(0, done.DayNumber - violation.FoundOn.DayNumber));
                    late += done > remedy.DueOn ? 1 : 0;
                }
                else
                {
                    open++;
                    late += asOf > remedy.DueOn ? 1 : 0;
                }
            }
        }

        return new(Median(days), days.Count, open, late);
    }

    /// <summary>Fines imposed and collected, each violation's payment counted up to its own fine.</summary>
    public static FinesCollected Fines(IEnumerable<ViolationFact> violations)
    {
        decimal imposed = 0, collected = 0;
        foreach (var violation in violations)
        {
            imposed += violation.FineVnd;
            collected += Math.Clamp(violation.CollectedVnd, 0, violation.FineVnd);
        }

        return new(imposed, collected);
    }

    /// <summary>
    /// The facilities of <paramref name="facilityIds"/> (in their order) with no inspection from
    /// <paramref name="asOf"/> five years back to <paramref name="asOf"/>, both days included.
    /// </summary>
    public static IReadOnlyList<int> NeverInspected(IEnumerable<int> facilityIds, IEnumerable<InspectionFact> inspections, DateOnly asOf)
    {
        var from = asOf.AddYears(-InspectionWindowYears);
        var inspected = inspections.Where(i => i.On >= from && i.On <= asOf).Select(i => i.FacilityId).ToHashSet();
        return facilityIds.Distinct().Where(id => !inspected.Contains(id)).ToList();
    }

    /// <summary>The middle value, or the mean of the two middle values; null for none.</summary>
    public static decimal? Median(IReadOnlyCollection<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }
}
