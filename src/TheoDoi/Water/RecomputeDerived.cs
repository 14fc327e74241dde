using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;

namespace TheoDoi.Water;

/// <summary>
/// Drains the recomputation queue (<see cref="WaterRecomputeEntry"/>): after an import, at every start
/// (the web app and every command-line verb that opens the database), in the background job and by
/// <c>theodoi recompute</c>. Idempotent and crash-safe: an entry is removed in the same transaction that
/// rewrites its derived rows, so a process killed at any moment leaves either the old rows and the
/// entry, or the new rows and no entry; the next drain finishes the work. Two drainers at once do
/// not clash: the second finds the entry gone and skips it.
/// </summary>
public sealed class RecomputeDerived(AppDbContext db, ComputeSamples compute, TimeProvider clock)
{
    public sealed record Step(int Done, int Total, string Station, int Samples);

    /// <summary>Adds a recomputation of the stored observations (one station or all, optionally within dates, Việt Nam days).</summary>
    /// <returns>The number of station spans queued.</returns>
    public async Task<int> EnqueueAsync(int? stationId, DateOnly? from, DateOnly? to, string origin, CancellationToken cancellationToken = default)
    {
        var spans = await ComputeSamples.SpansAsync(db, stationId is { } id ? [id] : null, cancellationToken);
        var clipped = new Dictionary<int, (long From, long To)>();
        foreach (var (station, span) in spans)
        {
            var start = from is { } f ? Math.Max(span.From, DayStartOf(f)) : span.From;
            var end = to is { } t ? Math.Min(span.To, DayStartOf(t) + 86_400 - 1) : span.To;
            if (start <= end)
            {
                clipped[station] = (start, end);
            }
        }

        if (stationId is { } only && !clipped.ContainsKey(only) && from is not null && to is not null)
        {
            // No observation in the span: its derived rows, if any, must still go.
            clipped[only] = (DayStartOf(from.Value), DayStartOf(to.Value));
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await RecomputeQueue.EnqueueAsync(db, clipped, origin, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return clipped.Count;
    }

    /// <summary>Recomputes every queued span (those queued while it runs too), oldest first; one alert notice per origin.</summary>
    public async Task<ComputeSamples.Result> DrainAsync(IProgress<Step>? progress = null, CancellationToken cancellationToken = default)
    {
        var entries = await db.Set<WaterRecomputeEntry>().AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return new ComputeSamples.Result(0, 0, 0);
        }

        var parameters = await compute.ParametersAsync(cancellationToken);
        int samples = 0, alerts = 0, fresh = 0, done = 0;
        var perOrigin = new Dictionary<string, (long FirstEntry, int Fresh, List<string> Stations)>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var result = await compute.ComputeStationAsync(entry.StationId, entry.FromTime, entry.ToTime, entry.Id, parameters, cancellationToken);
            done++;
            if (result is null)
            {
                continue; // drained by another process meanwhile
            }

            samples += result.Samples;
            alerts += result.Alerts;
            fresh += result.NewAlerts;
            progress?.Report(new Step(done, entries.Count, result.Code, result.Samples));
            if (result.NewAlerts > 0)
            {
                var origin = entry.Origin ?? "";
                if (!perOrigin.TryGetValue(origin, out var seen))
                {
                    seen = (entry.Id, 0, []);
                }

                seen.Stations.Add($"{result.Code} ({result.NewAlerts})");
                perOrigin[origin] = (seen.FirstEntry, seen.Fresh + result.NewAlerts, seen.Stations);
            }
        }

        // Raised after the rows are written: a process killed in between loses the notice but never
        // raises one twice (the alerts are no longer new to the next drain, and the key is the entry's).
        foreach (var (origin, found) in perOrigin)
        {
            await compute.NotifyAsync($"water-alerts:queue:{found.FirstEntry}", found.Fresh, found.Stations, origin.Length == 0 ? null : origin, cancellationToken);
        }

        // Queued while this drain ran (another import): drained too.
        return await RemainingAsync(new ComputeSamples.Result(samples, alerts, fresh), entries[^1].Id, progress, cancellationToken);
    }

    private async Task<ComputeSamples.Result> RemainingAsync(ComputeSamples.Result sofar, long lastId, IProgress<Step>? progress, CancellationToken cancellationToken)
    {
        if (!await db.Set<WaterRecomputeEntry>().AnyAsync(e => e.Id > lastId, cancellationToken))
        {
            return sofar;
        }

        var more = await DrainAsync(progress, cancellationToken);
        return new ComputeSamples.Result(sofar.Samples + more.Samples, sofar.Alerts + more.Alerts, sofar.NewAlerts + more.NewAlerts);
    }

    /// <summary>Drains at start; a failure is reported and does not stop the start (the next start or the job tries again).</summary>
    public static async Task DrainAtStartAsync(IServiceProvider scoped, TextWriter output, CancellationToken cancellationToken)
    {
        var db = scoped.GetRequiredService<AppDbContext>();
        try
        {
            var pending = await RecomputeQueue.PendingAsync(db, cancellationToken);
            if (pending == 0)
            {
                return;
            }

            await output.WriteLineAsync($"Đang tính lại dữ liệu dẫn xuất của {pending} khoảng thời gian còn dở (recomputing {pending} pending span(s) of derived water data)…");
            var result = await scoped.GetRequiredService<RecomputeDerived>().DrainAsync(cancellationToken: cancellationToken);
            await output.WriteLineAsync($"Đã tính lại {result.Samples} chỉ số, {result.Alerts} cảnh báo (recomputed {result.Samples} indices, {result.Alerts} alerts).");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await output.WriteLineAsync($"Chưa tính lại được dữ liệu dẫn xuất; sẽ thử lại ở lần chạy sau (could not recompute derived water data; will retry at the next start): {exception.Message}");
        }
    }

    private static long DayStartOf(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).ToUnixTimeSeconds();
}
