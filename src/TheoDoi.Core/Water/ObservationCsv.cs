using System.Globalization;
using System.Text.RegularExpressions;
using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water;

/// <summary>One measured value at a station and time, as read from the canonical exchange file.</summary>
/// <param name="Value">The value as written, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit as written (trimmed).</param>
/// <param name="CanonicalValue"><paramref name="Value"/> converted to the parameter's canonical unit.</param>
public sealed record Observation(
    string Station,
    DateTimeOffset Time,
    string Parameter,
    decimal Value,
    string Unit,
    Qualifier Qualifier,
    decimal CanonicalValue,
    string CanonicalUnit)
{
    /// <summary>The observation as VN_WQI and QCVN 08 take it: canonical code, canonical unit.</summary>
    public Measurement ToMeasurement() => new(Parameter, CanonicalValue, Qualifier);
}

/// <summary>
/// A rejected part of an input file. Rows count records with the header as row 1. The reason is
/// written in both languages at every site, so a Vietnamese clerk never reads an English refusal:
/// pages show <c>Reason.Pick()</c>, logs, the CLI and error files <c>Reason.En</c>.
/// </summary>
/// <param name="Column">The column's header name as written in the file, or null when the whole record is at fault.</param>
public sealed record CsvError(int Row, string? Column, Bilingual Reason)
{
    /// <summary>English, for logs and the command line.</summary>
    public override string ToString() =>
        Column is null ? $"row {Row}: {Reason.En}" : $"row {Row}, column {Column}: {Reason.En}";
}

