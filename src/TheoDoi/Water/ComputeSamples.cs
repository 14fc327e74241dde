using TheoDoi.Accounts;
using TheoDoi.Core.Time;
using TheoDoi.Core.Water;
using TheoDoi.Data;
using TheoDoi.Notifications;

namespace TheoDoi.Water;

/// <summary>
/// Computes and stores, for a station and a time span, the VN_WQI and QCVN 08 level of every sample
/// and the exceedance alerts, and tells data stewards of new alerts. The computation itself is
/// <see cref="StationDerivation"/> (Core, pure); the reads and the rewrite of the derived rows are
/// <see cref="SampleStore"/>. Rejected observations are left out.
/// </summary>
public sealed class ComputeSamples(AppDbContext db, Notifier notifier, TimeProvider clock)
{
    private readonly SampleStore _store = new(db);

    public sealed record Result(int Samples, int Alerts, int NewAlerts);

    /// <summary>Recomputes every station's span; raises one notice to data stewards when alerts were found.</summary>
    public async Task<Result> RunAsync(IReadOnlyDictionary<int, (long From, long To)> spans, string? origin = null, CancellationToken cancellationToken = default)
    {
        var parameters = await ParametersAsync(cancellationToken);
        int samples = 0, alerts = 0, fresh = 0;
        var alerted = new List<string>();
        foreach (var (stationId, span) in spans.OrderBy(s => s.Key))
        {
            // Whole Việt Nam days, so hourly and daily means are complete.
            var done = (await ComputeStationAsync(stationId, DayStart(span.From), DayStart(span.To) + 86_400 - 1, null, parameters, cancellationToken))!;
            samples += done.Samples;
            alerts += done.Alerts;
            fresh += done.NewAlerts;
            if (done.NewAlerts > 0)
            {
                alerted.Add($"{done.Code} ({done.NewAlerts})");
            }
        }

        await NotifyAsync($"water-alerts:{origin ?? "run"}:{clock.GetUtcNow().ToUnixTimeMilliseconds()}", fresh, alerted, origin, cancellationToken);
        return new Result(samples, alerts, fresh);
    }

    internal Task<Dictionary<int, string>> ParametersAsync(CancellationToken cancellationToken) => _store.ParametersAsync(cancellationToken);

    /// <summary>One notice to data stewards for <paramref name="fresh"/> new alerts (none when zero; none twice for one key).</summary>
    internal async Task NotifyAsync(string key, int fresh, IReadOnlyCollection<string> alerted, string? origin, CancellationToken cancellationToken)
    {
        if (fresh == 0)
        {
            return;
        }

        await notifier.RaiseAsync(new Notifier.Notice(
            key,
            null,
            Roles.DataSteward,
            $"Cảnh báo chất lượng nước: {fresh} vượt ngưỡng mới",
            $"{fresh} vượt ngưỡng QCVN 08 mới tại các trạm: {string.Join(", ", alerted)}. {(origin is null ? "" : "Nguồn: " + origin + ".")}",
            "/water/alerts")
        {
            SubjectEn = $"Water quality alerts: {fresh} new exceedance(s)",
            BodyEn = $"{fresh} new QCVN 08 exceedance(s) at stations: {string.Join(", ", alerted)}. {(origin is null ? "" : "Source: " + origin + ".")}",
        }, cancellationToken);
    }

    internal sealed record StationResult(string Code, int Samples, int Alerts, int NewAlerts);

    /// <summary>
    /// Rewrites the derived rows of one station between <paramref name="from"/> and <paramref name="to"/> (whole days).
    /// With <paramref name="queueEntry"/>, that recomputation-queue entry is removed in the same transaction,
    /// and null is answered (nothing written) when another process removed it first.
    /// </summary>
    internal async Task<StationResult?> ComputeStationAsync(int stationId, long from, long to, long? queueEntry, Dictionary<int, string> parameters, CancellationToken cancellationToken)
    {
        if (await _store.StationAsync(stationId, cancellationToken) is not { } station)
        {
            // A station removed since: nothing to derive; only the queue entry goes.
            return await _store.WriteAsync(stationId, from, to, [], queueEntry, cancellationToken) is null ? null : new StationResult("?", 0, 0, 0);
        }

        // A station that is not a quality point derives nothing (StationProfile.Quality): its readings are not even read.
        IReadOnlyList<SamplePoint> points = station.Profile.Quality ? await _store.PointsAsync(stationId, from, to, parameters, cancellationToken) : [];
        var computed = StationDerivation.Compute(station.Profile, points, clock.GetUtcNow().UtcDateTime);
        if (await _store.WriteAsync(stationId, from, to, computed, queueEntry, cancellationToken) is not { } fresh)
        {
            return null;
        }

        return new StationResult(station.Code, computed.Count, computed.Sum(c => c.Alerts.Count), fresh);
    }

    /// <summary>Start (Unix seconds) of the Việt Nam day containing <paramref name="time"/>.</summary>
    public static long DayStart(long time) => StationDerivation.DayStart(time);

    /// <summary>The span of a station's stored observations, for a full recomputation.</summary>
    public static Task<Dictionary<int, (long From, long To)>> SpansAsync(AppDbContext db, IEnumerable<int>? stationIds = null, CancellationToken cancellationToken = default) =>
        SampleStore.SpansAsync(db, stationIds, cancellationToken);

    internal static DateOnly DayOf(long time) => VietnamTime.DateOf(DateTimeOffset.FromUnixTimeSeconds(time));
}
