using TheoDoi.Core.Water;

namespace TheoDoi.Core.Tests.Water;

public sealed class PeriodMeansTests
{
    [Fact]
    public void Plain_values_are_averaged_per_parameter()
    {
        var means = PeriodMeans.Compute([new("DO", 5m), new("DO", 6m), new("BOD5", 4m), new("DO", 7m)]);

        Assert.Equal(2, means.Count);
        Assert.Equal(new PeriodMeans.ParameterMean("DO", 6m, Qualifier.None, 3, false), means[0]);
        Assert.Equal(4m, means[1].Mean);
    }

    [Fact]
    public void A_value_below_the_detection_limit_enters_at_the_limit_and_flags_the_mean()
    {
        var means = PeriodMeans.Compute([new("NH4_N", 0.02m, Qualifier.LessThan), new("NH4_N", 0.1m)]);

        Assert.Equal(0.06m, means[0].Mean);
        Assert.Equal(Qualifier.LessThan, means[0].Qualifier);
    }

    [Fact]
    public void Values_above_the_range_make_a_lower_bound_and_both_kinds_make_a_plain_mean()
    {
        Assert.Equal(Qualifier.GreaterThan, PeriodMeans.Compute([new("coliform", 24000m, Qualifier.GreaterThan), new("coliform", 1000m)])[0].Qualifier);
        var mixed = PeriodMeans.Compute([new("coliform", 24000m, Qualifier.GreaterThan), new("coliform", 3m, Qualifier.LessThan)])[0];
        Assert.Equal(Qualifier.None, mixed.Qualifier);
        Assert.True(mixed.Mixed);
    }

    [Fact]
    public void The_index_of_the_means_uses_the_same_rules_and_carries_the_flag()
    {
        var hour = new List<Measurement>
        {
            new("pH", 7.0m), new("pH", 7.4m),
            new("DO", 5.5m), new("DO", 5.9m), new("temp", 27m), new("temp", 28m),
            new("BOD5", 2m, Qualifier.LessThan), new("BOD5", 2m, Qualifier.LessThan),
        };
        var direct = VnWqi.Compute([new("pH", 7.2m), new("DO", 5.7m), new("temp", 27.5m), new("BOD5", 2m, Qualifier.LessThan)]);

        var result = PeriodMeans.Wqi(hour);

        Assert.Equal(direct.Value, result.Value);
        Assert.True(result.HasBelowDetectionLimit);
    }
}