/// <summary>
/// One data record of the exchange file: either an <see cref="Observation"/> or its errors (all of
/// them, not only the first). <see cref="Station"/> and <see cref="Time"/> are filled whenever those
/// two fields were valid, also on a rejected row, so a caller can tell which sample the row belonged to.
/// </summary>
/// <param name="Row">Record number, header = 1; blank records count, so it matches a spreadsheet's row number.</param>
/// <param name="Line">Physical line the record starts on (differs from Row after quoted line breaks).</param>
public sealed record ObservationRow(int Row, int Line, Observation? Observation, IReadOnlyList<CsvError> Errors, string? Station, DateTimeOffset? Time)
{
    public bool IsValid => Observation is not null;
}

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
        ArgumentNullException.ThrowIfNull(reader);
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

    /// <summary>
    /// What consecutive rows repeat: a sample's rows share their time, and a file uses a few
    /// parameter/unit pairs. Both parses are pure, so reusing the last result changes nothing but
    /// the speed (the time parse is the most expensive step of a row).
    /// </summary>
    private sealed class RowCache
    {
        private readonly Dictionary<(string Parameter, string Unit), UnitConversion> _conversions = [];
        private string? _timeText;
        private DateTimeOffset _time;
        private Bilingual? _timeError;

        public DateTimeOffset Time(string text, out Bilingual? error)
        {
            if (!string.Equals(text, _timeText, StringComparison.Ordinal))
            {
                _time = ParseTime(text, out _timeError);
                _timeText = text;
            }

            error = _timeError;
            return _time;
        }

        public UnitConversion Conversion(WaterParameter parameter, string unit)
        {
            if (!_conversions.TryGetValue((parameter.Code, unit), out var conversion))
            {
                conversion = WaterUnits.ToCanonical(parameter, unit);
                _conversions[(parameter.Code, unit)] = conversion;
            }

            return conversion;
        }
    }

    private static ObservationRow ParseRow(int row, CsvRecord record, int[] positions, int headerWidth, RowCache cache)
    {
        if (record.Error is not null)
        {
            return new ObservationRow(row, record.Line, null, [new CsvError(row, null, record.Error)], null, null);
        }

        if (record.Fields.Count != headerWidth)
        {
            return new ObservationRow(row, record.Line, null,
                [new CsvError(row, null, new(
                    $"Dòng có {record.Fields.Count} trường, trong khi dòng tiêu đề có {headerWidth} trường.",
                    $"expected {headerWidth} fields as in the header, found {record.Fields.Count}"))], null, null);
        }

        string Field(int column) => record.Fields[positions[column]].Trim();
        var errors = new List<CsvError>();
        void Error(string column, Bilingual reason) => errors.Add(new CsvError(row, column, reason));

        var station = Texts.SpreadsheetText.Restore(Field(0))!; // our own CSV export writes "'=1+2" for "=1+2"
        if (station.Length == 0)
        {
            Error(StationColumn, new("Mã trạm để trống.", "station is empty"));
        }

        var time = cache.Time(Field(1), out var timeError);
        if (timeError is not null)
        {
            Error(TimeColumn, timeError);
        }

        var parameterText = Field(2);
        var parameter = WaterParameters.Find(parameterText);
        if (parameter is null)
        {
            Error(ParameterColumn, parameterText.Length == 0
                ? new("Thông số để trống.", "parameter is empty")
                : new($"Thông số '{parameterText}' không có trong danh mục thông số.", $"unknown parameter '{parameterText}'"));
        }

        var value = ParseValue(Field(3), out var valueError);
        if (valueError is not null)
        {
            Error(ValueColumn, valueError);
        }

        var unit = Field(4);
        UnitConversion? conversion = null;
        if (parameter is not null)
        {
            conversion = cache.Conversion(parameter, unit);
            if (!conversion.IsConvertible)
            {
                Error(UnitColumn, conversion.Reason!);
            }
        }

        var qualifierText = Field(5);
        if (!Measurement.TryParseQualifier(qualifierText, out var qualifier))
        {
            Error(QualifierColumn, new(
                $"Cột qualifier chỉ được để trống, ghi '<' hoặc '>', không được ghi '{qualifierText}'.",
                $"qualifier must be empty, '<' or '>', not '{qualifierText}'"));
        }

        decimal canonicalValue = 0;
        if (parameter is not null && conversion is { IsConvertible: true } && valueError is null)
        {
            canonicalValue = conversion.Apply(value);
            if (parameter.CheckValue(canonicalValue) is { } impossible)
            {
                Error(ValueColumn, impossible);
            }
        }

        var knownStation = station.Length > 0 ? station : null;
        var knownTime = timeError is null ? time : (DateTimeOffset?)null;
        if (errors.Count > 0)
        {
            return new ObservationRow(row, record.Line, null, errors, knownStation, knownTime);
        }

        var observation = new Observation(station, time, parameter!.Code, value, unit, qualifier, canonicalValue, conversion!.CanonicalUnit);
        return new ObservationRow(row, record.Line, observation, [], station, time);
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?:[Tt ](?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d{1,7}))?)?)?(?<off>[Zz]|[+-]\d{2}(?::?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();

    private const string TimeExample = "e.g. 2024-03-15T08:30:00+07:00", TimeExampleVi = "ví dụ 2024-03-15T08:30:00+07:00";

    /// <summary>ISO 8601 with a required offset; the error tells a malformed text, a missing offset and an impossible date apart.</summary>
    internal static DateTimeOffset ParseTime(string text, out Bilingual? error)
    {
        error = null;
        if (text.Length == 0)
        {
            error = new($"Thời gian để trống; hãy ghi theo ISO 8601 có độ lệch múi giờ, {TimeExampleVi}.", $"time is empty; expected ISO 8601 with a UTC offset, {TimeExample}");
            return default;
        }

        var match = IsoDateTime().Match(text);
        if (!match.Success)
        {
            error = new($"'{text}' không phải ngày giờ theo ISO 8601; hãy ghi như {TimeExampleVi}.", $"'{text}' is not an ISO 8601 date and time; expected {TimeExample}");
            return default;
        }

        if (!match.Groups["h"].Success)
        {
            error = new($"'{text}' thiếu giờ trong ngày; hãy ghi như {TimeExampleVi}.", $"'{text}' has no time of day; expected {TimeExample}");
            return default;
        }

        if (!match.Groups["off"].Success)
        {
            error = new($"'{text}' không có độ lệch múi giờ; thêm +07:00 nếu là giờ Việt Nam hoặc Z nếu là giờ UTC.", $"'{text}' has no UTC offset; add +07:00 for Việt Nam time or Z for UTC");
            return default;
        }

        static int Int(Group g) => g.Success ? int.Parse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        var (year, month, day) = (Int(match.Groups["y"]), Int(match.Groups["mo"]), Int(match.Groups["d"]));
        var (hour, minute, second) = (Int(match.Groups["h"]), Int(match.Groups["mi"]), Int(match.Groups["s"]));
        var fraction = match.Groups["f"].Success ? int.Parse(match.Groups["f"].Value.PadRight(7, '0'), CultureInfo.InvariantCulture) : 0;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            error = new($"'{text}' không phải ngày giờ có thật.", $"'{text}' is an impossible date or time");
            return default;
        }

        var offsetText = match.Groups["off"].Value;
        var offset = TimeSpan.Zero;
        if (offsetText is not ("Z" or "z"))
        {
            var digits = offsetText[1..].Replace(":", "", StringComparison.Ordinal);
            var offsetHours = int.Parse(digits.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            var offsetMinutes = digits.Length > 2 ? int.Parse(digits.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture) : 0;
            if (offsetHours > 14 || offsetMinutes > 59 || (offsetHours == 14 && offsetMinutes > 0))
            {
                error = new($"'{text}' có độ lệch múi giờ không hợp lệ '{offsetText}'.", $"'{text}' has an impossible UTC offset '{offsetText}'");
                return default;
            }

            offset = new TimeSpan(offsetHours, offsetMinutes, 0) * (offsetText[0] == '-' ? -1 : 1);
        }

        try
        {
            var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fraction);
            return new DateTimeOffset(local, offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            error = new($"'{text}' nằm ngoài khoảng ngày tháng được hỗ trợ.", $"'{text}' lies outside the supported range of dates");
            return default;
        }
    }

    internal static decimal ParseValue(string text, out Bilingual? error)
    {
        error = null;
        if (text.Length == 0)
        {
            error = new("Giá trị để trống.", "value is empty");
            return 0;
        }

        if (text[0] is '<' or '>')
        {
            error = new($"'{text}': ghi '{text[0]}' vào cột qualifier và chỉ ghi con số vào cột value.", $"'{text}': put '{text[0]}' in the qualifier column and the number alone in value");
            return 0;
        }

        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (!decimal.TryParse(text, style, CultureInfo.InvariantCulture, out var value))
        {
            error = new($"'{text}' không phải là số; dùng dấu chấm '.' làm dấu thập phân và không dùng dấu phân cách hàng nghìn.", $"'{text}' is not a number; use '.' as the decimal separator and no thousands separator");
            return 0;
        }

        return value;
    }
}
