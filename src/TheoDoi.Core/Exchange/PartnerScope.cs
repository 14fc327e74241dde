namespace TheoDoi.Core.Exchange;

/// <summary>What one partner key may read: its agreement's stations, data groups and period.</summary>
public enum ScopeDecision
{
    Allowed,

    /// <summary>The station is not in the agreement: answered as if it did not exist (404), so a key does not learn which stations exist.</summary>
    StationOutside,

    /// <summary>The station is shared but not this data group (403).</summary>
    GroupOutside,

    /// <summary>The date lies outside the agreement's period (403).</summary>
    PeriodOutside,
}

/// <summary>
/// The one scope object every partner read consults (issue 10, item 3): the agreement's stations
/// (already resolved from "the whole basin" to its stations), data groups, period and whether raw
/// (not yet validated) data is included. Pure, so the public water API, the exports and the
/// SensorThings API decide the same way.
/// </summary>
public sealed record PartnerScope(int AgreementId, int KeyId, string Partner, IReadOnlySet<string> Stations, DataGroups Groups, DateOnly? From, DateOnly? To, bool IncludesRaw)
{
    public bool HasStation(string stationCode) => Stations.Contains(stationCode);

    public bool HasGroup(DataGroups group) => (Groups & group) == group && group != DataGroups.None;

    /// <summary>May the key read <paramref name="group"/> at <paramref name="stationCode"/> (any station when null) on <paramref name="date"/> (any date when null)?</summary>
    public ScopeDecision Decide(string? stationCode, DataGroups group, DateOnly? date = null)
    {
        if (stationCode is not null && !HasStation(stationCode))
        {
            return ScopeDecision.StationOutside;
        }

        if (!HasGroup(group))
        {
            return ScopeDecision.GroupOutside;
        }

        return date is { } day && ((From is { } from && day < from) || (To is { } to && day > to))
            ? ScopeDecision.PeriodOutside
            : ScopeDecision.Allowed;
    }

    public bool Allows(string? stationCode, DataGroups group, DateOnly? date = null) =>
        Decide(stationCode, group, date) == ScopeDecision.Allowed;

    /// <summary>A requested period narrowed to the agreement's; null when they do not overlap.</summary>
    public (DateOnly From, DateOnly To)? Clamp(DateOnly from, DateOnly to)
    {
        var start = From is { } f && f > from ? f : from;
        var end = To is { } t && t < to ? t : to;
        return start <= end ? (start, end) : null;
    }
}
