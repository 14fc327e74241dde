using TheoDoi.Core.Water;

namespace TheoDoi.Core.Tests.Water;

/// <summary>
/// Aggregation, formulas 3/4/5, validity and the product decisions of docs/reference/vn-wqi.md. Samples
/// are chosen so the expected value can be worked by hand; the arithmetic is in the comments.
/// </summary>
public sealed class VnWqiTests
{
    private static Measurement M(string code, decimal value, Qualifier qualifier = Qualifier.None) => new(code, value, qualifier);

    private static readonly WqiOptions s_weighted = new(Weighted: true);

    /// <summary>The inputs of the decision's worked example (product decision 5).</summary>
    private static readonly Measurement[] s_workedExample =
    [
        M("pH", 7.2m), M("Cu", 0.05m), M("As", 0.02m), M("temp", 27.5m), M("DO", 5.7m), M("BOD5", 20.0m),
        M("COD", 25.0m), M("NH4_N", 0.2m), M("PO4_P", 0.3m), M("aldrin", 0.05m), M("dieldrin", 0.05m), M("coliform", 10000m),
    ];

    [Fact]
    public void Worked_example_is_35_unweighted_not_the_16_printed_in_the_decision()
    {
        var result = VnWqi.Compute(s_workedExample, WqiOptions.Default);

        // I = 100/100 = 1 (pH 7.2); II = GM(100, 100)/100 = 1 (Aldrin, Dieldrin ≤ 0.1 µg/L);
        // III = GM(Cu 100, As 75)/100 = √7500/100 = 0.8660254…;
        // IV: DO 5.7 mg/L at 27.5 °C = 73.108 % → 73.108; BOD5 20 → 37.5; COD 25 → 58.333; N-NH4 0.2 → 100;
        //     P-PO4 0.3 → 50; M_IV = 318.941/5 = 63.788; V: Coliform 10000 → 25 = M_V.
        // Formula 3: 1 × 1 × 0.8660254 × √(63.788 × 25) = 0.8660254 × 39.9338 = 34.5837 → 35.
        Assert.Equal(35, result.Value);
        Assert.Equal(WqiFormula.Formula3, result.Formula);
        Assert.Equal(34.58366501977212045350422909m, result.Unrounded!.Value, 18);
        Assert.Equal(1m, result.FactorI);
        Assert.Equal(1m, result.FactorII);
        Assert.Equal(0.8660254037844386467637231708m, result.FactorIII, 20);
        Assert.Equal(63.78826059732318829857138223m, result.MeanIV!.Value, 20);
        Assert.Equal(25m, result.MeanV);
        Assert.Equal("Xấu", result.Band!.VietnameseLabel);
        Assert.Equal(
            ["pH", "aldrin", "dieldrin", "As", "Cu", "DO", "BOD5", "COD", "NH4_N", "PO4_P", "coliform", "temp"],
            result.ParametersUsed);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Worked_example_is_40_weighted_not_the_19_printed_in_the_decision()
    {
        var result = VnWqi.Compute(s_workedExample, s_weighted);

        // Formula 5: 0.8660254 × (63.788² × 25)^(1/3) = 0.8660254 × 46.6809 = 40.4270 → 40.
        Assert.Equal(40, result.Value);
        Assert.Equal(WqiFormula.Formula5, result.Formula);
        Assert.Equal(40.42696524564474184875761751m, result.Unrounded!.Value, 18);
    }

    public static TheoryData<string, Measurement[], bool, WqiFormula, decimal, int> Formulas => new()
    {
        // pH 5.75 → 75 (I = 0.75); IV all 100; Coliform 10000 → 25. Formula 3: 0.75 × √(100 × 25) = 37.5 → 38.
        {
            "formula 3", [M("pH", 5.75m), M("BOD5", 4m), M("COD", 10m), M("TOC", 4m), M("coliform", 10000m)],
            false, WqiFormula.Formula3, 37.5m, 38
        },
        // BOD5 5.6, COD 14, TOC 5.6 → 80 each (M_IV = 80); Coliform 20000 → 10. Formula 5: (80² × 10)^(1/3) = 64000^(1/3) = 40.
        {
            "formula 5", [M("pH", 7m), M("BOD5", 5.6m), M("COD", 14m), M("TOC", 5.6m), M("coliform", 20000m)],
            true, WqiFormula.Formula5, 40m, 40
        },
        // The same sample unweighted: √(80 × 10) = √800 = 28.2843 → 28.
        {
            "formula 3 on the formula 5 sample", [M("pH", 7m), M("BOD5", 5.6m), M("COD", 14m), M("TOC", 5.6m), M("coliform", 20000m)],
            false, WqiFormula.Formula3, 28.28427124746190097603377448m, 28
        },
        // No group V: I = 0.75, III = Cu 0.15 → 87.5 → 0.875, M_IV = 100. Formula 4: 0.75 × 0.875 × 100 = 65.625 → 66.
        {
            "formula 4", [M("pH", 5.75m), M("Cu", 0.15m), M("BOD5", 4m), M("COD", 10m), M("TOC", 4m)],
            false, WqiFormula.Formula4, 65.625m, 66
        },
        // A weighted station without group V still uses formula 4.
        {
            "formula 4 at a weighted station", [M("pH", 5.75m), M("Cu", 0.15m), M("BOD5", 4m), M("COD", 10m), M("TOC", 4m)],
            true, WqiFormula.Formula4, 65.625m, 66
        },
        // Formula 4 multiplies factor II, not factor III twice as printed: II = Aldrin 0.2 → 10 → 0.1,
        // III = 0.875, M_IV = 100: 1 × 0.1 × 0.875 × 100 = 8.75 → 9 (III twice would give 76.5625).
        {
            "formula 4 takes factor II", [M("pH", 7m), M("aldrin", 0.2m), M("Cu", 0.15m), M("BOD5", 4m), M("COD", 10m), M("TOC", 4m)],
            false, WqiFormula.Formula4, 8.75m, 9
        },
    };

    [Theory]
    [MemberData(nameof(Formulas))]
    public void Formula_follows_the_groups_present_and_the_station_setting(string name, Measurement[] sample, bool weighted, WqiFormula formula, decimal unrounded, int value)
    {
        var result = VnWqi.Compute(sample, new WqiOptions(Weighted: weighted));

        Assert.True(result.IsComputable, name);
        Assert.Equal(formula, result.Formula);
        Assert.Equal(unrounded, result.Unrounded!.Value, 20);
        Assert.Equal(value, result.Value);
    }

    [Fact]
    public void Groups_II_and_III_combine_by_geometric_mean_and_IV_and_V_by_arithmetic_mean()
    {
        var result = VnWqi.Compute(
        [
            M("aldrin", 0.2m), M("dieldrin", 0.05m), // II: 10 and 100 → GM √1000 = 31.623 (arithmetic would be 55)
            M("As", 0.1m), M("Cu", 0.1m), // III: 25 and 100 → GM √2500 = 50 (arithmetic would be 62.5)
            M("BOD5", 4m), M("COD", 30m), M("TOC", 25m), // IV: 100, 50, 25 → 58.333
            M("coliform", 10000m), M("ecoli", 20m), // V: 25, 100 → 62.5
        ]);

        Assert.Equal(0.3162277660168379332m, result.FactorII, 18);
        Assert.Equal(0.5m, result.FactorIII, 25);
        Assert.Equal(58.33333333333333333333333333m, result.MeanIV!.Value, 20);
        Assert.Equal(62.5m, result.MeanV);
        Assert.Equal(1m, result.FactorI); // no pH: product decision 2
        // 0.31623 × 0.5 × √(58.333 × 62.5) = 0.158114 × 60.3807 = 9.5470327 → 10
        Assert.Equal(9.547032697824666680m, result.Unrounded!.Value, 15);
        Assert.Equal(10, result.Value);
        Assert.Equal([WqiGroup.II, WqiGroup.III, WqiGroup.IV, WqiGroup.V], result.Groups);
    }

    public static TheoryData<string, Measurement[], string> NotComputable => new()
    {
        {
            "empty sample", [],
            "only 0 of the 5 groups have data (none); at least 3 are needed; group IV (organic matter and nutrients) is missing; it is mandatory"
        },
        {
            "two groups", [M("BOD5", 4m), M("COD", 10m), M("TOC", 4m), M("coliform", 100m)],
            "only 2 of the 5 groups have data (IV, V); at least 3 are needed"
        },
        {
            "four groups without IV", [M("pH", 7m), M("aldrin", 0.01m), M("Cu", 0.1m), M("coliform", 100m)],
            "group IV (organic matter and nutrients) is missing; it is mandatory"
        },
        {
            "group IV with two parameters", [M("pH", 7m), M("BOD5", 4m), M("COD", 10m), M("coliform", 100m)],
            "group IV has only 2 parameters (BOD5, COD); at least 3 are needed"
        },
        {
            "group IV with one parameter", [M("pH", 7m), M("BOD5", 4m), M("Cu", 0.1m), M("coliform", 100m)],
            "group IV has only 1 parameter (BOD5); at least 3 are needed"
        },
        {
            "DO without temperature does not count", [M("pH", 7m), M("DO", 7m), M("BOD5", 4m), M("COD", 10m), M("coliform", 100m)],
            "group IV has only 2 parameters (BOD5, COD); at least 3 are needed"
        },
        {
            "temperature is not a group IV parameter", [M("pH", 7m), M("temp", 25m), M("BOD5", 4m), M("COD", 10m), M("coliform", 100m)],
            "group IV has only 2 parameters (BOD5, COD); at least 3 are needed"
        },
        {
            "parameters outside the index do not count", [M("pH", 7m), M("TSS", 20m), M("Fe", 0.1m), M("BOD5", 4m), M("COD", 10m), M("coliform", 100m)],
            "group IV has only 2 parameters (BOD5, COD); at least 3 are needed"
        },
        {
            "a parameter given twice", [M("pH", 7m), M("BOD5", 4m), M("bod5", 5m), M("COD", 10m), M("TOC", 4m), M("coliform", 100m)],
            "BOD5 given more than once in the sample"
        },
    };

    [Theory]
    [MemberData(nameof(NotComputable))]
    public void Invalid_samples_give_a_reason_and_never_a_number(string name, Measurement[] sample, string reason)
    {
        var result = VnWqi.Compute(sample);

        Assert.False(result.IsComputable, name);
        Assert.Null(result.Value);
        Assert.Null(result.Unrounded);
        Assert.Null(result.Band);
        Assert.Null(result.Formula);
        Assert.Equal(reason, result.NotComputableReason);
    }

    public static TheoryData<string, Measurement[]> Computable => new()
    {
        { "I, IV and V", [M("pH", 7m), M("BOD5", 4m), M("COD", 10m), M("TOC", 4m), M("coliform", 100m)] },
        { "II, III and IV", [M("aldrin", 0.01m), M("Cu", 0.1m), M("BOD5", 4m), M("COD", 10m), M("TOC", 4m)] },
        { "I, III and IV", [M("pH", 7m), M("Cu", 0.1m), M("BOD5", 4m), M("COD", 10m), M("TOC", 4m)] },
        { "DO with temperature counts", [M("pH", 7m), M("DO", 8m), M("temp", 25m), M("BOD5", 4m), M("COD", 10m), M("coliform", 100m)] },
    };

    [Theory]
    [MemberData(nameof(Computable))]
    public void Three_groups_with_three_group_IV_parameters_are_enough(string name, Measurement[] sample)
    {
        var result = VnWqi.Compute(sample);

        Assert.True(result.IsComputable, $"{name}: {result.NotComputableReason}");
        Assert.Null(result.NotComputableReason);
    }

    public static TheoryData<Measurement[], decimal, int, string> Rounding => new()
    {
        // BOD5 5.28 → 100 − 25·1.28/2 = 84; COD 12.5 → 87.5; TOC 4 → 100; M_IV = 271.5/3 = 90.5; formula 4 → 90.5 → 91.
        { [M("pH", 7m), M("Cu", 0.05m), M("BOD5", 5.28m), M("COD", 12.5m), M("TOC", 4m)], 90.5m, 91, "Rất tốt" },
        // BOD5 5.88 → 100 − 25·1.88/2 = 76.5; COD 15 → 75; TOC 6 → 75; M_IV = 226.5/3 = 75.5 → 76.
        { [M("pH", 7m), M("Cu", 0.05m), M("BOD5", 5.88m), M("COD", 15m), M("TOC", 6m)], 75.5m, 76, "Tốt" },
        // BOD5 5.92 → 76; COD 15, TOC 6 → 75; M_IV = 226/3 = 75.333 → 75.
        { [M("pH", 7m), M("Cu", 0.05m), M("BOD5", 5.92m), M("COD", 15m), M("TOC", 6m)], 75.33333333333333333333333333m, 75, "Trung bình" },
        // II = Aldrin 0.2 → 0.1; BOD5 4.4, TOC 4.4 → 95; COD 11 → 95; 1 × 0.1 × 95 = 9.5 → 10.
        { [M("pH", 7m), M("aldrin", 0.2m), M("BOD5", 4.4m), M("COD", 11m), M("TOC", 4.4m)], 9.5m, 10, "Kém" },
    };

    [Theory]
    [MemberData(nameof(Rounding))]
    public void Final_value_rounds_half_away_from_zero_and_the_rounded_value_is_classified(Measurement[] sample, decimal unrounded, int value, string band)
    {
        var result = VnWqi.Compute(sample);

        Assert.Equal(unrounded, result.Unrounded!.Value, 25);
        Assert.Equal(value, result.Value);
        Assert.Equal(band, result.Band!.VietnameseLabel);
    }

    [Fact]
    public void Missing_groups_I_II_III_contribute_factor_one()
    {
        Measurement[] withoutPh = [M("Cu", 0.15m), M("BOD5", 5m), M("COD", 10m), M("TOC", 4m), M("coliform", 2500m)];
        Measurement[] withNeutralPh = [.. withoutPh, M("pH", 7m)];

        var without = VnWqi.Compute(withoutPh);
        var with = VnWqi.Compute(withNeutralPh);

        Assert.Equal(1m, without.FactorI);
        Assert.Equal(1m, without.FactorII);
        Assert.Equal(with.Unrounded, without.Unrounded);
        Assert.DoesNotContain("pH", without.ParametersUsed);
    }

    public static TheoryData<Measurement[], decimal, decimal, string[]> Heptachlor => new()
    {
        // 0.1 + 0.15 = 0.25 > 0.2 → 10, though each alone is within the limit.
        { [M("heptachlor", 0.1m), M("heptachlorepoxide", 0.15m)], 0.25m, 10m, ["heptachlor", "heptachlorepoxide"] },
        { [M("heptachlor", 0.1m), M("heptachlorepoxide", 0.1m)], 0.2m, 100m, ["heptachlor", "heptachlorepoxide"] },
        { [M("heptachlorepoxide", 0.15m)], 0.15m, 100m, ["heptachlorepoxide"] },
        { [M("heptachlor", 0.3m)], 0.3m, 10m, ["heptachlor"] },
    };

    [Theory]
    [MemberData(nameof(Heptachlor))]
    public void Heptachlor_and_its_epoxide_are_summed_and_scored_once(Measurement[] pesticides, decimal sum, decimal subIndex, string[] used)
    {
        var result = VnWqi.Compute([.. pesticides, M("pH", 7m), M("BOD5", 4m), M("COD", 10m), M("TOC", 4m)]);

        var score = Assert.Single(result.SubIndices, s => s.Group == WqiGroup.II);
        Assert.Equal("heptachlor", score.Parameter);
        Assert.Equal(sum, score.Value);
        Assert.Equal(subIndex, score.SubIndex);
        Assert.Equal(used, result.ParametersUsed.Where(p => p.StartsWith("heptachlor", StringComparison.Ordinal)));
        Assert.Equal(subIndex / 100m, result.FactorII);
    }

    [Fact]
    public void Values_below_the_detection_limit_are_scored_at_the_limit_and_flagged()
    {
        var result = VnWqi.Compute([M("pH", 7m), M("As", 0.02m, Qualifier.LessThan), M("BOD5", 4m), M("COD", 10m), M("TOC", 4m)]);

        var arsenic = Assert.Single(result.SubIndices, s => s.Parameter == "As");
        Assert.Equal(75m, arsenic.SubIndex); // scored at 0.02
        Assert.Equal(Qualifier.LessThan, arsenic.Qualifier);
        Assert.True(result.HasBelowDetectionLimit);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(WqiWarningKind.BelowDetectionLimit, warning.Kind);
        Assert.Equal("As", warning.Parameter);
        Assert.Equal("As below the detection limit (<0.02 mg/L), scored at the limit", warning.Message);
        Assert.Equal(75, result.Value); // formula 4: 1 × 0.75 × 100
    }

    [Fact]
    public void Warnings_and_reasons_read_in_Vietnamese_on_Vietnamese_pages_with_a_decimal_comma()
    {
        var below = VnWqi.Compute([M("pH", 7m), M("As", 0.02m, Qualifier.LessThan), M("BOD5", 4m), M("COD", 10m), M("TOC", 4m)]);
        Assert.Equal("As dưới giới hạn phát hiện (<0,02 mg/L), tính theo giá trị giới hạn", Assert.Single(below.Warnings).Text.Vi);

        var few = VnWqi.Compute([M("pH", 7m), M("BOD5", 4m)]);
        Assert.False(few.IsComputable);
        Assert.StartsWith("chỉ 2 trong 5 nhóm có số liệu", few.NotComputableText!.Vi, StringComparison.Ordinal);
        Assert.StartsWith("only 2 of the 5 groups have data", few.NotComputableReason, StringComparison.Ordinal);
        Assert.Equal(few.NotComputableText.Vi.Split("; ").Length, WqiReport.NoteText(few).Vi.Split("; ").Length);
    }

    [Fact]
    public void Values_above_the_measuring_range_are_scored_at_that_value_with_a_warning()
    {
        var result = VnWqi.Compute([M("pH", 7m), M("BOD5", 4m), M("COD", 10m), M("TOC", 4m), M("coliform", 2400m, Qualifier.GreaterThan)]);

        Assert.Equal(100m, result.MeanV);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(WqiWarningKind.AboveMeasuringRange, warning.Kind);
        Assert.Equal("coliform above the measuring range (>2400 MPN/100mL), scored at that value; the index may be too high", warning.Message);
        Assert.False(result.HasBelowDetectionLimit);
    }

    [Fact]
    public void DO_without_temperature_is_left_out_with_a_warning()
    {
        var result = VnWqi.Compute([M("pH", 7m), M("Cu", 0.1m), M("DO", 7m), M("BOD5", 4m), M("COD", 10m), M("TOC", 4m)]);

        Assert.True(result.IsComputable);
        Assert.DoesNotContain(result.SubIndices, s => s.Parameter == "DO");
        Assert.DoesNotContain("DO", result.ParametersUsed);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(WqiWarningKind.DoWithoutTemperature, warning.Kind);
        Assert.Equal("DO left out: no water temperature (temp) to compute % saturation", warning.Message);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("50.1")]
    public void DO_with_a_temperature_outside_the_formula_range_is_left_out(string temperature)
    {
        var t = decimal.Parse(temperature, System.Globalization.CultureInfo.InvariantCulture);
        var result = VnWqi.Compute([M("pH", 7m), M("DO", 7m), M("temp", t), M("BOD5", 4m), M("COD", 10m), M("TOC", 4m)]);

        Assert.DoesNotContain(result.SubIndices, s => s.Parameter == "DO");
        Assert.Equal(WqiWarningKind.TemperatureOutOfRange, Assert.Single(result.Warnings).Kind);
    }

    [Fact]
    public void DO_sub_index_records_the_percent_saturation_it_was_read_on()
    {
        var result = VnWqi.Compute([M("pH", 7m), M("DO", 4.510904m), M("temp", 20m), M("BOD5", 4m), M("COD", 10m)]);

        var score = Assert.Single(result.SubIndices, s => s.Parameter == "DO");
        Assert.Equal(4.510904m, score.Value);
        Assert.Equal(50m, score.ScoredValue); // 4.510904 / 9.021808 = 50 %
        Assert.Equal(50m, score.SubIndex);
        Assert.Equal(["pH", "DO", "BOD5", "COD", "temp"], result.ParametersUsed);
    }

    public static TheoryData<WqiOptions, Measurement[], string[]> RequiredGroups => new()
    {
        { new(RequiresPesticides: true), [M("pH", 7m), M("Cu", 0.1m), M("BOD5", 4m), M("COD", 10m), M("TOC", 4m)], ["group II (pesticides) is required at this station but missing"] },
        { new(RequiresHeavyMetals: true), [M("pH", 7m), M("aldrin", 0.01m), M("BOD5", 4m), M("COD", 10m), M("TOC", 4m)], ["group III (heavy metals) is required at this station but missing"] },
        {
            new(RequiresPesticides: true, RequiresHeavyMetals: true), [M("pH", 7m), M("BOD5", 4m), M("COD", 10m), M("TOC", 4m), M("coliform", 100m)],
            ["group II (pesticides) is required at this station but missing", "group III (heavy metals) is required at this station but missing"]
        },
        { new(RequiresPesticides: true, RequiresHeavyMetals: true), [M("aldrin", 0.01m), M("Cu", 0.1m), M("BOD5", 4m), M("COD", 10m), M("TOC", 4m)], [] },
    };

    [Theory]
    [MemberData(nameof(RequiredGroups))]
    public void Required_groups_warn_when_missing_but_do_not_block_the_index(WqiOptions options, Measurement[] sample, string[] warnings)
    {
        var result = VnWqi.Compute(sample, options);

        Assert.True(result.IsComputable);
        Assert.Equal(warnings, result.Warnings.Select(w => w.Message));
        Assert.All(result.Warnings, w => Assert.Equal(WqiWarningKind.RequiredGroupMissing, w.Kind));
    }

    [Fact]
    public void Unknown_codes_and_impossible_values_are_ignored_with_warnings_and_other_codes_silently()
    {
        var result = VnWqi.Compute(
            [M("pH", 7m), M("Cu", 0.1m), M("BOD5", 4m), M("COD", 10m), M("TOC", 4m), M("NH4_N", -0.1m), M("XYZ", 1m), M("TSS", 30m), M("do", 8m), M("TEMP", 25m)]);

        Assert.Equal(
            [
                (WqiWarningKind.UnknownParameter, "XYZ", "unknown parameter 'XYZ' ignored"),
                (WqiWarningKind.InvalidValue, "NH4_N", "NH4_N cannot be negative; NH4_N -0.1 ignored"),
            ],
            result.Warnings.Select(w => (w.Kind, w.Parameter, w.Message)));
        Assert.Equal(["pH", "Cu", "DO", "BOD5", "COD", "TOC", "temp"], result.ParametersUsed); // codes read ignoring case
        Assert.True(result.IsComputable);
    }

    public static TheoryData<decimal, int, string, string> BandEdges => new()
    {
        { 100m, 100, "Rất tốt", "blue" },
        { 91m, 91, "Rất tốt", "blue" },
        { 90.5m, 91, "Rất tốt", "blue" },
        { 90.49m, 90, "Tốt", "green" },
        { 76m, 76, "Tốt", "green" },
        { 75.5m, 76, "Tốt", "green" },
        { 75.49m, 75, "Trung bình", "yellow" },
        { 75m, 75, "Trung bình", "yellow" },
        { 50.5m, 51, "Trung bình", "yellow" },
        { 50.49m, 50, "Xấu", "orange" },
        { 25.5m, 26, "Xấu", "orange" },
        { 25.49m, 25, "Kém", "red" },
        { 10m, 10, "Kém", "red" },
        { 9.5m, 10, "Kém", "red" },
        { 9.49m, 9, "Ô nhiễm rất nặng", "brown" },
        { 0.01m, 0, "Ô nhiễm rất nặng", "brown" },
    };

    [Theory]
    [MemberData(nameof(BandEdges))]
    public void Bands_classify_the_rounded_value(decimal unrounded, int rounded, string label, string colour)
    {
        Assert.Equal(rounded, VnWqi.Round(unrounded));
        var band = WqiBand.For(unrounded);
        Assert.Equal(label, band.VietnameseLabel);
        Assert.Equal(colour, band.Colour);
    }

    [Fact]
    public void Bands_cover_0_to_100_without_gaps_and_carry_the_reference_colours()
    {
        var bands = WqiBand.All;
        Assert.Equal(Enumerable.Range(0, 101), bands.SelectMany(b => Enumerable.Range(b.Min, b.Max - b.Min + 1)).Order());
        Assert.Equal(
            ["#3333FF", "#00E400", "#FFFF00", "#FF7E00", "#FF0000", "#7E0023"],
            bands.Select(b => b.Hex));
        Assert.Equal(["Very good", "Good", "Medium", "Bad", "Poor", "Very heavily polluted"], bands.Select(b => b.EnglishLabel));
        Assert.Throws<ArgumentOutOfRangeException>(() => WqiBand.For(101));
        Assert.Throws<ArgumentOutOfRangeException>(() => WqiBand.For(-1));
    }
}
