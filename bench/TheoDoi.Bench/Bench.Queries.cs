/// <summary>Query latencies (station-month series, basin-year summary) and the WQI command's rate.</summary>
internal static partial class Bench
{
    private static async Task<(double SeriesMs, double ComputeSeconds, long Samples, double BasinMs)> QueriesAsync(DataOptions data)
    {
        await using var services = Services(data);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var station = await db.WaterStations.SingleAsync(s => s.Code == StationCode(41));
        var parameter = await db.WaterParameters.SingleAsync(p => p.Code == "DO");
        var (from, to) = WaterQueries.Span(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));
        var times = new List<double>();
        for (var i = 0; i < 21; i++)
        {
            var watch = Stopwatch.StartNew();
            var points = await WaterQueries.SeriesAsync(db, station.Id, parameter.Id, from, to, validatedOnly: false, CancellationToken.None);
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (points.Count == 0)
            {
                throw new InvalidOperationException("empty month series");
            }
        }

        var computeWatch = Stopwatch.StartNew();
        var spans = await ComputeSamples.SpansAsync(db);
        var computed = await scope.ServiceProvider.GetRequiredService<ComputeSamples>().RunAsync(spans, "bench");
        var computeSeconds = computeWatch.Elapsed.TotalSeconds;
        var basin = await db.WaterBasins.SingleAsync(b => b.Code == WaterSeed.Basin);
        var basinTimes = new List<double>();
        for (var i = 0; i < 11; i++)
        {
            var watch = Stopwatch.StartNew();
            var years = await WaterQueries.BasinYearsAsync(db, basin.Id, validatedOnly: false, CancellationToken.None);
            basinTimes.Add(watch.Elapsed.TotalMilliseconds);
            if (years.Count == 0)
            {
                throw new InvalidOperationException("empty basin summary");
            }
        }

        return (Median(times.Skip(1)), computeSeconds, computed.Samples, Median(basinTimes.Skip(1)));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static double WqiRate(string file, out long samples)
    {
        var watch = Stopwatch.StartNew();
        using var reader = new StreamReader(file, Encoding.UTF8, true, 1 << 16);
        using var output = new StreamWriter(Stream.Null);
        long count = 0;
        WqiReport.WriteCsv(WqiBatch.Run(reader, _ => { }).Select(o => { count++; return o; }), output);
        samples = count;
        return count / watch.Elapsed.TotalSeconds;
    }
}
