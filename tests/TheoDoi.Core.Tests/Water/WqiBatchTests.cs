using System.Text.Json;
using TheoDoi.Core.Water;

namespace TheoDoi.Core.Tests.Water;

/// <summary>Grouping canonical rows into samples and writing one VN_WQI line per sample (theodoi wqi FILE).</summary>
public sealed class WqiBatchTests
{
    private const string T1 = "2024-03-15T08:30:00+07:00";
    private const string T2 = "2024-06-15T08:30:00+07:00";

    /// <summary>
    /// Station SG-01 at T1: the decision's worked example (35); SG-01 at T2: only groups IV and V;
    /// SG-02 at T1 written in UTC on one row: group IV with a value below detection; SG-03: a rejected row.
    /// </summary>
    private const string File =
        "station,time,parameter,value,unit,qualifier\n" +
        "SG-01," + T1 + ",pH,7.2,,\n" + // row 2
        "SG-01," + T1 + ",Cu,0.05,mg/L,\n" +
        "SG-01," + T1 + ",As,20,µg/L,\n" +
        "SG-01," + T1 + ",temp,27.5,°C,\n" +
        "SG-01," + T1 + ",DO,5.7,mg/L,\n" +
        "SG-01," + T1 + ",BOD5,20.0,mg/L,\n" +
        "SG-01," + T1 + ",COD,25.0,mg/L,\n" +
        "SG-01," + T1 + ",NH4_N,0.2,mg/L,\n" +
        "SG-01," + T1 + ",PO4_P,0.3,mg/L,\n" +
        "SG-01," + T1 + ",aldrin,0.05,µg/L,\n" +
        "SG-01," + T1 + ",dieldrin,0.05,ug/L,\n" +
        "SG-01," + T1 + ",coliform,10000,MPN/100mL,\n" + // row 13
        "SG-01," + T2 + ",BOD5,4,mg/L,\n" + // row 14
        "SG-01," + T2 + ",COD,10,mg/L,\n" +
        "SG-01," + T2 + ",TOC,4,mg/L,\n" +
        "SG-01," + T2 + ",coliform,2000,MPN/100mL,\n" + // row 17
        "SG-02,2024-03-15T08:30:00+07:00,pH,7,,\n" + // row 18
        "SG-02,2024-03-15T01:30:00Z,Cd,0.005,mg/L,<\n" + // the same instant in UTC
        "SG-02,2024-03-15T08:30:00+07:00,BOD5,4,mg/L,\n" +
        "SG-02,2024-03-15T08:30:00+07:00,COD,10,mg/L,\n" +
        "SG-02,2024-03-15T08:30:00+07:00,TOC,4,mg/L,\n" + // row 22
        "SG-03,2024-03-15T08:30:00+07:00,pH,7,,\n" + // row 23
        "SG-03,2024-03-15T08:30:00+07:00,BOD5,1;5,mg/L,\n" +
        "SG-03,2024-03-15T08:30:00+07:00,COD,10,mg/L,\n";

    private static (List<WqiSampleOutcome> Outcomes, List<CsvError> Errors) Run(string text, Func<string, WqiOptions>? options = null)
    {
        var errors = new List<CsvError>();
        var outcomes = WqiBatch.Run(new StringReader(text), errors.Add, options).ToList();
        return (outcomes, errors);
    }

