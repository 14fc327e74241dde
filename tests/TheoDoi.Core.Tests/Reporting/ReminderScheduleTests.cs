using System.Globalization;
using TheoDoi.Core.Reporting;
using static TheoDoi.Core.Reporting.ReminderKind;

namespace TheoDoi.Core.Tests.Reporting;

/// <summary>
/// Reminders become due at 08:00 in Việt Nam (01:00Z) on their date; at any instant the latest one
/// started is the one to send, until the next one starts or the deadline day ends.
/// </summary>
public sealed class ReminderScheduleTests
{
    private static readonly DateOnly s_reportDeadline = new(2026, 12, 10);
    private static readonly DateOnly s_taskDue = new(2026, 6, 30);

    public static TheoryData<string, string?> ReportReminders => new()
    {
        // now (UTC) → key of the reminder due for the 10/12/2026 report (7, 3, 1 days before; overdue the day after)
        { "2026-11-30T01:00:00Z", null },                        // too early
        { "2026-12-03T00:59:59Z", null },                        // 07:59:59 on 03/12: not yet
        { "2026-12-03T01:00:00Z", "2026-12-10/before-7" },       // 08:00 on 03/12 = 10/12 − 7 days
        { "2026-12-06T12:00:00Z", "2026-12-10/before-7" },       // still the one in force (a job that was down sends it now)
        { "2026-12-07T00:59:59Z", "2026-12-10/before-7" },
        { "2026-12-07T01:00:00Z", "2026-12-10/before-3" },       // 08:00 on 07/12: the 3-day one takes over
        { "2026-12-09T01:00:00Z", "2026-12-10/before-1" },
        { "2026-12-10T03:00:00Z", "2026-12-10/before-1" },       // on the deadline day itself
        { "2026-12-10T16:59:59Z", "2026-12-10/before-1" },       // 23:59:59 on 10/12
        { "2026-12-10T17:00:00Z", null },                        // 00:00 on 11/12: deadline passed, overdue not yet due
        { "2026-12-11T00:59:59Z", null },
        { "2026-12-11T01:00:00Z", "2026-12-10/overdue-1" },      // 08:00 on 11/12
        { "2027-01-15T01:00:00Z", "2026-12-10/overdue-1" },      // stays in force; sent once by key
    };

    [Theory]
    [MemberData(nameof(ReportReminders))]
    public void Report_reminder_due_at_an_instant(string now, string? key)
    {
        var due = ReminderSchedule.ReportDefault.DueAt(s_reportDeadline, At(now));

        Assert.Equal(key, due?.Key);
    }

    public static TheoryData<string, string?> TaskReminders => new()
    {
        // task due 30/06/2026: 30 days before = 31/05, 7 = 23/06, 1 = 29/06, overdue = 01/07
        { "2026-05-31T00:59:59Z", null },
        { "2026-05-31T01:00:00Z", "2026-06-30/before-30" },
        { "2026-06-22T12:00:00Z", "2026-06-30/before-30" },
        { "2026-06-23T01:00:00Z", "2026-06-30/before-7" },
        { "2026-06-29T01:00:00Z", "2026-06-30/before-1" },
        { "2026-06-30T16:59:59Z", "2026-06-30/before-1" },
        { "2026-06-30T17:00:00Z", null },
        { "2026-07-01T01:00:00Z", "2026-06-30/overdue-1" },
    };

    [Theory]
    [MemberData(nameof(TaskReminders))]
    public void Task_reminder_due_at_an_instant(string now, string? key)
    {
        Assert.Equal(key, ReminderSchedule.TaskDefault.DueAt(s_taskDue, At(now))?.Key);
    }

    [Fact]
    public void A_job_sending_each_key_once_sends_every_reminder_once_in_order()
    {
        // Run every hour from 01/11 to 31/12 (UTC), remembering what was sent.
        var sent = new List<string>();
        for (var now = At("2026-11-01T00:00:00Z"); now < At("2027-01-01T00:00:00Z"); now = now.AddHours(1))
        {
            if (ReminderSchedule.ReportDefault.DueAt(s_reportDeadline, now) is { } due && !sent.Contains(due.Key))
            {
                sent.Add(due.Key);
            }
        }

        Assert.Equal(["2026-12-10/before-7", "2026-12-10/before-3", "2026-12-10/before-1", "2026-12-10/overdue-1"], sent);
    }

    [Fact]
    public void A_job_that_was_down_never_sends_a_stale_reminder()
    {
        // Down from 02/12 to 08/12 (VN): at 08/12 08:00 the 3-day reminder is in force, the 7-day one is gone.
        var due = ReminderSchedule.ReportDefault.DueAt(s_reportDeadline, At("2026-12-08T08:00:00+07:00"));

        Assert.Equal("2026-12-10/before-3", due?.Key);
        Assert.Equal(3, due?.Days);
    }

    [Fact]
    public void The_schedule_lists_every_reminder_with_its_span()
    {
        var reminders = ReminderSchedule.ReportDefault.For(s_reportDeadline);

        Assert.Equal(
            [(BeforeDeadline, 7, "2026-12-03"), (BeforeDeadline, 3, "2026-12-07"), (BeforeDeadline, 1, "2026-12-09"), (Overdue, 1, "2026-12-11")],
            reminders.Select(r => (r.Kind, r.Days, r.SendOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        Assert.Equal(At("2026-12-03T08:00:00+07:00"), reminders[0].From);
        Assert.Equal(At("2026-12-07T08:00:00+07:00"), reminders[0].Until);
        // The last one before the deadline ends with the deadline day.
        Assert.Equal(ReportingDeadline.DeadlineInstant(s_reportDeadline).AddTicks(1), reminders[2].Until);
        Assert.Null(reminders[3].Until);
    }

    [Fact]
    public void Offsets_send_time_and_several_overdue_reminders_are_settable()
    {
        // 0 = on the deadline day; overdue 1 and 7 days after; sent at 14:00 (07:00Z).
        var schedule = new ReminderSchedule([0, 3, 3], [7, 1], new TimeOnly(14, 0));

        Assert.Equal([3, 0], schedule.DaysBefore);
        Assert.Equal([1, 7], schedule.DaysAfter);
        Assert.Null(schedule.DueAt(s_reportDeadline, At("2026-12-07T06:59:59Z")));
        Assert.Equal("2026-12-10/before-3", schedule.DueAt(s_reportDeadline, At("2026-12-07T07:00:00Z"))?.Key);
        Assert.Equal("2026-12-10/before-0", schedule.DueAt(s_reportDeadline, At("2026-12-10T07:00:00Z"))?.Key);
        Assert.Equal("2026-12-10/overdue-1", schedule.DueAt(s_reportDeadline, At("2026-12-11T07:00:00Z"))?.Key);
        Assert.Equal("2026-12-10/overdue-7", schedule.DueAt(s_reportDeadline, At("2026-12-17T07:00:00Z"))?.Key);
    }

    [Fact]
    public void A_moved_deadline_starts_fresh_keys()
    {
        var before = ReminderSchedule.ReportDefault.DueAt(new DateOnly(2026, 12, 10), At("2026-12-09T08:00:00+07:00"));
        var after = ReminderSchedule.ReportDefault.DueAt(new DateOnly(2026, 12, 15), At("2026-12-09T08:00:00+07:00"));

        Assert.Equal("2026-12-10/before-1", before?.Key);
        Assert.Equal("2026-12-15/before-7", after?.Key);
    }

    [Fact]
    public void Bad_offsets_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReminderSchedule([-1], [1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReminderSchedule([7], [0]));
    }

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}
