using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Water.Licences;
using TheoDoi.Data;

namespace TheoDoi.Water.Licences;

/// <summary>
/// Demo licences (<c>--demo</c>, issue 9): thirty abstraction licences of seven made-up holders, surface
/// and groundwater, with monthly reported volumes from January 2025 to last month. Four take more than
/// their licence in the dry-season months, three groundwater works lie inside a demo restricted zone
/// (drawn for illustration after the criteria of Quyết định 3225/QĐ-UBND TP.HCM, 15/08/2024, not its
/// real map; docs/reference/water-security.md), and two expire within the register's 90 days. All are
/// marked demo. Loading twice changes nothing.
/// </summary>
public static class LicenceDemoData
{
    private sealed record Row(int Holder, WaterSource Source, string Body, string Province, decimal Lat, decimal Lon, int Purpose, decimal Max, int IssuedYear,
        int? ExpiresInDays = null, bool Over = false);

    private static readonly string[] s_holders =
    [
        "Công ty Cấp nước Sông Xanh (minh họa)",
        "Công ty CP Nước sạch Bình Minh (minh họa)",
        "Khu công nghiệp Phú An (minh họa)",
        "Công ty TNHH Dệt nhuộm Hưng Thịnh (minh họa)",
        "Công ty CP Thực phẩm Nam Việt (minh họa)",
        "Hợp tác xã Nông nghiệp Tân Phước (minh họa)",
        "Công ty TNHH Nước giải khát Đông Sài Gòn (minh họa)",
    ];

    private static readonly string[] s_purposes = ["Cấp nước sinh hoạt", "Sản xuất công nghiệp", "Tưới tiêu nông nghiệp", "Sản xuất đồ uống"];

    private static readonly Row[] s_rows =
    [
        // Surface water: rivers and reservoirs of the basin.
        new(0, WaterSource.Surface, "Sông Sài Gòn", "79", 10.985m, 106.618m, 0, 300_000m, 2019),
        new(0, WaterSource.Surface, "Sông Đồng Nai", "75", 10.935m, 106.808m, 0, 200_000m, 2020),
        new(1, WaterSource.Surface, "Sông Đồng Nai", "75", 10.960m, 106.850m, 0, 100_000m, 2021, Over: true),
        new(1, WaterSource.Surface, "Hồ Dầu Tiếng", "80", 11.300m, 106.330m, 0, 50_000m, 2022),
        new(2, WaterSource.Surface, "Sông Thị Tính", "79", 11.080m, 106.600m, 1, 20_000m, 2020),
        new(2, WaterSource.Surface, "Sông Bé", "75", 11.240m, 106.740m, 1, 15_000m, 2023, ExpiresInDays: 45),
        new(3, WaterSource.Surface, "Sông Sài Gòn", "79", 11.050m, 106.560m, 1, 8_000m, 2021, Over: true),
        new(4, WaterSource.Surface, "Sông Vàm Cỏ Đông", "80", 11.090m, 106.270m, 1, 6_000m, 2022),
        new(5, WaterSource.Surface, "Hồ Dầu Tiếng", "80", 11.350m, 106.300m, 2, 120_000m, 2019),
        new(5, WaterSource.Surface, "Sông Vàm Cỏ Đông", "80", 11.150m, 106.200m, 2, 40_000m, 2020),
        new(6, WaterSource.Surface, "Sông Đồng Nai", "75", 10.900m, 106.880m, 3, 5_000m, 2024),
        new(0, WaterSource.Surface, "Hồ Trị An", "75", 11.080m, 107.020m, 0, 90_000m, 2021),

        // Groundwater: the first three lie inside the demo restricted zone.
        new(3, WaterSource.Ground, "qp2-3", "79", 10.880m, 106.600m, 1, 1_500m, 2019, Over: true),
        new(4, WaterSource.Ground, "qp1", "79", 10.770m, 106.610m, 1, 2_000m, 2020),
        new(6, WaterSource.Ground, "n22", "79", 10.800m, 106.640m, 3, 3_000m, 2021),
        new(1, WaterSource.Ground, "n22", "79", 10.850m, 106.770m, 0, 2_500m, 2018),
        new(1, WaterSource.Ground, "qp1", "79", 10.870m, 106.800m, 0, 1_800m, 2019),
        new(2, WaterSource.Ground, "qp2-3", "79", 10.950m, 106.720m, 1, 1_200m, 2020, ExpiresInDays: 80),
        new(2, WaterSource.Ground, "n22", "79", 10.910m, 106.760m, 1, 2_200m, 2021),
        new(3, WaterSource.Ground, "qp1", "79", 11.000m, 106.680m, 1, 900m, 2022),
        new(4, WaterSource.Ground, "qp2-3", "75", 10.940m, 106.860m, 1, 800m, 2020),
        new(4, WaterSource.Ground, "n22", "75", 10.730m, 106.900m, 1, 1_600m, 2021, Over: true),
        new(5, WaterSource.Ground, "qp2-3", "79", 11.020m, 106.480m, 2, 400m, 2019),
        new(5, WaterSource.Ground, "qp1", "80", 11.100m, 106.350m, 2, 350m, 2020),
        new(6, WaterSource.Ground, "qp1", "75", 10.780m, 107.010m, 3, 1_000m, 2022),
        new(0, WaterSource.Ground, "n22", "79", 10.700m, 106.700m, 0, 2_800m, 2018),
        new(2, WaterSource.Ground, "qp1", "75", 10.960m, 106.900m, 1, 700m, 2023),
        new(3, WaterSource.Ground, "n22", "79", 11.060m, 106.640m, 1, 1_100m, 2022),
        new(6, WaterSource.Ground, "qp2-3", "79", 10.830m, 106.760m, 3, 600m, 2024),
        new(5, WaterSource.Ground, "n22", "75", 10.850m, 106.950m, 2, 500m, 2021),
    ];

