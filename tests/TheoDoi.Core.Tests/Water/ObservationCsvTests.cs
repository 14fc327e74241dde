using TheoDoi.Core.Water;

namespace TheoDoi.Core.Tests.Water;

/// <summary>The canonical observation exchange file (docs/DESIGN.md): parsing, quoting and every rejection.</summary>
public sealed class ObservationCsvTests
{
    private const string Header = "station,time,parameter,value,unit,qualifier\n";

    private static List<ObservationRow> Read(string text) => [.. ObservationCsv.Read(new StringReader(text))];

    [Fact]
    public void A_valid_file_gives_one_observation_per_row_in_canonical_units()
    {
        var rows = Read(
            Header +
            "SG-01,2024-03-15T08:30:00+07:00,pH,7.2,,\n" +
            "SG-01,2024-03-15T08:30:00+07:00,As,20,µg/L,\n" +
            "SG-01,2024-03-15T08:30:00+07:00,Cd,0.002,mg/L,<\n" +
            "SG-01,2024-03-15T08:30:00+07:00,coliform,24000,CFU/100mL,>\n" +
            "SG-01,2024-03-15T08:30:00+07:00,temp,27.5,°C,\n");

        Assert.All(rows, r => Assert.True(r.IsValid, string.Join("; ", r.Errors)));
        Assert.Equal([2, 3, 4, 5, 6], rows.Select(r => r.Row));
        var arsenic = rows[1].Observation!;
        Assert.Equal("SG-01", arsenic.Station);
        Assert.Equal(new DateTimeOffset(2024, 3, 15, 8, 30, 0, TimeSpan.FromHours(7)), arsenic.Time);
        Assert.Equal(TimeSpan.FromHours(7), arsenic.Time.Offset);
        Assert.Equal("As", arsenic.Parameter);
        Assert.Equal(20m, arsenic.Value);
        Assert.Equal("µg/L", arsenic.Unit);
        Assert.Equal(0.02m, arsenic.CanonicalValue);
        Assert.Equal("mg/L", arsenic.CanonicalUnit);
        Assert.Equal(new Measurement("As", 0.02m), arsenic.ToMeasurement());
        Assert.Equal(Qualifier.LessThan, rows[2].Observation!.Qualifier);
        Assert.Equal(Qualifier.GreaterThan, rows[3].Observation!.Qualifier);
        Assert.Equal("MPN/100mL", rows[3].Observation!.CanonicalUnit);
    }

