using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using TheoDoi.Core.Tasks;
using static TheoDoi.Core.Tasks.PaceVerdict;

namespace TheoDoi.Core.Tests.Tasks;

/// <summary>Expected progress on the straight line from start to due date; pace and overdue flags.</summary>
public sealed class TaskProgressTests
{
    public static TheoryData<string?, string?, string, double?, int?, int?> ExpectedCases => new()
    {
        // start, due, day → expected %, elapsed days, total days
        // A 10-day task, 01/01 → 11/01/2026.
        { "2026-01-01", "2026-01-11", "2025-12-31", 0, 0, 10 },        // before the start
        { "2026-01-01", "2026-01-11", "2026-01-01", 0, 0, 10 },        // on the start day
        { "2026-01-01", "2026-01-11", "2026-01-06", 50, 5, 10 },       // 5 of 10 days
        { "2026-01-01", "2026-01-11", "2026-01-10", 90, 9, 10 },
        { "2026-01-01", "2026-01-11", "2026-01-11", 100, 10, 10 },     // the due day
        { "2026-01-01", "2026-01-11", "2026-03-01", 100, 10, 10 },     // long after
        // A year: 01/01/2026 → 01/01/2027 is 365 days; on 02/07 182 have passed: 100 × 182/365 ≈ 49.863014.
        { "2026-01-01", "2027-01-01", "2026-07-02", 49.863014, 182, 365 },
        // A leap year: 01/01/2024 → 01/01/2025 is 366 days; on 02/07 183 have passed: exactly 50.
        { "2024-01-01", "2025-01-01", "2024-07-02", 50, 183, 366 },
        // Across 29/02/2024: 28/02 → 01/03 is 2 days; on 29/02 half.
        { "2024-02-28", "2024-03-01", "2024-02-29", 50, 1, 2 },
        // Zero-length task (start = due = 01/03): 0 the day before, 100 from that day.
        { "2026-03-01", "2026-03-01", "2026-02-28", 0, 0, 0 },
        { "2026-03-01", "2026-03-01", "2026-03-01", 100, 0, 0 },
        { "2026-03-01", "2026-03-01", "2026-03-02", 100, 0, 0 },
        // Undated: no start, no due, or neither.
        { null, "2026-03-01", "2026-02-01", null, null, null },
        { "2026-01-01", null, "2026-02-01", null, null, null },
        { null, null, "2026-02-01", null, null, null },
    };

    [Theory]
    [MemberData(nameof(ExpectedCases))]
    public void Expected_progress_follows_the_calendar(string? start, string? due, string day, double? expected, int? elapsed, int? total)
    {
        var result = TaskProgress.Expected(Day(start), Day(due), Day(day)!.Value);

        if (expected is null)
        {
            Assert.Null(result.Expected);
        }
        else
        {
            Assert.Equal(expected.Value, result.Expected!.Value, 6);
        }

        Assert.Equal(elapsed, result.ElapsedDays);
        Assert.Equal(total, result.TotalDays);
        Assert.Equal((Day(start), Day(due), Day(day)!.Value), (result.Start, result.Due, result.Day));
    }

    public static TheoryData<string?, string?, double, bool, string, double, PaceVerdict, double?> PaceCases => new()
    {
        // start, due, actual, done, day, threshold → verdict, shortfall (expected − actual)
        // Half-way through the 10-day task (expected 50):
        { "2026-01-01", "2026-01-11", 39, false, "2026-01-06", 10, BehindPace, 11 },  // 11 > 10
        { "2026-01-01", "2026-01-11", 40, false, "2026-01-06", 10, WithinPace, 10 },  // exactly 10: not behind
        { "2026-01-01", "2026-01-11", 45, false, "2026-01-06", 10, WithinPace, 5 },
        { "2026-01-01", "2026-01-11", 80, false, "2026-01-06", 10, WithinPace, -30 }, // ahead
        // a stricter threshold of 5: 50 − 44 = 6 > 5.
        { "2026-01-01", "2026-01-11", 44, false, "2026-01-06", 5, BehindPace, 6 },
        // done tasks are never behind pace, even at 0%.
        { "2026-01-01", "2026-01-11", 0, true, "2026-01-06", 10, Done, 50 },
        // undated tasks are never behind pace.
        { null, "2026-01-11", 0, false, "2026-01-06", 10, Undated, null },
        { "2026-01-01", null, 0, false, "2026-01-06", 10, Undated, null },
        { null, null, 0, false, "2026-01-06", 10, Undated, null },
        // before the start nothing is expected.
        { "2026-01-01", "2026-01-11", 0, false, "2025-12-15", 10, WithinPace, 0 },
        // zero-length task on its day: 100 expected, 0 done → behind; the day before → within.
        { "2026-03-01", "2026-03-01", 0, false, "2026-03-01", 10, BehindPace, 100 },
        { "2026-03-01", "2026-03-01", 0, false, "2026-02-28", 10, WithinPace, 0 },
        // after the due date, not done at 95%: 100 − 95 = 5 → within pace (but overdue, see below).
        { "2026-01-01", "2026-01-11", 95, false, "2026-01-20", 10, WithinPace, 5 },
    };

