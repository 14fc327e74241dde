using System.Globalization;

namespace TheoDoi.Web;

/// <summary>
/// Numbers typed into forms. Number inputs post invariant text ("37.5"); people also type the
/// Vietnamese way ("37,5"), so a comma is read as the decimal separator. Blank means no value.
/// </summary>
public static class FormNumber
{
    private static readonly CultureInfo s_vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <returns>False when the text is not a number; <paramref name="value"/> is null for blank text.</returns>
    public static bool TryParse(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var culture = text.Contains(',', StringComparison.Ordinal) ? s_vietnamese : CultureInfo.InvariantCulture;
        if (decimal.TryParse(text.Trim(), NumberStyles.Number, culture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }
}
