using System.Globalization;
using TheoDoi.Core.Time;

namespace TheoDoi.Core.Reporting;

public enum ReminderKind
{
    /// <summary>Sent a number of days before the deadline date (0 = on the deadline day itself).</summary>
    BeforeDeadline,

    /// <summary>Sent a number of days after the deadline date, when the thing is still not done.</summary>
    Overdue,
}

/// <summary>
/// One reminder of a schedule for one deadline, with the span during which it is the reminder to send.
/// </summary>
/// <param name="Days">Days before the deadline date (<see cref="ReminderKind.BeforeDeadline"/>) or after it (<see cref="ReminderKind.Overdue"/>).</param>
/// <param name="From">When it becomes due: the send time of day in Việt Nam, on its date.</param>
/// <param name="Until">When the next reminder (or, for the last one before the deadline, the end of the deadline day) takes over; null for the last one.</param>
/// <param name="Key">
/// Stable identity such as "2026-12-10/before-7": a job records the keys it has sent and sends each once.
/// The deadline date is part of the key, so moving a deadline starts a fresh set of reminders.
/// </param>
public sealed record Reminder(ReminderKind Kind, int Days, DateOnly Deadline, DateOnly SendOn, DateTimeOffset From, DateTimeOffset? Until, string Key)
{
    /// <summary>True when this is the reminder to send at <paramref name="now"/>.</summary>
    public bool IsInForceAt(DateTimeOffset now) => From <= now && (Until is null || now < Until);
}

/// <summary>
/// When to remind a unit of a deadline: the annual report (7, 3 and 1 days before, then once when
/// overdue) and task due dates (30, 7 and 1 days before, then overdue) use the same rules.
/// </summary>
/// <remarks>
/// At any instant at most one reminder is due: the latest one that has started. A job that runs every
/// few minutes and sends each <see cref="Reminder.Key"/> once therefore sends every reminder exactly
/// once; a job that was down on the day of the 7-day reminder and comes back two days later sends it
/// then (the text should use the days actually left), but never after the 3-day reminder has taken
/// over — a stale "7 days left" is worse than none. Before-deadline reminders stop at the end of the
/// deadline day; between then and the first overdue reminder nothing is due. Whether the report was
/// submitted or the task done is for the caller to check: a schedule knows only dates.
/// </remarks>
public sealed class ReminderSchedule
{
    /// <param name="daysBefore">Days before the deadline date; 0 means on the deadline day.</param>
    /// <param name="daysAfter">Days after the deadline date for overdue reminders (each 1 or more).</param>
    /// <param name="sendAt">
    /// Time of day in Việt Nam when a reminder of a given date becomes due; default 08:00, the start of
    /// office hours, so nobody is e-mailed at midnight.
    /// </param>
    public ReminderSchedule(IEnumerable<int> daysBefore, IEnumerable<int> daysAfter, TimeOnly? sendAt = null)
    {
        DaysBefore = [.. daysBefore.Distinct().OrderDescending()];
        DaysAfter = [.. daysAfter.Distinct().Order()];
        if (DaysBefore.Any(d => d < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(daysBefore), "Days before a deadline must be 0 or more.");
        }

        if (DaysAfter.Any(d => d < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(daysAfter), "Overdue reminders start the day after the deadline (1 or more).");
        }

        SendAt = sendAt ?? new TimeOnly(8, 0);
    }

    /// <summary>The annual report: 7, 3 and 1 days before the deadline, and once the day after it.</summary>
    public static ReminderSchedule ReportDefault { get; } = new([7, 3, 1], [1]);

    /// <summary>Task due dates: 30, 7 and 1 days before, and once the day after.</summary>
    public static ReminderSchedule TaskDefault { get; } = new([30, 7, 1], [1]);

    /// <summary>Days before, latest first (30, 7, 1).</summary>
    public IReadOnlyList<int> DaysBefore { get; }

    /// <summary>Days after, earliest first.</summary>
    public IReadOnlyList<int> DaysAfter { get; }

    public TimeOnly SendAt { get; }

    /// <summary>Every reminder of this schedule for <paramref name="deadline"/>, in the order they become due.</summary>
    public IReadOnlyList<Reminder> For(DateOnly deadline)
    {
        var starts = DaysBefore.Select(d => (Kind: ReminderKind.BeforeDeadline, Days: d, On: deadline.AddDays(-d)))
            .Concat(DaysAfter.Select(d => (Kind: ReminderKind.Overdue, Days: d, On: deadline.AddDays(d))))
            .Select(r => (r.Kind, r.Days, r.On, From: At(r.On)))
            .ToList();
        var deadlineEnd = ReportingDeadline.DeadlineInstant(deadline);
        var result = new List<Reminder>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var (kind, days, on, from) = starts[i];
            DateTimeOffset? until = i + 1 < starts.Count ? starts[i + 1].From : null;
            if (kind == ReminderKind.BeforeDeadline && (until is null || until > deadlineEnd))
            {
                until = deadlineEnd.AddTicks(1);
            }

            var key = string.Create(CultureInfo.InvariantCulture, $"{deadline:yyyy-MM-dd}/{(kind == ReminderKind.BeforeDeadline ? "before" : "overdue")}-{days}");
            result.Add(new(kind, days, deadline, on, from, until, key));
        }

        return result;
    }

    /// <summary>The reminder to send at <paramref name="now"/> for <paramref name="deadline"/>, or null when none is due.</summary>
    public Reminder? DueAt(DateOnly deadline, DateTimeOffset now) => For(deadline).FirstOrDefault(r => r.IsInForceAt(now));

    private DateTimeOffset At(DateOnly day)
    {
        var local = day.ToDateTime(SendAt);
        return new DateTimeOffset(local, VietnamTime.Zone.GetUtcOffset(local));
    }
}
