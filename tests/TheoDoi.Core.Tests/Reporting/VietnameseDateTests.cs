using TheoDoi.Core.Reporting;

namespace TheoDoi.Core.Tests.Reporting;

/// <summary>
/// Nghị định 30/2020 (docs/reference/admin-documents.md): "Hà Nội, ngày 05 tháng 02 năm 2026" — days below
/// 10 and the months 1 and 2 take a leading zero; the other months do not.
/// </summary>
public sealed class VietnameseDateTests
{
    [Theory]
    [InlineData(2026, 2, 5, "ngày 05 tháng 02 năm 2026")]   // the reference's own example
    [InlineData(2025, 12, 10, "ngày 10 tháng 12 năm 2025")]
    [InlineData(2026, 3, 15, "ngày 15 tháng 3 năm 2026")]    // month 3: no leading zero
    [InlineData(2026, 1, 1, "ngày 01 tháng 01 năm 2026")]
    [InlineData(2026, 1, 31, "ngày 31 tháng 01 năm 2026")]
    [InlineData(2024, 2, 29, "ngày 29 tháng 02 năm 2024")]
    [InlineData(2026, 9, 30, "ngày 30 tháng 9 năm 2026")]
    [InlineData(2026, 11, 9, "ngày 09 tháng 11 năm 2026")]
    [InlineData(2026, 10, 10, "ngày 10 tháng 10 năm 2026")]
    [InlineData(2023, 6, 14, "ngày 14 tháng 6 năm 2023")]    // Plan 512's own date
    public void Date_in_words(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, VietnameseDate.InWords(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData("Hà Nội", 2026, 2, 5, "Hà Nội, ngày 05 tháng 02 năm 2026")]
    [InlineData("Thành phố Hồ Chí Minh", 2025, 12, 10, "Thành phố Hồ Chí Minh, ngày 10 tháng 12 năm 2025")]
    [InlineData("  Tây Ninh ", 2026, 7, 1, "Tây Ninh, ngày 01 tháng 7 năm 2026")]
    public void Place_and_date_line(string place, int year, int month, int day, string expected)
    {
        Assert.Equal(expected, VietnameseDate.PlaceAndDate(place, new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_place_is_required(string place)
    {
        Assert.Throws<ArgumentException>(() => VietnameseDate.PlaceAndDate(place, new DateOnly(2026, 2, 5)));
    }
}
