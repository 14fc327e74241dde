using Microsoft.Extensions.Time.Testing;
using TheoDoi.Core.Time;

namespace TheoDoi.Core.Tests.Time;

/// <summary>"Today" and deadlines are Việt Nam civil dates (UTC+7), whatever the server's zone.</summary>
public sealed class VietnamTimeTests
{
    [Theory]
    [InlineData("2026-12-09T16:59:59Z", "2026-12-09")] // 23:59:59 in Hà Nội
    [InlineData("2026-12-09T17:00:00Z", "2026-12-10")] // 00:00 in Hà Nội
    [InlineData("2026-12-10T16:59:59Z", "2026-12-10")]
    [InlineData("2026-12-31T17:00:00Z", "2027-01-01")]
    public void Today_is_the_date_in_Vietnam(string utc, string expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), VietnamTime.Today(clock));
    }

    [Fact]
    public void An_instant_from_another_zone_is_dated_in_Vietnam()
    {
        // 10/12 at 12:30 in Paris (UTC+1) is 18:30 the same day in Hà Nội.
        var paris = new DateTimeOffset(2026, 12, 10, 12, 30, 0, TimeSpan.FromHours(1));
        // 10/12 at 20:00 in New York (UTC−5) is already 11/12 in Hà Nội.
        var newYork = new DateTimeOffset(2026, 12, 10, 20, 0, 0, TimeSpan.FromHours(-5));

        Assert.Equal(new DateOnly(2026, 12, 10), VietnamTime.DateOf(paris));
        Assert.Equal(new DateOnly(2026, 12, 11), VietnamTime.DateOf(newYork));
    }
}
