using TheoDoi.Core.Compliance;

namespace TheoDoi.Core.Tests.Compliance;

/// <summary>The ECHO-like significant non-compliance flag: each criterion at its edge, with the reason it gives.</summary>
public sealed class SignificantNonComplianceTests
{
    private static readonly DateOnly s_asOf = new(2026, 6, 30);

    private static DateOnly D(string day) => DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

    private static FacilityFact Small => new(1, 150m, false, null);

    public static TheoryData<string, string[], decimal[], bool> ExceedanceCases => new()
    {
        // case → inspection days with a violation → times over limit at each → flagged
        { "two inspections at 1.4×", ["2024-01-10", "2025-03-02"], [1.4m, 2.0m], true },
        { "one at 1.39×", ["2024-01-10", "2025-03-02"], [1.39m, 9.3m], false },
        { "the same day twice", ["2025-03-02", "2025-03-02"], [3m, 3m], false },
        { "the first more than 3 years back", ["2023-06-29", "2025-03-02"], [3m, 3m], false },
        { "the first exactly 3 years back", ["2023-06-30", "2025-03-02"], [3m, 3m], true },
        { "the second after the day judged", ["2025-03-02", "2026-07-01"], [3m, 3m], false },
    };

    [Theory]
    [MemberData(nameof(ExceedanceCases))]
    public void Serious_exceedances_flag_a_facility_only_when_they_recur_within_three_years(string because, string[] days, decimal[] times, bool flagged)
    {
        var violations = days.Select((d, i) => new ViolationFact(1, D(d), 0, 0, [1.1m, times[i]], []));

        var status = SignificantNonCompliance.Assess(Small, violations, s_asOf);

        Assert.True(flagged == status.Flagged, because);
        if (flagged)
        {
            Assert.Contains("1.4 times or more at 2 inspections", Assert.Single(status.Reasons).En, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string?, bool> OverdueCases => new()
    {
        // remedy due 2026-04-01 (90 days before 30/06/2026) → done on → flagged
        { "2026-04-01", null, false }, // 90 days late: not yet more than 90
        { "2026-03-31", null, true },  // 91 days late, open
        { "2026-03-31", "2026-06-01", false }, // done (late) before the day judged
        { "2026-03-31", "2026-07-15", true },  // done only after the day judged: open then
    };

    [Theory]
    [MemberData(nameof(OverdueCases))]
    public void A_remedy_left_undone_more_than_ninety_days_past_its_deadline_flags_the_facility(string due, string? done, bool flagged)
    {
        var violation = new ViolationFact(1, D("2026-01-05"), 0, 0, [], [new(D(due), done is null ? null : D(done))]);

        var status = SignificantNonCompliance.Assess(Small, [violation], s_asOf);

        Assert.Equal(flagged, status.Flagged);
        if (flagged)
        {
            Assert.Equal("A remedy 91 days past its deadline (31/03/2026).", Assert.Single(status.Reasons).En);
            Assert.Equal("Biện pháp khắc phục quá hạn 91 ngày (hạn 31/03/2026).", status.Reasons[0].Vi);
        }
    }

    public static TheoryData<decimal?, bool, string?, string, bool> ConnectionCases => new()
    {
        // discharge m³/day, connected, since, day judged → flagged
        { 500m, false, null, "2025-01-01", true },
        { 499m, false, null, "2025-01-01", false },   // the 200–500 class is not held to this rule
        { 500m, false, null, "2024-12-31", false },   // the deadline day itself
        { 800m, true, "2024-06-01", "2025-01-01", false },
        { 800m, true, "2025-03-01", "2025-02-01", true }, // connected only later
        { 800m, true, "2025-03-01", "2025-03-01", false },
        { null, false, null, "2025-01-01", false },   // discharge unknown: not judged
    };

    [Theory]
    [MemberData(nameof(ConnectionCases))]
    public void A_large_discharger_without_automatic_monitoring_connected_after_the_deadline_is_flagged(decimal? discharge, bool connected, string? since, string asOf, bool flagged)
    {
        var facility = new FacilityFact(1, discharge, connected, since is null ? null : D(since));

        var status = SignificantNonCompliance.Assess(facility, [], D(asOf));

        Assert.Equal(flagged, status.Flagged);
    }

    [Fact]
    public void Every_criterion_met_gives_its_own_reason_and_other_facilities_violations_are_ignored()
    {
        var facility = new FacilityFact(7, 1200m, false, null);
        ViolationFact[] violations =
        [
            new(7, D("2025-02-01"), 0, 0, [9.3m], [new(D("2025-02-16"), null)]),
            new(7, D("2026-02-01"), 0, 0, [1.5m], []),
            new(8, D("2026-02-01"), 0, 0, [5m], [new(D("2024-01-01"), null)]),
        ];

        var status = SignificantNonCompliance.Assess(facility, violations, s_asOf);

        Assert.True(status.Flagged);
        Assert.Equal(3, status.Reasons.Count);
        Assert.Contains("(01/02/2025, 01/02/2026)", status.Reasons[0].En, StringComparison.Ordinal);
        Assert.Contains("(16/02/2025)", status.Reasons[1].En, StringComparison.Ordinal);
        Assert.False(SignificantNonCompliance.Assess(new(8, 100m, true, null), [], s_asOf).Flagged);
    }

    [Fact]
    public void The_rule_is_stated_in_both_languages_with_its_three_criteria()
    {
        Assert.Contains("(3)", SignificantNonCompliance.Rule.Vi, StringComparison.Ordinal);
        Assert.Contains("90 days", SignificantNonCompliance.Rule.En, StringComparison.Ordinal);
        Assert.Contains("1.4 times", SignificantNonCompliance.Rule.En, StringComparison.Ordinal);
    }
}
