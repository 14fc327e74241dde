using System.Globalization;
using TheoDoi.Core.Numbers;

namespace TheoDoi.Imports;

/// <summary>A workbook cell read as a number by <see cref="NumberText"/>'s rules, whatever the cell holds.</summary>
public static class CellNumber
{
    public static ParsedNumber Read(object? cell, NumberKind kind) => cell switch
    {
        null => new(null, null),
        string text => NumberText.Parse(text, kind),
        double number => NumberText.FromDouble(number, kind),
        int number => new(number, null),
        long number => new(number, null),
        decimal number => NumberText.Parse(number.ToString(CultureInfo.InvariantCulture), kind),
        XlsxFormula formula => new(null, new($"ô có công thức ={formula.Formula} nhưng tệp không lưu kết quả tính; hãy mở tệp trong Excel hoặc LibreOffice, tính lại và lưu, hoặc nhập giá trị.",
            $"the cell holds the formula ={formula.Formula} but the file carries no computed value; open it in Excel or LibreOffice, recalculate and save, or type the value.")),
        XlsxError error => new(null, new($"ô chứa lỗi {error.Code} thay vì một số.", $"the cell holds the error {error.Code}, not a number.")),
        DateTime => new(null, new("ô là ngày tháng, không phải số.", "the cell is a date, not a number.")),
        bool => new(null, new("ô là giá trị đúng/sai, không phải số.", "the cell is true/false, not a number.")),
        _ => new(null, new("ô không phải là số.", "the cell is not a number.")),
    };

    /// <summary>A cell as text (for codes and notes): numbers invariant, dates ISO, formulas without value refused by the caller.</summary>
    public static string? Text(object? cell) => cell switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        XlsxFormula or XlsxError => null,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };
}
