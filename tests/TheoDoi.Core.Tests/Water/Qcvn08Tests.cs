using System.Globalization;
using TheoDoi.Core.Water;

namespace TheoDoi.Core.Tests.Water;

/// <summary>QCVN 08:2023 and QCVN 08-MT:2015 as docs/reference/qcvn-08.md transcribes them.</summary>
public sealed class Qcvn08Tests
{
    private static Measurement M(string code, decimal value, Qualifier qualifier = Qualifier.None) => new(code, value, qualifier);

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    private static readonly DateTimeOffset s_2024 = At("2024-05-10T09:00:00+07:00");
    private static readonly DateTimeOffset s_2020 = At("2020-05-10T09:00:00+07:00");

    [Theory]
    [InlineData("2023-09-11T23:59:59+07:00", "QCVN 08-MT:2015/BTNMT")]
    [InlineData("2023-09-12T00:00:00+07:00", "QCVN 08:2023/BTNMT")]
    // 16:59 UTC on 11/09 is 23:59 in Hà Nội; 17:00 UTC is already 12/09 there.
    [InlineData("2023-09-11T16:59:59Z", "QCVN 08-MT:2015/BTNMT")]
    [InlineData("2023-09-11T17:00:00Z", "QCVN 08:2023/BTNMT")]
    [InlineData("2016-01-01T08:00:00+07:00", "QCVN 08-MT:2015/BTNMT")]
    [InlineData("2026-01-01T08:00:00+07:00", "QCVN 08:2023/BTNMT")]
    public void The_version_in_force_on_the_Vietnam_sampling_date_applies(string sampledAt, string code)
    {
        var standard = Qcvn08.StandardFor(At(sampledAt));

        Assert.Equal(code, standard.Code);
        Assert.True(standard.AppliesOn(Core.Time.VietnamTime.DateOf(At(sampledAt))));
    }

    public static TheoryData<string, decimal, string, bool> Levels2023 => new()
    {
        { "pH", 6.5m, "A", false },
        { "pH", 8.5m, "A", false },
        { "pH", 6.4m, "B", false },
        { "pH", 6.0m, "B", false },
        { "pH", 5.9m, "D", false },
        { "pH", 8.6m, "D", false },
        { "BOD5", 4m, "A", false },
        { "BOD5", 4.1m, "B", false },
        { "BOD5", 6m, "B", false },
        { "BOD5", 10m, "C", false },
        { "BOD5", 10.1m, "D", false },
        { "COD", 10m, "A", false },
        { "COD", 15m, "B", false },
        { "COD", 20m, "C", false },
        { "COD", 21m, "D", true }, // ">20 †"
        { "TOC", 4m, "A", false },
        { "TOC", 7m, "C", true }, // "≤8 †"
        { "TOC", 9m, "D", true }, // fails C's "≤8 †"
        { "TSS", 25m, "A", false },
        { "TSS", 26m, "B", true }, // "≤100 †"
        { "TSS", 150m, "C", true }, // fails B's "≤100 †"; no floating trash recorded
        { "DO", 6.0m, "A", true }, // "≥6.0 †"
        { "DO", 5.9m, "B", true }, // fails A's "≥6.0 †"
        { "DO", 5.0m, "B", true },
        { "DO", 4.5m, "C", false },
        { "DO", 4.0m, "C", false },
        { "DO", 3.9m, "D", true }, // "<4.0 †"
        { "TP", 0.1m, "A", true }, // the whole row is †
        { "TP", 0.6m, "D", true },
        { "TN", 1.5m, "B", true },
        { "coliform", 1000m, "A", false },
        { "coliform", 1001m, "B", false },
        { "coliform", 7500m, "C", false },
        { "coliform", 7501m, "D", false },
        { "thermo_coliform", 200m, "A", false },
        { "thermo_coliform", 1500m, "C", false },
        { "thermo_coliform", 1501m, "D", false },
    };

