using System.Globalization;
using System.Text;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Water;
using TheoDoi.Imports;

namespace TheoDoi.Water;

/// <summary>
/// Reads an observation file in either layout and yields canonical rows, streaming:
/// <list type="bullet">
/// <item>long (canonical): <c>station,time,parameter,value,unit,qualifier</c>, read by Core's <c>ObservationCsv</c>;</item>
/// <item>wide (spreadsheets, CSV or XLSX): <c>station,time</c> then one column per parameter, headed by
/// its code and optionally its unit ("BOD5 (mg/L)", "NH4_N [µg/L]"; without a unit the canonical unit is
/// meant). A cell may be empty (not measured), a number, or a number after "&lt;" or "&gt;". Times may
/// carry an offset; a spreadsheet time without one is Việt Nam time (+07:00), and "dd/MM/yyyy HH:mm" is
/// accepted. Columns named note, ghi chú or comment are ignored.</item>
/// </list>
/// Each wide row is turned into canonical rows and read by the same <c>ObservationCsv</c>, so both layouts
/// obey the same rules; errors name the spreadsheet's row and column.
/// </summary>
public static class ObservationFile
{
    public const string Long = "long", WideCsv = "wide-csv", WideXlsx = "wide-xlsx";

    private static readonly string[] s_ignored = ["note", "ghi chú", "ghi chu", "ghi_chu", "comment", "notes"];

    public sealed record Opened(string Layout, IEnumerable<ObservationRow> Rows);

    private static readonly Bilingual NoDataRows = new("Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.", "the file has a header but no data rows");

    /// <summary>Decides the layout from the name and the header and reads lazily; <paramref name="stream"/> must stay open while enumerating.</summary>
    public static Opened Open(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return new Opened(WideXlsx, ReadXlsx(stream, cancellationToken));
        }