    [Theory]
    [MemberData(nameof(PaceCases))]
    public void Behind_pace_when_the_shortfall_exceeds_the_threshold(string? start, string? due, double actual, bool done, string day, double threshold, PaceVerdict verdict, double? shortfall)
    {
        var result = TaskProgress.CheckPace(Day(start), Day(due), actual, done, Day(day)!.Value, threshold);

        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(verdict == BehindPace, result.IsBehindPace);
        Assert.Equal(shortfall, result.Shortfall);
        Assert.Equal((actual, done, threshold), (result.Actual, result.Done, result.Threshold));
    }

    [Fact]
    public void Default_threshold_is_ten_points_and_today_is_taken_in_Vietnam()
    {
        // 2026-01-05T17:00Z is 00:00 on 06/01 in Hà Nội: expected 50, actual 39 → 11 > 10.
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-05T17:00:00Z", CultureInfo.InvariantCulture));

        var result = TaskProgress.CheckPace(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 11), 39, false, clock);

        Assert.Equal(10, TaskProgress.DefaultBehindThreshold);
        Assert.Equal(new DateOnly(2026, 1, 6), result.Expected.Day);
        Assert.True(result.IsBehindPace);
    }

    public static TheoryData<string?, bool, string, bool, int> OverdueCases => new()
    {
        // due, done, today → overdue, days overdue
        { "2026-12-10", false, "2026-12-09", false, 0 },
        { "2026-12-10", false, "2026-12-10", false, 0 },   // the due day itself is not overdue
        { "2026-12-10", false, "2026-12-11", true, 1 },
        { "2026-12-10", false, "2027-01-10", true, 31 },
        { "2026-12-10", true, "2027-01-10", false, 0 },    // done: never overdue
        { null, false, "2027-01-10", false, 0 },           // no due date: never overdue
        { "2024-02-28", false, "2024-03-01", true, 2 },    // across 29/02
    };

    [Theory]
    [MemberData(nameof(OverdueCases))]
    public void Overdue_when_past_due_and_not_done(string? due, bool done, string today, bool overdue, int days)
    {
        var result = TaskProgress.Overdue(Day(due), done, Day(today)!.Value);

        Assert.Equal(overdue, result.IsOverdue);
        Assert.Equal(days, result.DaysOverdue);
        Assert.Equal((Day(due), done, Day(today)!.Value), (result.Due, result.Done, result.Today));
    }

    [Theory]
    [InlineData("2026-12-10T16:59:59Z", false)]  // 23:59:59 on 10/12 in Hà Nội
    [InlineData("2026-12-10T17:00:00Z", true)]   // 00:00 on 11/12 in Hà Nội, still 10/12 in UTC
    [InlineData("2026-12-10T23:30:00+01:00", true)] // late evening in Paris is the next morning in Hà Nội
    public void Overdue_uses_the_Vietnam_date(string now, bool overdue)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));

        Assert.Equal(overdue, TaskProgress.Overdue(new DateOnly(2026, 12, 10), false, clock).IsOverdue);
    }

    [Fact]
    public void Bad_inputs_are_refused()
    {
        Assert.Throws<ArgumentException>(() => TaskProgress.Expected(new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 15)));
        Assert.Throws<ArgumentOutOfRangeException>(() => TaskProgress.CheckPace(null, null, 101, false, new DateOnly(2026, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => TaskProgress.CheckPace(null, null, -1, false, new DateOnly(2026, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => TaskProgress.CheckPace(null, null, double.NaN, false, new DateOnly(2026, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => TaskProgress.CheckPace(null, null, 50, false, new DateOnly(2026, 1, 1), -1));
    }

    private static DateOnly? Day(string? iso) => iso is null ? null : DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}
