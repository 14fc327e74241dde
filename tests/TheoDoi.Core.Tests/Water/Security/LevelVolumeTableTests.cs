using TheoDoi.Core.Water.Security;

namespace TheoDoi.Core.Tests.Water.Security;

/// <summary>Level–volume tables read linearly, never extrapolated (docs/reference/water-security.md, BoM row). Rows are demo figures.</summary>
public sealed class LevelVolumeTableTests
{
    private static readonly LevelVolumeRow[] s_demo = [new(50m, 100m), new(55m, 600m), new(62m, 2_765m)];

    private static LevelVolumeTable Table() => LevelVolumeTable.Build(s_demo).Value;

    public static TheoryData<decimal, decimal> Interpolated => new()
    {
        { 50m, 100m },       // the first row itself
        { 52.5m, 350m },     // half-way: 100 + 0.5 × 500
        { 55m, 600m },       // a row
        { 58.5m, 1_682.5m }, // 600 + 3.5/7 × 2 165
        { 62m, 2_765m },     // the last row
    };

    [Theory]
    [MemberData(nameof(Interpolated))]
    public void Volume_is_linear_between_the_rows_around_the_level(decimal level, decimal volume) =>
        Assert.Equal(volume, Table().VolumeAt(level).Value);

    [Theory]
    [InlineData(49.99)]
    [InlineData(62.01)]
    public void A_level_outside_the_table_is_refused_with_the_table_range(double level)
    {
        var result = Table().VolumeAt((decimal)level);

        Assert.False(result.IsComputed);
        Assert.Contains("(50–62 m)", result.Refusal!.En, StringComparison.Ordinal);
    }

    public static TheoryData<LevelVolumeRow[], string> BadTables => new()
    {
        { [new(50m, 100m)], "at least 2 rows, has 1" },
        { [new(50m, 100m), new(50m, 200m)], "Row 2: level and volume" },
        { [new(50m, 100m), new(51m, 300m), new(52m, 300m)], "Row 3: level and volume" },
        { [new(50m, -1m), new(51m, 300m)], "Row 1: negative volume" },
    };

    [Theory]
    [MemberData(nameof(BadTables))]
    public void A_table_that_is_not_strictly_increasing_or_too_short_is_refused_naming_the_row(LevelVolumeRow[] rows, string reason) =>
        Assert.Contains(reason, LevelVolumeTable.Build(rows).Refusal!.En, StringComparison.Ordinal);

    [Fact]
    public void Percent_full_is_volume_over_full_supply()
    {
        // Trị An: 2.765 bn m³ = 2 765 hm³ (docs/reference/water-security.md); 1 382.5 hm³ is half.
        Assert.Equal(50, StorageComparison.PercentFull(1_382.5m, 2_765m).Value, 9);
        Assert.False(StorageComparison.PercentFull(1m, 0m).IsComputed);
    }

    [Fact]
    public void Comparison_with_last_year_uses_the_same_date_and_28_february_for_a_leap_day()
    {
        DatedValue[] record = [new(new DateOnly(2023, 2, 28), 1_000m)];

        var change = StorageComparison.VersusLastYear(record, new DateOnly(2024, 2, 29), 1_200m);

        Assert.Equal(200m, change.Value);
        Assert.False(StorageComparison.VersusLastYear(record, new DateOnly(2024, 3, 1), 1m).IsComputed);
    }

    [Fact]
    public void The_normal_is_the_median_of_the_same_day_in_past_years()
    {
        // 10 past years, values 100…1000 on 1 April: median (500 + 600) ÷ 2 = 550.
        var record = Enumerable.Range(0, 10).Select(i => new DatedValue(new DateOnly(2015 + i, 4, 1), (i + 1) * 100m)).ToList();

        var (normal, difference) = StorageComparison.VersusNormal(record, new DateOnly(2025, 4, 1), 500m).Value;

        Assert.Equal(550m, normal);
        Assert.Equal(-50m, difference);
        Assert.Contains("has 9", StorageComparison.VersusNormal(record[1..], new DateOnly(2025, 4, 1), 500m).Refusal!.En, StringComparison.Ordinal);
    }
}