    [Fact]
    public void A_small_file_gives_one_line_per_sample()
    {
        var errors = new List<CsvError>();
        var output = new StringWriter();

        WqiReport.WriteCsv(WqiBatch.Run(new StringReader(File), errors.Add), output);

        Assert.Equal(
            [
                "station,time,wqi,band,formula,parameters,note",
                "SG-01,2024-03-15T08:30:00+07:00,35,Xấu,3,pH aldrin dieldrin As Cu DO BOD5 COD NH4_N PO4_P coliform temp,",
                "SG-01,2024-06-15T08:30:00+07:00,,,,BOD5 COD TOC coliform,\"only 2 of the 5 groups have data (IV, V); at least 3 are needed\"",
                "SG-02,2024-03-15T08:30:00+07:00,75,Trung bình,4,pH Cd BOD5 COD TOC,\"Cd below the detection limit (<0.005 mg/L), scored at the limit\"",
                "SG-03,2024-03-15T08:30:00+07:00,,,,,row 24 of this sample was rejected",
                "",
            ],
            output.ToString().Split('\n'));
        Assert.Equal(["row 24, column value: '1;5' is not a number; use '.' as the decimal separator and no thousands separator"], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Station_settings_are_applied_per_station()
    {
        var (outcomes, _) = Run(File, station => new WqiOptions(Weighted: station == "SG-01"));

        Assert.Equal(40, outcomes[0].Result.Value); // formula 5 on the worked example
        Assert.Equal(WqiFormula.Formula5, outcomes[0].Result.Formula);
        Assert.Equal(WqiFormula.Formula4, outcomes[2].Result.Formula);
    }

    [Fact]
    public void Outcomes_keep_the_first_row_and_the_time_as_written()
    {
        var (outcomes, _) = Run(File);

        Assert.Equal([2, 14, 18, 23], outcomes.Select(o => o.FirstRow));
        Assert.Equal(TimeSpan.FromHours(7), outcomes[2].Time.Offset);
    }

    [Fact]
    public void A_sample_that_reappears_after_another_is_an_error_naming_the_row()
    {
        var (outcomes, errors) = Run(
            "station,time,parameter,value,unit,qualifier\n" +
            "S1," + T1 + ",pH,7,,\n" +
            "S2," + T1 + ",pH,7,,\n" +
            "S1," + T1 + ",BOD5,4,mg/L,\n");

        Assert.Equal(["S1", "S2"], outcomes.Select(o => o.Station));
        Assert.Equal(
            ["row 4: sample S1 at 2024-03-15T08:30:00+07:00 already ended (it began at row 2); the rows of one sample must be consecutive"],
            errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_parameter_given_twice_in_a_sample_is_an_error_and_spoils_the_sample()
    {
        var (outcomes, errors) = Run(
            "station,time,parameter,value,unit,qualifier\n" +
            "S1," + T1 + ",BOD5,4,mg/L,\n" +
            "S1," + T1 + ",bod5,5,mg/L,\n");

        Assert.Equal("row 3 of this sample was rejected", Assert.Single(outcomes).Result.NotComputableReason);
        Assert.Equal(["row 3, column parameter: BOD5 is given twice for this sample (first at row 2)"], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_row_that_cannot_be_placed_is_only_reported()
    {
        var (outcomes, errors) = Run(
            "station,time,parameter,value,unit,qualifier\n" +
            "S1," + T1 + ",pH,7,,\n" +
            "S1,yesterday,BOD5,4,mg/L,\n" +
            "S1," + T1 + ",Cu,0.1,mg/L,\n");

        var outcome = Assert.Single(outcomes);
        Assert.Equal(["pH", "Cu"], outcome.Result.SubIndices.Select(s => s.Parameter));
        Assert.Equal("row 3, column time", $"row {errors[0].Row}, column {errors[0].Column}");
    }

    [Fact]
    public void Samples_stream_before_the_whole_file_is_read()
    {
        using var reader = new StringReader(
            "station,time,parameter,value,unit,qualifier\n" +
            "S1," + T1 + ",pH,7,,\n" +
            "S2," + T1 + ",pH,7,,\n" +
            "S3," + T1 + ",pH,7,,\n");
        using var outcomes = WqiBatch.Run(reader, _ => { }).GetEnumerator();

        Assert.True(outcomes.MoveNext());
        Assert.Equal("S1", outcomes.Current.Station);
        Assert.Equal("S3," + T1 + ",pH,7,,", reader.ReadLine()); // S2's row was read to close S1; S3's was not
    }

    [Fact]
    public void JSON_carries_the_value_band_formula_parameters_sub_indices_and_notes()
    {
        var (outcomes, _) = Run(File);
        var output = new StringWriter();

        WqiReport.WriteJson(outcomes, output);

        using var json = JsonDocument.Parse(output.ToString());
        var samples = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(4, samples.Count);
        var first = samples[0];
        Assert.Equal("SG-01", first.GetProperty("station").GetString());
        Assert.Equal("2024-03-15T08:30:00+07:00", first.GetProperty("time").GetString());
        Assert.Equal(35, first.GetProperty("wqi").GetInt32());
        Assert.Equal(34.583665019772, first.GetProperty("unrounded").GetDouble(), 10);
        Assert.Equal("Xấu", first.GetProperty("band").GetProperty("vi").GetString());
        Assert.Equal("#FF7E00", first.GetProperty("band").GetProperty("hex").GetString());
        Assert.Equal([255, 126, 0], first.GetProperty("band").GetProperty("rgb").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(3, first.GetProperty("formula").GetInt32());
        Assert.Equal(12, first.GetProperty("parameters").GetArrayLength());
        var arsenic = first.GetProperty("subIndices").EnumerateArray().Single(s => s.GetProperty("parameter").GetString() == "As");
        Assert.Equal(("III", 0.02m, 75m), (arsenic.GetProperty("group").GetString(), arsenic.GetProperty("value").GetDecimal(), arsenic.GetProperty("subIndex").GetDecimal()));
        var notComputable = samples[1];
        Assert.Equal(JsonValueKind.Null, notComputable.GetProperty("wqi").ValueKind);
        Assert.Equal(JsonValueKind.Null, notComputable.GetProperty("band").ValueKind);
        Assert.Equal("only 2 of the 5 groups have data (IV, V); at least 3 are needed", notComputable.GetProperty("reason").GetString());
        var flagged = samples[2].GetProperty("warnings")[0];
        Assert.Equal("BelowDetectionLimit", flagged.GetProperty("kind").GetString());
        Assert.Contains("<0.005", output.ToString(), StringComparison.Ordinal); // not escaped as \u003C
    }

    [Fact]
    public void An_empty_batch_is_a_header_or_an_empty_array()
    {
        var csv = new StringWriter();
        var json = new StringWriter();

        WqiReport.WriteCsv([], csv);
        WqiReport.WriteJson([], json);

        Assert.Equal(WqiReport.CsvHeader + "\n", csv.ToString());
        Assert.Equal("[]\n", json.ToString());
    }

    [Theory]
    [InlineData("S,1", "\"S,1\"")]
    [InlineData("Cầu \"Mới\"", "\"Cầu \"\"Mới\"\"\"")]
    [InlineData(" S1", "\" S1\"")]
    public void CSV_fields_are_quoted_when_needed(string station, string quoted)
    {
        var line = WqiReport.ToCsvLine(new WqiSampleOutcome(station, new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), 2, WqiResult.NotComputable(new TheoDoi.Core.Texts.Bilingual("x", "x"))));

        Assert.Equal(quoted + ",2024-01-02T03:04:05+00:00,,,,,x", line);
    }
}
