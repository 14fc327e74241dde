using TheoDoi.Core.Water;

namespace TheoDoi.Core.Tests.Water;

/// <summary>WaterML exports write units as UCUM codes: a partner's software reads them without knowing TheoDoi's spellings.</summary>
public sealed class UcumUnitsTests
{
    public static TheoryData<string, string> Expected => new()
    {
        { "pH", "[pH]" },
        { "temp", "Cel" },
        { "DO", "mg/L" },
        { "NH4_N", "mg/L" },
        { "aldrin", "ug/L" },
        { "coliform", "{MPN}/100mL" },
        { "ecoli", "{MPN}/100mL" },
        { "turbidity", "[NTU]" },
        { "EC", "uS/cm" },
        { "salinity", "[ppth]" },
        { "Cl", "mg/L" },
        { "H", "m" },
        { "Q", "m3/s" },
        { "V", "hm3" },
        { "GWD", "m" },
        { "SAL", "[ppth]" },
        { "QA", "m3/d" },
        { "WQI", "1" },
        { "percent_full", "%" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_parameter_and_index_has_its_UCUM_code(string code, string ucum) =>
        Assert.Equal(ucum, UcumUnits.ForParameter(code));

    [Fact]
    public void Every_parameter_TheoDoi_knows_has_a_UCUM_code_in_the_one_table() =>
        Assert.All(WaterParameters.All, p => Assert.True(UcumUnits.ByUnit.ContainsKey(p.CanonicalUnit), $"{p.Code} ({p.CanonicalUnit}) has no UCUM code"));

    [Fact]
    public void UCUM_codes_are_plain_ASCII_without_spaces() =>
        Assert.All(UcumUnits.ByUnit.Values.Concat(UcumUnits.ByIndex.Values), c => Assert.DoesNotContain(c, ch => ch > 127 || ch == ' '));

    [Fact]
    public void An_unknown_code_has_none() => Assert.Null(UcumUnits.ForParameter("nonsense"));
}
