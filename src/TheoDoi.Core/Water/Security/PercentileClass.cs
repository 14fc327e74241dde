using TheoDoi.Core.Texts;
using static TheoDoi.Core.Water.Security.SecurityText;

namespace TheoDoi.Core.Water.Security;

/// <summary>The WaterWatch classes of a percentile (docs/reference/water-security.md).</summary>
public enum PercentileBand
{
    MuchBelowNormal,
    BelowNormal,
    Normal,
    AboveNormal,
    MuchAboveNormal,
}

/// <param name="Percentile">Weibull plotting position × 100.</param>
/// <param name="Rank">The latest value's rank among the past values (ascending; ties take the mean position).</param>
/// <param name="Count">How many past values it was ranked against (n).</param>
/// <param name="Years">How many past years gave those values.</param>
public sealed record PercentileRank(double Percentile, double Rank, int Count, int Years, PercentileBand Band, Bilingual BandName);

/// <summary>
/// Today's value against the same day of year in all past years (USGS WaterWatch, as cited in
/// docs/reference/water-security.md): p = rank ÷ (n + 1).
/// </summary>
public static class PercentileClass
{
    /// <summary>WaterWatch does not rank a site with fewer years of record.</summary>
    public const int MinimumYears = 10;

    /// <summary>
    /// Ranks <paramref name="latest"/> (measured on <paramref name="date"/>) against <paramref name="record"/>.
    /// Choice (the reference leaves it open): every value within ± <paramref name="windowDays"/> days of the
    /// same day in each past year counts, not one per year — WaterWatch ranks daily values of the day's
    /// window, so a year with a gap simply contributes fewer values; the ten-year minimum counts years.
    /// </summary>
    public static Computed<PercentileRank> Rank(IReadOnlyList<DatedValue> record, DateOnly date, decimal latest, int windowDays = 7)
    {
        var past = SameDayWindow.PastValues(record, date, windowDays);
        var years = SameDayWindow.YearCount(past);
        if (years < MinimumYears)
        {
            return Computed<PercentileRank>.Refused(new(
                $"Không xếp hạng: cần ít nhất {MinimumYears} năm số liệu quanh ngày {DM(date)} (± {windowDays} ngày), hiện có {years}",
                $"Not ranked: needs at least {MinimumYears} years of record around {DM(date)} (± {windowDays} days), has {years}"));
        }

        var below = 0;
        var equal = 0;
        foreach (var (_, value) in past)
        {
            if (value < latest)
            {
                below++;
            }
            else if (value == latest)
            {
                equal++;
            }
        }

        // Ties take the mean of the positions they share, so a value equal to every past value lands mid-range.
        var rank = below + 1 + (equal / 2.0);
        var n = past.Count;
        var percentile = rank / (n + 1) * 100;
        var band = Classify(percentile);
        var name = Name(band);
        var why = Both(
            c => $"Hạng {N(rank, c)} trong {n} giá trị của {years} năm trước (± {windowDays} ngày quanh {DM(date)}): p = {N(rank, c)} ÷ ({n} + 1) = {N(percentile, c)}% → {name.Vi}",
            c => $"Rank {N(rank, c)} among {n} values of {years} past years (± {windowDays} days around {DM(date)}): p = {N(rank, c)} ÷ ({n} + 1) = {N(percentile, c)}% → {name.En}");
        return Computed<PercentileRank>.Ok(new(percentile, rank, n, years, band, name), why);
    }

    /// <summary>
    /// Classes &lt; 10, 10–24, 25–75, 76–90, &gt; 90: on a continuous percentile 10 and 25 open their
    /// classes, 75 still is normal and 90 still is above normal (the edges as WaterWatch prints them).
    /// </summary>
    public static PercentileBand Classify(double percentile) => percentile switch
    {
        < 10 => PercentileBand.MuchBelowNormal,
        < 25 => PercentileBand.BelowNormal,
        <= 75 => PercentileBand.Normal,
        <= 90 => PercentileBand.AboveNormal,
        _ => PercentileBand.MuchAboveNormal,
    };

    public static Bilingual Name(PercentileBand band) => band switch
    {
        PercentileBand.MuchBelowNormal => new("Thấp hơn nhiều so với bình thường", "Much below normal"),
        PercentileBand.BelowNormal => new("Thấp hơn bình thường", "Below normal"),
        PercentileBand.Normal => new("Bình thường", "Normal"),
        PercentileBand.AboveNormal => new("Cao hơn bình thường", "Above normal"),
        _ => new("Cao hơn nhiều so với bình thường", "Much above normal"),
    };
}
