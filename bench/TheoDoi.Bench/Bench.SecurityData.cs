using TheoDoi.Core.Water.Security;

/// <summary>
/// The water-security benchmark's store (issue 9, docs/benchmarks.md): one salinity intake with a year of
/// 15-minute SAL, 200 wells with 15 years of monthly GWD, and the quality stations' values padding it to N,
/// written straight into the observations table with the driver (the bench's fast path, not the import).
/// </summary>
internal static partial class Bench
{
    public const int Wells = 200;
    private const string SalinityCode = "BENCH-SAL";
    private const decimal SalinityLimit = 4m;
    private const decimal WellLimit = 40m;
    private static readonly DateTimeOffset s_salinityStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset s_wellStart = new(2012, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));

    private static string WellCode(int i) => "BENCH-GW-" + (i + 1).ToString("000", CultureInfo.InvariantCulture);

    /// <summary>Salinity (‰): dry-season level rising to a March peak plus a 12.42-hour tide, so high tides cross the limit in the dry season.</summary>
    private static double SalinityAt(int step)
    {
        var hours = step / 4.0;
        var season = Math.Cos(2 * Math.PI * (hours / 24 - 75) / 365);
        return Math.Round(Math.Max(0, 1.8 + 2.2 * season + 1.6 * Math.Sin(2 * Math.PI * hours / 12.42)), 2);
    }

    /// <summary>Depth to water (m): deepening at 0.1–0.67 m a year by well, with a seasonal swing and a little scatter.</summary>
    private static double DepthAt(int well, int month) =>
        Math.Round(8 + well * 0.05 + (0.1 + well % 20 * 0.03) * month / 12.0 + 0.6 * Math.Sin(2 * Math.PI * month / 12) + ((month * 37 + well * 11) % 17 - 8) / 40.0, 2);

    /// <summary>Registers the intake and the wells (typed stations, as the station file would) and loads every value; returns the load time.</summary>
    private static async Task<double> LoadSecurityAsync(DataOptions data, long values)
    {
        int salinity, firstWell;
        var ids = new Dictionary<string, int>();
        await using (var services = Services(data))
        {
            await using var scope = services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var basin = await context.WaterBasins.FirstAsync(b => b.ParentId != null);
            using var actor = AuditActor.As("bench");
            context.WaterStations.Add(new WaterStation { Code = SalinityCode, Name = "Benchmark intake", Kind = StationKind.Automatic, Type = StationType.Salinity, Threshold = SalinityLimit, BasinId = basin.Id });
            for (var i = 0; i < Wells; i++)
            {
                context.WaterStations.Add(new WaterStation { Code = WellCode(i), Name = "Benchmark well " + (i + 1), Kind = StationKind.Periodic, Type = StationType.Groundwater, Aquifer = "qp3", Threshold = WellLimit, BasinId = basin.Id });
            }

            await context.SaveChangesAsync();
            salinity = await context.WaterStations.Where(s => s.Code == SalinityCode).Select(s => s.Id).SingleAsync();
            firstWell = await context.WaterStations.Where(s => s.Code == WellCode(0)).Select(s => s.Id).SingleAsync();
            foreach (var p in await context.WaterParameters.ToListAsync())
            {
                ids[p.Code] = p.Id;
            }

            foreach (var s in await context.WaterStations.Where(s => s.Code.StartsWith("BENCH-")).ToListAsync())
            {
                ids[s.Code] = s.Id;
            }
        }

        var watch = Stopwatch.StartNew();
        await using var writer = await ObservationWriter.OpenAsync(data);
        for (var step = 0; step < 365 * 96; step++)
        {
            await writer.WriteAsync(salinity, ids["SAL"], s_salinityStart.AddMinutes(15 * step).ToUnixTimeSeconds(), SalinityAt(step));
        }

        for (var w = 0; w < Wells; w++)
        {
            for (var m = 0; m < 180; m++)
            {
                await writer.WriteAsync(firstWell + w, ids["GWD"], s_wellStart.AddMonths(m).ToUnixTimeSeconds(), DepthAt(w, m));
            }
        }

        // The padding: the quality stations' 5-minute values, series by series in key order.
        var padding = Math.Max(0, values - writer.Written);
        var series = Stations * Parameters.Length;
        for (var k = 0; k < series; k++)
        {
            var (s, p) = (k / Parameters.Length, k % Parameters.Length);
            var count = padding / series + (k < padding % series ? 1 : 0);
            var (station, parameter) = (ids[StationCode(s)], ids[Parameters[p]]);
            for (long step = 0; step < count; step++)
            {
                await writer.WriteAsync(station, parameter, s_start.ToUnixTimeSeconds() + 300 * step, ValueOf(step, s, p));
            }
        }

        await writer.CompleteAsync();
        return watch.Elapsed.TotalSeconds;
    }
}
