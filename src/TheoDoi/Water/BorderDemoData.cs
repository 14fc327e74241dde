using System.Text;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Audit;
using TheoDoi.Data;

namespace TheoDoi.Water;

/// <summary>
/// The partner demo's two stations (<c>--demo</c>, issue 10 item 8) on the Vàm Cỏ Đông where it comes
/// in from Cambodia through Tây Ninh (docs/reference/water-security.md: "the natural stations for sharing
/// with Cambodia"): a quality station at Bến Cầu near the Mộc Bài border gate, sampled monthly for two
/// years, and a level and discharge station nearer the border, hourly for 460 days. The places are
/// real, the coordinates approximate pins and every value made up (marked demo). Imported like the
/// other demos: older than the last two months validated, the rest raw. Loading twice changes nothing.
/// </summary>
public static class BorderDemoData
{
    public const string QualityStation = "VCD-BENCAU-CL";
    public const string RiverStation = "VCD-BIENGIOI";
    public const string FilePrefix = "demo-border-";

    internal static readonly WaterSecurityDemoData.Site[] Sites =
    [
        new(QualityStation, "Sông Vàm Cỏ Đông tại Bến Cầu, gần cửa khẩu Mộc Bài (minh họa)", StationType.Quality, 11.115m, 106.165m, "VCD", "DN-SG-VC", "TN",
            Note: "Trạm minh họa cho chia sẻ số liệu với Campuchia; vị trí gần đúng, số liệu tổng hợp (demo station, synthetic data)"),
        new(RiverStation, "Sông Vàm Cỏ Đông gần biên giới Campuchia, Bến Cầu (minh họa)", StationType.River, 11.170m, 106.130m, "VCD", "DN-SG-VC", "TN", Datum: "Hòn Dấu",
            Note: "Sông chảy từ Campuchia sang; vị trí gần đúng, số liệu tổng hợp (demo station, synthetic data)"),
    ];

    public static async Task LoadAsync(IServiceProvider scoped, CancellationToken cancellationToken = default)
    {
        var db = scoped.GetRequiredService<AppDbContext>();
        if (await db.WaterImportBatches.AnyAsync(b => b.FileName.StartsWith(FilePrefix), cancellationToken))
        {
            return;
        }

        using var actor = AuditActor.As("demo");
        await WaterSecurityDemoData.RegisterAsync(db, Sites, cancellationToken);
        var now = scoped.GetRequiredService<TimeProvider>().GetUtcNow().ToOffset(TimeSpan.FromHours(7));
        var csv = new WaterSecurityDemoCsv(new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, now.Offset).AddMonths(-2), now);
        Samples(csv);
        Levels(csv);
        await csv.ImportAsync(scoped.GetRequiredService<WaterImportRun>(), FilePrefix, cancellationToken);
    }

    /// <summary>The sample time of a month at the quality station: the 12th at 09:00 (Việt Nam time).</summary>
    public static DateTimeOffset SampleTime(int year, int month) => new(year, month, 12, 9, 0, 0, TimeSpan.FromHours(7));

    /// <summary>
    /// One grab sample a month from January two years back: acid in the early rains (alum soils of the
    /// Vàm Cỏ, demo), organic load and suspended solids higher in the rainy season.
    /// </summary>
    private static void Samples(WaterSecurityDemoCsv csv)
    {
        var random = new Random(855);
        for (var month = SampleTime(csv.Now.Year - 2, 1); month <= csv.Now; month = month.AddMonths(1))
        {
            var rainy = month.Month is >= 5 and <= 11;
            double Spread(double centre, double spread) => Math.Max(0, centre * (1 + (random.NextDouble() - 0.5) * 2 * spread));
            var load = rainy ? 1.3 : 0.8;
            csv.Add(QualityStation, month, "pH", (month.Month is 5 or 6 ? 5.6 : 6.4) + random.NextDouble() * 0.6, "", 2);
            csv.Add(QualityStation, month, "temp", 27.0 + random.NextDouble() * 3, "°C", 1);
            csv.Add(QualityStation, month, "DO", Math.Clamp(5.8 - load + (random.NextDouble() - 0.5), 2.5, 7.5), "mg/L", 2);
            csv.Add(QualityStation, month, "BOD5", Spread(3.5 * load, 0.3), "mg/L", 1);
            csv.Add(QualityStation, month, "COD", Spread(9 * load, 0.3), "mg/L", 1);
            csv.Add(QualityStation, month, "TSS", Spread(rainy ? 60 : 25, 0.4), "mg/L", 0);
            csv.Add(QualityStation, month, "NH4_N", Spread(0.15 * load, 0.5), "mg/L", 3);
            csv.Add(QualityStation, month, "NO3_N", Spread(0.4 * load, 0.4), "mg/L", 2);
            csv.Add(QualityStation, month, "PO4_P", Spread(0.05 * load, 0.5), "mg/L", 3);
            csv.Add(QualityStation, month, "coliform", Math.Round(Spread(2000 * load, 0.6) / 10) * 10, "MPN/100mL", 0);
            csv.Add(QualityStation, month, "Fe", Spread(rainy ? 1.4 : 0.7, 0.4), "mg/L", 2);
        }
    }

    /// <summary>
    /// Hourly level and discharge over the last 460 days: a flood peak in October from the Cambodian
    /// catchment, a low dry season, a weak tide this far upstream (demo).
    /// </summary>
    private static void Levels(WaterSecurityDemoCsv csv)
    {
        var random = new Random(116);
        var weather = 0.0;
        for (var time = new DateTimeOffset(csv.Now.Date, csv.Now.Offset).AddDays(-460); time <= csv.Now; time = time.AddHours(1))
        {
            weather = 0.995 * weather + 0.01 * WaterSecurityDemoCsv.Normal(random);
            var season = (1 + WaterSecurityDemoCsv.Season(time, 285)) / 2;
            var daily = (8 + 140 * season * season) * Math.Exp(weather);
            var tide = WaterSecurityDemoCsv.Tide(time);
            csv.Add(RiverStation, time, "Q", Math.Max(1, daily * (1 + 0.15 * tide)), "m³/s", 1);
            csv.Add(RiverStation, time, "H", 0.6 + 0.012 * daily + 0.25 * tide, "m", 2);
        }
    }
}
