using TheoDoi.Core.Compliance;

namespace TheoDoi.Core.Tests.Compliance;

/// <summary>The compliance register's figures (issue 15, item 4; docs/reference/compliance-heritage.md).</summary>
public sealed class ComplianceMeasuresTests
{
    private static DateOnly D(string day) => DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

    private static ViolationFact V(int facility, string found, decimal fine = 0, decimal collected = 0, decimal[]? times = null, params RemedyFact[] remedies) =>
        new(facility, D(found), fine, collected, times ?? [], remedies);

    private static RemedyFact R(string due, string? done = null) => new(D(due), done is null ? null : D(done));

    [Fact]
    public void The_rate_counts_each_inspected_facility_once_and_a_facility_violating_at_any_inspection_of_the_year_as_violating()
    {
        InspectionFact[] inspections =
        [
            new(1, D("2025-03-01"), false), new(1, D("2025-09-01"), true), // clean, then violating: violating
            new(2, D("2025-05-01"), false), new(2, D("2025-06-01"), false), // twice clean: one clean facility
            new(3, D("2025-12-31"), false),
            new(4, D("2024-12-31"), true), // another year
            new(5, D("2026-01-01"), true),
        ];

        var rate = ComplianceMeasures.Rate(inspections, 2025);

        Assert.Equal(new ComplianceRate(3, 2), rate);
        Assert.Equal(2m / 3m, rate.Rate);
    }

    [Fact]
    public void A_year_without_inspections_has_no_rate_rather_than_zero_percent()
    {
        var rate = ComplianceMeasures.Rate([new(1, D("2024-05-01"), true)], 2025);

        Assert.Equal(0, rate.Inspected);
        Assert.Null(rate.Rate);
    }

    public static TheoryData<string[], int, int[]> RepeatCases => new()
    {
        // violation days of facility 1 → year asked → years counted (empty: not a repeat offender)
        { ["2023-01-01", "2025-12-31"], 2025, [2023, 2025] }, // the first and last year of the window
        { ["2022-12-31", "2025-01-01"], 2025, [] },           // 2022 is outside 2023–2025
        { ["2025-02-01", "2025-08-01"], 2025, [] },           // twice in one year is one year
        { ["2024-03-01", "2025-03-01", "2026-03-01"], 2025, [2024, 2025] }, // 2026 is after the year asked
        { ["2024-03-01"], 2025, [] },
        { ["2021-01-01", "2022-06-01", "2023-06-01"], 2023, [2021, 2022, 2023] },
    };

    [Theory]
    [MemberData(nameof(RepeatCases))]
    public void A_repeat_offender_has_violations_in_at_least_two_of_the_three_years_ending_with_the_year(string[] days, int year, int[] years)
    {
        var offenders = ComplianceMeasures.RepeatOffenders(days.Select(d => V(1, d)), year);

        if (years.Length == 0)
        {
            Assert.Empty(offenders);
        }
        else
        {
            var offender = Assert.Single(offenders);
            Assert.Equal(1, offender.FacilityId);
            Assert.Equal(years, offender.Years);
        }
    }

    public static TheoryData<string, RemedyFact[], decimal?, int, int, int> RemedyCases => new()
    {
        // as of → remedies of a violation found 2025-01-01 → median days, done, open, late
        { "2025-06-30", [R("2025-01-16", "2025-01-11"), R("2025-03-01", "2025-01-31")], 20m, 2, 0, 0 },      // 10 and 30 days: the mean of the middle two
        { "2025-06-30", [R("2025-01-16", "2025-01-11"), R("2025-03-01", "2025-01-31"), R("2025-02-01")], 20m, 2, 1, 1 }, // an open remedy is counted, not in the median
        { "2025-06-30", [R("2025-01-16", "2025-01-21"), R("2025-12-01")], 20m, 1, 1, 1 },   // done 5 days late; the open one is not due yet
        { "2025-06-30", [R("2025-02-01")], null, 0, 1, 1 },                                 // nothing done: no median
        { "2025-01-20", [R("2025-01-16", "2025-02-10")], null, 0, 1, 1 },                   // done after the day judged: open then, and late
        { "2025-06-30", [R("2025-01-16", "2025-01-11"), R("2025-01-16", "2025-01-21"), R("2025-12-31", "2025-04-11")], 20m, 3, 0, 1 }, // 10, 20, 100: the middle one
        { "2025-06-30", [R("2025-01-16", "2024-12-20")], 0m, 1, 0, 0 },                     // done "before" the violation: 0 days
        { "2025-06-30", [], null, 0, 0, 0 },
    };

    [Theory]
    [MemberData(nameof(RemedyCases))]
    public void Days_to_remedy_take_the_median_over_remedies_done_and_count_open_and_late_ones(string asOf, RemedyFact[] remedies, decimal? median, int done, int open, int late)
    {
        var times = ComplianceMeasures.DaysToRemedy([V(1, "2025-01-01", remedies: remedies)], D(asOf));

        Assert.Equal(new RemedyTimes(median, done, open, late), times);
    }

    [Fact]
    public void The_median_runs_over_the_remedies_of_every_violation_given()
    {
        var times = ComplianceMeasures.DaysToRemedy(
            [V(1, "2025-01-01", remedies: R("2025-02-01", "2025-01-05")), V(2, "2025-03-01", remedies: [R("2025-04-01", "2025-03-11"), R("2025-04-01", "2025-04-30")])],
            D("2025-12-31"));

        Assert.Equal(new RemedyTimes(10m, 3, 0, 1), times); // 4, 10, 60 days
    }

    public static TheoryData<decimal[], decimal[], decimal, decimal, decimal?> FineCases => new()
    {
        // fines imposed, collected → imposed, collected, share
        { [1_100_000_000m], [1_100_000_000m], 1_100_000_000m, 1_100_000_000m, 1m },
        { [100_000_000m, 300_000_000m], [100_000_000m, 0m], 400_000_000m, 100_000_000m, 0.25m },
        { [100_000_000m, 300_000_000m], [50_000_000m, 150_000_000m], 400_000_000m, 200_000_000m, 0.5m }, // both partly paid
        { [100_000_000m], [120_000_000m], 100_000_000m, 100_000_000m, 1m },  // an overpayment counts up to the fine
        { [0m, 0m], [0m, 0m], 0m, 0m, null },                                 // no fine imposed: no share
        { [], [], 0m, 0m, null },
    };

    [Theory]
    [MemberData(nameof(FineCases))]
    public void The_share_of_fines_collected_counts_each_payment_up_to_its_fine(decimal[] fines, decimal[] paid, decimal imposed, decimal collected, decimal? share)
    {
        var result = ComplianceMeasures.Fines(fines.Select((fine, i) => V(i, "2025-05-01", fine, paid[i])));

        Assert.Equal(imposed, result.Imposed);
        Assert.Equal(collected, result.Collected);
        Assert.Equal(share, result.Share);
    }

    [Fact]
    public void Never_inspected_in_five_years_includes_both_ends_of_the_window()
    {
        InspectionFact[] inspections =
        [
            new(1, D("2021-12-04"), false), // five years to the day: inside
            new(2, D("2021-12-03"), false), // a day earlier: outside
            new(3, D("2026-12-04"), true),  // the day judged: inside
            new(4, D("2026-12-05"), false), // after it: outside
        ];

        var never = ComplianceMeasures.NeverInspected([1, 2, 3, 4, 5, 2], inspections, D("2026-12-04"));

        Assert.Equal([2, 4, 5], never);
    }
}