    public static TheoryData<string, string?, string> RowErrors => new()
    {
        // bad number
        { "S1,2024-03-15T08:30:00+07:00,BOD5,1,5,mg/L,", null, "expected 6 fields as in the header, found 7" },
        { "S1,2024-03-15T08:30:00+07:00,BOD5,\"1,5\",mg/L,", "value", "'1,5' is not a number; use '.' as the decimal separator and no thousands separator" },
        { "S1,2024-03-15T08:30:00+07:00,BOD5,abc,mg/L,", "value", "'abc' is not a number; use '.' as the decimal separator and no thousands separator" },
        { "S1,2024-03-15T08:30:00+07:00,BOD5,1 000,mg/L,", "value", "'1 000' is not a number; use '.' as the decimal separator and no thousands separator" },
        { "S1,2024-03-15T08:30:00+07:00,BOD5,,mg/L,", "value", "value is empty" },
        { "S1,2024-03-15T08:30:00+07:00,As,<0.01,mg/L,", "value", "'<0.01': put '<' in the qualifier column and the number alone in value" },
        { "S1,2024-03-15T08:30:00+07:00,BOD5,-2,mg/L,", "value", "BOD5 cannot be negative" },
        { "S1,2024-03-15T08:30:00+07:00,pH,15,,", "value", "pH must lie between 0 and 14" },
        // impossible dates and missing offsets
        { "S1,2024-02-30T08:30:00+07:00,BOD5,4,mg/L,", "time", "'2024-02-30T08:30:00+07:00' is an impossible date or time" },
        { "S1,2023-02-29T08:30:00+07:00,BOD5,4,mg/L,", "time", "'2023-02-29T08:30:00+07:00' is an impossible date or time" },
        { "S1,2024-03-15T24:00:00+07:00,BOD5,4,mg/L,", "time", "'2024-03-15T24:00:00+07:00' is an impossible date or time" },
        { "S1,2024-13-01T08:00:00+07:00,BOD5,4,mg/L,", "time", "'2024-13-01T08:00:00+07:00' is an impossible date or time" },
        { "S1,2024-03-15T08:30:00+15:00,BOD5,4,mg/L,", "time", "'2024-03-15T08:30:00+15:00' has an impossible UTC offset '+15:00'" },
        { "S1,2024-03-15T08:30:00,BOD5,4,mg/L,", "time", "'2024-03-15T08:30:00' has no UTC offset; add +07:00 for Việt Nam time or Z for UTC" },
        { "S1,2024-03-15,BOD5,4,mg/L,", "time", "'2024-03-15' has no time of day; expected e.g. 2024-03-15T08:30:00+07:00" },
        { "S1,15/03/2024 08:30,BOD5,4,mg/L,", "time", "'15/03/2024 08:30' is not an ISO 8601 date and time; expected e.g. 2024-03-15T08:30:00+07:00" },
        { "S1,,BOD5,4,mg/L,", "time", "time is empty; expected ISO 8601 with a UTC offset, e.g. 2024-03-15T08:30:00+07:00" },
        // unknown parameter, empty station
        { "S1,2024-03-15T08:30:00+07:00,NH4,0.1,mg/L,", "parameter", "unknown parameter 'NH4'" },
        { "S1,2024-03-15T08:30:00+07:00,,0.1,mg/L,", "parameter", "parameter is empty" },
        { ",2024-03-15T08:30:00+07:00,BOD5,4,mg/L,", "station", "station is empty" },
        // units that do not match or cannot be converted
        { "S1,2024-03-15T08:30:00+07:00,coliform,100,mg/L,", "unit", "unit 'mg/L' does not measure coliform, which is measured in MPN/100mL or CFU/100mL" },
        { "S1,2024-03-15T08:30:00+07:00,BOD5,4,,", "unit", "unit is missing; BOD5 is measured in mg/L" },
        { "S1,2024-03-15T08:30:00+07:00,temp,80,°F,", "unit", "temperature must be in °C; '°F' needs an offset, not a factor" },
        { "S1,2024-03-15T08:30:00+07:00,As,4,ppm,", "unit", "unknown unit 'ppm'; As is measured in mg/L (or another mass per volume: g/L, mg/L, µg/L, ng/L)" },
        // bad qualifier
        { "S1,2024-03-15T08:30:00+07:00,As,0.01,mg/L,<=", "qualifier", "qualifier must be empty, '<' or '>', not '<='" },
        { "S1,2024-03-15T08:30:00+07:00,As,0.01,mg/L,ND", "qualifier", "qualifier must be empty, '<' or '>', not 'ND'" },
        // wrong column count
        { "S1,2024-03-15T08:30:00+07:00,As,0.01,mg/L", null, "expected 6 fields as in the header, found 5" },
        // malformed quoting
        { "S1,2024-03-15T08:30:00+07:00,As,0.01,mg/L,a\"b", null, "a quote inside unquoted field 6 (quote the whole field and double the quote)" },
        { "\"S1\"x,2024-03-15T08:30:00+07:00,As,0.01,mg/L,", null, "text after the closing quote of field 1" },
    };

    [Theory]
    [MemberData(nameof(RowErrors))]
    public void Each_rejection_names_the_row_the_column_and_the_reason(string line, string? column, string reason)
    {
        var rows = Read(Header + "S0,2024-03-15T08:30:00+07:00,pH,7,,\n" + line + "\n");

        Assert.True(rows[0].IsValid);
        var rejected = rows[1];
        Assert.False(rejected.IsValid);
        Assert.Null(rejected.Observation);
        var error = Assert.Single(rejected.Errors);
        Assert.Equal(3, error.Row);
        Assert.Equal(column, error.Column);
        Assert.Equal(reason, error.Reason.En);
    }

