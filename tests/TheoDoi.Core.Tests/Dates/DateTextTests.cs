using TheoDoi.Core.Dates;

namespace TheoDoi.Core.Tests.Dates;

/// <summary>Dates typed as Vietnamese people type them: day first, always (issue 11, item 9).</summary>
public sealed class DateTextTests
{
    public static TheoryData<string, string> Accepted => new()
    {
        // typed → the date it is
        { "10/12/2026", "2026-12-10" },
        { "1/3/2026", "2026-03-01" },
        { "01/03/2026", "2026-03-01" },
        { " 01/03/2026 ", "2026-03-01" },
        { "12/10/2026", "2026-10-12" }, // 12 October in Việt Nam, never 10 December
        { "10.12.2026", "2026-12-10" },
        { "10-12-2026", "2026-12-10" },
        { "29/02/2024", "2024-02-29" },
        { "2026-12-10", "2026-12-10" }, // links and scripts send ISO dates
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void A_day_first_or_ISO_date_is_read_as_that_day(string typed, string expected)
    {
        var parsed = DateText.Parse(typed);

        Assert.True(parsed.Ok, parsed.Error?.Vi);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
    }

    [Theory]
    [InlineData("10/12/26")] // two-digit year: refused rather than guessed
    [InlineData("10/12-2026")] // mixed separators
    [InlineData("2026/12/10")]
    [InlineData("10 tháng 12 2026")]
    [InlineData("hôm nay")]
    [InlineData("2026-1-5")]
    public void Other_writings_are_refused_with_the_expected_form(string typed)
    {
        var parsed = DateText.Parse(typed);

        Assert.Null(parsed.Value);
        Assert.Equal(DateText.Expected, parsed.Error);
    }

    [Theory]
    [InlineData("31/04/2026")]
    [InlineData("29/02/2026")]
    [InlineData("00/01/2026")]
    [InlineData("01/13/2026")]
    [InlineData("01/01/1800")]
    public void A_day_that_is_not_on_the_calendar_is_refused_and_named(string typed)
    {
        var parsed = DateText.Parse(typed);

        Assert.Null(parsed.Value);
        Assert.Contains(typed, parsed.Error!.Vi, StringComparison.Ordinal);
        Assert.Contains("không có trên lịch", parsed.Error!.Vi, StringComparison.Ordinal);
        Assert.Contains("not a date", parsed.Error!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_is_no_date_and_no_error()
    {
        Assert.Equal(new ParsedDate(null, null), DateText.Parse("  "));
    }

    [Fact]
    public void A_date_goes_back_into_a_field_day_first_with_two_digits()
    {
        Assert.Equal("01/03/2026", DateText.Format(new DateOnly(2026, 3, 1)));
    }
}
