using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Exchange;
using TheoDoi.Core.Water;
using TheoDoi.Data;
using TheoDoi.SensorThings;
using TheoDoi.Shared;
using TheoDoi.Water;

namespace TheoDoi.Exchange;

/// <summary>
/// The changes feed (issue 10, item 4: "offered to partners as a changes-since feed … cursor based, so
/// a partner can stay in sync without re-downloading"): the versions of values after a cursor, in
/// order. A key reads the changes of its agreement's stations whose data group it shares, within its
/// period; without raw data in the agreement, only changes where the old or the new state is
/// validated (what it could have received, or can receive now). An admin reads every change.
/// </summary>
public sealed class ReadChanges(AppDbContext db)
{
    public const int DefaultLimit = 500;
    public const int MaxLimit = 5000;

    public sealed record ValueState(double Value, string Qualifier, string QcState);

    /// <summary>One change, with the SensorThings ids of the Observation and Datastream it concerns.</summary>
    public sealed record ChangeDto(
        string Station, string Parameter, DateTimeOffset Time, ValueState Old, ValueState New, string Kind, DateTime ChangedAt,
        int? Batch, string? Reason, long ObservationId, long DatastreamId);

    /// <summary>The changes after the cursor and the cursor to continue from (also when there are none).</summary>
    public sealed record Page(IReadOnlyList<ChangeDto> Changes, string Next);

    /// <param name="scope">The partner key's agreement; null for an admin (every change).</param>
    public async Task<UseCaseResult<Page>> RunAsync(PartnerScope? scope, string? since, string? limit, CancellationToken ct)
    {
        if (ChangesCursor.Decode(since) is not { } after)
        {
            return UseCaseResult.Invalid("Tham số since không phải là con trỏ của luồng thay đổi; hãy dùng giá trị next của trang trước, hoặc bỏ trống để đọc từ đầu.",
                "since is not a cursor of the changes feed; use the previous page's next, or leave it out to read from the start.");
        }

        var take = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out take) || take < 1 || take > MaxLimit))
        {
            return UseCaseResult.Invalid($"Tham số limit phải là số nguyên từ 1 đến {MaxLimit}.", $"limit must be a whole number from 1 to {MaxLimit}.");
        }

        // Read the newest id first: every version at or below it is committed (ValueVersionsSql), so a
        // page shorter than asked has seen everything up to it and the cursor may move on to it.
        var newest = await db.WaterValueVersions.MaxAsync(v => (long?)v.Id, ct) ?? 0;
        var query = db.WaterValueVersions.AsNoTracking().Where(v => v.Id > after && v.Id <= newest);
        var stations = await db.WaterStations.AsNoTracking().Select(s => new { s.Id, s.Code, s.Type }).ToDictionaryAsync(s => s.Id, ct);
        if (scope is not null)
        {
            var shared = stations.Values.Where(s => scope.HasStation(s.Code) && scope.HasGroup(PartnerRoutes.GroupOf(s.Type))).Select(s => s.Id).ToList();
            query = query.Where(v => shared.Contains(v.StationId));
            if (scope.From is { } from)
            {
                var first = WaterQueries.Span(from, from).From;
                query = query.Where(v => v.ObservedAt >= first);
            }

            if (scope.To is { } to)
            {
                var last = WaterQueries.Span(to, to).To;
                query = query.Where(v => v.ObservedAt <= last);
            }

            if (!scope.IncludesRaw)
            {
                query = query.Where(v => v.OldQc == (short)QcState.Validated || v.NewQc == (short)QcState.Validated);
            }
        }

        var rows = await query.OrderBy(v => v.Id).Take(take).ToListAsync(ct);
        var parameters = await db.WaterParameters.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        var next = rows.Count == take ? rows[^1].Id : Math.Max(after, newest);
        var changes = rows.Select(v => new ChangeDto(
            stations[v.StationId].Code, parameters[v.ParameterId], WaterQueries.Local(v.ObservedAt),
            State(v.OldValue, v.OldQualifier, v.OldQc), State(v.NewValue, v.NewQualifier, v.NewQc),
            v.Kind.ToString().ToLowerInvariant(), v.ChangedAt, v.BatchId, v.Reason,
            ((v.StationId * StaIds.PerStation) + v.ParameterId) * StaIds.PerDatastream + v.ObservedAt, (v.StationId * StaIds.PerStation) + v.ParameterId)).ToList();
        return UseCaseResult.Done(new Page(changes, ChangesCursor.Encode(next)));
    }

    private static ValueState State(double value, short qualifier, short qc) =>
        new(value, Measurement.Symbol((Qualifier)qualifier), ((QcState)qc).ToString().ToLowerInvariant());
}
