using TheoDoi.Core.Time;

namespace TheoDoi.Core.Tasks;

/// <summary>The progress expected of a dated task on a day, with the days it was computed from.</summary>
/// <param name="Expected">0–100; null for an undated task (no start or no due date).</param>
/// <param name="ElapsedDays">Days from the start to the day, clamped to 0…<paramref name="TotalDays"/>.</param>
/// <param name="TotalDays">Days from the start to the due date (0 for a one-day task).</param>
public sealed record ExpectedProgress(DateOnly? Start, DateOnly? Due, DateOnly Day, double? Expected, int? ElapsedDays, int? TotalDays);

public enum PaceVerdict
{
    /// <summary>Expected − actual is more than the threshold (chậm so với tiến độ).</summary>
    BehindPace,

    /// <summary>Dated, not done, and within the threshold of the expected progress.</summary>
    WithinPace,

    /// <summary>Done tasks are never behind pace.</summary>
    Done,

    /// <summary>Without a start and a due date there is no pace to be behind.</summary>
    Undated,
}

/// <summary>The behind-pace flag with the inputs behind it.</summary>
/// <param name="Shortfall">Expected − actual in points (negative when ahead); null when undated.</param>
public sealed record PaceCheck(PaceVerdict Verdict, ExpectedProgress Expected, double Actual, double? Shortfall, double Threshold, bool Done)
{
    public bool IsBehindPace => Verdict == PaceVerdict.BehindPace;
}

/// <summary>The overdue flag with the inputs behind it.</summary>
/// <param name="Today">The Việt Nam civil date the check was made for.</param>
/// <param name="DaysOverdue">Days from the due date to today when overdue, else 0.</param>
public sealed record OverdueCheck(bool IsOverdue, int DaysOverdue, DateOnly? Due, bool Done, DateOnly Today);

/// <summary>
/// Pace and overdue flags of the plan's tasks. Days are Việt Nam civil dates; progress is in percent
/// (0–100) as units enter it.
/// </summary>
public static class TaskProgress
{
    /// <summary>
    /// Default behind-pace threshold: 10 percentage points. Progress is self-reported in coarse steps
    /// (10%, 25%, 50%…), so smaller shortfalls would flag tasks that are only between two updates.
    /// </summary>
    public const double DefaultBehindThreshold = 10;

    /// <summary>
    /// The straight-line expectation: 0 before the start, 100 × (day − start) ÷ (due − start) in between,
    /// 100 from the due date on. A one-day task (start = due) expects 0 before that day and 100 from it.
    /// </summary>
    /// <remarks>
    /// Days are whole days counted at the start of the day: on the start date 0% is expected, on the due
    /// date 100% (the due date is the day the work should be finished).
    /// </remarks>
    /// <exception cref="ArgumentException">The start is after the due date.</exception>
    public static ExpectedProgress Expected(DateOnly? start, DateOnly? due, DateOnly day)
    {
        if (start is not { } s || due is not { } d)
        {
            return new(start, due, day, null, null, null);
        }

        if (s > d)
        {
            throw new ArgumentException($"The start ({s:dd/MM/yyyy}) is after the due date ({d:dd/MM/yyyy}).", nameof(start));
        }

        var total = d.DayNumber - s.DayNumber;
        var elapsed = Math.Clamp(day.DayNumber - s.DayNumber, 0, total);
        var expected = day >= d ? 100.0 : day < s ? 0.0 : 100.0 * elapsed / total;
        return new(start, due, day, expected, elapsed, total);
    }

    /// <summary>
    /// Behind pace when expected − actual &gt; <paramref name="threshold"/> (strictly: exactly the threshold
    /// behind is not flagged). Done and undated tasks are never behind pace.
    /// </summary>
    /// <param name="actual">Reported progress, 0–100.</param>
    public static PaceCheck CheckPace(DateOnly? start, DateOnly? due, double actual, bool done, DateOnly day, double threshold = DefaultBehindThreshold)
    {
        if (!(actual is >= 0 and <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(actual), actual, "Progress is a percentage from 0 to 100.");
        }

        if (!(threshold is >= 0 and <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold is in percentage points, 0 to 100.");
        }

        var expected = Expected(start, due, day);
        double? shortfall = expected.Expected is { } e ? e - actual : null;
        var verdict =
            done ? PaceVerdict.Done
            : shortfall is null ? PaceVerdict.Undated
            : shortfall > threshold ? PaceVerdict.BehindPace
            : PaceVerdict.WithinPace;
        return new(verdict, expected, actual, shortfall, threshold, done);
    }

    /// <summary><see cref="CheckPace(DateOnly?, DateOnly?, double, bool, DateOnly, double)"/> on today's date in Việt Nam.</summary>
    public static PaceCheck CheckPace(DateOnly? start, DateOnly? due, double actual, bool done, TimeProvider clock, double threshold = DefaultBehindThreshold) =>
        CheckPace(start, due, actual, done, VietnamTime.Today(clock), threshold);

    /// <summary>Overdue when not done and <paramref name="today"/> is strictly after the due date; never without a due date.</summary>
    public static OverdueCheck Overdue(DateOnly? due, bool done, DateOnly today)
    {
        var overdue = !done && due is { } d && today > d;
        return new(overdue, overdue ? today.DayNumber - due!.Value.DayNumber : 0, due, done, today);
    }

    /// <summary><see cref="Overdue(DateOnly?, bool, DateOnly)"/> on today's date in Việt Nam.</summary>
    public static OverdueCheck Overdue(DateOnly? due, bool done, TimeProvider clock) =>
        Overdue(due, done, VietnamTime.Today(clock));
}
