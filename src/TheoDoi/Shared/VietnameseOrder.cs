using System.Globalization;

namespace TheoDoi.Shared;

/// <summary>
/// Names of units, parks and people in the order a Vietnamese reader expects ("Bà Rịa" before "Bình
/// Dương", "Đồng Nai" after "Dương"): the vi-VN collation, whatever the page's language.
/// </summary>
public static class VietnameseOrder
{
    public static StringComparer Names { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: false);
}
