using TheoDoi.Core.Water;

namespace TheoDoi.Core.Tests.Water;

/// <summary>The one CSV splitter (wide water files, station files) follows the record reader's quoting rules.</summary>
public sealed class CsvSplitTests
{
    [Fact]
    public void Quoted_fields_keep_commas_and_doubled_quotes()
    {
        Assert.Equal(["station", "DO (mg/L)", "a \"b\", c", ""], CsvRecordReader.Split("station,\"DO (mg/L)\",\"a \"\"b\"\", c\","));
    }

    [Fact]
    public void An_empty_line_is_one_empty_field()
    {
        Assert.Equal([""], CsvRecordReader.Split(""));
    }
}
