using static TheoDoi.Core.Water.Security.SecurityText;

namespace TheoDoi.Core.Water.Security;

/// <summary>
/// Reservoir storage against its capacity, last year and the normal for the date (BoM Water Storage,
/// docs/reference/water-security.md). Volumes in hm³.
/// </summary>
public static class StorageComparison
{
    /// <summary>Percent full = volume ÷ full-supply volume × 100.</summary>
    public static Computed<double> PercentFull(decimal volumeHm3, decimal fullSupplyHm3)
    {
        if (fullSupplyHm3 <= 0)
        {
            return Computed<double>.Refused(new("Chưa có dung tích toàn bộ (dương) của hồ", "No (positive) full-supply volume for the reservoir"));
        }

        var percent = (double)(volumeHm3 / fullSupplyHm3 * 100);
        return Computed<double>.Ok(percent, Both(
            c => $"{N(volumeHm3, c)} hm³ ÷ {N(fullSupplyHm3, c)} hm³ = {N(percent, c)}%",
            c => $"{N(volumeHm3, c)} hm³ ÷ {N(fullSupplyHm3, c)} hm³ = {N(percent, c)}%"));
    }

    /// <summary>
    /// The change since the same date last year (29 February compares with 28 February), from the
    /// record's value on exactly that date: a neighbouring day would be a different comparison.
    /// </summary>
    public static Computed<decimal> VersusLastYear(IReadOnlyList<DatedValue> record, DateOnly date, decimal volumeHm3)
    {
        var lastYear = SameDayWindow.Anchor(date, date.Year - 1);
        var found = record.FirstOrDefault(v => v.Date == lastYear);
        if (found is null)
        {
            return Computed<decimal>.Refused(new($"Không có số liệu ngày {D(lastYear)}", $"No value on {D(lastYear)}"));
        }

        var change = volumeHm3 - found.Value;
        return Computed<decimal>.Ok(change, Both(
            c => $"{N(volumeHm3, c)} − {N(found.Value, c)} hm³ (ngày {D(lastYear)}) = {ExplanationSigned(change, c)} hm³",
            c => $"{N(volumeHm3, c)} − {N(found.Value, c)} hm³ (on {D(lastYear)}) = {ExplanationSigned(change, c)} hm³"));
    }

    /// <summary>
    /// The difference from the normal: the median of the values within ± <paramref name="windowDays"/>
    /// of the same day in past years, with the ten-year minimum of <see cref="PercentileClass"/> so a
    /// "normal" rests on as much record as a percentile class does.
    /// </summary>
    public static Computed<(decimal Normal, decimal Difference)> VersusNormal(IReadOnlyList<DatedValue> record, DateOnly date, decimal volumeHm3, int windowDays = 7)
    {
        var past = SameDayWindow.PastValues(record, date, windowDays);
        var years = SameDayWindow.YearCount(past);
        if (years < PercentileClass.MinimumYears)
        {
            return Computed<(decimal, decimal)>.Refused(new(
                $"Cần ít nhất {PercentileClass.MinimumYears} năm số liệu để tính mức bình thường, hiện có {years}",
                $"Needs at least {PercentileClass.MinimumYears} years of record for a normal, has {years}"));
        }

        var sorted = past.Select(p => p.Value).Order().ToList();
        var normal = SameDayWindow.Median(sorted);
        var difference = volumeHm3 - normal;
        return Computed<(decimal, decimal)>.Ok((normal, difference), Both(
            c => $"Trung vị {sorted.Count} giá trị của {years} năm (± {windowDays} ngày quanh {DM(date)}) = {N(normal, c)} hm³; chênh lệch {ExplanationSigned(difference, c)} hm³",
            c => $"Median of {sorted.Count} values of {years} years (± {windowDays} days around {DM(date)}) = {N(normal, c)} hm³; difference {ExplanationSigned(difference, c)} hm³"));
    }

    private static string ExplanationSigned(decimal value, System.Globalization.CultureInfo culture) =>
        Indicators.ExplanationFormat.Signed((double)value, culture);
}
