using TheoDoi.Core.Time;

namespace TheoDoi.Core.Reporting;

/// <summary>
/// A submission deadline is a civil date in Việt Nam; the instant it ends is what submissions are
/// compared with, wherever the submitter is.
/// </summary>
/// <remarks>
/// Plan 512 says units report "trước ngày 10 tháng 12" (before 10 December). Read literally that
/// would close at 00:00 on 10/12; the product decision is that a report is due by the end of
/// 10/12 (inclusive), as units and the coordinating department read it in practice and as a deadline
/// shown as "10/12" is naturally understood. A cycle may set any other date.
/// </remarks>
public static class ReportingDeadline
{
    /// <summary>Plan 512's default deadline for the report of <paramref name="year"/>: 10/12 of that year.</summary>
    public static DateOnly Plan512Default(int year) => new(year, 12, 10);

    /// <summary>
    /// The last instant of <paramref name="date"/> in Việt Nam: 23:59:59.9999999 at UTC+7 (the zone has
    /// had no daylight saving since 1975).
    /// </summary>
    public static DateTimeOffset DeadlineInstant(DateOnly date)
    {
        var endOfDay = date.ToDateTime(TimeOnly.MaxValue);
        return new DateTimeOffset(endOfDay, VietnamTime.Zone.GetUtcOffset(endOfDay));
    }

    /// <summary>The first instant of <paramref name="date"/> in Việt Nam (00:00 at UTC+7).</summary>
    public static DateTimeOffset StartInstant(DateOnly date)
    {
        var start = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(start, VietnamTime.Zone.GetUtcOffset(start));
    }
}
