using System.Globalization;

// The one place where the reader's culture is read (BannedSymbols.txt bans CultureInfo.CurrentCulture
// elsewhere, so that no file format follows the server's locale).
#pragma warning disable RS0030

namespace TheoDoi.Shared;

/// <summary>
/// Numbers and dates for people, in the page's culture (vi-VN: "94,1", "05/02/2026"). Files and the
/// API use the invariant culture instead.
/// </summary>
public static class Format
{
    public static string Date(DateOnly? date) =>
        date?.ToString("dd/MM/yyyy", CultureInfo.CurrentCulture) ?? "—";

    public static string DateTime(DateTime utc) => DateTimeIn(utc, CultureInfo.CurrentCulture);

    /// <summary>A UTC instant as Việt Nam local time, "dd/MM/yyyy HH:mm".</summary>
    public static string DateTimeIn(DateTime utc, CultureInfo culture) =>
        TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), Core.Time.VietnamTime.Zone).ToString("dd/MM/yyyy HH:mm", culture);

    /// <summary>
    /// A number rounded to at most <paramref name="decimals"/> places, grouped, without meaningless
    /// trailing zeros: "97,5" (not "97,50"), "40" (not "40,00"), "1.234,56".
    /// </summary>
    public static string Number(decimal value, int decimals = 1) => NumberIn(value, decimals, CultureInfo.CurrentCulture);

    /// <summary>
    /// <see cref="Number(decimal, int)"/> in a given culture: documents written in Vietnamese
    /// (the consolidated report) show the same figure as the Vietnamese page, rounded the same way.
    /// </summary>
    public static string NumberIn(decimal value, int decimals, CultureInfo culture)
    {
        var rounded = Math.Round(value, Math.Max(0, decimals), MidpointRounding.AwayFromZero);
        // -0,001 rounds to zero: no "-0".
        return (rounded == 0 ? 0m : rounded).ToString(decimals > 0 ? "#,##0." + new string('#', decimals) : "#,##0", culture);
    }

    /// <summary>A chart tick with a fixed number of decimals in the page's culture ("1,50" on a Vietnamese page).</summary>
    public static string Fixed(decimal value, int decimals) => value.ToString("N" + decimals, CultureInfo.CurrentCulture);

    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>
    /// A number put back into a form field as people type it: "40" (not "40.0"), "95,24" on a
    /// Vietnamese page, "95.24" on an English one; never grouped, so that "1730" cannot be read
    /// back as ambiguous. Read again by the one parser (Core/Numbers/NumberText).
    /// </summary>
    public static string Input(decimal? value) =>
        value is { } v ? v.ToString("0.############", Core.Texts.Bilingual.IsEnglish ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("vi-VN")) : "";

    /// <summary>A value with its unit as Vietnamese writes it: "94,1%", "2.500 m³/ngày".</summary>
    public static string Measure(decimal value, string unit) =>
        unit == "%" ? Number(value) + "%" : Number(value) + " " + unit;
}