    [Theory]
    [MemberData(nameof(Levels2023))]
    public void Each_parameter_reaches_its_Bang_2_level(string parameter, decimal value, string level, bool unconfirmed)
    {
        var result = Qcvn08.Classify([M(parameter, value)], Qcvn08Tables.V2023);

        var only = Assert.Single(result.Parameters);
        Assert.Equal(level, only.Level.Code);
        Assert.Equal(unconfirmed, only.LimitUnconfirmed);
        Assert.Equal(unconfirmed, result.Notes.Any(n => n.StartsWith("limit unconfirmed: " + parameter, StringComparison.Ordinal)));
    }

    public static TheoryData<string, decimal, string, bool> Levels2015 => new()
    {
        { "pH", 6m, "A1", false },
        { "pH", 5.7m, "B1", false },
        { "pH", 9m, "B1", false },
        { "pH", 5.4m, ">B2", false },
        { "pH", 9.1m, ">B2", false },
        { "BOD5", 4m, "A1", false },
        { "BOD5", 5m, "A2", false },
        { "BOD5", 15m, "B1", false },
        { "BOD5", 25m, "B2", false },
        { "BOD5", 26m, ">B2", false },
        { "DO", 6m, "A1", false },
        { "DO", 5.5m, "A2", false },
        { "DO", 4m, "B1", false },
        { "DO", 2m, "B2", false },
        { "DO", 1.5m, ">B2", false },
        { "NH4_N", 0.3m, "A1", false }, // A1 and A2 share 0.3: the better column wins
        { "NH4_N", 0.5m, "B1", false },
        { "NO2_N", 0.05m, "A1", false },
        { "NO2_N", 0.06m, ">B2", true }, // every column is 0.05; B2's is †
        { "Cu", 0.15m, "A2", true }, // "0.2 †"
        { "Cu", 0.3m, "B1", true }, // fails A2's "0.2 †"
        { "Cu", 0.5m, "B1", true },
        { "Zn", 0.4m, "A1", false },
        { "Hg", 0.001m, "A1", false },
        { "Hg", 0.0015m, "B2", false },
        { "Fe", 1.2m, "B1", false },
        { "coliform", 10000m, "B2", false },
        { "coliform", 10001m, ">B2", false },
        { "ecoli", 20m, "A1", true }, // the whole row is †
        { "TSS", 30m, "A2", false },
    };

    [Theory]
    [MemberData(nameof(Levels2015))]
    public void Historical_samples_fall_in_a_2015_column(string parameter, decimal value, string level, bool unconfirmed)
    {
        var result = Qcvn08.Classify([M(parameter, value)], s_2020);

        Assert.Same(Qcvn08Tables.V2015, result.Standard);
        var only = Assert.Single(result.Parameters);
        Assert.Equal(level, only.Level.Code);
        Assert.Equal(unconfirmed, only.LimitUnconfirmed);
    }

    [Fact]
    public void The_sample_takes_its_worst_level_and_names_the_parameters_that_set_it()
    {
        var result = Qcvn08.Classify([M("pH", 7m), M("BOD5", 8m), M("COD", 18m), M("coliform", 900m), M("Fe", 3m)], s_2024);

        Assert.Equal("QCVN 08:2023/BTNMT", result.Standard.Code);
        Assert.Equal("C", result.Level?.Code);
        Assert.Equal(["BOD5", "COD"], result.Deciding.Select(p => p.Parameter));
        Assert.Equal(["pH", "BOD5", "COD", "coliform"], result.Parameters.Select(p => p.Parameter)); // Fe is not in Bảng 2
        Assert.False(result.LevelUsesUnconfirmedLimit);
    }

    [Fact]
    public void The_same_values_before_the_switch_are_classified_against_the_2015_columns()
    {
        var result = Qcvn08.Classify([M("pH", 7m), M("BOD5", 8m), M("COD", 18m), M("coliform", 900m), M("Fe", 3m)], s_2020);

        Assert.Equal("QCVN 08-MT:2015/BTNMT", result.Standard.Code);
        Assert.Equal(">B2", result.Level?.Code); // Fe 3 > B2's 2
        Assert.Equal(["Fe"], result.Deciding.Select(p => p.Parameter));
        Assert.Equal(["A1", "B1", "B1", "A1", ">B2"], result.Parameters.Select(p => p.Level.Code));
        Assert.Empty(result.Exceedances); // QCVN 08-MT:2015 has no separate health table
    }