    [Fact]
    public void Every_error_of_a_row_is_reported_in_column_order()
    {
        var row = Assert.Single(Read(Header + ",2024-03-15T08:30,XX,1;5,mg/L,?\n"));

        Assert.Equal(
            [
                "row 2, column station: station is empty",
                "row 2, column time: '2024-03-15T08:30' has no UTC offset; add +07:00 for Việt Nam time or Z for UTC",
                "row 2, column parameter: unknown parameter 'XX'",
                "row 2, column value: '1;5' is not a number; use '.' as the decimal separator and no thousands separator",
                "row 2, column qualifier: qualifier must be empty, '<' or '>', not '?'",
            ],
            row.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_rejected_row_still_tells_its_station_and_time_when_those_are_valid()
    {
        var rows = Read(Header + "S1,2024-03-15T08:30:00+07:00,BOD5,x,mg/L,\nS1,bad,BOD5,4,mg/L,\n");

        Assert.Equal("S1", rows[0].Station);
        Assert.Equal(new DateTimeOffset(2024, 3, 15, 1, 30, 0, TimeSpan.Zero), rows[0].Time);
        Assert.Equal("S1", rows[1].Station);
        Assert.Null(rows[1].Time);
    }

    public static TheoryData<string, DateTimeOffset> Times => new()
    {
        { "2024-03-15T08:30:00+07:00", new(2024, 3, 15, 8, 30, 0, TimeSpan.FromHours(7)) },
        { "2024-03-15T08:30+07:00", new(2024, 3, 15, 8, 30, 0, TimeSpan.FromHours(7)) },
        { "2024-03-15 08:30:00+0700", new(2024, 3, 15, 8, 30, 0, TimeSpan.FromHours(7)) },
        { "2024-03-15T01:30:00Z", new(2024, 3, 15, 1, 30, 0, TimeSpan.Zero) },
        { "2024-03-15T08:30:00.25+07", new DateTimeOffset(2024, 3, 15, 8, 30, 0, TimeSpan.FromHours(7)).AddMilliseconds(250) },
        { "2024-02-29T23:59:59-05:30", new(2024, 2, 29, 23, 59, 59, new TimeSpan(-5, -30, 0)) },
    };

    [Theory]
    [MemberData(nameof(Times))]
    public void Times_are_ISO_8601_with_an_offset(string text, DateTimeOffset expected)
    {
        var row = Assert.Single(Read(Header + $"S1,{text},pH,7,,\n"));

        Assert.True(row.IsValid, string.Join("; ", row.Errors));
        Assert.Equal(expected, row.Observation!.Time);
        Assert.Equal(expected.Offset, row.Observation.Time.Offset);
    }

    [Theory]
    [InlineData("7.25", "7.25")]
    [InlineData("+7", "7")]
    [InlineData("1E-3", "0.001")]
    [InlineData(" 0.5 ", "0.5")]
    [InlineData(".5", "0.5")]
    public void Numbers_use_the_invariant_culture(string text, string expected)
    {
        var row = Assert.Single(Read(Header + $"S1,2024-03-15T08:30:00+07:00,BOD5,{text},mg/L,\n"));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), row.Observation!.Value);
    }

    [Fact]
    public void Quoted_fields_may_hold_commas_quotes_and_line_breaks_and_rows_count_records()
    {
        var rows = Read(
            Header +
            "\"Cầu \"\"Sài Gòn\"\", bờ trái\",2024-03-15T08:30:00+07:00,pH,7,\"\",\"\"\n" +
            "\"Sông\nĐồng Nai\",2024-03-15T08:30:00+07:00,pH,7,,\n" +
            "S3,2024-03-15T08:30:00+07:00,pH,x,,\n");

        Assert.Equal("Cầu \"Sài Gòn\", bờ trái", rows[0].Observation!.Station);
        Assert.Equal("Sông\nĐồng Nai", rows[1].Observation!.Station);
        Assert.Equal((4, 4), (rows[2].Row, rows[2].Line - 1)); // record 4 starts on line 5
        Assert.Equal(4, rows[2].Errors[0].Row);
    }

    [Fact]
    public void Header_columns_may_come_in_any_order_with_extra_columns_ignored()
    {
        var rows = Read(
            " Unit ,QUALIFIER,note,value,parameter,time,station\r\n" +
            "µg/L,<,lab 2,0.05,aldrin,2024-03-15T08:30:00+07:00,S1\r\n");

        var observation = Assert.Single(rows).Observation!;
        Assert.Equal(("S1", "aldrin", 0.05m, Qualifier.LessThan), (observation.Station, observation.Parameter, observation.Value, observation.Qualifier));
    }

