namespace TheoDoi.Core.Texts;

/// <summary>
/// Spreadsheet formula injection (OWASP "CSV injection"): a text cell that starts with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is taken for a formula by Excel and
/// LibreOffice, so <c>=HYPERLINK("http://x","click")</c> typed as a comment would arrive live in a
/// ministry clerk's spreadsheet. Every CSV and XLSX we write passes its text through
/// <see cref="Neutralise(string?)"/> (a leading single quote; numbers stay numbers), and every
/// workbook of ours read back passes through <see cref="Restore(string?)"/>, so a value survives an
/// export and re-import intact.
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] s_triggers = ['=', '+', '-', '@', '\t', '\r'];

    public static bool IsRisky(string? text) => text is { Length: > 0 } && Array.IndexOf(s_triggers, text[0]) >= 0;

    /// <summary>The text with a leading <c>'</c> when a spreadsheet would read it as a formula.</summary>
    public static string? Neutralise(string? text) => IsRisky(text) ? "'" + text : text;

    /// <summary>A CSV field (RFC 4180): neutralised, and quoted when it holds a comma, a quote or a line break.</summary>
    public static string CsvField(string? raw) => Neutralise(raw) is { } field ? CsvQuote(field) : "";

    /// <summary>Quoting alone, for texts of our own such as column names (<c>@iot.id</c> is a name, not a formula).</summary>
    public static string CsvQuote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    /// <summary>A cell value: text is neutralised, numbers, dates and booleans are kept as they are.</summary>
    public static object? Neutralise(object? value) => value is string text ? Neutralise(text) : value;

    /// <summary>The inverse of <see cref="Neutralise(string?)"/>: <c>'=1+2</c> reads back as <c>=1+2</c>.</summary>
    public static string? Restore(string? text) =>
        text is { Length: > 1 } && text[0] == '\'' && IsRisky(text[1..]) ? text[1..] : text;

    public static object? Restore(object? value) => value is string text ? Restore(text) : value;

    /// <summary>A copy of one spreadsheet row with every text cell neutralised.</summary>
    public static Dictionary<string, object?> NeutraliseRow(IDictionary<string, object?> row)
    {
        var safe = new Dictionary<string, object?>(row.Count);
        foreach (var (column, value) in row)
        {
            safe[column] = Neutralise(value);
        }

        return safe;
    }

    /// <summary>Every text cell of a row read from one of our workbooks, restored in place.</summary>
    public static IDictionary<string, object?> RestoreRow(IDictionary<string, object?> row)
    {
        foreach (var column in row.Keys.ToList())
        {
            row[column] = Restore(row[column]);
        }

        return row;
    }

    /// <summary>Sheets (name → rows) as MiniExcel takes them, every text cell neutralised.</summary>
    public static Dictionary<string, object> NeutraliseSheets(IReadOnlyDictionary<string, object> sheets)
    {
        return sheets.ToDictionary(s => s.Key, s => s.Value is IEnumerable<IDictionary<string, object?>> rows
            ? (object)rows.Select(NeutraliseRow).ToList()
            : s.Value);
    }
}
