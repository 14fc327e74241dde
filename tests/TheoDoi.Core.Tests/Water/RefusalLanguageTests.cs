using System.Text.RegularExpressions;
using TheoDoi.Core.Water;

namespace TheoDoi.Core.Tests.Water;

/// <summary>
/// A Vietnamese clerk importing observations reads every refusal in Vietnamese: each kind of refusal
/// of the exchange file carries a Vietnamese text of its own, not the English one copied, so a
/// reason written without its translation fails here.
/// </summary>
public sealed partial class RefusalLanguageTests
{
    private const string Header = "station,time,parameter,value,unit,qualifier\n";
    private const string Time = "2024-03-15T08:30:00+07:00";

    /// <summary>Letters only Vietnamese writes (tones and ă â đ ê ô ơ ư); a plain-ASCII "translation" has none.</summary>
    [GeneratedRegex("[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetter();

    public static TheoryData<string, string> Files => new()
    {
        { "no header", "" },
        { "missing column", "station,time,parameter,value,unit\nS1," + Time + ",BOD5,4,mg/L\n" },
        { "duplicate column", "station,time,parameter,value,unit,qualifier,time\n" },
        { "header with a stray quote", "station,ti\"me,parameter,value,unit,qualifier\n" },
        { "wrong field count", Header + "S1," + Time + ",BOD5,1,5,mg/L,\n" },
        { "text after a closing quote", Header + "S1," + Time + ",BOD5,\"4\"x,mg/L,\n" },
        { "quote inside an unquoted field", Header + "S1," + Time + ",BOD5,4\",mg/L,\n" },
        { "unclosed quote", Header + "S1," + Time + ",BOD5,\"4,mg/L,\n" },
        { "overlong record", Header + "S1," + Time + ",BOD5," + new string('9', ObservationCsv.MaxRecordLength) + ",mg/L,\n" },
        { "empty station", Header + "," + Time + ",BOD5,4,mg/L,\n" },
        { "empty time", Header + "S1,,BOD5,4,mg/L,\n" },
        { "time not ISO 8601", Header + "S1,15/03/2024 08:30,BOD5,4,mg/L,\n" },
        { "time without time of day", Header + "S1,2024-03-15,BOD5,4,mg/L,\n" },
        { "time without offset", Header + "S1,2024-03-15T08:30:00,BOD5,4,mg/L,\n" },
        { "impossible date", Header + "S1,2024-02-30T08:30:00+07:00,BOD5,4,mg/L,\n" },
        { "impossible offset", Header + "S1,2024-03-15T08:30:00+15:00,BOD5,4,mg/L,\n" },
        { "empty parameter", Header + "S1," + Time + ",,4,mg/L,\n" },
        { "unknown parameter", Header + "S1," + Time + ",XYZ,4,mg/L,\n" },
        { "empty value", Header + "S1," + Time + ",BOD5,,mg/L,\n" },
        { "qualifier written in the value", Header + "S1," + Time + ",As,<0.01,mg/L,\n" },
        { "value not a number", Header + "S1," + Time + ",BOD5,\"1,5\",mg/L,\n" },
        { "unit missing", Header + "S1," + Time + ",BOD5,4,,\n" },
        { "unknown unit", Header + "S1," + Time + ",BOD5,4,ppm,\n" },
        { "temperature in °F", Header + "S1," + Time + ",temp,80,°F,\n" },
        { "unit of another kind", Header + "S1," + Time + ",BOD5,4,NTU,\n" },
        { "pH with a unit", Header + "S1," + Time + ",pH,7,mg/L,\n" },
        { "negative value", Header + "S1," + Time + ",BOD5,-2,mg/L,\n" },
        { "pH above 14", Header + "S1," + Time + ",pH,15,,\n" },
        { "bad qualifier", Header + "S1," + Time + ",BOD5,4,mg/L,~\n" },
        { "parameter twice in one sample", Header + "S1," + Time + ",BOD5,4,mg/L,\nS1," + Time + ",BOD5,5,mg/L,\n" },
        { "sample not consecutive", Header + "S1," + Time + ",BOD5,4,mg/L,\nS2," + Time + ",BOD5,4,mg/L,\nS1," + Time + ",COD,9,mg/L,\n" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_refusal_of_the_exchange_file_has_its_own_Vietnamese_text(string kind, string file)
    {
        var errors = new List<CsvError>();
        _ = WqiBatch.Run(new StringReader(file), errors.Add).ToList();

        Assert.True(errors.Count > 0, $"{kind}: the file was not refused");
        Assert.All(errors, error =>
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Reason.En), kind);
            Assert.NotEqual(error.Reason.En, error.Reason.Vi);
            Assert.Matches(VietnameseLetter(), error.Reason.Vi);
        });
    }

    public static TheoryData<string, string> Conversions => new()
    {
        { "BOD5", "" },
        { "BOD5", "ppm" },
        { "BOD5", "µS/cm" },
        { "temp", "K" },
        { "pH", "NTU" },
        { "XYZ", "mg/L" },
    };

    [Theory]
    [MemberData(nameof(Conversions))]
    public void Every_refused_unit_conversion_says_why_in_Vietnamese(string parameter, string unit)
    {
        var conversion = WaterUnits.ToCanonical(parameter, unit);

        Assert.False(conversion.IsConvertible);
        Assert.NotNull(conversion.Reason);
        Assert.NotEqual(conversion.Reason.En, conversion.Reason.Vi);
        Assert.Matches(VietnameseLetter(), conversion.Reason.Vi);
    }

    [Fact]
    public void A_refusal_names_the_column_as_the_file_header_writes_it_in_both_languages()
    {
        var error = Assert.Single(Assert.Single(ObservationCsv.Read(new StringReader(Header + "S1," + Time + ",BOD5,4,mg/L,~\n"))).Errors);

        Assert.Equal("qualifier", error.Column);
        Assert.Contains("qualifier", error.Reason.Vi, StringComparison.Ordinal);
        Assert.Equal("Cột qualifier chỉ được để trống, ghi '<' hoặc '>', không được ghi '~'.", error.Reason.Vi);
        Assert.Equal("qualifier must be empty, '<' or '>', not '~'", error.Reason.En);
    }
}
