using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using TheoDoi.Core.Reporting;
using static TheoDoi.Core.Reporting.TimelinessStatus;

namespace TheoDoi.Core.Tests.Reporting;

/// <summary>
/// Plan 512: reports are due by the end of 10/12 in Việt Nam (UTC+7), i.e. 2026-12-10T16:59:59.9999999Z,
/// wherever the unit submits from.
/// </summary>
public sealed class TimelinessTests
{
    private static readonly DateOnly s_deadline = ReportingDeadline.Plan512Default(2026);

    [Fact]
    public void Plan_512_deadline_is_10_December_and_ends_at_midnight_in_Vietnam()
    {
        var end = ReportingDeadline.DeadlineInstant(s_deadline);

        Assert.Equal(new DateOnly(2026, 12, 10), s_deadline);
        Assert.Equal(TimeSpan.FromHours(7), end.Offset);
        Assert.Equal(new DateTime(2026, 12, 10, 23, 59, 59).AddTicks(9_999_999), end.DateTime);
        Assert.Equal(At("2026-12-10T16:59:59.9999999Z"), end);
        Assert.Equal(At("2026-12-11T00:00:00+07:00"), end.AddTicks(1));
        Assert.Equal(At("2026-12-10T00:00:00+07:00"), ReportingDeadline.StartInstant(s_deadline));
    }

    public static TheoryData<string, TimelinessStatus, int, string> Submissions => new()
    {
        // submitted at → status, days late, Việt Nam date of the submission
        { "2026-11-01T09:00:00+07:00", OnTime, 0, "2026-11-01" },
        { "2026-12-10T00:00:00+07:00", OnTime, 0, "2026-12-10" },
        { "2026-12-10T23:59:59+07:00", OnTime, 0, "2026-12-10" },
        { "2026-12-10T23:59:59.9999999+07:00", OnTime, 0, "2026-12-10" },
        // 00:00:00 on 11/12 in Việt Nam: one day late, and so is any time that day.
        { "2026-12-11T00:00:00+07:00", Late, 1, "2026-12-11" },
        { "2026-12-11T23:59:59+07:00", Late, 1, "2026-12-11" },
        { "2026-12-12T00:00:00+07:00", Late, 2, "2026-12-12" },
        // UTC: 16:59:59Z is 23:59:59 in Hà Nội; 17:00:00Z is already 11/12.
        { "2026-12-10T16:59:59Z", OnTime, 0, "2026-12-10" },
        { "2026-12-10T17:00:00Z", Late, 1, "2026-12-11" },
        // Paris (UTC+1): 17:59:59 on 10/12 is 23:59:59 in Hà Nội; 18:00 is midnight; a Paris "still
        // the 10th" at 23:30 is 05:30 on 11/12 in Hà Nội — late.
        { "2026-12-10T17:59:59+01:00", OnTime, 0, "2026-12-10" },
        { "2026-12-10T18:00:00+01:00", Late, 1, "2026-12-11" },
        { "2026-12-10T23:30:00+01:00", Late, 1, "2026-12-11" },
        // New York (UTC−5): the deadline passes at noon on 10/12; 23:59 on the 9th is 11:59 on the 10th in Hà Nội.
        { "2026-12-09T23:59:00-05:00", OnTime, 0, "2026-12-10" },
        { "2026-12-10T11:59:59-05:00", OnTime, 0, "2026-12-10" },
        { "2026-12-10T12:00:00-05:00", Late, 1, "2026-12-11" },
        { "2026-12-10T23:59:59-05:00", Late, 1, "2026-12-11" },
        // Weeks late across the new year: 10/12/2026 → 05/01/2027 is 21 + 5 = 26 days.
        { "2027-01-05T10:00:00+07:00", Late, 26, "2027-01-05" },
    };

    [Theory]
    [MemberData(nameof(Submissions))]
    public void A_submission_is_judged_on_the_Vietnam_calendar(string submittedAt, TimelinessStatus status, int daysLate, string vietnamDate)
    {
        // "now" is far later and must not matter for a submitted report.
        var result = Timeliness.Assess(s_deadline, At(submittedAt), new FakeTimeProvider(At("2030-01-01T00:00:00Z")));

        Assert.Equal(status, result.Status);
        Assert.Equal(daysLate, result.DaysLate);
        Assert.Equal(DateOnly.Parse(vietnamDate, CultureInfo.InvariantCulture), result.SubmittedOn);
        Assert.Equal(At(submittedAt), result.SubmittedAt);
        Assert.Equal(s_deadline, result.Deadline);
        Assert.Equal(ReportingDeadline.DeadlineInstant(s_deadline), result.DeadlineInstant);
        Assert.Null(result.AsOf);
    }

    public static TheoryData<string, TimelinessStatus, int, string> NotSubmitted => new()
    {
        // now → status, days overdue, Việt Nam date taken as today
        { "2026-12-01T03:00:00Z", Pending, 0, "2026-12-01" },
        { "2026-12-09T17:00:00Z", Pending, 0, "2026-12-10" },   // 00:00 on 10/12 in Hà Nội
        { "2026-12-10T16:59:59Z", Pending, 0, "2026-12-10" },   // 23:59:59 on 10/12
        { "2026-12-10T17:00:00Z", Overdue, 1, "2026-12-11" },   // 00:00 on 11/12
        { "2026-12-20T03:00:00Z", Overdue, 10, "2026-12-20" },  // 10:00 on 20/12: 20 − 10 = 10
        { "2027-03-01T01:00:00Z", Overdue, 81, "2027-03-01" },  // 21 (Dec) + 31 + 28 + 1 = 81
    };

    [Theory]
    [MemberData(nameof(NotSubmitted))]
    public void A_missing_report_is_overdue_from_the_day_after_the_deadline(string now, TimelinessStatus status, int daysOverdue, string today)
    {
        var result = Timeliness.Assess(s_deadline, null, new FakeTimeProvider(At(now)));

        Assert.Equal(status, result.Status);
        Assert.Equal(daysOverdue, result.DaysLate);
        Assert.Equal(DateOnly.Parse(today, CultureInfo.InvariantCulture), result.AsOf);
        Assert.Null(result.SubmittedAt);
        Assert.Null(result.SubmittedOn);
    }

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}