    [Fact]
    public void A_sample_without_classified_parameters_is_not_classified()
    {
        var result = Qcvn08.Classify([M("Fe", 0.1m), M("temp", 25m)], s_2024);

        Assert.False(result.IsClassified);
        Assert.Null(result.Level);
        Assert.Empty(result.Deciding);
        Assert.Contains(result.Notes, n => n.StartsWith("not classified", StringComparison.Ordinal));
    }

    [Fact]
    public void A_level_resting_on_an_unconfirmed_cell_says_so()
    {
        var result = Qcvn08.Classify([M("BOD5", 12m), M("COD", 25m)], s_2024);

        Assert.Equal("D", result.Level?.Code);
        Assert.True(result.LevelUsesUnconfirmedLimit); // COD ">20 †"
        Assert.Contains("limit unconfirmed: COD (D >20)", result.Notes);
    }

    [Fact]
    public void TSS_above_100_is_C_with_a_note_that_floating_trash_would_make_it_D()
    {
        var result = Qcvn08.Classify([M("TSS", 150m)], s_2024);

        Assert.Equal("C", result.Level?.Code);
        Assert.Contains(result.Notes, n => n.StartsWith("TSS: TSS above 100 mg/L is level C without floating trash", StringComparison.Ordinal));
        Assert.Contains(result.NoteTexts, n => n.Vi == "TSS: TSS trên 100 mg/L là mức C khi không có rác nổi và mức D khi có; rác nổi không được ghi nhận nên lấy mức C");
    }

    [Fact]
    public void Every_note_has_a_Vietnamese_form_for_Vietnamese_pages()
    {
        var result = Qcvn08.Classify([M("BOD5", 2m, Qualifier.LessThan), M("COD", -1m), M("Cd", 0.01m, Qualifier.LessThan), M("TSS", 150m)], s_2024);

        Assert.Equal(result.Notes, result.NoteTexts.Select(n => n.En));
        Assert.Contains("BOD5 được báo cáo là <2, phân loại theo giá trị đó", result.NoteTexts.Select(n => n.Vi));
        Assert.Contains("COD không thể âm; bỏ qua COD -1", result.NoteTexts.Select(n => n.Vi));
        Assert.Contains(result.NoteTexts, n => n.Vi.StartsWith("Cd được báo cáo là <0,01: giới hạn phát hiện cao hơn giới hạn (Cd ≤ 0,005 mg/L)", StringComparison.Ordinal));
    }

    public static TheoryData<Measurement[], (string Parameter, decimal Value, decimal Limit, decimal Ratio)[]> Exceedances => new()
    {
        { [M("As", 0.02m)], [("As", 0.02m, 0.01m, 2m)] },
        { [M("As", 0.01m)], [] }, // at the limit is not above it
        { [M("NH4_N", 0.45m), M("NO2_N", 0.05m)], [("NH4_N", 0.45m, 0.3m, 1.5m)] },
        { [M("Hg", 0.0025m), M("Fe", 0.75m), M("aldrin", 0.1m)], [("Hg", 0.0025m, 0.001m, 2.5m), ("Fe", 0.75m, 0.5m, 1.5m)] }, // catalogue order
        // Heptachlor + heptachlorepoxide: 0.15 + 0.15 = 0.3 µg/L against 0.2.
        { [M("heptachlor", 0.15m), M("heptachlorepoxide", 0.15m)], [("heptachlor", 0.3m, 0.2m, 1.5m)] },
        { [M("bhc", 0.03m), M("hexachlorobenzene", 0.02m)], [("bhc", 0.03m, 0.02m, 1.5m)] },
        // A value above the measuring range that is already at the limit: the true value is above it.
        { [M("Cu", 0.1m, Qualifier.GreaterThan)], [("Cu", 0.1m, 0.1m, 1m)] },
        // Below a detection limit that is itself above the limit: cannot be judged, not an exceedance.
        { [M("Cd", 0.01m, Qualifier.LessThan)], [] },
    };

