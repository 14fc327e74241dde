using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Audit;
using TheoDoi.Data;

namespace TheoDoi.Water;

/// <summary>
/// Demo data (<c>--demo</c>): plausible synthetic monthly samples 2022 – this month at the seven Sài Gòn
/// river points, worse downstream and in the rainy season, and one automatic station on the Đồng Nai
/// river (marked demo) with 5-minute values for the last 30 days. Everything is imported through the
/// normal importer from generated canonical CSV, with the source "Dữ liệu minh họa (demo)". Data older
/// than the last two months (automatic station: two days) is marked validated, the rest stays raw, so public pages differ from
/// signed-in ones. Loading twice changes nothing.
/// </summary>
public static class WaterDemoData
{
    public const string Source = "Dữ liệu minh họa (demo)";
    public const string AutomaticStation = "DN-AUTO-DEMO";

    public static async Task LoadAsync(IServiceProvider scoped, CancellationToken cancellationToken = default)
    {
        var db = scoped.GetRequiredService<AppDbContext>();
        if (await db.WaterImportBatches.AnyAsync(b => b.Source == Source, cancellationToken))
        {
            return;
        }

        using var actor = AuditActor.As("demo");
        var now = scoped.GetRequiredService<TimeProvider>().GetUtcNow().ToOffset(TimeSpan.FromHours(7));
        var body = await db.WaterBodies.SingleAsync(b => b.Code == "DN", cancellationToken);
        var units = await db.Units.Where(u => u.SeedKey == "75-1976" || u.SeedKey == "75-2025" || u.SeedKey == "75-2026").ToDictionaryAsync(u => u.SeedKey!, cancellationToken);
        var automatic = new WaterStation
        {
            Code = AutomaticStation,
            Name = "Trạm tự động Hóa An (minh họa)",
            Kind = StationKind.Automatic,
            Latitude = 10.9350m,
            Longitude = 106.8050m,
            BasinId = body.BasinId,
            WaterBodyId = body.Id,
            TargetLevel = "B",
            IsDemo = true,
            Note = "Trạm minh họa, số liệu tổng hợp (demo station, synthetic data)",
        };
        foreach (var (key, from, to) in new[] { ("75-1976", new DateOnly(2012, 1, 1), (DateOnly?)new DateOnly(2025, 6, 30)), ("75-2025", new DateOnly(2025, 7, 1), new DateOnly(2026, 4, 29)), ("75-2026", new DateOnly(2026, 4, 30), null) })
        {
            if (units.TryGetValue(key, out var unit))
            {
                automatic.Units.Add(new WaterStationUnit { UnitId = unit.Id, ValidFrom = from, ValidTo = to });
            }
        }

        db.WaterStations.Add(automatic);
        foreach (var station in await db.WaterStations.Where(s => s.Code.StartsWith("SG-")).ToListAsync(cancellationToken))
        {
            station.TargetLevel = station.Code == "SG-05" ? "A" : "B";
            station.Weighted = station.Code is "SG-06" or "SG-07";
        }

        await db.SaveChangesAsync(cancellationToken);
        var run = scoped.GetRequiredService<WaterImportRun>();
        var cutoff = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, now.Offset).AddMonths(-2);
        foreach (var (name, csv, qc) in new[]
        {
            ("demo-periodic-validated.csv", Periodic(now, before: cutoff), QcState.Validated),
            ("demo-periodic-recent.csv", Periodic(now, from: cutoff), QcState.Raw),
            ("demo-automatic-validated.csv", Automatic(now, before: now.AddDays(-2)), QcState.Validated),
            ("demo-automatic-recent.csv", Automatic(now, from: now.AddDays(-2)), QcState.Raw),
        })
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
            var result = await run.RunAsync(stream, new ImportObservations.Request(name, qc, Source), cancellationToken: cancellationToken);
            if (!result.IsDone)
            {
                throw new InvalidOperationException("demo data rejected: " + string.Join("; ", result.Problems.Take(5).Select(p => p.Located().En)));
            }
        }
    }

    private static readonly string[] s_sites = ["SG-01", "SG-02", "SG-03", "SG-04", "SG-05", "SG-06", "SG-07"];

    /// <summary>One sample a month (the 10th, 09:00) at each Sài Gòn point, from January 2022.</summary>
    private static string Periodic(DateTimeOffset now, DateTimeOffset? before = null, DateTimeOffset? from = null)
    {
        var random = new Random(512);
        var csv = new StringBuilder("station,time,parameter,value,unit,qualifier\n");
        for (var month = new DateTimeOffset(2022, 1, 10, 9, 0, 0, TimeSpan.FromHours(7)); month <= now; month = month.AddMonths(1))
        {
            for (var i = 0; i < s_sites.Length; i++)
            {
                var time = month.AddHours(i * 0.5);
                // Draw for every sample, written or not, so both files continue one sequence.
                var rows = Sample(random, s_sites[i], time, downstream: i / 6.0, rainy: month.Month is >= 5 and <= 11, trend: (month.Year - 2022) * 0.04);
                if ((before is null || time < before) && (from is null || time >= from) && time <= now)
                {
                    csv.Append(rows);
                }
            }
        }

        return csv.ToString();
    }

    private static string Sample(Random random, string station, DateTimeOffset time, double downstream, bool rainy, double trend)
    {
        double Spread(double centre, double spread) => Math.Max(0, centre * (1 + (random.NextDouble() - 0.5) * 2 * spread));
        var load = (0.6 + downstream * 1.4 + (rainy ? 0.35 : 0)) * (1 - trend);
        var t = time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var rows = new StringBuilder();
        void Add(string parameter, double value, string unit, int decimals, string qualifier = "") =>
            rows.Append(CultureInfo.InvariantCulture, $"{station},{t},{parameter},{Math.Round(value, decimals).ToString(CultureInfo.InvariantCulture)},{unit},{qualifier}\n");
        Add("pH", 6.2 + random.NextDouble() * 1.0 - (rainy ? 0.3 : 0), "", 2);
        Add("temp", 27.5 + random.NextDouble() * 3, "°C", 1);
        Add("DO", Math.Clamp(6.2 - load * 1.6 + (random.NextDouble() - 0.5), 1.2, 7.5), "mg/L", 2);
        Add("BOD5", Spread(3 + load * 4, 0.35), "mg/L", 1);
        Add("COD", Spread(8 + load * 9, 0.3), "mg/L", 1);
        Add("TSS", Spread(20 + load * 35 + (rainy ? 30 : 0), 0.4), "mg/L", 0);
        Add("NH4_N", Spread(0.08 + load * 0.45, 0.5), "mg/L", 3);
        Add("NO2_N", Spread(0.01 + load * 0.03, 0.5), "mg/L", 3);
        Add("NO3_N", Spread(0.3 + load * 0.4, 0.4), "mg/L", 2);
        Add("PO4_P", Spread(0.04 + load * 0.12, 0.5), "mg/L", 3);
        Add("coliform", Math.Round(Spread(1500 + load * 5000, 0.6) / 10) * 10, "MPN/100mL", 0);
        Add("Fe", Spread(0.6 + load * 0.9, 0.4), "mg/L", 2);
        if (time.Month % 3 == 1)
        {
            // Metals quarterly; arsenic and cadmium mostly below the laboratory's detection limit.
            var detected = random.NextDouble() >= 0.7;
            Add("As", detected ? 0.001 + random.NextDouble() * 0.004 : 0.001, "mg/L", 4, detected ? "" : "<");
            Add("Cd", 0.0003, "mg/L", 4, "<");
            Add("Pb", Spread(0.003 + load * 0.003, 0.5), "mg/L", 4);
            Add("Zn", Spread(0.02 + load * 0.03, 0.5), "mg/L", 3);
        }

        return rows.ToString();
    }

    /// <summary>
    /// Every 5 minutes for 30 days up to now: pH, temperature, DO, COD, TSS, NH4 and (so that VN_WQI has the
    /// three groups it needs) a synthetic hexavalent chromium analyser.
    /// </summary>
    private static string Automatic(DateTimeOffset now, DateTimeOffset? before = null, DateTimeOffset? from = null)
    {
        var random = new Random(2012);
        var csv = new StringBuilder("station,time,parameter,value,unit,qualifier\n");
        var end = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute / 5 * 5, 0, now.Offset);
        for (var time = end.AddDays(-30); time <= end; time = time.AddMinutes(5))
        {
            if ((before is not null && time >= before) || (from is not null && time < from))
            {
                continue;
            }

            var hour = time.Hour + time.Minute / 60.0;
            var tide = Math.Sin((time.ToUnixTimeSeconds() / 3600.0) * 2 * Math.PI / 12.42);
            var t = time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            string V(double value, int decimals) => Math.Round(value, decimals).ToString(CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"{AutomaticStation},{t},pH,{V(7.0 + 0.2 * tide + (random.NextDouble() - 0.5) * 0.1, 2)},,\n");
            csv.Append(CultureInfo.InvariantCulture, $"{AutomaticStation},{t},temp,{V(28.5 + 1.5 * Math.Sin((hour - 9) / 24 * 2 * Math.PI), 1)},°C,\n");
            csv.Append(CultureInfo.InvariantCulture, $"{AutomaticStation},{t},DO,{V(5.2 + 0.8 * Math.Sin((hour - 9) / 24 * 2 * Math.PI) + 0.4 * tide + (random.NextDouble() - 0.5) * 0.2, 2)},mg/L,\n");
            csv.Append(CultureInfo.InvariantCulture, $"{AutomaticStation},{t},COD,{V(12 - 3 * tide + random.NextDouble() * 2, 1)},mg/L,\n");
            csv.Append(CultureInfo.InvariantCulture, $"{AutomaticStation},{t},TSS,{V(35 - 10 * tide + random.NextDouble() * 8, 0)},mg/L,\n");
            csv.Append(CultureInfo.InvariantCulture, $"{AutomaticStation},{t},Cr6,{V(0.003 + 0.002 * tide + random.NextDouble() * 0.001, 4)},mg/L,\n");
            csv.Append(CultureInfo.InvariantCulture, $"{AutomaticStation},{t},NH4_N,{V(Math.Max(0.05, 0.25 - 0.1 * tide + (random.NextDouble() - 0.5) * 0.08), 3)},mg/L,\n");
        }

        return csv.ToString();
    }
}
