using Microsoft.EntityFrameworkCore.Diagnostics;
using TheoDoi.Core.Time;
using TheoDoi.Water.Security;

/// <summary>
/// The water-security reads against their targets (issue 9, docs/benchmarks.md): salinity events of a
/// station-year, the trends of 200 wells and the basin scorecard, each beside its raw path in the same run.
/// </summary>
internal static partial class Bench
{
    public static async Task<int> SecurityAsync(long values, string? pg, string work)
    {
        Directory.CreateDirectory(work);
        var name = pg is null ? "SQLite" : "PostgreSQL";
        var data = await PrepareAsync(work, "bench_security", pg);
        var load = await LoadSecurityAsync(data, values);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {values:N0} values loaded in {load:F0} s ({values / load:N0} values/s)"));
        var counter = new SqlCounter();
        using var subscription = DiagnosticListener.AllListeners.Subscribe(counter);
        await using var services = Services(data);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var raw = await RawConnectionAsync(data);
        var today = VietnamTime.Today(TimeProvider.System);
        var intake = await db.WaterStations.Where(s => s.Code == SalinityCode).Select(s => s.Id).SingleAsync();
        var firstWell = await db.WaterStations.Where(s => s.Code == WellCode(0)).Select(s => s.Id).SingleAsync();
        var sal = await db.WaterParameters.Where(p => p.Code == "SAL").Select(p => p.Id).SingleAsync();
        var gwd = await db.WaterParameters.Where(p => p.Code == "GWD").Select(p => p.Id).SingleAsync();
        var reads = new WaterSecurityReads(db);
        var (yearFrom, yearTo) = (new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var (spanFrom, spanTo) = WaterQueries.Span(yearFrom, yearTo);
        var (seasonFrom, seasonTo) = WaterQueries.Span(new DateOnly(today.Year - 1, 12, 1), new DateOnly(today.Year, 5, 31));

        var salinity = await TimeAsync(counter, 20, async () => (await reads.SalinityEventsAsync(SalinityCode, null, yearFrom, yearTo, false, today, CancellationToken.None)).Done().Count);
        var salinityRaw = await TimeAsync(counter, 20, () => RawSalinityAsync(raw, intake, sal, spanFrom, spanTo));
        // The batch read the API and the well pages share (a single well is a batch of one): three statements for all 200.
        var wellCodes = Enumerable.Range(0, Wells).Select(WellCode).ToList();
        var trends = await TimeAsync(counter, 10, async () =>
            (await reads.GroundwaterTrendsAsync(wellCodes, false, CancellationToken.None)).Count(t => t.Done().SlopePerYear10 is not null));
        var singleTrends = await TimeAsync(counter, 10, async () =>
        {
            var computed = 0;
            for (var w = 0; w < Wells; w++)
            {
                computed += (await reads.GroundwaterTrendAsync(WellCode(w), false, CancellationToken.None)).Done().SlopePerYear10 is null ? 0 : 1;
            }

            return computed;
        });
        var wellStations = await db.WaterStations.AsNoTracking().Where(s => s.Type == StationType.Groundwater).ToListAsync();
        var scorecardTrends = await TimeAsync(counter, 10, async () =>
        {
            // The scorecard's read of the wells: one grouped statement of daily means, then each 5-year trend.
            var inputs = new ScorecardInputs(await ScorecardSeries.LoadAsync(db, false, wellStations, [], today, CancellationToken.None));
            return wellStations.Count(w => inputs.Trend(w.Id, today).IsComputed);
        });
        var trendsRaw = await TimeAsync(counter, 10, () => RawTrendsAsync(raw, firstWell, gwd, tenYears: true));
        var fiveYearRaw = await TimeAsync(counter, 10, () => RawTrendsAsync(raw, firstWell, gwd, tenYears: false));
        var scorecard = await TimeAsync(counter, 10, async () => (await new ScorecardQuery(db).RunAsync(null, false, today, CancellationToken.None)).Done().History.Count);
        var seasonRaw = await TimeAsync(counter, 10, () => RawSeasonHoursAsync(raw, intake, sal, seasonFrom, seasonTo));

        var report = new StringBuilder();
        void Row(string read, (double Ms, int Result, long Sql) app, (double Ms, int Result, long Sql) baseline, string target, double limit, string result) =>
            report.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {values:N0} | {read} | {app.Ms:F1} ms ({app.Sql:N0} SQL) | {baseline.Ms:F1} ms | {app.Ms / baseline.Ms:F1}× | {result} | {target}: {(app.Ms < limit ? "met" : "**not met**")} |"));
        report.AppendLine("| database | values | read | app (statements a run) | raw path | app / raw | result | target |");
        report.AppendLine("|---|---:|---|---:|---:|---:|---|---|");
        Row("salinity events, station-year", salinity, salinityRaw, "< 50 ms", 50, $"{salinity.Result} events (raw {salinityRaw.Result})");
        Row("200 well trends (5 + 10 years), batch read", trends, trendsRaw, "< 100 ms", 100, $"{trends.Result} wells (raw {trendsRaw.Result})");
        Row("200 well trends (5 + 10 years), 200 single-well API reads", singleTrends, trendsRaw, "< 100 ms", 100, $"{singleTrends.Result} wells (raw {trendsRaw.Result})");
        Row("200 well trends (5 years), scorecard's read", scorecardTrends, fiveYearRaw, "< 100 ms", 100, $"{scorecardTrends.Result} wells");
        Row("scorecard, this year + history", scorecard, seasonRaw, "< 200 ms", 200, $"{scorecard.Result} history years (raw: {seasonRaw.Result} season hours)");
        report.AppendLine("\nStatements a run are EF Core's commands: the salinity read and the batch trend read send one more each (the rows, a plain command on the context's connection, which EF's diagnostics do not see).");
        report.AppendLine(string.Create(CultureInfo.InvariantCulture, $"\nLoad: {values:N0} values in {load:F0} s ({values / load:N0} values/s). Today {today:yyyy-MM-dd}."));
        Console.Write(report);
        await File.AppendAllTextAsync(Path.Combine(work, "security-results.md"), report.ToString());
        return 0;
    }

    /// <summary>Median of <paramref name="runs"/> warm runs (one warm-up run first), the run's result and how many SQL statements EF sent in a run.</summary>
    private static async Task<(double Ms, int Result, long Sql)> TimeAsync(SqlCounter counter, int runs, Func<Task<int>> run)
    {
        var result = await run();
        var before = counter.Count;
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            result = await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return (Median(times), result, (counter.Count - before) / runs);
    }

    /// <summary>Counts the commands EF Core executes (its diagnostic events), so a read's round trips are reported beside its time.</summary>
    private sealed class SqlCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        private long _count;

        public long Count => Interlocked.Read(ref _count);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                value.Subscribe(this);
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name)
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
