using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water;

/// <summary>
/// Product decision 6: the hourly or daily VN_WQI of an automatic station is computed with the same
/// rules on the <b>mean of each parameter</b> over the hour or day.
/// </summary>
/// <remarks>
/// How qualified values enter a mean (TheoDoi's rule, shown on the method page):
/// <list type="bullet">
/// <item>a "&lt;" value enters at its detection limit (as product decision 4 scores it), and a "&gt;" value
/// at the top of the measuring range;</item>
/// <item>the mean is "&lt;" (an upper bound: the true mean is at most this) when some value was "&lt;"
/// and none "&gt;", and "&gt;" (a lower bound) when some value was "&gt;" and none "&lt;"; so the index
/// of a mean carries the same flags as the index of a sample;</item>
/// <item>when both occur the bound goes both ways: the mean is plain, and <see cref="ParameterMean.Mixed"/>
/// says so.</item>
/// </list>
/// Means keep full decimal precision (product decision 1 rounds only the final index).
/// </remarks>
public static class PeriodMeans
{
    /// <summary>One parameter's mean over a period.</summary>
    public sealed record ParameterMean(string Parameter, decimal Mean, Qualifier Qualifier, int Count, bool Mixed);

    /// <summary>Means per parameter, in first-seen order; codes compared exactly.</summary>
    public static IReadOnlyList<ParameterMean> Compute(IEnumerable<Measurement> measurements)
    {
        var sums = new Dictionary<string, (decimal Sum, int Count, bool Less, bool Greater)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var m in measurements)
        {
            if (!sums.TryGetValue(m.Parameter, out var s))
            {
                order.Add(m.Parameter);
                s = (0m, 0, false, false);
            }

            sums[m.Parameter] = (s.Sum + m.Value, s.Count + 1, s.Less || m.Qualifier == Qualifier.LessThan, s.Greater || m.Qualifier == Qualifier.GreaterThan);
        }

        return order.Select(code =>
        {
            var s = sums[code];
            var qualifier = (s.Less, s.Greater) switch
            {
                (true, false) => Qualifier.LessThan,
                (false, true) => Qualifier.GreaterThan,
                _ => Qualifier.None,
            };
            return new ParameterMean(code, s.Sum / s.Count, qualifier, s.Count, s.Less && s.Greater);
        }).ToList();
    }

    /// <summary>The means as a sample for <see cref="VnWqi.Compute"/> and <see cref="Qcvn08.Classify(IReadOnlyCollection{Measurement}, DateTimeOffset)"/>.</summary>
    public static IReadOnlyList<Measurement> AsSample(IEnumerable<ParameterMean> means) =>
        means.Select(m => new Measurement(m.Parameter, m.Mean, m.Qualifier)).ToList();

    /// <summary>The VN_WQI of the period's means, with a warning for each parameter whose values were both "&lt;" and "&gt;".</summary>
    public static WqiResult Wqi(IEnumerable<Measurement> measurements, WqiOptions? options = null)
    {
        var means = Compute(measurements);
        var result = VnWqi.Compute(AsSample(means), options);
        var mixed = means.Where(m => m.Mixed).Select(m => new WqiWarning(WqiWarningKind.InvalidValue, m.Parameter, new(
            $"{m.Parameter}: trong kỳ có cả giá trị dưới giới hạn phát hiện và vượt giới hạn đo; giá trị trung bình không phải giới hạn nào",
            $"{m.Parameter}: the period mixes values below the detection limit and above the measuring range; the mean is neither bound")));
        return result with { Warnings = [.. result.Warnings, .. mixed] };
    }
}
