using System.Globalization;

namespace TheoDoi.Core.Reporting;

/// <summary>
/// Dates written out in documents (Nghị định 30/2020/NĐ-CP): "ngày 05 tháng 02 năm 2026". Days
/// below 10 and the months 1 and 2 take a leading zero — so nobody can turn "1" into "11" or "12" by
/// adding a digit — and the other months are written without one ("tháng 3", "tháng 12").
/// </summary>
public static class VietnameseDate
{
    /// <summary>"ngày 05 tháng 02 năm 2026", "ngày 15 tháng 3 năm 2026", "ngày 10 tháng 12 năm 2025".</summary>
    public static string InWords(DateOnly date)
    {
        var month = date.Month <= 2
            ? date.Month.ToString("00", CultureInfo.InvariantCulture)
            : date.Month.ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {month} năm {date.Year:0000}");
    }

    /// <summary>The place-and-date line of a document: "Hà Nội, ngày 05 tháng 02 năm 2026".</summary>
    public static string PlaceAndDate(string place, DateOnly date)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(place);
        return place.Trim() + ", " + InWords(date);
    }
}
