using System.Globalization;
using TheoDoi.Core.Reporting;
using static TheoDoi.Core.Reporting.ReportingPeriodKind;

namespace TheoDoi.Core.Tests.Reporting;

/// <summary>Data windows of Nghị định 09/2019/NĐ-CP (docs/reference/admin-documents.md).</summary>
public sealed class ReportingPeriodTests
{
    public static TheoryData<ReportingPeriodKind, int, int, string, string, int> Windows => new()
    {
        // kind, year, number → first day, last day, day count (both ends counted)
        // Annual: 15/12 of the previous year – 14/12: 17 days of 2025 (15–31 Dec) + 348 of 2026 = 365...
        { Annual, 2026, 1, "2025-12-15", "2026-12-14", 365 },
        // ... and 366 when the window holds 29/02/2024.
        { Annual, 2024, 1, "2023-12-15", "2024-12-14", 366 },
        // 2025's window ends 14/12/2025 — the Plan 512 deadline of 10/12 falls inside it.
        { Annual, 2025, 1, "2024-12-15", "2025-12-14", 365 },
        // 6-month: 15/12 – 14/06. 17 (15–31 Dec) + 31 + 28 + 31 + 30 + 31 + 14 = 182; 183 in a leap year.
        { SixMonth, 2026, 1, "2025-12-15", "2026-06-14", 182 },
        { SixMonth, 2024, 1, "2023-12-15", "2024-06-14", 183 },
        // 9-month: 15/12 – 14/09. 182 + 16 (15–30 Jun) + 31 + 31 + 14 = 274.
        { NineMonth, 2026, 1, "2025-12-15", "2026-09-14", 274 },
        // Quarterly: 15th of the month before the quarter – 14th of its last month.
        // Q1: 17 + 31 + 28 + 14 = 90 (91 in 2024); Q2: 17 + 30 + 31 + 14 = 92; Q3: 16 + 31 + 31 + 14 = 92; Q4: 16 + 31 + 30 + 14 = 91.
        { Quarterly, 2026, 1, "2025-12-15", "2026-03-14", 90 },
        { Quarterly, 2024, 1, "2023-12-15", "2024-03-14", 91 },
        { Quarterly, 2026, 2, "2026-03-15", "2026-06-14", 92 },
        { Quarterly, 2026, 3, "2026-06-15", "2026-09-14", 92 },
        { Quarterly, 2026, 4, "2026-09-15", "2026-12-14", 91 },
        // Monthly: 15th of the previous month – 14th. January starts in the previous year: 17 + 14 = 31.
        { Monthly, 2026, 1, "2025-12-15", "2026-01-14", 31 },
        // March holds the end of February: 14 + 14 = 28; 15 + 14 = 29 in 2024; 2100 is not a leap year.
        { Monthly, 2026, 3, "2026-02-15", "2026-03-14", 28 },
        { Monthly, 2024, 3, "2024-02-15", "2024-03-14", 29 },
        { Monthly, 2100, 3, "2100-02-15", "2100-03-14", 28 },
        { Monthly, 2000, 3, "2000-02-15", "2000-03-14", 29 },
        // February: 17 (15–31 Jan) + 14 = 31; December: 16 + 14 = 30.
        { Monthly, 2026, 2, "2026-01-15", "2026-02-14", 31 },
        { Monthly, 2026, 12, "2026-11-15", "2026-12-14", 30 },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void Window_runs_from_the_15th_to_the_14th(ReportingPeriodKind kind, int year, int number, string first, string last, int days)
    {
        var period = ReportingPeriod.Of(kind, year, number);

        Assert.Equal(Day(first), period.Window.First);
        Assert.Equal(Day(last), period.Window.Last);
        Assert.Equal(days, period.Window.DayCount);
        Assert.Equal((kind, year, number), (period.Kind, period.Year, period.Number));
    }

    public static TheoryData<ReportingPeriodKind, string, int?, int?> Containing => new()
    {
        // kind, day → year and number of the period whose window holds it (null: none)
        { Annual, "2026-12-14", 2026, 1 },
        { Annual, "2026-12-15", 2027, 1 },   // from the 15th, next year's window
        { Annual, "2025-12-20", 2026, 1 },
        { Annual, "2024-02-29", 2024, 1 },
        { Monthly, "2026-01-14", 2026, 1 },
        { Monthly, "2026-01-15", 2026, 2 },
        { Monthly, "2025-12-31", 2026, 1 },
        { Monthly, "2024-02-29", 2024, 3 },
        { Quarterly, "2025-12-15", 2026, 1 },
        { Quarterly, "2026-03-14", 2026, 1 },
        { Quarterly, "2026-03-15", 2026, 2 },
        { Quarterly, "2026-12-14", 2026, 4 },
        { Quarterly, "2026-12-15", 2027, 1 },
        { SixMonth, "2026-06-14", 2026, 1 },
        { SixMonth, "2026-06-15", null, null }, // 15/06–14/12 is in no 6-month window
        { SixMonth, "2026-12-14", null, null },
        { SixMonth, "2026-12-15", 2027, 1 },
        { NineMonth, "2026-09-14", 2026, 1 },
        { NineMonth, "2026-09-15", null, null },
    };

    [Theory]
    [MemberData(nameof(Containing))]
    public void A_day_belongs_to_the_window_that_holds_it(ReportingPeriodKind kind, string day, int? year, int? number)
    {
        var period = ReportingPeriod.Containing(kind, Day(day));

        Assert.Equal(year, period?.Year);
        Assert.Equal(number, period?.Number);
        Assert.True(period is null || period.Window.Contains(Day(day)));
    }

    [Theory]
    [InlineData(Monthly, 0)]
    [InlineData(Monthly, 13)]
    [InlineData(Quarterly, 5)]
    [InlineData(Annual, 2)]
    [InlineData(SixMonth, 2)]
    [InlineData(NineMonth, 0)]
    public void Period_numbers_outside_the_kind_are_refused(ReportingPeriodKind kind, int number)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Of(kind, 2026, number));
    }

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}
