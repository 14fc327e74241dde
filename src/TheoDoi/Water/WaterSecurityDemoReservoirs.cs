using TheoDoi.Core.Water.Security;

namespace TheoDoi.Water;

/// <summary>
/// The demo's four reservoirs (Trị An, Thác Mơ, Dầu Tiếng, Phước Hòa weir) with a level–volume table and
/// a daily level since 2016, and two river stations (Vàm Cỏ Đông at Gò Dầu, from Cambodia; Đồng Nai at
/// Tà Lài) with level and discharge: daily since 2014, hourly over the last year. Reservoirs fill in the
/// rainy season (May–November) and draw down in the dry season; 2026's rainy season is a dry one, so
/// storage and flows end the record low. Full-supply volumes of Trị An and Thác Mơ are the reference's
/// (docs/reference/water-security.md); every other number is made up (demo).
/// </summary>
internal static class WaterSecurityDemoReservoirs
{
    internal sealed record Reservoir(WaterSecurityDemoData.Site Site, double FullLevel, double DeadLevel, double DeadVolume, bool Weir);

    private const string Sourced = "Dung tích toàn bộ theo docs/reference/water-security.md; mực nước, bảng mực nước – dung tích và số liệu là minh họa (demo, synthetic)";
    private const string Made = "Dung tích toàn bộ, bảng mực nước – dung tích và số liệu đều là minh họa (demo, synthetic)";

    public static readonly Reservoir[] Reservoirs =
    [
        new(new("HO-TRIAN", "Hồ Trị An (minh họa)", StationType.Reservoir, 11.10m, 107.03m, "TRIAN", "DN-SG-DN", "DN", CapacityHm3: 2765m, Note: Sourced), 62, 50, 218, false),
        new(new("HO-THACMO", "Hồ Thác Mơ (minh họa)", StationType.Reservoir, 11.85m, 107.00m, "THACMO", "DN-SG-BE", "BP", CapacityHm3: 1360m, Note: Sourced), 218, 198, 110, false),
        new(new("HO-DAUTIENG", "Hồ Dầu Tiếng (minh họa)", StationType.Reservoir, 11.32m, 106.36m, "DAUTIENG", "DN-SG-SG", "BD", CapacityHm3: 1580m, Note: Made), 24.4, 17, 470, false),
        new(new("DAP-PHUOCHOA", "Đập dâng Phước Hòa (minh họa)", StationType.Reservoir, 11.25m, 106.75m, "BE", "DN-SG-BE", "BD", CapacityHm3: 89m, Note: Made + "; đập dâng chuyển nước sông Bé sang hồ Dầu Tiếng"), 42.9, 37.5, 45, true),
    ];

    public static readonly WaterSecurityDemoData.Site[] Rivers =
    [
        new("VCD-GODAU", "Sông Vàm Cỏ Đông tại Gò Dầu (minh họa)", StationType.River, 11.08m, 106.26m, "VCD", "DN-SG-VC", "TN", Datum: "Hòn Dấu",
            Note: "Sông chảy từ Campuchia sang; ảnh hưởng triều; số liệu minh họa (demo, synthetic)"),
        new("DN-TALAI", "Sông Đồng Nai tại Tà Lài (minh họa)", StationType.River, 11.37m, 107.37m, "DN", "DN-SG-DN", "DN", Datum: "Hòn Dấu",
            Note: "Thượng nguồn hồ Trị An; số liệu minh họa (demo, synthetic)"),
    ];

    /// <summary>How wet each rainy season was (1 = normal); 2015 and 2026 are dry years (demo).</summary>
    private static double Wetness(int year) => year switch
    {
        2015 => 0.70,
        2016 => 0.85,
        2019 => 0.90,
        2020 => 0.80,
        2023 => 0.95,
        2024 => 0.90,
        2026 => 0.68,
        _ => 1.0,
    };

    /// <summary>Rows 1 m apart (0.5 m for the weir) on V = Vfull · ((h − h₀) ÷ (hfull − h₀))^2.2, h₀ chosen so the dead level holds the dead volume.</summary>
    public static IReadOnlyList<LevelVolumeRow> Table(Reservoir r)
    {
        var (bottom, full) = Curve(r);
        var step = r.Weir ? 0.5 : 1.0;
        var rows = new List<LevelVolumeRow>();
        for (var level = Math.Ceiling(bottom) + step; level <= r.FullLevel + 2 * step; level += step)
        {
            rows.Add(new((decimal)level, Math.Round((decimal)(full * Math.Pow((level - bottom) / (r.FullLevel - bottom), 2.2)), 1)));
        }

        return rows;
    }

