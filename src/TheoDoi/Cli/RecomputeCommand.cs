using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;
using TheoDoi.Water;

namespace TheoDoi.Cli;

/// <summary><c>theodoi recompute [--station CODE] [--from DATE] [--to DATE]</c>: rebuilds derived water data.</summary>
public static class RecomputeCommand
{
    public static Command Create()
    {
        var station = new Option<string?>("--station") { Description = "Only this station (its code); default every station." };
        var from = new Option<string?>("--from") { Description = "First day (YYYY-MM-DD, Việt Nam time); default the first observation." };
        var to = new Option<string?>("--to") { Description = "Last day (YYYY-MM-DD); default the last observation." };
        var command = new Command("recompute", "Recompute VN_WQI samples, hourly and daily indices, QCVN 08 levels and alerts from the stored observations (all of them without options); also drains what an interrupted import left.") { station, from, to };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!TryDay(parseResult.GetValue(from), out var first) || !TryDay(parseResult.GetValue(to), out var last))
            {
                await Console.Error.WriteLineAsync("lỗi: --from và --to có dạng YYYY-MM-DD / error: --from and --to take YYYY-MM-DD");
                return 1;
            }

            if (first is not null && last is not null && first > last)
            {
                await Console.Error.WriteLineAsync("lỗi: --from sau --to / error: --from is after --to");
                return 1;
            }

            await using var session = await CliSession.OpenAsync(parseResult, cancellationToken);
            if (session is null)
            {
                return 2;
            }

            var db = session.Get<AppDbContext>();
            int? stationId = null;
            if (parseResult.GetValue(station) is { } code)
            {
                stationId = await db.WaterStations.Where(s => s.Code == code.Trim()).Select(s => (int?)s.Id).SingleOrDefaultAsync(cancellationToken);
                if (stationId is null)
                {
                    await Console.Error.WriteLineAsync($"lỗi: không có trạm '{code}' / error: no station '{code}'");
                    return 1;
                }
            }

            var recompute = session.Get<RecomputeDerived>();
            var queued = await recompute.EnqueueAsync(stationId, first, last, "recompute", cancellationToken);
            Console.WriteLine($"Tính lại {queued} trạm (recomputing {queued} station span(s))…");
            var progress = new SyncProgress<RecomputeDerived.Step>(step =>
                Console.WriteLine($"  [{step.Done}/{step.Total}] {step.Station}: {step.Samples:N0} chỉ số (indices)"));
            var started = System.Diagnostics.Stopwatch.StartNew();
            var result = await recompute.DrainAsync(progress, cancellationToken);
            Console.WriteLine($"Đã tính lại {result.Samples:N0} chỉ số, {result.Alerts:N0} cảnh báo ({result.NewAlerts:N0} mới) trong {started.Elapsed.TotalSeconds:N1} s " +
                $"(recomputed {result.Samples:N0} indices, {result.Alerts:N0} alerts, {result.NewAlerts:N0} new).");
            return 0;
        });
        return command;
    }

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool and print out of order).</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
