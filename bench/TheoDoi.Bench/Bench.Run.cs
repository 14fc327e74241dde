/// <summary>The whole run on both providers and the results table (docs/benchmarks.md).</summary>
internal static partial class Bench
{
    public static async Task<int> RunAsync(long values, string? pg, string work)
    {
        Directory.CreateDirectory(work);
        var report = new StringBuilder();
        void Say(string text)
        {
            Console.WriteLine(text);
            report.AppendLine(text);
        }

        var file = Path.Combine(work, $"obs-{values}.csv");
        var small = Path.Combine(work, "obs-1000000.csv");
        var watch = Stopwatch.StartNew();
        if (!File.Exists(file))
        {
            await WriteFileAsync(file, values);
        }

        if (values > 1_000_000 && !File.Exists(small))
        {
            await WriteFileAsync(small, 1_000_000);
        }

        Console.WriteLine($"files ready in {watch.Elapsed.TotalSeconds:F0} s ({new FileInfo(file).Length / 1048576} MiB)");
        Say($"| database | values | raw baseline (values/s) | TheoDoi import (values/s) | ratio | peak memory 1 M | peak memory {values / 1_000_000.0:0.#} M | station-month series | basin-year summary | index computation |");
        Say("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var sensorThings = new List<string>();
        foreach (var provider in pg is null ? new string?[] { null } : [null, pg])
        {
            var name = provider is null ? "SQLite" : "PostgreSQL";
            // Peak memory at 1 M (fresh database, separate process).
            long peakSmall;
            if (values > 1_000_000)
            {
                var smallData = await PrepareAsync(work, "bench_small", provider);
                peakSmall = (await ChildImportAsync(small, smallData)).PeakMiB;
            }
            else
            {
                peakSmall = -1;
            }

            var data = await PrepareAsync(work, "bench_main", provider);
            var baseline = await BaselineAsync(data, values);
            var import = await ChildImportAsync(file, data);
            if (import.Values != values)
            {
                throw new InvalidOperationException($"imported {import.Values} of {values}");
            }

            var queries = await QueriesAsync(data);
            var sta = await SensorThingsAsync(data);
            sensorThings.Add(string.Create(CultureInfo.InvariantCulture,
                $"SensorThings on {name}: a page of 1,000 Observations of one series {sta.FirstPageMs:F1} ms; the series' last page by $skiptoken (keyset) {sta.DeepPageMs:F1} ms, by $skip (OFFSET) {sta.OffsetPageMs:F1} ms."));
            var baselineRate = values / baseline;
            var importRate = values / import.Seconds;
            Say(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {values:N0} | {baselineRate:N0} | {importRate:N0} | {importRate / baselineRate:P0} | {(peakSmall < 0 ? import.PeakMiB : peakSmall)} MiB | {import.PeakMiB} MiB | {queries.SeriesMs:F1} ms | {queries.BasinMs:F0} ms | {queries.Samples:N0} indices in {queries.ComputeSeconds:F0} s |"));
        }

        Say("");
        sensorThings.ForEach(Say);
        var rate = WqiRate(file, out var samples);
        Say("");
        Say(string.Create(CultureInfo.InvariantCulture, $"`theodoi wqi` code path (WqiBatch + WqiReport.WriteCsv, no database): {samples:N0} samples at {rate:N0} samples/s."));
        await File.WriteAllTextAsync(Path.Combine(work, "results.md"), report.ToString());
        return 0;
    }
}
