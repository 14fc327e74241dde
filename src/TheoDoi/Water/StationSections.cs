using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Water.Security;
using TheoDoi.Data;

namespace TheoDoi.Water;

/// <summary>The period a station page shows, and whether its reader sees validated values only (public).</summary>
public sealed record StationPeriod(WaterStation Station, DateOnly From, DateOnly To, bool ValidatedOnly, DateOnly Today)
{
    public (long From, long To) Span => WaterQueries.Span(From, To);

    /// <summary>The days of the period that have a value, as (noon of the day in Unix seconds, value) for the charts.</summary>
    public static long Noon(DateOnly day) => WaterQueries.Span(day, day).From + 43_200;

    public IReadOnlyList<DatedValue> InPeriod(IEnumerable<DatedValue> values) => [.. values.Where(v => v.Date >= From && v.Date <= To)];
}

/// <summary>
/// The sections a station page shows by its type (issue 9, item 6): quality stations keep the index and
/// QCVN 08 charts, the others get one section each, loaded here so the page model stays short.
/// </summary>
public sealed record StationSections(StationLevelSection? Level, StationStorageSection? Storage, StationWellSection? Well, StationSalinitySection? Salinity)
{
    public static StationSections None { get; } = new(null, null, null, null);

    public static async Task<StationSections> LoadAsync(AppDbContext db, WaterSecurityReads reads, StationPeriod period, CancellationToken ct) => period.Station.Type switch
    {
        StationType.River => new(await StationLevelSection.LoadAsync(reads, period, ["Q", "H"], ct), null, null, null),
        StationType.Reservoir => new(await StationLevelSection.LoadAsync(reads, period, ["H", "Q"], ct), await StationStorageSection.LoadAsync(reads, period, ct), null, null),
        StationType.Groundwater => new(null, null, await StationWellSection.LoadAsync(reads, period, ct), null),
        StationType.Salinity => new(null, null, null, await StationSalinitySection.LoadAsync(db, reads, period, ct)),
        _ => None,
    };

    /// <summary>
    /// The last day a typed station has a value the reader may see, so a station whose data ends before
    /// today opens on its data rather than on an empty period; null without any value.
    /// </summary>
    public static async Task<DateOnly?> LastDayAsync(AppDbContext db, int stationId, bool validatedOnly, CancellationToken ct)
    {
        var query = db.WaterObservations.AsNoTracking().Where(o => o.StationId == stationId);
        query = validatedOnly ? query.Where(o => o.Qc == (short)QcState.Validated) : query.Where(o => o.Qc != (short)QcState.Rejected);
        var last = await query.MaxAsync(o => (long?)o.ObservedAt, ct);
        return last is { } t ? DateOnly.FromDateTime(WaterQueries.Local(t).DateTime) : null;
    }
}
