using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water;

/// <summary>
/// Reads the canonical observation exchange file of docs/DESIGN.md:
/// <c>station,time,parameter,value,unit,qualifier</c>, UTF-8, a header row, one value per row.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Streaming: rows are produced one by one while the reader is read, holding one record in
/// memory, so files of any length take constant memory.</item>
/// <item>Header: the six names, in any order, case and surrounding spaces ignored; every one is
/// required; other columns are allowed and ignored (a spreadsheet's "note" column does no harm).
/// A header error is reported on row 1 and ends the reading: no column can be trusted.</item>
/// <item>Fields are trimmed of surrounding spaces before parsing; quoting follows RFC 4180.</item>
/// <item>time: ISO 8601 date and time with a UTC offset ("2024-03-15T08:30:00+07:00", "…Z");
/// seconds and fractions are optional; a space may replace the "T". Without an offset the instant is
/// unknown, so the row is rejected.</item>
/// <item>value: invariant culture: "." decimal separator, no thousands separator, optional exponent.
/// Converted to the parameter's canonical unit with the exact factors of <see cref="WaterUnits"/>.</item>
/// <item>qualifier: empty, "&lt;" (below detection limit; value is the limit) or "&gt;".</item>
/// <item>Blank records are skipped (they still count as rows). Malformed quoting is an error of the
/// row; an unclosed quote or a record over <see cref="MaxRecordLength"/> characters ends the reading
/// with an error, since no later row could be placed reliably.</item>
/// </list>
/// </remarks>
public static partial class ObservationCsv
{
    public const string Header = "station,time,parameter,value,unit,qualifier";

    public const string StationColumn = "station", TimeColumn = "time", ParameterColumn = "parameter",
        ValueColumn = "value", UnitColumn = "unit", QualifierColumn = "qualifier";

    /// <summary>The longest record accepted; a well-formed row is far shorter.</summary>
    public const int MaxRecordLength = 65_536;

    public static IReadOnlyList<string> Columns { get; } =
        [StationColumn, TimeColumn, ParameterColumn, ValueColumn, UnitColumn, QualifierColumn];

    /// <summary>Reads rows lazily from <paramref name="reader"/>; enumerate once.</summary>
    public static IEnumerable<ObservationRow> Read(TextReader reader)
    {
        return ReadRows(reader);
    }

    private static IEnumerable<ObservationRow> ReadRows(TextReader reader)
    {
        var records = new CsvRecordReader(reader, MaxRecordLength);
        var header = records.Next();
        if (header is null || header.IsBlank)
        {
            yield return new ObservationRow(1, 1, null, [new CsvError(1, null, new($"Tệp không có dòng tiêu đề; dòng tiêu đề phải là {Header}.", $"the file has no header; expected {Header}"))], null, null);
            yield break;
        }

        var (positions, headerErrors) = ReadHeader(header);
        if (headerErrors.Count > 0)
        {
            yield return new ObservationRow(1, header.Line, null, headerErrors, null, null);
            yield break;
        }

        var row = 1;
        var cache = new RowCache();
        while (records.Next() is { } record)
        {
            row++;
            if (record.IsBlank)
            {
                continue;
            }

            yield return ParseRow(row, record, positions, header.Fields.Count, cache);
            if (record.Fatal)
            {
                yield break;
            }
        }
    }

    private static (int[] Positions, List<CsvError> Errors) ReadHeader(CsvRecord header)
    {
        var errors = new List<CsvError>();
        if (header.Error is not null)
        {
            errors.Add(new CsvError(1, null, header.Error));
        }

        var positions = new int[Columns.Count];
        Array.Fill(positions, -1);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            var known = Columns.ToList().FindIndex(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (known < 0)
            {
                continue; // extra columns are allowed and ignored
            }

            if (positions[known] >= 0)
            {
                errors.Add(new CsvError(1, Columns[known], new(
                    $"Cột xuất hiện hai lần trong dòng tiêu đề (trường thứ {positions[known] + 1} và {i + 1}).",
                    $"column appears twice in the header (fields {positions[known] + 1} and {i + 1})")));
                continue;
            }

            positions[known] = i;
        }

        for (var k = 0; k < Columns.Count; k++)
        {
            if (positions[k] < 0)
            {
                errors.Add(new CsvError(1, Columns[k], new(
                    $"Dòng tiêu đề thiếu cột bắt buộc này; dòng tiêu đề phải là {Header}.",
                    $"required column is missing from the header; expected {Header}")));
            }
        }

        return (positions, errors);
    }
}