    [Fact]
    public void Blank_lines_CRLF_and_a_byte_order_mark_are_handled()
    {
        var rows = Read("\uFEFF" + Header.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\nS1,2024-03-15T08:30:00+07:00,pH,7,,\r\n   \r\nS1,2024-03-15T08:30:00+07:00,BOD5,x,mg/L,");

        Assert.Equal([3, 5], rows.Select(r => r.Row));
        Assert.True(rows[0].IsValid);
        Assert.Equal(5, rows[1].Errors[0].Row);
    }

    public static TheoryData<string, string?, string> HeaderErrors => new()
    {
        { "\n", null, "the file has no header; expected station,time,parameter,value,unit,qualifier" },
        { "station,time,parameter,value,unit\n", "qualifier", "required column is missing from the header; expected station,time,parameter,value,unit,qualifier" },
        { "station,time,parameter,value,unit,qualifier,Value\n", "value", "column appears twice in the header (fields 4 and 7)" },
    };

    [Theory]
    [MemberData(nameof(HeaderErrors))]
    public void A_bad_header_is_reported_on_row_1_and_ends_the_reading(string header, string? column, string reason)
    {
        var rows = Read(header + "S1,2024-03-15T08:30:00+07:00,pH,7,,\n");

        var row = Assert.Single(rows);
        var error = Assert.Single(row.Errors);
        Assert.Equal((1, column, reason), (error.Row, error.Column, error.Reason.En));
    }

    [Fact]
    public void An_empty_file_has_no_header()
    {
        Assert.Equal("row 1: the file has no header; expected station,time,parameter,value,unit,qualifier", Assert.Single(Assert.Single(Read("")).Errors).ToString());
    }

    [Fact]
    public void A_header_alone_gives_no_rows()
    {
        Assert.Empty(Read(Header));
    }

    [Fact]
    public void An_unclosed_quote_ends_the_reading_with_an_error()
    {
        var rows = Read(Header + "S1,2024-03-15T08:30:00+07:00,pH,7,,\n\"S2,2024-03-15T08:30:00+07:00,pH,7,,\nS3,2024-03-15T08:30:00+07:00,pH,7,,\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal("row 3: a quoted field opened on line 3 is never closed", Assert.Single(rows[1].Errors).ToString());
    }

    [Fact]
    public void An_overlong_record_ends_the_reading_instead_of_filling_memory()
    {
        var rows = Read(Header + "\"" + new string('x', ObservationCsv.MaxRecordLength + 10));

        Assert.Equal($"record longer than {ObservationCsv.MaxRecordLength} characters (an unclosed quote?); reading stopped", Assert.Single(Assert.Single(rows).Errors).Reason.En);
    }

    /// <summary>A reader that implements only Read(), as TextReader allows; its Peek() always says "end".</summary>
    private sealed class ReadOnlyReader(string text) : TextReader
    {
        private int _position;

        public override int Read() => _position < text.Length ? text[_position++] : -1;
    }

    [Fact]
    public void A_reader_without_peek_is_read_completely()
    {
        var rows = ObservationCsv.Read(new ReadOnlyReader(Header + "S1,2024-03-15T08:30:00+07:00,pH,7,,\r\n\"S\"\"2\",2024-03-15T08:30:00+07:00,pH,7,,")).ToList();

        Assert.Equal(["S1", "S\"2"], rows.Select(r => r.Observation?.Station));
        Assert.Equal([2, 3], rows.Select(r => r.Row));
    }

    [Fact]
    public void Rows_stream_as_the_reader_is_read()
    {
        using var reader = new StringReader(Header + "S1,2024-03-15T08:30:00+07:00,pH,7,,\nS1,2024-03-15T08:30:00+07:00,pH,x,,\n");
        using var rows = ObservationCsv.Read(reader).GetEnumerator();

        Assert.True(rows.MoveNext());
        Assert.True(rows.Current.IsValid);
        Assert.Equal("S1,2024-03-15T08:30:00+07:00,pH,x,,", reader.ReadLine()); // the second row is still unread
    }
}
