using TheoDoi.Core.Water.Security;

namespace TheoDoi.Core.Tests.Water.Security;

/// <summary>
/// Sen's slope picks its median by selection instead of sorting every pairwise slope (issue 9's
/// 200-well target, docs/benchmarks.md); the well page and the API must show the same slope as the
/// definition — the median of the sorted pairwise slopes (docs/reference/water-security.md).
/// </summary>
public sealed class SenSlopeSelectionTests
{
    [Theory]
    [InlineData(10, 1)]   // 45 pairs: odd, the middle one
    [InlineData(12, 2)]   // 66 pairs: even, the mean of the two middle ones
    [InlineData(60, 3)]   // five years monthly
    [InlineData(120, 4)]  // ten years monthly, 7 140 pairs
    [InlineData(121, 5)]
    public void The_slope_is_the_median_of_the_sorted_pairwise_slopes(int count, int seed)
    {
        var random = new Random(seed);
        var times = Enumerable.Range(0, count).Select(i => 2015 + (i / 12.0)).ToArray();
        // Depths rounded to 5 cm, so many pairwise slopes tie, as in real monthly dips.
        var values = times.Select(t => Math.Round((20 + (0.3 * (t - 2015)) + random.NextDouble()) * 20) / 20).ToArray();

        Assert.Equal(SortedMedian(times, values), GroundwaterTrend.SenSlope(times, values));
    }

    [Theory]
    [InlineData(new[] { 3.0, 1, 2 }, 0, 1.0)]
    [InlineData(new[] { 3.0, 1, 2 }, 2, 3.0)]
    [InlineData(new[] { 5.0, 5, 5, 5 }, 1, 5.0)]
    [InlineData(new[] { 2.0, 9, -1, 9, 4, 4, 0 }, 3, 4.0)]
    [InlineData(new[] { 2.0, 9, -1, 9, 4, 4, 0 }, 6, 9.0)]
    public void Selection_finds_the_kth_smallest(double[] items, int k, double expected) =>
        Assert.Equal(expected, GroundwaterTrend.Select(items, k));

    private static double SortedMedian(double[] times, double[] values)
    {
        var slopes = new List<double>();
        for (var i = 0; i < times.Length; i++)
        {
            for (var j = i + 1; j < times.Length; j++)
            {
                slopes.Add((values[j] - values[i]) / (times[j] - times[i]));
            }
        }

        slopes.Sort();
        var m = slopes.Count;
        return m % 2 == 1 ? slopes[m / 2] : (slopes[(m / 2) - 1] + slopes[m / 2]) / 2;
    }
}
