namespace TheoDoi.Core.Reporting;

/// <summary>The periodic reports of Nghị định 09/2019/NĐ-CP.</summary>
public enum ReportingPeriodKind
{
    Monthly,
    Quarterly,
    SixMonth,
    NineMonth,
    Annual,
}

/// <summary>A run of civil days, both ends included.</summary>
public readonly record struct DateWindow(DateOnly First, DateOnly Last)
{
    public bool Contains(DateOnly day) => First <= day && day <= Last;

    /// <summary>Number of days in the window, both ends counted (365 or 366 for an annual window).</summary>
    public int DayCount => Last.DayNumber - First.DayNumber + 1;
}

/// <summary>
/// One reporting period and its data window. Decree 09/2019 cuts every window on the 14th and starts
/// the next on the 15th, so that figures can be gathered before the report is due: the annual report
/// for 2026 covers 15/12/2025–14/12/2026, not the calendar year.
/// </summary>
/// <param name="Number">Month 1–12, quarter 1–4, or 1 for the 6-month, 9-month and annual reports.</param>
public sealed record ReportingPeriod(ReportingPeriodKind Kind, int Year, int Number, DateWindow Window)
{
    /// <summary>The period of <paramref name="kind"/> for <paramref name="year"/> (and month or quarter).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is not a month (1–12), a quarter (1–4) or 1.</exception>
    public static ReportingPeriod Of(ReportingPeriodKind kind, int year, int number = 1)
    {
        // The window may start in the previous year, which DateOnly must be able to hold.
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        var maxNumber = kind switch
        {
            ReportingPeriodKind.Monthly => 12,
            ReportingPeriodKind.Quarterly => 4,
            ReportingPeriodKind.SixMonth or ReportingPeriodKind.NineMonth or ReportingPeriodKind.Annual => 1,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        if (number < 1 || number > maxNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, $"A {kind} period is numbered 1 to {maxNumber}.");
        }

        // The last month of the window; the window runs from the 15th of the month before its first
        // month to the 14th of this one.
        var (lastMonth, months) = kind switch
        {
            ReportingPeriodKind.Monthly => (number, 1),
            ReportingPeriodKind.Quarterly => (number * 3, 3),
            ReportingPeriodKind.SixMonth => (6, 6),
            ReportingPeriodKind.NineMonth => (9, 9),
            _ => (12, 12),
        };
        var last = new DateOnly(year, lastMonth, 14);
        var first = last.AddMonths(-months).AddDays(1);
        return new(kind, year, number, new DateWindow(first, last));
    }

    /// <summary>
    /// The period of <paramref name="kind"/> whose window holds <paramref name="day"/>; null for the
    /// days the 6-month (15/06–14/12) and 9-month (15/09–14/12) reports do not cover.
    /// </summary>
    public static ReportingPeriod? Containing(ReportingPeriodKind kind, DateOnly day)
    {
        // From the 15th on, a day belongs to the window that ends on the 14th of the next month.
        var shifted = day.Day >= 15 ? day.AddMonths(1) : day;
        var (year, month) = (shifted.Year, shifted.Month);
        var period = kind switch
        {
            ReportingPeriodKind.Monthly => Of(kind, year, month),
            ReportingPeriodKind.Quarterly => Of(kind, year, ((month - 1) / 3) + 1),
            ReportingPeriodKind.SixMonth => Of(kind, year),
            ReportingPeriodKind.NineMonth => Of(kind, year),
            ReportingPeriodKind.Annual => Of(kind, year),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        return period.Window.Contains(day) ? period : null;
    }
}
