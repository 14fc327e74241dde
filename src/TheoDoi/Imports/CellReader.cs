using TheoDoi.Core.Dates;
using TheoDoi.Core.Numbers;
using TheoDoi.Shared;

namespace TheoDoi.Imports;

/// <summary>
/// Reads the typed cells of one workbook row (as <see cref="XlsxReader"/> gives them, by column letter),
/// naming each problem by sheet, row, column and header — the one cell reader of every upload. Numbers
/// follow <see cref="CellNumber"/> (the one number parser), dates <see cref="DateText"/> (day first).
/// </summary>
public sealed class CellReader(string sheet, int number, IDictionary<string, object?> row, string[] headers, List<CellProblem> problems)
{
    private readonly int _before = problems.Count;

    public bool Ok => problems.Count == _before;

    private object? Raw(string column) => row.TryGetValue(column, out var value) && !(value is string s && string.IsNullOrWhiteSpace(s)) ? value : null;

    /// <summary>A text or date cell: a formula without value or an error value is refused, not read as text.</summary>
    private object? Plain(string column)
    {
        var value = Raw(column);
        if (value is XlsxFormula or XlsxError)
        {
            var reason = CellNumber.Read(value, NumberKind.Decimal).Error!;
            Fail(column, reason.Vi, reason.En);
            return null;
        }

        return value;
    }

    private void Fail(string column, string vi, string en)
    {
        var index = column[0] - 'A';
        problems.Add(new(sheet, number, column, index < headers.Length ? headers[index] : column, vi, en));
    }

    public string? Text(string column) => CellNumber.Text(Plain(column));

    public decimal? Number(string column, NumberKind kind = NumberKind.Decimal)
    {
        var parsed = CellNumber.Read(Raw(column), kind);
        if (parsed.Error is { } error)
        {
            Fail(column, error.Vi, error.En);
        }

        return parsed.Value;
    }

    /// <summary>A year (a whole number from 1900 to 2100).</summary>
    public int? Year(string column)
    {
        var before = problems.Count;
        var value = Number(column, NumberKind.Count);
        if (problems.Count > before || value is null)
        {
            return null;
        }

        if (value is < 1900 or > 2100)
        {
            Fail(column, $"\"{value}\" không phải là năm.", $"\"{value}\" is not a year.");
            return null;
        }

        return (int)value.Value;
    }

    public DateOnly? Date(string column)
    {
        switch (Plain(column))
        {
            case null: return null;
            case DateTime dt: return DateOnly.FromDateTime(dt);
            case double d when d is > 0 and < 2958466: return DateOnly.FromDateTime(DateTime.FromOADate(d));
            case string s:
                // The one reader of typed dates (day first, never month first), as the forms use.
                var parsed = DateText.Parse(s);
                if (parsed.Error is { } error)
                {
                    Fail(column, $"\"{s.Trim()}\": {error.Vi}", $"\"{s.Trim()}\": {error.En}");
                }

                return parsed.Value;
            case var other:
                Fail(column, $"\"{other}\" không phải là ngày (dd/mm/yyyy).", $"\"{other}\" is not a date (dd/mm/yyyy).");
                return null;
        }
    }

    public bool? YesNo(string column)
    {
        var text = Text(column)?.ToLowerInvariant();
        switch (text)
        {
            case null: return null;
            case "có" or "co" or "x" or "yes" or "true" or "1" or "đạt" or "dat": return true;
            case "không" or "khong" or "no" or "false" or "0" or "không đạt": return false;
            default:
                Fail(column, $"\"{text}\" phải là Có hoặc Không.", $"\"{text}\" must be yes or no.");
                return null;
        }
    }

    public T? Choice<T>(string column, IReadOnlyDictionary<string, T> choices)
        where T : struct
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        var match = choices.FirstOrDefault(c => c.Key.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (match.Key is null)
        {
            Fail(column, $"\"{text}\" phải là một trong: {string.Join(", ", choices.Keys)}.", $"\"{text}\" must be one of: {string.Join(", ", choices.Keys)}.");
            return null;
        }

        return match.Value;
    }
}
