using TheoDoi.Core.Water.Security;

namespace TheoDoi.Core.Tests.Water.Security;

/// <summary>
/// Threshold-crossing events (docs/reference/water-security.md, Delft-FEWS row) on chloride readings every
/// 15 minutes, as at the Hòa Phú intake, against the drinking-water limit of 250 mg/L. Readings are demo values.
/// </summary>
public sealed class SalinityEventsTests
{
    private static readonly DateTime s_start = new(2025, 3, 1, 6, 0, 0);

    /// <summary>Readings every 15 minutes from 06:00; a null skips that slot (a gap in the data).</summary>
    private static List<TimedValue> Every15Minutes(params decimal?[] values) =>
        [.. values.Select((v, i) => (v, i)).Where(p => p.v is not null).Select(p => new TimedValue(s_start.AddMinutes(15 * p.i), p.v!.Value))];

    [Fact]
    public void A_run_at_or_above_the_threshold_is_one_event_with_its_peak_and_hours()
    {
        // 250 equals the threshold and counts; 3 readings in the run: 2 intervals + 1 median interval = 0.75 h.
        var readings = Every15Minutes(200, 250, 366, 300, 249, 200);

        var found = SalinityEvents.Find(readings, 250m).Value;

        var single = Assert.Single(found);
        Assert.Equal(s_start.AddMinutes(15), single.Start);
        Assert.Equal(s_start.AddMinutes(45), single.End);
        Assert.Equal(0.75, single.HoursAbove, 9);
        Assert.Equal(366m, single.Peak);
        Assert.Equal(s_start.AddMinutes(30), single.PeakTime);
        Assert.False(single.Open);
    }

    public static TheoryData<decimal?[], int, bool, bool> Runs => new()
    {
        { [200, 249, 200], 0, false, false },      // never reaches the threshold
        { [200, 250, 200], 1, false, false },      // one reading equal to the threshold is an event
        { [200, 260, 270], 1, true, false },       // the run reaches the end of the data: open
        { [260, 270, null, null, null, null, 280, 200], 2, false, true }, // 75 min gap > 3 × 15: cut in two
        { [260, 270, null, 280, 200], 1, false, false }, // 30 min ≤ 45 min: not a gap
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void Events_are_maximal_runs_cut_at_gaps_and_open_at_the_end(decimal?[] values, int count, bool lastOpen, bool firstEndedAtGap)
    {
        var found = SalinityEvents.Find(Every15Minutes(values), 250m).Value;

        Assert.Equal(count, found.Count);
        if (count > 0)
        {
            Assert.Equal(lastOpen, found[^1].Open);
            Assert.Equal(firstEndedAtGap, found[0].EndedAtGap);
        }
    }

    [Fact]
    public void An_event_cut_by_a_gap_counts_only_up_to_its_last_reading_plus_one_median_interval()
    {
        var found = SalinityEvents.Find(Every15Minutes(260, 270, null, null, null, null, 280, 200), 250m).Value;

        Assert.Equal(0.5, found[0].HoursAbove, 9); // 15 min + 15 min, not the 75 min gap
        Assert.Equal(0.25, found[1].HoursAbove, 9);
    }

    [Fact]
    public void Readings_out_of_time_order_or_too_few_are_refused()
    {
        Assert.Contains("has 1", SalinityEvents.Find([new(s_start, 300m)], 250m).Refusal!.En, StringComparison.Ordinal);
        Assert.Contains("Reading 2", SalinityEvents.Find([new(s_start, 300m), new(s_start, 310m)], 250m).Refusal!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Dry_seasons_run_december_to_may_and_are_named_by_both_years()
    {
        SalinityEvent Event(int year, int month, double hours) => new(new DateTime(year, month, 1), new DateTime(year, month, 1), hours, 300m, new DateTime(year, month, 1), false, false);
        SalinityEvent[] events = [Event(2024, 12, 2), Event(2025, 3, 5), Event(2025, 5, 1), Event(2025, 7, 9), Event(2025, 12, 3)];

        var seasons = SalinityEvents.ByDrySeason(events);

        Assert.Equal(["2024–2025", "2025–2026"], seasons.Select(s => s.Season));
        Assert.Equal(3, seasons[0].Count);          // December 2024, March and May 2025; July is the wet season
        Assert.Equal(8, seasons[0].TotalHours, 9);
        Assert.Equal(5, seasons[0].Longest.HoursAbove, 9);
    }
}