    /// <summary>
    /// The demo zone: a polygon over Hóc Môn, Quận 12, Bình Tân and Tân Phú, where the reference's
    /// criteria (water level below its limit, subsidence) would apply; not the decision's own map.
    /// </summary>
    private static readonly LonLat[] s_zone =
    [
        new(106.560, 10.740), new(106.680, 10.740), new(106.690, 10.820), new(106.670, 10.905), new(106.570, 10.905), new(106.560, 10.740),
    ];

    public static async Task LoadAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken = default)
    {
        if (await db.WaterLicences.AnyAsync(l => l.IsDemo, cancellationToken))
        {
            return;
        }

        if (!await db.GroundwaterZones.AnyAsync(z => z.IsDemo, cancellationToken))
        {
            db.GroundwaterZones.Add(new GroundwaterZone
            {
                Name = "Vùng hạn chế khai thác nước dưới đất Hóc Môn – Bình Tân (ranh giới minh họa (demo))",
                Decision = "3225/QĐ-UBND",
                ValidFrom = new DateOnly(2024, 8, 15),
                Kind = ZoneKind.Restricted,
                Coordinates = ZoneGeoJson.Write([s_zone]),
                IsDemo = true,
            });
        }

        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        for (var i = 0; i < s_rows.Length; i++)
        {
            var row = s_rows[i];
            var random = new Random(4000 + i);
            var licence = new WaterLicence
            {
                Number = $"DEMO-{i + 1:00}/GP-{(row.Max >= 50_000m ? "BNNMT" : "UBND")}",
                Holder = s_holders[row.Holder],
                Source = row.Source,
                WaterBody = row.Body,
                Province = row.Province,
                Latitude = row.Lat,
                Longitude = row.Lon,
                Purpose = s_purposes[row.Purpose],
                MaxM3PerDay = row.Max,
                ValidFrom = new DateOnly(row.IssuedYear, 1 + i % 12, 1),
                ValidTo = row.ExpiresInDays is { } days ? today.AddDays(days) : new DateOnly(row.IssuedYear + 10, 1 + i % 12, 1).AddDays(-1),
                // Larger works are licensed by the ministry (Nghị định 54/2024/NĐ-CP); the names are demo.
                IssuingBody = row.Max >= 50_000m ? "Bộ Nông nghiệp và Môi trường (minh họa)" : "UBND cấp tỉnh (minh họa)",
                State = LicenceState.Active,
                IsDemo = true,
                UpdatedBy = "demo",
            };
            var usual = 0.55 + 0.3 * random.NextDouble();
            for (var month = new DateOnly(2025, 1, 1); month <= lastMonth; month = month.AddMonths(1))
            {
                // More is drawn late in the dry season; the over-takers exceed in March and April.
                var dry = month.Month is >= 2 and <= 5 ? 0.08 : 0;
                var share = row.Over && month.Month is 3 or 4 ? 1.06 + 0.1 * random.NextDouble() : usual + dry + 0.04 * (random.NextDouble() - 0.5);
                licence.Volumes.Add(new LicenceVolume
                {
                    Year = month.Year,
                    Month = month.Month,
                    VolumeM3 = Math.Round(row.Max * DateTime.DaysInMonth(month.Year, month.Month) * (decimal)share, 0),
                    IsDemo = true,
                });
            }

            db.WaterLicences.Add(licence);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
