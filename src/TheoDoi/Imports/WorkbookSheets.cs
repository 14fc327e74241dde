using TheoDoi.Core.Texts;
using TheoDoi.Indicators;
using TheoDoi.Shared;

namespace TheoDoi.Imports;

/// <summary>
/// Reads the named sheets of an uploaded register workbook as rows by column letter (header row
/// skipped, blank rows dropped, spreadsheet-safe text restored). The first sheet is required; the
/// others may be missing and read as empty. Shared by the park, waste and licence registers.
/// </summary>
public static class WorkbookSheets
{
    public static (Dictionary<string, List<(int Number, IDictionary<string, object?> Row)>> Sheets, CellProblem? Problem) Read(Stream file, string fileName, string[] required, CancellationToken ct)
    {
        var sheets = new Dictionary<string, List<(int, IDictionary<string, object?>)>>();
        try
        {
            using var workbook = XlsxReader.Open(file, XlsxLimits.Workbook, ct);
            foreach (var name in required)
            {
                if (workbook.SheetNames.Contains(name))
                {
                    sheets[name] = workbook.Rows(name, ct).Where(r => r.Number > 1 && !r.IsBlank)
                        .Select(r => (r.Number, SpreadsheetText.RestoreRow(r.ByLetter()))).ToList();
                }
                else if (name == required[0])
                {
                    return (sheets, new(fileName, 0, "", "", $"Thiếu trang tính \"{name}\".", $"Sheet \"{name}\" is missing."));
                }
                else
                {
                    sheets[name] = [];
                }
            }
        }
        catch (XlsxRejectedException rejected)
        {
            return (sheets, ValueWorkbook.FromRejection(fileName, rejected));
        }

        return (sheets, null);
    }
}
