using TheoDoi.Core.Water;

namespace TheoDoi.Core.Tests.Water;

/// <summary>
/// The quantity and intake parameters of docs/reference/water-security.md (H, Q, V, GWD, SAL, QA):
/// their units and conversions, the values that cannot be real, and that they stay out of VN_WQI and QCVN 08.
/// </summary>
public sealed class QuantityParametersTests
{
    public static TheoryData<string, string, string, decimal> Conversions => new()
    {
        { "H", "m", "m", 1m },
        { "H", "cm", "m", 0.01m },
        { "GWD", "m", "m", 1m },
        { "Q", "m³/s", "m³/s", 1m },
        { "Q", "m3/s", "m³/s", 1m },
        { "Q", "L/s", "m³/s", 0.001m },
        { "V", "hm³", "hm³", 1m },
        { "V", "triệu m³", "hm³", 1m },
        { "V", "m3", "hm³", 0.000001m },
        { "QA", "m³/day", "m³/day", 1m },
        { "QA", "m3/ngày", "m³/day", 1m },
        { "SAL", "‰", "‰", 1m },
        { "SAL", "g/L", "‰", 1m }, // fresh and brackish water: 1 L ≈ 1 kg
        { "SAL", "g/kg", "‰", 1m },
        { "Cl", "mg/L", "mg/L", 1m }, // chloride stays a mass concentration
        { "Cl", "g/L", "mg/L", 1000m },
    };

    [Theory]
    [MemberData(nameof(Conversions))]
    public void Units_convert_to_the_canonical_unit(string code, string unit, string canonical, decimal factor)
    {
        var conversion = WaterUnits.ToCanonical(code, unit);

        Assert.True(conversion.IsConvertible, conversion.Reason?.En);
        Assert.Equal((canonical, factor), (conversion.CanonicalUnit, conversion.Factor));
    }

    [Theory]
    [InlineData("Q", "mg/L")]
    [InlineData("H", "m³/s")]
    [InlineData("V", "m")]
    [InlineData("SAL", "mg/L")]
    public void A_unit_of_another_kind_is_refused_with_the_expected_unit(string code, string unit)
    {
        var conversion = WaterUnits.ToCanonical(code, unit);

        Assert.False(conversion.IsConvertible);
        Assert.Contains(WaterParameters.Get(code).CanonicalUnit, conversion.Reason!.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Q", "-0.5", "Q cannot be negative")]
    [InlineData("GWD", "-1", "GWD cannot be negative")]
    [InlineData("V", "-3", "V cannot be negative")]
    [InlineData("QA", "-10", "QA cannot be negative")]
    [InlineData("H", "-1.25", null)] // a level may lie below the station's datum
    [InlineData("GWD", "33.76", null)]
    public void Negative_discharge_depth_storage_and_abstraction_are_impossible(string code, string value, string? reason)
    {
        var problem = WaterParameters.Get(code).CheckValue(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(reason, problem?.En);
    }

    [Fact]
    public void Quantity_parameters_are_outside_the_index_and_appended_after_the_older_codes()
    {
        var codes = WaterParameters.All.Select(p => p.Code).ToList();

        Assert.Equal(["H", "Q", "V", "GWD", "SAL", "QA"], codes.TakeLast(6));
        Assert.Equal(["H", "Q", "V", "GWD", "QA"], WaterParameters.All.Where(p => p.IsQuantity).Select(p => p.Code));
        Assert.All(WaterParameters.All.Where(p => p.IsQuantity), p => Assert.False(p.IsWqiParameter));
    }

    [Fact]
    public void Quantity_values_in_a_sample_change_neither_the_index_nor_the_level()
    {
        var day = new DateTimeOffset(2024, 3, 15, 8, 0, 0, TimeSpan.FromHours(7)).ToUnixTimeSeconds();
        var station = new StationProfile(1, Automatic: false, WqiOptions.Default, TargetLevel: "A");
        List<SamplePoint> quality = [.. new (string, decimal)[] { ("pH", 7.1m), ("DO", 5.2m), ("BOD5", 6m), ("COD", 14m), ("NH4_N", 0.4m), ("PO4_P", 0.2m), ("coliform", 4000m) }
            .Select(v => new SamplePoint(day, v.Item1, v.Item2, Qualifier.None, Validated: true))];
        List<SamplePoint> quantity = [.. new (string, decimal)[] { ("H", 1.8m), ("Q", 250m), ("V", 1200m), ("GWD", 33.76m), ("QA", 100000m) }
            .Select(v => new SamplePoint(day, v.Item1, v.Item2, Qualifier.None, Validated: true))];
        var now = new DateTime(2024, 3, 16, 0, 0, 0, DateTimeKind.Utc);

        var alone = Assert.Single(StationDerivation.Compute(station, quality, now));
        var mixed = Assert.Single(StationDerivation.Compute(station, [.. quality, .. quantity], now));
        var onlyQuantity = StationDerivation.Compute(station, quantity, now);

        Assert.Equal((alone.Wqi, alone.WqiUnrounded, alone.Parameters, alone.Level, alone.Deciding, alone.Values, alone.Alerts.Count),
            (mixed.Wqi, mixed.WqiUnrounded, mixed.Parameters, mixed.Level, mixed.Deciding, mixed.Values, mixed.Alerts.Count));
        Assert.NotNull(alone.Wqi);
        Assert.Empty(onlyQuantity);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_salinity_intakes_chloride_makes_no_quality_sample_and_no_QCVN_alert(bool automatic)
    {
        // Hòa Phú reads chloride four times an hour against its own 250 mg/L threshold (salinity events);
        // a quality point with the same reading gets its sample and the QCVN 08 alert.
        var time = new DateTimeOffset(2025, 3, 15, 8, 0, 0, TimeSpan.FromHours(7)).ToUnixTimeSeconds();
        List<SamplePoint> chloride = [.. Enumerable.Range(0, 4).Select(i => new SamplePoint(time + (i * 900), "Cl", 380m, Qualifier.None, Validated: true))];
        var now = new DateTime(2025, 3, 16, 0, 0, 0, DateTimeKind.Utc);

        var intake = StationDerivation.Compute(new StationProfile(2, automatic, WqiOptions.Default, TargetLevel: "A", Quality: false), chloride, now);
        var qualityPoint = StationDerivation.Compute(new StationProfile(3, automatic, WqiOptions.Default, TargetLevel: "A"), chloride, now);

        Assert.Empty(intake);
        Assert.NotEmpty(qualityPoint);
        Assert.Contains(qualityPoint, s => s.Alerts.Count > 0);
    }
}
