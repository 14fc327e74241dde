using System.Globalization;
using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Numbers;

/// <summary>Whether a field holds whole counts (numerator, denominator, number of parks) or quantities with decimals.</summary>
public enum NumberKind
{
    Decimal,
    Count,

    /// <summary>A numerator or denominator: usually a count, so "1.730" is 1 730 (never 1.73), yet "412,5" (tonnes) keeps its decimals.</summary>
    Ratio,
}

/// <summary>A parsed number, or why the text is not one (null value with no error: the text was blank).</summary>
public readonly record struct ParsedNumber(decimal? Value, Bilingual? Error)
{
    public bool Ok => Error is null;
}

/// <summary>
/// The one parser for numbers people type — in forms, in CSV/XLSX text cells, in workbooks. Vietnamese
/// write "97,5" (comma = decimal mark) and "1.730" (dot = thousands); number inputs and programs send
/// "97.5". So:
/// <list type="bullet">
/// <item>a single comma is the decimal mark: "97,5" → 97.5; with dots before it they group thousands: "1.234,5" → 1234.5;</item>
/// <item>a single dot followed by exactly three digits ("1.730") is 1730 in a count field and refused as
/// ambiguous in a decimal field; any other single dot is the decimal point ("97.5", "0.730");</item>
/// <item>several dots in groups of three ("1.234.567") group thousands; spaces may group digits ("1 730");</item>
/// <item>a count must be whole; nothing past <see cref="decimal"/>'s range (about 7.9e28) is accepted.</item>
/// </list>
/// </summary>
public static class NumberText
{
    public static ParsedNumber Parse(string? text, NumberKind kind)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new(null, null);
        }

        var shown = text.Trim();
        var compact = shown.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace("\u202f", "", StringComparison.Ordinal);
        var sign = compact.StartsWith('-') ? "-" : "";
        var body = compact.TrimStart('-', '+');
        if (body.Length == 0 || body.Any(c => !char.IsAsciiDigit(c) && c is not ('.' or ',')) || !char.IsAsciiDigit(body[0]) || !char.IsAsciiDigit(body[^1]))
        {
            return NotANumber(shown);
        }

        var commas = body.Count(c => c == ',');
        var dots = body.Count(c => c == '.');
        string invariant;
        if (commas > 1 || (commas == 1 && body.IndexOf(',', StringComparison.Ordinal) < body.LastIndexOf('.')))
        {
            return NotANumber(shown);
        }
        else if (commas == 1)
        {
            var comma = body.IndexOf(',', StringComparison.Ordinal);
            var whole = body[..comma];
            if (dots > 0 && !IsGrouped(whole))
            {
                return NotANumber(shown);
            }

            invariant = whole.Replace(".", "", StringComparison.Ordinal) + "." + body[(comma + 1)..];
        }
        else if (dots > 1)
        {
            if (!IsGrouped(body))
            {
                return NotANumber(shown);
            }

            invariant = body.Replace(".", "", StringComparison.Ordinal);
        }
        else if (dots == 1 && IsGrouped(body))
        {
            if (kind == NumberKind.Decimal)
            {
                var grouped = body.Replace(".", "", StringComparison.Ordinal);
                var asDecimal = body.Replace('.', ',');
                return new(null, new($"\"{shown}\" không rõ nghĩa: có thể là {grouped} (dấu chấm phân cách hàng nghìn) hoặc {asDecimal} (số thập phân). Hãy viết {grouped} hoặc {asDecimal}.",
                    $"\"{shown}\" is ambiguous: it may be {grouped} (a dot grouping thousands, as in Vietnamese) or {body} (a decimal point). Write {grouped} or {asDecimal}."));
            }

            invariant = body.Replace(".", "", StringComparison.Ordinal);
        }
        else
        {
            invariant = body;
        }

        if (!decimal.TryParse(sign + invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return TooLarge(shown);
        }

        return Check(value, shown, kind);
    }

    /// <summary>A number a spreadsheet stored as a number (a double), held to the same rules.</summary>
    public static ParsedNumber FromDouble(double number, NumberKind kind)
    {
        var shown = number.ToString("R", CultureInfo.InvariantCulture);
        if (!double.IsFinite(number) || Math.Abs(number) >= 7.9e28)
        {
            return TooLarge(shown);
        }

        return Check((decimal)number, shown, kind);
    }

    private static ParsedNumber Check(decimal value, string shown, NumberKind kind) =>
        kind == NumberKind.Count && value != decimal.Truncate(value)
            ? new(null, new($"\"{shown}\" không phải là số nguyên; ô này là số đếm.", $"\"{shown}\" is not a whole number; this field is a count."))
            : new(value, null);

    /// <summary>"1.234" or "12.345.678": the first group 1–3 digits (not a lone 0), every later group exactly three.</summary>
    private static bool IsGrouped(string text)
    {
        var groups = text.Split('.');
        return groups.Length > 1 && groups[0].Length is >= 1 and <= 3 && groups[0] != "0" && groups.Skip(1).All(g => g.Length == 3);
    }

    private static ParsedNumber NotANumber(string shown) =>
        new(null, new($"\"{Clip(shown)}\" không phải là số.", $"\"{Clip(shown)}\" is not a number."));

    private static ParsedNumber TooLarge(string shown) =>
        new(null, new($"\"{Clip(shown)}\" quá lớn (vượt giới hạn số thập phân, khoảng 7,9×10²⁸).", $"\"{Clip(shown)}\" is too large (beyond the decimal range, about 7.9e28)."));

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
