using TheoDoi.Core.Time;

namespace TheoDoi.Core.Reporting;

public enum TimelinessStatus
{
    /// <summary>Submitted at or before the end of the deadline day in Việt Nam (đúng hạn).</summary>
    OnTime,

    /// <summary>Submitted after the deadline day (nộp muộn).</summary>
    Late,

    /// <summary>Not submitted, and the deadline day has not ended yet (chưa nộp, còn hạn).</summary>
    Pending,

    /// <summary>Not submitted, and the deadline day has ended (quá hạn, chưa nộp).</summary>
    Overdue,
}

/// <summary>A timeliness verdict with its inputs.</summary>
/// <param name="SubmittedOn">The Việt Nam civil date of the submission, when there is one.</param>
/// <param name="AsOf">The Việt Nam date "now" was taken as, when nothing was submitted.</param>
/// <param name="DaysLate">
/// Việt Nam calendar days after the deadline date: of the submission when late, of "now" when
/// overdue; 0 otherwise. Any time on 11/12 is 1 day after a 10/12 deadline.
/// </param>
public sealed record TimelinessResult(
    TimelinessStatus Status,
    DateOnly Deadline,
    DateTimeOffset DeadlineInstant,
    DateTimeOffset? SubmittedAt,
    DateOnly? SubmittedOn,
    DateOnly? AsOf,
    int DaysLate);

/// <summary>Whether a report came in on time, judged on the Việt Nam calendar.</summary>
public static class Timeliness
{
    /// <param name="submittedAt">The submission instant, in any offset (a unit may submit from abroad); null when not submitted.</param>
    /// <param name="clock">Gives "now" for a report not yet submitted.</param>
    public static TimelinessResult Assess(DateOnly deadline, DateTimeOffset? submittedAt, TimeProvider clock)
    {
        var end = ReportingDeadline.DeadlineInstant(deadline);
        if (submittedAt is { } at)
        {
            var on = VietnamTime.DateOf(at);
            return at <= end
                ? new(TimelinessStatus.OnTime, deadline, end, at, on, null, 0)
                : new(TimelinessStatus.Late, deadline, end, at, on, null, on.DayNumber - deadline.DayNumber);
        }

        var today = VietnamTime.Today(clock);
        return today > deadline
            ? new(TimelinessStatus.Overdue, deadline, end, null, null, today, today.DayNumber - deadline.DayNumber)
            : new(TimelinessStatus.Pending, deadline, end, null, null, today, 0);
    }
}
