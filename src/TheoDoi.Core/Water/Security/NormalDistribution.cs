namespace TheoDoi.Core.Water.Security;

/// <summary>The normal tail for the Mann–Kendall p-value (docs/reference/water-security.md, TN-IV-09 row).</summary>
public static class NormalDistribution
{
    /// <summary>
    /// erfc(x) by the Chebyshev fit of Numerical Recipes (2nd ed., §6.2, erfcc): fractional error below
    /// 1.2 × 10⁻⁷ everywhere, ample for a test at p &lt; 0.05; .NET has no erfc of its own.
    /// </summary>
    public static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1.0 / (1.0 + (0.5 * z));
        double[] coefficients = [-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277];
        var polynomial = 0.0;
        for (var i = coefficients.Length - 1; i >= 0; i--)
        {
            polynomial = coefficients[i] + (t * polynomial);
        }

        var r = t * Math.Exp((-z * z) + polynomial);
        return x >= 0 ? r : 2.0 - r;
    }

    /// <summary>Two-sided p of a standard normal Z: P(|N(0,1)| ≥ |z|) = erfc(|z| ÷ √2).</summary>
    public static double TwoSidedP(double z) => Erfc(Math.Abs(z) / Math.Sqrt(2.0));
}
