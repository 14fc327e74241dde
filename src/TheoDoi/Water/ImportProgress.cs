using System.Collections.Concurrent;

namespace TheoDoi.Water;

/// <summary>
/// How far the running imports are, by a run id the page's script chose: bytes read of the file's
/// size, values read, and an estimate of the time left from the rate so far. Kept in memory (a run
/// is watched only while it runs on this server) and forgotten ten minutes after it ends.
/// </summary>
public sealed class ImportProgress(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Run> _runs = new(StringComparer.Ordinal);

    public sealed record Snapshot(string Phase, long Rows, double Percent, double? SecondsLeft);

    private sealed class Run(long total, DateTimeOffset started)
    {
        public long Total { get; } = total;
        public DateTimeOffset Started { get; } = started;
        public long BytesRead;
        public long Rows;
        public volatile string Phase = "reading";
        public DateTimeOffset? Ended;
    }

    /// <summary>Starts watching a run; the returned progress is what the import reports to.</summary>
    public IProgress<ImportObservations.Progress> Start(string runId, long totalBytes)
    {
        Forget();
        var run = new Run(Math.Max(totalBytes, 1), clock.GetUtcNow());
        _runs[runId] = run;
        return new SyncProgress(p =>
        {
            Interlocked.Exchange(ref run.BytesRead, p.BytesRead);
            Interlocked.Exchange(ref run.Rows, p.Rows);
            if (p.BytesRead >= run.Total)
            {
                run.Phase = "computing";
            }
        });
    }

    public void End(string runId)
    {
        if (_runs.TryGetValue(runId, out var run))
        {
            run.Phase = "done";
            run.Ended = clock.GetUtcNow();
        }
    }

    public Snapshot? Read(string runId)
    {
        if (!_runs.TryGetValue(runId, out var run))
        {
            return null;
        }

        var read = Math.Min(Interlocked.Read(ref run.BytesRead), run.Total);
        var share = (double)read / run.Total;
        var elapsed = (clock.GetUtcNow() - run.Started).TotalSeconds;
        double? left = share is > 0.01 and < 1 ? Math.Round(elapsed / share * (1 - share)) : null;
        return new Snapshot(run.Phase, Interlocked.Read(ref run.Rows), Math.Round(share * 100, 1), run.Phase == "reading" ? left : null);
    }

    private void Forget()
    {
        var limit = clock.GetUtcNow().AddMinutes(-10);
        foreach (var (id, run) in _runs)
        {
            if (run.Ended < limit)
            {
                _runs.TryRemove(id, out _);
            }
        }
    }

    /// <summary>Reports on the import's thread (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class SyncProgress(Action<ImportObservations.Progress> report) : IProgress<ImportObservations.Progress>
    {
        public void Report(ImportObservations.Progress value) => report(value);
    }
}
