using System.Globalization;
using TheoDoi.Shared;

namespace TheoDoi.Tests.Web;

/// <summary>Numbers shown to people carry no meaningless trailing zeros: "97,5", not "97,50"; "40", not "40,00".</summary>
public sealed class FormatTests
{
    [Theory]
    [InlineData("97.5", 2, "97,5")]
    [InlineData("40.00", 2, "40")]
    [InlineData("95.238", 2, "95,24")]
    [InlineData("94.04", 1, "94")]
    [InlineData("1234.5", 2, "1.234,5")]
    [InlineData("0.105", 2, "0,11")]
    [InlineData("-0.001", 2, "0")]
    [InlineData("2500", 1, "2.500")]
    public void Numbers_are_rounded_and_shown_without_trailing_zeros(string value, int decimals, string expected)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
        try
        {
            Assert.Equal(expected, Format.Number(decimal.Parse(value, CultureInfo.InvariantCulture), decimals));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
