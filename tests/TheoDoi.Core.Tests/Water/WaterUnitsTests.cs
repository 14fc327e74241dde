using TheoDoi.Core.Water;

namespace TheoDoi.Core.Tests.Water;

/// <summary>Exact unit factors to each parameter's canonical unit, and reasons when there is none.</summary>
public sealed class WaterUnitsTests
{
    public static TheoryData<string, string, decimal> Convertible => new()
    {
        { "As", "mg/L", 1m },
        { "As", "mg/l", 1m },
        { "As", "MG/L", 1m },
        { "As", "µg/L", 0.001m }, // micro sign U+00B5
        { "As", "μg/L", 0.001m }, // Greek mu U+03BC
        { "As", "ug/L", 0.001m },
        { "As", "ug/l", 0.001m },
        { "As", " µg / L ", 0.001m },
        { "As", "g/L", 1000m },
        { "As", "g/m3", 1m },
        { "Hg", "ng/L", 0.000001m },
        { "aldrin", "µg/L", 1m },
        { "aldrin", "ug/L", 1m },
        { "aldrin", "mg/L", 1000m },
        { "aldrin", "ng/L", 0.001m },
        { "coliform", "MPN/100mL", 1m },
        { "coliform", "MPN/100 mL", 1m },
        { "coliform", "CFU/100mL", 1m },
        { "ecoli", "cfu/100ml", 1m },
        { "pH", "", 1m },
        { "pH", "-", 1m },
        { "pH", "–", 1m },
        { "temp", "°C", 1m },
        { "temp", "C", 1m },
        { "temp", "degC", 1m },
        { "EC", "uS/cm", 1m },
        { "EC", "mS/cm", 1000m },
        { "turbidity", "NTU", 1m },
        { "salinity", "ppt", 1m },
        { "salinity", "‰", 1m },
    };

    [Theory]
    [MemberData(nameof(Convertible))]
    public void Convertible_units_answer_the_factor_to_the_canonical_unit(string code, string unit, decimal factor)
    {
        var conversion = WaterUnits.ToCanonical(code, unit);

        Assert.True(conversion.IsConvertible, conversion.Reason?.En);
        Assert.Equal(factor, conversion.Factor);
        Assert.Equal(WaterParameters.Get(code).CanonicalUnit, conversion.CanonicalUnit);
        Assert.Null(conversion.Reason);
    }

    [Fact]
    public void A_factor_turns_micrograms_into_milligrams_exactly()
    {
        Assert.Equal(0.02m, WaterUnits.ToCanonical("As", "µg/L").Apply(20m));
        Assert.Equal(50m, WaterUnits.ToCanonical("aldrin", "mg/L").Apply(0.05m));
    }

    [Fact]
    public void Converted_values_carry_no_trailing_zeros()
    {
        // 20 × 0.001 is 0.020 in decimal arithmetic; messages and files should show 0.02.
        Assert.Equal("0.02", WaterUnits.ToCanonical("As", "µg/L").Apply(20m).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("As", "", "unit is missing; As is measured in mg/L")]
    [InlineData("As", "MPN/100mL", "unit 'MPN/100mL' does not measure As")]
    [InlineData("coliform", "mg/L", "unit 'mg/L' does not measure coliform")]
    [InlineData("pH", "mg/L", "pH has no unit, but 'mg/L' was given")]
    [InlineData("temp", "°F", "temperature must be in °C; '°F' needs an offset, not a factor")]
    [InlineData("temp", "K", "temperature must be in °C")]
    [InlineData("As", "ppm", "unknown unit 'ppm'")]
    [InlineData("turbidity", "FNU", "unknown unit 'FNU'")]
    [InlineData("nonsense", "mg/L", "unknown parameter 'nonsense'")]
    public void Units_that_cannot_be_converted_say_why(string code, string unit, string reasonStart)
    {
        var conversion = WaterUnits.ToCanonical(code, unit);

        Assert.False(conversion.IsConvertible);
        Assert.StartsWith(reasonStart, conversion.Reason?.En, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => conversion.Apply(1m));
    }
}
