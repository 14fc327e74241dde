namespace TheoDoi.SensorThings;

/// <summary>
/// The @iot.id of each entity: integers derived from the store's own keys, so they are stable for as
/// long as the rows are and need no table of their own (OGC 18-088 leaves the id type to the
/// service). Things, Locations, HistoricalLocations and FeaturesOfInterest share the station's id;
/// a Datastream is <c>station × 1000 + parameter</c> (an index: 900 + its resolution); an
/// Observation is <c>datastream × 10¹⁰ + its Unix second</c>, which orders like the table's key.
/// </summary>
public static class StaIds
{
    public const long PerStation = 1000;
    public const long PerDatastream = 10_000_000_000;
    public const int IndexBase = 900;

    /// <summary>The sample VN_WQI (periodic stations) and the daily index (automatic ones).</summary>
    public const int SampleIndex = IndexBase + 0;
    public const int DailyIndex = IndexBase + 2;

    public const long PeriodicSensor = 1;
    public const long AutomaticSensor = 2;
    public const long IndexSensor = 3;

    public static (int Station, int Parameter) Datastream(long id) => (Key(id / PerStation), (int)(id % PerStation));

    /// <summary>
    /// The store key (an int column) an id stands for; an id out of its range matches no row. Queries compare
    /// the column with this int, never the column widened to a long: a cast column is not the key, and the
    /// database then scans the table instead of seeking its index (SQLite and PostgreSQL alike).
    /// </summary>
    public static int Key(long id) => id is > 0 and <= int.MaxValue ? (int)id : -1;

    public static bool IsIndex(long parameter) => parameter >= IndexBase;
}
