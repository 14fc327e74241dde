using TheoDoi.Core.Indicators;

namespace TheoDoi.Core.Tests.Indicators;

/// <summary>Least squares: slope = Σ(x − x̄)(y − ȳ) ÷ Σ(x − x̄)², value = ȳ + slope × (year − x̄).</summary>
public sealed class LinearTrendTests
{
    public static TheoryData<string, int, bool, double, double, double, int> Projections => new()
    {
        // points, year, clamp → value, unclamped value, slope, point count
        // Exactly on a line: +5 a year from 60 in 2020; 2030 → 60 + 5 × 10 = 110.
        { "2020:60;2022:70;2024:80", 2030, false, 110, 110, 5, 3 },
        // ... clamped to 100 only when asked.
        { "2020:60;2022:70;2024:80", 2030, true, 100, 110, 5, 3 },
        // Industrial parks, national: x̄ = 6067/3 ≈ 2022.3333, ȳ = 274.1/3 ≈ 91.3667;
        // Σ(x − x̄)(y − ȳ) ≈ (−2.3333)(−2.3667) + (−0.3333)(−0.3667) + (2.6667)(2.7333) ≈ 12.9333;
        // Σ(x − x̄)² ≈ 5.4444 + 0.1111 + 7.1111 = 12.6667; slope ≈ 1.021053;
        // 2030: 91.3667 + 1.021053 × 7.6667 ≈ 99.194737. Missing years (2021, 2023, 2024) are simply absent.
        { "2020:89;2022:91;2025:94.1", 2030, true, 99.194737, 99.194737, 1.021053, 3 },
        // Two points define the line: (2020, 20) and (2025, 10): −2 a year; 2030 → 0, 2032 → −4.
        { "2020:20;2025:10", 2030, false, 0, 0, -2, 2 },
        { "2020:20;2025:10", 2032, false, -4, -4, -2, 2 },
        { "2020:20;2025:10", 2032, true, 0, -4, -2, 2 },
        // Order of input does not matter.
        { "2025:10;2020:20", 2030, false, 0, 0, -2, 2 },
        // A flat series stays flat.
        { "2021:50;2022:50;2023:50", 2030, false, 50, 50, 0, 3 },
        // Projecting backwards works too: 2018 on the first line → 60 − 5 × 2 = 50.
        { "2020:60;2022:70;2024:80", 2018, false, 50, 50, 5, 3 },
        // Noisy points: (2020,1), (2021,3), (2022,2), (2023,4): x̄ = 2021.5, ȳ = 2.5;
        // Σxy = (−1.5)(−1.5) + (−0.5)(0.5) + (0.5)(−0.5) + (1.5)(1.5) = 4; Σxx = 5; slope 0.8;
        // 2030: 2.5 + 0.8 × 8.5 = 9.3.
        { "2020:1;2021:3;2022:2;2023:4", 2030, false, 9.3, 9.3, 0.8, 4 },
    };

    [Theory]
    [MemberData(nameof(Projections))]
    public void Projects_the_least_squares_line(string points, int year, bool clamp, double value, double unclamped, double slope, int count)
    {
        var projection = LinearTrend.Project(Series.Points(points), year, clamp);

        Assert.NotNull(projection);
        Assert.Equal(year, projection.Year);
        Assert.Equal(value, projection.Value, 6);
        Assert.Equal(unclamped, projection.UnclampedValue, 6);
        Assert.Equal(value != unclamped, projection.Clamped);
        Assert.Equal(slope, projection.Slope, 6);
        Assert.Equal(count, projection.PointCount);
        Assert.Equal(count, projection.Points.Count);
        // The line passes through (x̄, ȳ) and value = intercept + slope × year.
        Assert.Equal(unclamped, projection.Intercept + (projection.Slope * year), 6);
    }

    [Theory]
    [InlineData("")]                    // no point
    [InlineData("2025:94.1")]           // a single point
    [InlineData("2025:94.1;2025:93")]   // two points in one year: no slope
    public void Fewer_than_two_years_give_no_projection(string points)
    {
        Assert.Null(LinearTrend.Project(Series.Points(points), 2030));
    }

    [Fact]
    public void The_intercept_is_the_value_in_year_zero()
    {
        // +5 a year through (2020, 60): 60 − 5 × 2020 = −10040.
        var projection = LinearTrend.Project(Series.Points("2020:60;2022:70;2024:80"), 2030)!;

        Assert.Equal(-10040, projection.Intercept, 6);
    }
}
