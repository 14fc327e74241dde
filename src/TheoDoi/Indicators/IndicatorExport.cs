using System.Globalization;
using System.Text;
using TheoDoi.Core.Texts;

namespace TheoDoi.Indicators;

/// <summary>CSV of an indicator's table (invariant numbers, UTF-8 with BOM so spreadsheet programs read the diacritics).</summary>
public static class IndicatorExport
{
    public static byte[] ToCsv(IndicatorBoard board)
    {
        var text = new StringBuilder();
        text.AppendLine("indicator,series,series_name,year,value,numerator,denominator,unit_of_measure,aggregated,provisional,demo,inputs_used,inputs_missing,source,note");
        foreach (var row in board.Rows)
        {
            foreach (var cell in row.Cells.Where(c => c.Value is not null || c.Missing.Any()))
            {
                var own = cell.Own;
                text.AppendJoin(',',
                    Field(board.Indicator.Code), Field(row.Key), Field(row.Label), cell.Year.ToString(CultureInfo.InvariantCulture),
                    Number(cell.Value), Number(cell.Numerator), Number(cell.Denominator), Field(board.Indicator.MeasureUnit),
                    cell.Aggregated ? "yes" : "no", cell.Provisional ? "yes" : "no", cell.Demo ? "yes" : "no",
                    Field(string.Join("; ", cell.Used.Select(i => i.Unit.Code + " " + i.Unit.Name))),
                    Field(string.Join("; ", cell.Missing.Select(i => i.Unit.Code + " " + i.Unit.Name + " (" + i.ProblemEn + ")"))),
                    Field(own?.Source), Field(cell.NoteEn ?? own?.Comment));
                text.AppendLine();
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Number(double? value) => value is { } v ? Math.Round(v, 4).ToString(CultureInfo.InvariantCulture) : "";

    // Text only: numbers are written by Number and stay numbers.
    private static string Field(string? raw) => SpreadsheetText.CsvField(raw);
}
