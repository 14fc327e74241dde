using TheoDoi.Core.Indicators;

namespace TheoDoi.Core.Tests.Indicators;

/// <summary>Regional shares are Σ numerators ÷ Σ denominators, with every unit accounted for.</summary>
public sealed class RatioAggregationTests
{
    public static TheoryData<UnitRatio[], double?, double, double, string[], string[]> Cases => new()
    {
        // inputs → value (%), Σ numerators, Σ denominators, used units, missing units
        // HCMC 10 of 10 parks (100%), Tây Ninh 1 of 4 (25%): 11 ÷ 14 ≈ 78.571429%, not (100 + 25) ÷ 2 = 62.5%.
        { [new("79", 10, 10), new("80", 1, 4)], 78.571429, 11, 14, ["79", "80"], [] },
        // Three units: (9 + 30 + 5) ÷ (10 + 32 + 8) = 44 ÷ 50 = 88%.
        { [new("79", 9, 10), new("75", 30, 32), new("80", 5, 8)], 88, 44, 50, ["79", "75", "80"], [] },
        // A unit without a denominator is listed as missing, not dropped in silence: 30 ÷ 32 = 93.75%.
        { [new("79", 9, null), new("75", 30, 32)], 93.75, 30, 32, ["75"], ["79"] },
        // Missing numerator, missing both.
        { [new("79", null, 10), new("75", 30, 32), new("80", null, null)], 93.75, 30, 32, ["75"], ["79", "80"] },
        // A unit with no parks at all (0 of 0) did report: it counts, adding nothing. 30 ÷ 32.
        { [new("80", 0, 0), new("75", 30, 32)], 93.75, 30, 32, ["80", "75"], [] },
        // Only zero denominators: no share can be computed.
        { [new("80", 0, 0)], null, 0, 0, ["80"], [] },
        // Nothing usable, or nothing at all.
        { [new("79", null, null)], null, 0, 0, [], ["79"] },
        { [], null, 0, 0, [], [] },
        // Negative or non-finite counts are refused and listed.
        { [new("79", -1, 10), new("75", 30, 32), new("80", double.NaN, 3)], 93.75, 30, 32, ["75"], ["79", "80"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Combines_sums_and_lists_what_was_left_out(UnitRatio[] inputs, double? value, double numerators, double denominators, string[] used, string[] missing)
    {
        var result = RatioAggregation.Combine(inputs);

        if (value is null)
        {
            Assert.Null(result.Value);
        }
        else
        {
            Assert.Equal(value.Value, result.Value!.Value, 6);
        }

        Assert.Equal(numerators, result.NumeratorSum);
        Assert.Equal(denominators, result.DenominatorSum);
        Assert.Equal(used, result.Used.Select(u => u.Unit));
        Assert.Equal(missing, result.Missing.Select(m => m.Input.Unit));
        Assert.Equal(missing.Length == 0, result.IsComplete);
    }

    [Fact]
    public void Each_missing_unit_says_what_is_missing()
    {
        var result = RatioAggregation.Combine([new("a", null, 1), new("b", 1, null), new("c", null, null), new("d", -2, 5)]);

        Assert.Equal(
            [RatioInputProblem.NumeratorMissing, RatioInputProblem.DenominatorMissing, RatioInputProblem.BothMissing, RatioInputProblem.InvalidValue],
            result.Missing.Select(m => m.Problem));
    }

    [Fact]
    public void Scale_one_gives_a_plain_ratio()
    {
        // 11 ÷ 14 ≈ 0.785714.
        var result = RatioAggregation.Combine([new("79", 10, 10), new("80", 1, 4)], scale: 1);

        Assert.Equal(0.785714, result.Value!.Value, 6);
        Assert.Equal(1, result.Scale);
    }
}