    [Theory]
    [MemberData(nameof(Exceedances))]
    public void Values_above_Bang_1_limits_are_exceedances_with_their_ratio(Measurement[] sample, (string Parameter, decimal Value, decimal Limit, decimal Ratio)[] expected)
    {
        var result = Qcvn08.Classify(sample, s_2024);

        Assert.Equal(expected, result.Exceedances.Select(e => (e.Parameter, e.Value, e.Limit, e.Ratio)));
    }

    [Fact]
    public void An_undecidable_detection_limit_is_noted()
    {
        var result = Qcvn08.Classify([M("Cd", 0.01m, Qualifier.LessThan)], s_2024);

        Assert.Contains("Cd reported as <0.01: the detection limit is above the limit (Cd ≤ 0.005 mg/L), so an exceedance cannot be judged", result.Notes);
    }

    [Fact]
    public void A_target_check_lists_each_parameter_worse_than_the_target_with_its_limit_and_ratio()
    {
        var check = Qcvn08.CheckTarget([M("pH", 5.8m), M("BOD5", 9m), M("DO", 4.5m), M("COD", 12m), M("coliform", 800m)], s_2024, "B");

        Assert.False(check.Meets);
        Assert.Equal("B", check.Target?.Code);
        Assert.Equal(
            [
                ("pH", "D", (decimal?)null, (decimal?)null),
                ("DO", "C", 5m, 0.9m), // needs ≥5.0
                ("BOD5", "C", 6m, 1.5m), // needs ≤6
            ],
            check.Violations.Select(v => (v.Parameter, v.Level.Code, v.Limit, v.Ratio)));
        Assert.Equal("6.0–8.5", check.Violations[0].TargetCell.Text);
    }

    [Fact]
    public void A_sample_at_or_better_than_the_target_meets_it()
    {
        var check = Qcvn08.CheckTarget([M("BOD5", 4m), M("DO", 7m)], s_2024, "b");

        Assert.True(check.Meets);
        Assert.Empty(check.Violations);
    }

    [Fact]
    public void A_target_from_the_other_version_is_not_applicable_rather_than_a_crash()
    {
        var check = Qcvn08.CheckTarget([M("BOD5", 30m)], s_2020, "B");

        Assert.False(check.Meets);
        Assert.Equal("target level 'B' is not a level of QCVN 08-MT:2015/BTNMT (A1, A2, B1, B2, >B2)", check.NotApplicableReason);
        Assert.Equal("B1", Assert.Single(Qcvn08.CheckTarget([M("BOD5", 30m)], s_2020, "B1").Violations).TargetCell.Level);
    }

    [Fact]
    public void Unconfirmed_target_cells_are_flagged_on_violations()
    {
        var check = Qcvn08.CheckTarget([M("Cu", 0.3m)], s_2020, "A2");

        var violation = Assert.Single(check.Violations);
        Assert.True(violation.LimitUnconfirmed); // A2 Cu "0.2 †"
        Assert.Equal(1.5m, violation.Ratio);
    }

    [Fact]
    public void Tables_are_complete_and_in_canonical_units()
    {
        foreach (var standard in Qcvn08Tables.All)
        {
            foreach (var criterion in standard.Criteria)
            {
                Assert.Equal(WaterParameters.Get(criterion.Parameter).CanonicalUnit, criterion.Unit);
                Assert.Equal(standard.Levels.Select(l => l.Code), criterion.Cells.Select(c => c.Level));
            }

            Assert.All(standard.HealthLimits, l => Assert.Equal(WaterParameters.Get(l.Parameter).CanonicalUnit, l.Unit));
        }

        Assert.Equal(36, Qcvn08Tables.V2023.HealthLimits.Count);
        Assert.Equal(10, Qcvn08Tables.V2023.Criteria.Count);
        Assert.Equal(20, Qcvn08Tables.V2015.Criteria.Count);
    }

    [Fact]
    public void Qualified_and_impossible_values_are_noted()
    {
        var result = Qcvn08.Classify([M("BOD5", 2m, Qualifier.LessThan), M("COD", -1m)], s_2024);

        Assert.Equal("A", result.Level?.Code);
        Assert.Contains("BOD5 reported as <2, classified at that value", result.Notes);
        Assert.Contains("COD cannot be negative; COD -1 ignored", result.Notes);
    }
}