    public static void Levels(Reservoir r, WaterSecurityDemoCsv csv)
    {
        var (bottom, full) = Curve(r);
        var random = new Random(r.Site.Code.Length * 7919);
        var drift = 0.0;
        for (var day = new DateTimeOffset(2016, 1, 1, 7, 0, 0, csv.Now.Offset); day <= csv.Now; day = day.AddDays(1))
        {
            drift = 0.9 * drift + 0.006 * WaterSecurityDemoCsv.Normal(random);
            var live = Math.Clamp(LiveShare(day) + drift, 0.02, 1.0);
            if (r.Weir)
            {
                // A weir is kept near its normal level; it varies little over the year.
                live = 0.62 + 0.35 * live;
            }

            var volume = r.DeadVolume + live * (full - r.DeadVolume);
            var level = bottom + (r.FullLevel - bottom) * Math.Pow(volume / full, 1 / 2.2);
            csv.Add(r.Site.Code, day, "H", level, "m", 2);
        }
    }

    /// <summary>Daily level and discharge, hourly over the last 365 days (the percentile class needs ≥ 10 years at the day of year).</summary>
    public static void Flows(WaterSecurityDemoData.Site river, WaterSecurityDemoCsv csv)
    {
        var tidal = river.Code == "VCD-GODAU";
        var (low, high) = tidal ? (15.0, 180.0) : (120.0, 1100.0);
        var random = new Random(tidal ? 31 : 37);
        var hourlyFrom = new DateTimeOffset(csv.Now.Date, csv.Now.Offset).AddDays(-365);
        var weather = 0.0;
        for (var time = new DateTimeOffset(2014, 1, 1, 7, 0, 0, csv.Now.Offset); time <= csv.Now; time = time.AddHours(time < hourlyFrom ? 24 : 1))
        {
            if (time.Hour == 7 || time >= hourlyFrom)
            {
                weather = (time < hourlyFrom ? 0.85 : 0.995) * weather + (time < hourlyFrom ? 0.08 : 0.01) * WaterSecurityDemoCsv.Normal(random);
            }

            // Flows peak in late September–October; the rainy season belongs to the year it starts in.
            var season = (1 + WaterSecurityDemoCsv.Season(time, 275)) / 2;
            var wet = Wetness(time.Month >= 5 ? time.Year : time.Year - 1);
            var daily = (low + (high - low) * wet * season * season) * Math.Exp(weather);
            var hourly = time >= hourlyFrom;
            double q, h;
            if (tidal)
            {
                var tide = hourly ? WaterSecurityDemoCsv.Tide(time) : 0;
                q = Math.Max(1, daily * (1 + 0.35 * tide));
                h = 0.25 + 0.011 * daily + 0.55 * tide;
            }
            else
            {
                // Hydropower upstream releases by day: a small daily swing in the hourly record.
                q = daily * (hourly ? 1 + 0.08 * Math.Sin(2 * Math.PI * (time.Hour - 9) / 24) : 1);
                h = 109.0 + 0.18 * Math.Sqrt(q);
            }

            csv.Add(river.Code, time, "Q", q, "m³/s", 1);
            csv.Add(river.Code, time, "H", h, "m", 2);
        }
    }

    /// <summary>Share of the live storage on a day: cosine between the late-June low and the late-November high of each year.</summary>
    private static double LiveShare(DateTimeOffset day)
    {
        var anchors = new List<(DateTimeOffset At, double Share)>();
        for (var year = day.Year - 1; year <= day.Year + 1; year++)
        {
            anchors.Add((new DateTimeOffset(year, 6, 25, 7, 0, 0, day.Offset), 0.12 + 0.22 * Wetness(year - 1)));
            anchors.Add((new DateTimeOffset(year, 11, 25, 7, 0, 0, day.Offset), Math.Min(1, 0.98 * Wetness(year))));
        }

        var after = anchors.FindIndex(a => a.At > day);
        var (a, b) = (anchors[after - 1], anchors[after]);
        var u = (day - a.At).TotalDays / (b.At - a.At).TotalDays;
        return a.Share + (b.Share - a.Share) * (1 - Math.Cos(Math.PI * u)) / 2;
    }

    private static (double Bottom, double Full) Curve(Reservoir r)
    {
        var full = (double)r.Site.CapacityHm3!.Value;
        var x = Math.Pow(r.DeadVolume / full, 1 / 2.2);
        return ((r.DeadLevel - x * r.FullLevel) / (1 - x), full);
    }
}
