using TheoDoi.Core.Numbers;

namespace TheoDoi.Core.Tests.Numbers;

/// <summary>The one number parser for forms, imports and workbooks, as Vietnamese people type numbers.</summary>
public sealed class NumberTextTests
{
    public static TheoryData<string, NumberKind, string?> Accepted => new()
    {
        { "97,5", NumberKind.Decimal, "97.5" },
        { "97.5", NumberKind.Decimal, "97.5" },
        { "0.730", NumberKind.Decimal, "0.730" },
        { "1.234,5", NumberKind.Decimal, "1234.5" },
        { "1.234.567", NumberKind.Decimal, "1234567" },
        { "1 730", NumberKind.Count, "1730" },
        { "1.730", NumberKind.Count, "1730" },
        { "1.730", NumberKind.Ratio, "1730" },
        { "412,5", NumberKind.Ratio, "412.5" },
        { "-3,25", NumberKind.Decimal, "-3.25" },
        { "  40 ", NumberKind.Count, "40" },
        { "", NumberKind.Decimal, null },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Numbers_typed_the_Vietnamese_way_are_read_as_meant(string text, NumberKind kind, string? expected)
    {
        var parsed = NumberText.Parse(text, kind);
        Assert.True(parsed.Ok, parsed.Error?.En);
        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
    }

    public static TheoryData<string, NumberKind, string> Refused => new()
    {
        { "1.730", NumberKind.Decimal, "ambiguous" },
        { "1,5", NumberKind.Count, "whole number" },
        { "100000000000000000000000000000", NumberKind.Decimal, "too large" },
        { "1,2,3", NumberKind.Decimal, "not a number" },
        { "1,234.5", NumberKind.Decimal, "not a number" },
        { "mười", NumberKind.Count, "not a number" },
        { "1e29", NumberKind.Decimal, "not a number" },
        { "12.34.5", NumberKind.Decimal, "not a number" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Ambiguous_oversized_and_malformed_numbers_are_refused_with_the_reason(string text, NumberKind kind, string reason)
    {
        var parsed = NumberText.Parse(text, kind);
        Assert.False(parsed.Ok);
        Assert.Null(parsed.Value);
        Assert.Contains(reason, parsed.Error!.En, StringComparison.Ordinal);
        Assert.NotEqual(parsed.Error.En, parsed.Error.Vi);
    }

    [Fact]
    public void A_spreadsheet_number_past_the_decimal_range_is_refused_not_thrown()
    {
        Assert.Contains("too large", NumberText.FromDouble(1e29, NumberKind.Decimal).Error!.En, StringComparison.Ordinal);
        Assert.Contains("too large", NumberText.FromDouble(double.PositiveInfinity, NumberKind.Decimal).Error!.En, StringComparison.Ordinal);
        Assert.Equal(1730m, NumberText.FromDouble(1730, NumberKind.Count).Value);
        Assert.False(NumberText.FromDouble(1.73, NumberKind.Count).Ok);
    }
}
