using TheoDoi.Core.Water;

namespace TheoDoi.Core.Tests.Water;

/// <summary>The parameter catalogue of docs/reference/vn-wqi.md and docs/reference/qcvn-08.md.</summary>
public sealed class WaterParametersTests
{
    public static TheoryData<string, WqiGroup?, string> WqiCodes => new()
    {
        { "pH", WqiGroup.I, "" },
        { "aldrin", WqiGroup.II, "µg/L" },
        { "bhc", WqiGroup.II, "µg/L" },
        { "dieldrin", WqiGroup.II, "µg/L" },
        { "ddts", WqiGroup.II, "µg/L" },
        { "heptachlor", WqiGroup.II, "µg/L" },
        { "heptachlorepoxide", WqiGroup.II, "µg/L" },
        { "As", WqiGroup.III, "mg/L" },
        { "Cd", WqiGroup.III, "mg/L" },
        { "Pb", WqiGroup.III, "mg/L" },
        { "Cr6", WqiGroup.III, "mg/L" },
        { "Cu", WqiGroup.III, "mg/L" },
        { "Zn", WqiGroup.III, "mg/L" },
        { "Hg", WqiGroup.III, "mg/L" },
        { "DO", WqiGroup.IV, "mg/L" },
        { "BOD5", WqiGroup.IV, "mg/L" },
        { "COD", WqiGroup.IV, "mg/L" },
        { "TOC", WqiGroup.IV, "mg/L" },
        { "NH4_N", WqiGroup.IV, "mg/L" },
        { "NO3_N", WqiGroup.IV, "mg/L" },
        { "NO2_N", WqiGroup.IV, "mg/L" },
        { "PO4_P", WqiGroup.IV, "mg/L" },
        { "coliform", WqiGroup.V, "MPN/100mL" },
        { "ecoli", WqiGroup.V, "MPN/100mL" },
        { "temp", null, "°C" },
    };

    [Theory]
    [MemberData(nameof(WqiCodes))]
    public void Every_vn_wqi_code_has_its_group_and_unit(string code, WqiGroup? group, string unit)
    {
        var parameter = WaterParameters.Get(code);

        Assert.Equal(code, parameter.Code);
        Assert.Equal(group, parameter.Group);
        Assert.Equal(unit, parameter.CanonicalUnit);
        Assert.False(string.IsNullOrWhiteSpace(parameter.VietnameseName));
        Assert.False(string.IsNullOrWhiteSpace(parameter.EnglishName));
    }

    [Fact]
    public void Exactly_the_24_scored_codes_have_a_group()
    {
        Assert.Equal(24, WaterParameters.All.Count(p => p.IsWqiParameter));
    }

    [Theory]
    [InlineData("TSS")]
    [InlineData("TP")]
    [InlineData("TN")]
    [InlineData("thermo_coliform")]
    [InlineData("Fe")]
    [InlineData("Mn")]
    [InlineData("Cr")]
    [InlineData("Ni")]
    [InlineData("Cl")]
    [InlineData("F")]
    [InlineData("CN")]
    [InlineData("Sb")]
    [InlineData("PCBs")]
    [InlineData("hexachlorobenzene")]
    [InlineData("turbidity")]
    [InlineData("salinity")]
    [InlineData("EC")]
    public void Codes_outside_the_index_are_known_but_have_no_group(string code)
    {
        var parameter = WaterParameters.Get(code);

        Assert.Null(parameter.Group);
        Assert.False(parameter.IsWqiParameter);
    }

    [Theory]
    [InlineData("do", "DO")]
    [InlineData(" bod5 ", "BOD5")]
    [InlineData("PH", "pH")]
    [InlineData("nh4_n", "NH4_N")]
    [InlineData("cr6", "Cr6")]
    public void Codes_are_found_ignoring_case_and_answered_canonically(string given, string canonical)
    {
        Assert.Equal(canonical, WaterParameters.Find(given)?.Code);
    }

    [Theory]
    [InlineData("NH4")]
    [InlineData("BOD")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_codes_are_not_found(string? code)
    {
        Assert.Null(WaterParameters.Find(code));
        Assert.False(WaterParameters.TryGet(code, out _));
    }

    [Fact]
    public void No_two_codes_differ_only_by_case_and_none_needs_csv_quoting()
    {
        Assert.Equal(WaterParameters.All.Count, WaterParameters.All.Select(p => p.Code.ToUpperInvariant()).Distinct().Count());
        Assert.All(WaterParameters.All, p => Assert.DoesNotContain(p.Code, c => c is ',' or '"' or ' ' or '\n' or ';'));
    }

    [Theory]
    [InlineData("BOD5", "-1", "BOD5 cannot be negative")]
    [InlineData("pH", "14.1", "pH must lie between 0 and 14")]
    [InlineData("pH", "14", null)]
    [InlineData("temp", "-2", null)]
    [InlineData("coliform", "0", null)]
    public void Impossible_values_are_named(string code, string value, string? reason)
    {
        Assert.Equal(reason, WaterParameters.Get(code).CheckValue(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))?.En);
    }
}
