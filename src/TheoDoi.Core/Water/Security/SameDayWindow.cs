namespace TheoDoi.Core.Water.Security;

/// <summary>
/// The values of past years that lie within ± a window of the same day of year as a date: the sample
/// behind percentile classes and the "normal for the date" (docs/reference/water-security.md, USGS
/// WaterWatch and BoM rows).
/// </summary>
internal static class SameDayWindow
{
    /// <summary>
    /// Each value is assigned to the year whose anchor (the date's month and day in that year) it lies
    /// nearest, so 30 December counts for a 3 January of the next year: the window crosses Dec/Jan.
    /// 29 February has no anchor in common years; there it is 28 February, so a leap-day reading still
    /// finds ten past years. Only anchor years before the date's year are past years.
    /// </summary>
    public static List<(int Year, decimal Value)> PastValues(IReadOnlyList<DatedValue> record, DateOnly date, int windowDays)
    {
        var found = new List<(int, decimal)>();
        foreach (var item in record)
        {
            for (var year = item.Date.Year - 1; year <= item.Date.Year + 1; year++)
            {
                if (year >= date.Year)
                {
                    break;
                }

                var distance = Math.Abs(item.Date.DayNumber - Anchor(date, year).DayNumber);
                if (distance <= windowDays)
                {
                    found.Add((year, item.Value));
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>The date's month and day in <paramref name="year"/>; 29 February becomes 28 February in a common year.</summary>
    public static DateOnly Anchor(DateOnly date, int year) =>
        new(year, date.Month, Math.Min(date.Day, DateTime.DaysInMonth(year, date.Month)));

    public static int YearCount(List<(int Year, decimal Value)> values) => values.Select(v => v.Year).Distinct().Count();

    public static decimal Median(List<decimal> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2m;
}
