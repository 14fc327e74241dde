namespace TheoDoi.Core.Water;

/// <summary>
/// Roots in <see cref="decimal"/>, so VN_WQI keeps full decimal precision to the end (product decision
/// 1) and a value that is exactly x.5 rounds as it should instead of landing on x.4999… in binary.
/// </summary>
internal static class DecimalMath
{
    /// <summary>The positive <paramref name="n"/>-th root of a non-negative <paramref name="x"/>, by Newton's method.</summary>
    public static decimal Root(decimal x, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (x == 0m || n == 1)
        {
            return x;
        }

        var y = (decimal)Math.Pow((double)x, 1.0 / n); // start near the answer: a few steps suffice
        for (var i = 0; i < 100; i++)
        {
            var next = (((n - 1) * y) + (x / Power(y, n - 1))) / n;
            if (next == y)
            {
                break;
            }

            y = next;
        }

        return y;
    }

    private static decimal Power(decimal x, int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= x;
        }

        return result;
    }

    /// <summary>The geometric mean of positive values.</summary>
    public static decimal GeometricMean(IReadOnlyList<decimal> values)
    {
        var product = 1m;
        foreach (var value in values)
        {
            product *= value;
        }

        return Root(product, values.Count);
    }

    /// <summary>The same value without trailing zeros (0.020 → 0.02), so converted values print as people write them.</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>Invariant text of a value without trailing zeros and never in exponent notation.</summary>
    public static string Format(decimal value) =>
        Normalize(value).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
