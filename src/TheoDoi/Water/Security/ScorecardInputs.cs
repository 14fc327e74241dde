using TheoDoi.Core.Texts;
using TheoDoi.Core.Water.Licences;
using TheoDoi.Core.Water.Security;
using TheoDoi.Water.Licences;

namespace TheoDoi.Water.Security;

/// <summary>
/// The scorecard's inputs of one station or licence in one year (docs/water-security-scorecard.md), taken
/// from the series read once (<see cref="ScorecardSeries"/>): each rule sees only the window it needs.
/// </summary>
public sealed class ScorecardInputs(ScorecardSeries series)
{
    /// <summary>The year's last daily mean of <paramref name="parameter"/> ranked against the same days ± 7 of every past year (WaterWatch).</summary>
    public (Computed<PercentileRank> Rank, DateOnly? Day, decimal? Value) Percentile(int stationId, string parameter, int year, DateOnly asOf)
    {
        var daily = series.Daily(stationId, parameter);
        var last = Between(daily, d => d.Date.DayNumber, new DateOnly(year, 1, 1).DayNumber, asOf.DayNumber).LastOrDefault();
        if (last is null)
        {
            return (Computed<PercentileRank>.Refused(new($"Không có số liệu {parameter} trong năm {year}", $"No {parameter} values in {year}")), null, null);
        }

        // The whole record: the rank keeps only the ± 7-day windows of the years before the day's.
        return (PercentileClass.Rank(daily, last.Date, last.Value), last.Date, last.Value);
    }

    /// <summary>Depth to water over the 5 years to <paramref name="asOf"/>, one mean per day (IGPVN TN-IV-09).</summary>
    public Computed<GroundwaterTrendResult> Trend(int stationId, DateOnly asOf) =>
        GroundwaterTrend.Compute([.. Between(series.Daily(stationId, "GWD"), d => d.Date.DayNumber, asOf.AddYears(-5).AddDays(1).DayNumber, asOf.DayNumber)], asOf, 5);

    /// <summary>
    /// Threshold events of one dry season (1 December to 31 May, cut at <paramref name="asOf"/>) from hourly
    /// means of SAL, else Cl; null when the intake has fewer than two hours with readings in it.
    /// </summary>
    public (int Events, double Hours)? Season(int stationId, decimal threshold, int endYear, DateOnly asOf)
    {
        var seasonEnd = new DateOnly(endYear, 5, 31);
        var (from, to) = WaterQueries.Span(new DateOnly(endYear - 1, 12, 1), seasonEnd < asOf ? seasonEnd : asOf);
        foreach (var code in new[] { "SAL", "Cl" })
        {
            var hours = Between(series.Hourly(stationId, code), h => h.Hour, from / 3600, to / 3600);
            if (hours.Count == 0)
            {
                continue;
            }

            var found = SalinityEvents.Find([.. hours.Select(h => new TimedValue(WaterQueries.Local(h.Hour * 3600).DateTime, h.Mean))], threshold);
            return found.IsComputed ? (found.Value.Count, found.Value.Sum(e => e.HoursAbove)) : null;
        }

        return null;
    }

    /// <summary>The year's stored VN_WQI indices of a station (its shown resolution) and how many are below 51.</summary>
    public (int Indices, int Below) Quality(WaterStation station, int year) => series.Indices(station.Id, year);

    public IReadOnlyList<MonthCompliance> Compliance(WaterLicence licence, int year) => series.Licences.Months(licence, year);

    public static Bilingual Text(Computed<PercentileRank> rank) => rank.Why ?? rank.Refusal!;

    /// <summary>The items of a list sorted by <paramref name="key"/> whose key lies in [from, to], found by binary search.</summary>
    private static List<T> Between<T>(IReadOnlyList<T> sorted, Func<T, long> key, long from, long to)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = key(sorted[mid]) < from ? (mid + 1, hi) : (lo, mid);
        }

        var found = new List<T>();
        for (var i = lo; i < sorted.Count && key(sorted[i]) <= to; i++)
        {
            found.Add(sorted[i]);
        }

        return found;
    }
}
