using System.Globalization;
using System.Text;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Water;

namespace TheoDoi.Water;

/// <summary>
/// The wide layout (one row per sample, one column per parameter), from CSV lines or from the XLSX
/// reader's cells: the header is checked, then each row is rewritten as canonical long rows and read by
/// Core's <c>ObservationCsv</c>, so both layouts obey the same rules, with the errors mapped back to the
/// spreadsheet's row and column names.
/// </summary>
public static partial class ObservationFile
{
    private static readonly string[] s_ignored = ["note", "ghi chú", "ghi chu", "ghi_chu", "comment", "notes"];

    /// <summary>The data rows of a wide CSV after its header (already read and split), as records of Core's CSV reader.</summary>
    private static IEnumerable<ObservationRow> ReadWideCsv(WideHeader header, TextReader reader)
    {
        var records = new CsvRecordReader(reader, ObservationCsv.MaxRecordLength);
        var row = 1;
        while (records.Next() is { } record)
        {
            row++;
            if (record.IsBlank)
            {
                continue;
            }

            IEnumerable<ObservationRow> results = record.Error is { } error
                ? [new ObservationRow(row, record.Line + 1, null, [new CsvError(row, null, error)], null, null)]
                : ReadWideRow(header, record.Fields, row);
            foreach (var result in results)
            {
                yield return result;
            }

            if (record.Fatal)
            {
                yield break;
            }
        }

        if (row == 1)
        {
            foreach (var result in ReadWideRow(header, null, 1))
            {
                yield return result;
            }
        }
    }

    private sealed record Column(int Index, string Header, string Parameter, string Unit);

    /// <summary>A wide header read once: where the station and time are, the parameter columns, and what is wrong with it.</summary>
    private sealed record WideHeader(IReadOnlyList<string> Names, int Station, int Time, List<Column> Columns, List<CsvError> Errors)
    {
        public static WideHeader Read(IReadOnlyList<string> headers)
        {
            var errors = new List<CsvError>();
            var names = headers.ToList();
            var stationIndex = names.FindIndex(h => h.Trim().Equals("station", StringComparison.OrdinalIgnoreCase) || h.Trim().Equals("trạm", StringComparison.OrdinalIgnoreCase));
            var timeIndex = names.FindIndex(h => h.Trim().Equals("time", StringComparison.OrdinalIgnoreCase) || h.Trim().Equals("thời gian", StringComparison.OrdinalIgnoreCase));
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

            return new WideHeader(headers, stationIndex, timeIndex, columns, errors);
        }
    }

    /// <summary>Turns one wide row into canonical rows with the spreadsheet's row and column in every error.</summary>
    private static IEnumerable<ObservationRow> ReadWideRow(WideHeader header, IReadOnlyList<string>? cells, int row)
    {
        var errors = header.Errors.ToList();
        var (headers, stationIndex, timeIndex, columns) = (header.Names, header.Station, header.Time, header.Columns);
        if (errors.Count > 0 || cells is null)
        {
            if (errors.Count == 0)
            {
                errors.Add(new CsvError(1, null, s_noDataRows));
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
}