        var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var header = reader.ReadLine() ?? "";
        var names = header.Split(',').Select(h => h.Trim().Trim('"').Trim().ToLowerInvariant()).ToList();
        var isLong = names.Contains(ObservationCsv.ParameterColumn) && names.Contains(ObservationCsv.ValueColumn);
        return isLong
            ? new Opened(Long, RefuseEmpty(ObservationCsv.Read(new PrefixedReader(header + "\n", reader))))
            : new Opened(WideCsv, ReadWideCsv(header, reader));
    }

    /// <summary>A canonical file with a header and no data row is refused like an empty wide file: no batch is recorded.</summary>
    private static IEnumerable<ObservationRow> RefuseEmpty(IEnumerable<ObservationRow> rows)
    {
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            yield return row;
        }

        if (!any)
        {
            yield return new ObservationRow(1, 1, null, [new CsvError(1, null, NoDataRows)], null, null);
        }
    }

    private static IEnumerable<ObservationRow> ReadWideCsv(string header, TextReader reader)
    {
        // A wide CSV is short (one line per sample); CsvRecordReader's rules are kept by splitting with a
        // small RFC 4180 reader of our own only for the cells.
        var headers = SplitCsv(header);
        var row = 1;
        while (reader.ReadLine() is { } line)
        {
            row++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            foreach (var result in ReadWideRow(headers, SplitCsv(line), row))
            {
                yield return result;
            }
        }

        if (row == 1)
        {
            foreach (var result in ReadWideRow(headers, null, 1))
            {
                yield return result;
            }
        }
    }

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

                if (headers is null || positions is null)
                {
                    var present = cells.Cells.Where(c => CellText(c.Value).Length > 0).ToList();
                    positions = present.Select(c => c.Column).ToList();
                    headers = present.Select(c => CellText(c.Value)).ToList();
                    continue;
                }

                if (cells.IsBlank)
                {
                    continue;
                }

                var byColumn = cells.Cells.ToDictionary(c => c.Column, c => c.Value);
                var values = positions.Select(p => byColumn.TryGetValue(p, out var v) ? CellValue(v) : "").ToList();
                any = true;
                foreach (var result in ReadWideRow(headers, values, cells.Number))
                {
                    yield return result;
                }
            }

            if (!any)
            {
                foreach (var result in ReadWideRow(headers ?? [], null, 1))
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

    private sealed record Column(int Index, string Header, string Parameter, string Unit);

    /// <summary>Turns one wide row into canonical rows with the spreadsheet's row and column in every error.</summary>
    private static IEnumerable<ObservationRow> ReadWideRow(List<string> headers, List<string>? cells, int row)
    {
        var errors = new List<CsvError>();
        var stationIndex = headers.FindIndex(h => h.Trim().Equals("station", StringComparison.OrdinalIgnoreCase) || h.Trim().Equals("trạm", StringComparison.OrdinalIgnoreCase));
        var timeIndex = headers.FindIndex(h => h.Trim().Equals("time", StringComparison.OrdinalIgnoreCase) || h.Trim().Equals("thời gian", StringComparison.OrdinalIgnoreCase));
        if (stationIndex < 0)
        {
            errors.Add(new CsvError(1, "station", new(
                "Dòng tiêu đề không có cột 'station'; tệp phải ở dạng dài (station,time,parameter,value,unit,qualifier) hoặc dạng bảng (station,time,<thông số>…).",
                "the header has no 'station' column; expected the long layout (station,time,parameter,value,unit,qualifier) or a wide one (station,time,<parameter>…)")));
        }

        if (timeIndex < 0)
        {
            errors.Add(new CsvError(1, "time", new("Dòng tiêu đề không có cột 'time'.", "the header has no 'time' column")));
        }

        var columns = new List<Column>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (i == stationIndex || i == timeIndex || headers[i].Trim().Length == 0 || s_ignored.Contains(headers[i].Trim().ToLowerInvariant()))
            {
                continue;
            }

            var (code, unit) = SplitHeader(headers[i]);
            if (WaterParameters.Find(code) is not { } parameter)
            {
                errors.Add(new CsvError(1, headers[i], new(
                    $"Cột '{headers[i]}' không phải một thông số có trong danh mục.",
                    $"unknown parameter column '{headers[i]}'")));
                continue;
            }

            if (columns.FirstOrDefault(c => c.Parameter == parameter.Code) is { } earlier)
            {
                errors.Add(new CsvError(1, headers[i].Trim(), new(
                    $"Thông số {parameter.Code} có hai cột: \"{earlier.Header}\" (cột {earlier.Index + 1}) và \"{headers[i].Trim()}\" (cột {i + 1}).",
                    $"the parameter {parameter.Code} has two columns: '{earlier.Header}' (column {earlier.Index + 1}) and '{headers[i].Trim()}' (column {i + 1})")));
                continue;
            }

            columns.Add(new Column(i, headers[i].Trim(), parameter.Code, unit ?? parameter.CanonicalUnit));
        }

        if (errors.Count > 0 || cells is null)
        {
            if (errors.Count == 0)
            {
                errors.Add(new CsvError(1, null, NoDataRows));
            }

            // Header errors are reported once, with the first row, and end the reading like ObservationCsv does.
            if (row <= 2)
            {
                yield return new ObservationRow(1, 1, null, errors, null, null);
            }

            yield break;
        }

        string Cell(int index) => index < cells.Count ? cells[index].Trim() : "";
        var station = Cell(stationIndex);
        var time = NormaliseTime(Cell(timeIndex));
        var canonical = new StringBuilder(ObservationCsv.Header).Append('\n');
        var used = new List<Column>();
        foreach (var column in columns)
        {
            var text = Cell(column.Index);
            if (text.Length == 0)
            {
                continue;
            }

            var qualifier = text[0] is '<' or '>' ? text[..1] : "";
            var value = text[qualifier.Length..].Trim();
            canonical.Append(Quote(station)).Append(',').Append(Quote(time)).Append(',').Append(column.Parameter).Append(',')
                .Append(Quote(value)).Append(',').Append(Quote(column.Unit)).Append(',').Append(qualifier).Append('\n');
            used.Add(column);
        }

        if (used.Count == 0)
        {
            yield return new ObservationRow(row, row, null, [new CsvError(row, null, new("Dòng không có giá trị ở cột thông số nào.", "the row has no value in any parameter column"))], station, null);
            yield break;
        }

        foreach (var result in ObservationCsv.Read(new StringReader(canonical.ToString())))
        {
            var column = result.Row >= 2 && result.Row - 2 < used.Count ? used[result.Row - 2] : null;
            var mapped = result.Errors.Select(e => new CsvError(row, e.Column switch
            {
                ObservationCsv.StationColumn => headers[stationIndex].Trim(),
                ObservationCsv.TimeColumn => headers[timeIndex].Trim(),
                null => column?.Header,
                _ => column?.Header ?? e.Column,
            }, column is null || e.Column is ObservationCsv.StationColumn or ObservationCsv.TimeColumn
                ? e.Reason
                : new Bilingual($"{column.Header}: {e.Reason.Vi}", $"{column.Header}: {e.Reason.En}"))).ToList();
            yield return result with { Row = row, Line = row, Errors = mapped };
        }
    }

    private static (string Code, string? Unit) SplitHeader(string header)
    {
        var text = header.Trim();
        var open = text.IndexOfAny(['(', '[']);
        if (open > 0 && text[^1] is ')' or ']')
        {
            return (text[..open].Trim(), text[(open + 1)..^1].Trim());
        }

        return (text, null);
    }

    /// <summary>Spreadsheet times: ISO with or without offset, or dd/MM/yyyy HH:mm; without offset, Việt Nam time.</summary>
    private static string NormaliseTime(string text)
    {
        if (DateTime.TryParseExact(text, ["dd/MM/yyyy HH:mm", "dd/MM/yyyy H:mm", "dd/MM/yyyy HH:mm:ss", "d/M/yyyy H:mm", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+07:00";
        }

        var hasOffset = text.Length > 10 && (text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > 10);
        if (!hasOffset && text.Length >= 16)
        {
            return text + "+07:00";
        }

        return text.Length == 10 ? text + "T00:00:00+07:00" : text;
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    internal static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>A reader that gives back a line already read, then the rest.</summary>
    private sealed class PrefixedReader(string prefix, TextReader rest) : TextReader
    {
        private int _position;

        public override int Read()
        {
            if (_position < prefix.Length)
            {
                return prefix[_position++];
            }

            return rest.Read();
        }

        public override int Read(char[] buffer, int index, int count)
        {
            if (_position < prefix.Length)
            {
                var n = Math.Min(count, prefix.Length - _position);
                prefix.CopyTo(_position, buffer, index, n);
                _position += n;
                return n;
            }

            return rest.Read(buffer, index, count);
        }

        public override int Read(Span<char> buffer)
        {
            if (_position < prefix.Length)
            {
                var n = Math.Min(buffer.Length, prefix.Length - _position);
                prefix.AsSpan(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            return rest.Read(buffer);
        }

        public override int Peek() => _position < prefix.Length ? prefix[_position] : rest.Peek();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                rest.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
