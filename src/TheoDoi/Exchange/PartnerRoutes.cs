using TheoDoi.Core.Exchange;
using TheoDoi.Water;

namespace TheoDoi.Exchange;

/// <summary>How a partner read is scoped: its fixed data group, whether the station's own group counts, and which dates it reads.</summary>
public enum ReadDates
{
    /// <summary>No dated data (a station's description, a list narrowed afterwards).</summary>
    None,

    /// <summary><c>from</c>/<c>to</c> (default: the last 12 months), narrowed to the agreement's period.</summary>
    Period,

    /// <summary>The latest values (percentiles, storage, trends, forecasts): today must lie in the agreement's period.</summary>
    Latest,
}

public sealed record PartnerRoute(string Pattern, DataGroups Group, bool ByStationType, ReadDates Dates);

/// <summary>
/// The one list of what a partner key may call (issue 10, item 3): the public reads, each with the
/// data group it belongs to. A route not listed here is refused to a key (403) — a new public
/// endpoint is closed to partners until it is added, and the tests walk every public endpoint.
/// Licences and restricted zones are no data group of an agreement, so they are not shared.
/// </summary>
public static class PartnerRoutes
{
    private const string Water = "/api/v1/public/water";
    private const string Station = Water + "/stations/{code}";
    public const string ReadChangesRoute = "/api/v1/exchange/changes";

    public static IReadOnlyList<PartnerRoute> All { get; } =
    [
        new(Water + "/stations", DataGroups.None, ByStationType: true, ReadDates.None),
        new(Station, DataGroups.None, ByStationType: true, ReadDates.None),
        new(Station + "/observations", DataGroups.None, ByStationType: true, ReadDates.Period),
        new(Station + "/wqi", DataGroups.Quality, ByStationType: true, ReadDates.Period),
        new(Station + "/export", DataGroups.None, ByStationType: true, ReadDates.Period),
        new(Station + "/percentile", DataGroups.None, ByStationType: true, ReadDates.Latest),
        new(Station + "/storage", DataGroups.Reservoir, ByStationType: true, ReadDates.Latest),
        new(Station + "/groundwater-trend", DataGroups.Groundwater, ByStationType: true, ReadDates.Latest),
        new(Station + "/salinity-events", DataGroups.Salinity, ByStationType: true, ReadDates.Period),
        new(Station + "/forecast", DataGroups.Forecast, ByStationType: true, ReadDates.Latest),
        new(Water + "/alerts", DataGroups.Quality, ByStationType: false, ReadDates.None),
        new(Water + "/security", DataGroups.Indicators, ByStationType: false, ReadDates.Latest),
        new("/api/v1/public/indicators", DataGroups.Indicators, ByStationType: false, ReadDates.None),
        new("/api/v1/public/indicators/{code}", DataGroups.Indicators, ByStationType: false, ReadDates.None),
        new("/api/v1/public/indicators/{code}/values", DataGroups.Indicators, ByStationType: false, ReadDates.None),
        new("/api/v1/public/indicators/{code}/progress", DataGroups.Indicators, ByStationType: false, ReadDates.None),

        // The changes feed narrows itself to the agreement's stations, groups, period and raw data (Exchange/ReadChanges).
        new(ReadChangesRoute, DataGroups.None, ByStationType: false, ReadDates.None),

        // SensorThings narrows every entity set to the agreement itself (SensorThings/StaEndpoints.VisibilityOfAsync).
        new("/sta/v1.1", DataGroups.None, ByStationType: false, ReadDates.None),
        new("/sta/v1.1/{**path}", DataGroups.None, ByStationType: false, ReadDates.None),
    ];

    public static PartnerRoute? For(Endpoint? endpoint) =>
        endpoint is RouteEndpoint { RoutePattern.RawText: { } pattern } && HttpMethods.IsGet(endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? "")
            ? All.FirstOrDefault(r => string.Equals(r.Pattern, pattern.TrimEnd('/'), StringComparison.Ordinal))
            : null;

    /// <summary>The data group of what a station measures.</summary>
    public static DataGroups GroupOf(StationType type) => type switch
    {
        StationType.River => DataGroups.LevelDischarge,
        StationType.Reservoir => DataGroups.Reservoir,
        StationType.Groundwater => DataGroups.Groundwater,
        StationType.Salinity => DataGroups.Salinity,
        _ => DataGroups.Quality,
    };
}
