using System.Globalization;
using System.Text.RegularExpressions;
using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Dates;

/// <summary>A parsed date, or why the text is not one (null value with no error: the text was blank).</summary>
public readonly record struct ParsedDate(DateOnly? Value, Bilingual? Error)
{
    public bool Ok => Error is null;
}

/// <summary>
/// The one reader of dates people type into forms. Vietnamese write the day first — "10/12/2026",
/// "1/3/2026", also with dots or dashes ("10.12.2026", "10-12-2026") — and links, scripts and
/// programs send ISO dates ("2026-12-10"). A month-first reading ("12/10/2026" as 10 December) is
/// never made: in Việt Nam that text is 12 October. Two-digit years are refused rather than guessed.
/// Files and APIs keep ISO dates (they are read by <see cref="DateOnly"/> itself).
/// </summary>
public static partial class DateText
{
    public static readonly Bilingual Expected = new(
        "Ngày phải có dạng ngày/tháng/năm, ví dụ 10/12/2026.",
        "A date must be written day/month/year, e.g. 10/12/2026.");

    public static ParsedDate Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new(null, null);
        }

        var trimmed = text.Trim();
        int day, month, year;
        if (DayFirst().Match(trimmed) is { Success: true } dayFirst)
        {
            (day, month, year) = (Number(dayFirst, "d"), Number(dayFirst, "m"), Number(dayFirst, "y"));
        }
        else if (Iso().Match(trimmed) is { Success: true } iso)
        {
            (day, month, year) = (Number(iso, "d"), Number(iso, "m"), Number(iso, "y"));
        }
        else
        {
            return new(null, Expected);
        }

        if (year < 1900 || year > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return new(null, new Bilingual(
                $"Ngày {trimmed} không có trên lịch.",
                $"{trimmed} is not a date on the calendar."));
        }

        return new(new DateOnly(year, month, day), null);
    }

    /// <summary>How a date is written back into a form field: "01/03/2026".</summary>
    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    // The same separator on both sides: "10/12-2026" is a typing slip, not a date.
    [GeneratedRegex(@"^(?<d>\d{1,2})(?<s>[/.\-])(?<m>\d{1,2})\k<s>(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();
}
