using System.Globalization;
using TheoDoi.Core.Water;
using TheoDoi.Imports;

namespace TheoDoi.Water;

/// <summary>
/// The wide layout read from the first sheet of an XLSX workbook by the bounded <see cref="XlsxReader"/>:
/// cells become the texts the wide CSV would hold, and the reader's refusals (limits, broken parts, a
/// formula without its value) become row errors naming the cell under its header.
/// </summary>
public static partial class ObservationFile
{
    private static IEnumerable<ObservationRow> ReadXlsx(Stream stream, CancellationToken cancellationToken)
    {
        XlsxReader? workbook = null;
        CsvError? failure = null;
        try
        {
            workbook = XlsxReader.Open(stream, XlsxLimits.Observations, cancellationToken);
        }
        catch (XlsxRejectedException rejected)
        {
            failure = Rejection(rejected, null);
        }

        if (workbook is null)
        {
            yield return new ObservationRow(failure!.Row, failure.Row, null, [failure], null, null);
            yield break;
        }

        using (workbook)
        {
            using var rows = workbook.Rows(workbook.SheetNames[0], cancellationToken).GetEnumerator();
            List<string>? headers = null;
            WideHeader? wide = null;
            List<int>? positions = null; // the header's columns as present in the file: a cell in XFD is one entry, not 16,384
            var any = false;
            while (true)
            {
                XlsxRow? cells = null;
                try
                {
                    cells = rows.MoveNext() ? rows.Current : null;
                }
                catch (XlsxRejectedException rejected)
                {
                    failure = Rejection(rejected, headers is null || positions is null ? null : (positions, headers));
                }

                if (failure is not null)
                {
                    yield return new ObservationRow(failure.Row, failure.Row, null, [failure], null, null);
                    yield break;
                }

                if (cells is null)
                {
                    break;
                }

                if (headers is null || positions is null || wide is null)
                {
                    var present = cells.Cells.Where(c => CellText(c.Value).Length > 0).ToList();
                    positions = present.Select(c => c.Column).ToList();
                    headers = present.Select(c => CellText(c.Value)).ToList();
                    wide = WideHeader.Read(headers);
                    continue;
                }

                if (cells.IsBlank)
                {
                    continue;
                }

                var byColumn = cells.Cells.ToDictionary(c => c.Column, c => c.Value);
                var values = positions.Select(p => byColumn.TryGetValue(p, out var v) ? CellValue(v) : "").ToList();
                any = true;
                foreach (var result in ReadWideRow(wide, values, cells.Number))
                {
                    yield return result;
                }
            }

            if (!any)
            {
                foreach (var result in ReadWideRow(wide ?? WideHeader.Read([]), null, 1))
                {
                    yield return result;
                }
            }
        }
    }

    /// <summary>A formula without its computed value must not pass for an empty cell.</summary>
    private static string CellValue(object? cell) => cell is XlsxFormula formula ? "=" + formula.Formula : CellText(cell);

    private static CsvError Rejection(XlsxRejectedException rejected, (List<int> Positions, List<string> Headers)? header)
    {
        if (rejected.Cell is { } cell && XlsxReader.TryParseReference(cell, out var column, out var row))
        {
            var at = header?.Positions.IndexOf(column) ?? -1;
            return new CsvError(row, at >= 0 ? header!.Value.Headers[at] : XlsxReader.ColumnName(column), rejected.Reason);
        }

        return new CsvError(1, null, rejected.Located);
    }

    private static string CellText(object? cell) => cell switch
    {
        null => "",
        DateTime time => time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString()?.Trim() ?? "",
    };
}
