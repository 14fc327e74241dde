namespace TheoDoi.Core.Time;

/// <summary>
/// Deadlines and "today" are civil dates in Việt Nam (UTC+7, no daylight saving), whatever the
/// server's or the user's time zone.
/// </summary>
public static class VietnamTime
{
    public static TimeZoneInfo Zone { get; } = LoadZone();

    public static DateTimeOffset Now(TimeProvider clock)
    {
        return TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone);
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock).DateTime);

    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    private static TimeZoneInfo LoadZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            // Machines without tzdata: the zone has had a fixed +07:00 offset since 1975.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Giờ Việt Nam", "Giờ Việt Nam");
        }
    }
}
