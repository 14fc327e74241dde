using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;
using TheoDoi.Units;

namespace TheoDoi.Registries;

/// <summary>
/// Demo registers (with --demo): numbered demo parks ("KCN minh họa …", not real parks) with yearly
/// monitoring results, and waste statistics 2020–2025 for the old provinces (to 2024) and the new ones
/// (2025). Every row is marked demo. Plausible orders of magnitude, not official figures.
/// </summary>
public static class RegistryDemoData
{
    public const string Actor = "demo-data";

    // Old province code → (park count, share of plants meeting the standard in 2020 and 2025).
    private static readonly (string Code, string Short, int Parks, double From, double To)[] s_parks =
    [
        ("79", "HCM", 16, 0.88, 1.00),
        ("74", "BD", 24, 0.87, 0.96),
        ("77", "VT", 14, 0.78, 0.93),
        ("75", "DN", 26, 0.84, 0.97),
        ("70", "BP", 8, 0.62, 0.88),
        ("72", "TN", 6, 0.67, 0.84),
        ("80", "LA", 18, 0.72, 0.90),
    ];

    // Urban solid waste (t/day) and hazardous waste (t/year) generated in 2020, and treated shares 2020 → 2024.
    private static readonly (string Code, double Urban, double UrbanFrom, double UrbanTo, double Hazardous, double HazFrom, double HazTo)[] s_waste =
    [
        ("79", 9200, 99.0, 100, 145000, 91, 96.5),
        ("74", 2000, 90.5, 95.5, 98000, 88, 94),
        ("77", 1150, 88.0, 93.0, 42000, 86, 92.5),
        ("75", 2150, 86.0, 93.5, 81000, 87, 94),
        ("70", 580, 80.0, 88.0, 7800, 80, 89),
        ("72", 690, 78.0, 86.5, 9500, 83, 80.5),
        ("80", 1000, 75.0, 85.0, 31000, 82, 90),
    ];

    public static async Task LoadAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.IndustrialParks.AnyAsync(p => p.IsDemo, ct) || await db.WasteStatistics.AnyAsync(w => w.IsDemo, ct))
        {
            return;
        }

        var directory = await UnitDirectory.LoadAsync(db, ct);
        var lastOld = new DateOnly(2025, 6, 30);
        Unit Old(string code) => directory.Units.Single(u => u.Code == code && u.Kind == UnitKind.Province && u.ValidFrom <= lastOld && u.ValidTo == lastOld);
        var random = new Random(512);
        foreach (var (code, shortName, count, from, to) in s_parks)
        {
            var unit = Old(code);
            for (var n = 1; n <= count; n++)
            {
                var export = code == "79" && n <= 3;
                var since = new DateOnly(n <= count - 2 ? 1995 + random.Next(0, 24) : 2021 + random.Next(0, 3), 1 + random.Next(0, 12), 1);
                var hasPlant = random.NextDouble() > (code is "70" or "72" ? 0.15 : 0.04);
                var park = new IndustrialPark
                {
                    Code = $"{shortName}-{n:00}",
                    Name = $"{(export ? "KCX" : "KCN")} minh họa {shortName}-{n:00}",
                    Kind = export ? ParkKind.ExportProcessingZone : ParkKind.IndustrialPark,
                    UnitId = unit.Id,
                    AreaHa = 80 + random.Next(0, 900),
                    OperatingSince = since,
                    State = ParkState.Operating,
                    HasCentralPlant = hasPlant,
                    PlantSince = hasPlant ? since.AddYears(random.Next(0, 3)) : null,
                    PlantCapacity = hasPlant ? 1000 * (2 + random.Next(0, 18)) : null,
                    ConnectedToAutoMonitoring = hasPlant && random.NextDouble() > 0.2,
                    Note = "Dữ liệu minh họa",
                    IsDemo = true,
                };
                for (var year = 2019; year <= 2025; year++)
                {
                    var share = from + ((to - from) * Math.Clamp((year - 2020) / 5.0, 0, 1));
                    if (hasPlant && park.PlantSince!.Value.Year <= year)
                    {
                        var auto = park.ConnectedToAutoMonitoring;
                        park.Checks.Add(new ParkComplianceCheck
                        {
                            Date = new DateOnly(year, year == 2025 ? 10 : 11, 10 + random.Next(0, 15)),
                            // The first parks of a province comply first: a smooth, explainable demo series.
                            MeetsStandard = (n - 0.5) / count < share,
                            Method = auto ? CheckMethod.AutomaticMonitoring : year % 2 == 0 ? CheckMethod.Inspection : CheckMethod.PeriodicMonitoring,
                            Reference = auto ? $"Dữ liệu quan trắc tự động quý IV/{year} (minh họa)" : $"Biên bản kiểm tra số {random.Next(10, 999)}/BB-STNMT năm {year} (minh họa)",
                            Standard = "QCVN 40:2011/BTNMT",
                            RecordedBy = Actor,
                        });
                    }
                }

                db.IndustrialParks.Add(park);
            }
        }

        for (var year = 2020; year <= 2024; year++)
        {
            var t = (year - 2020) / 4.0;
            foreach (var row in s_waste)
            {
                var growth = Math.Pow(1.035, year - 2020);
                var urban = row.Urban * growth;
                var urbanShare = row.UrbanFrom + ((row.UrbanTo - row.UrbanFrom) * t);
                // One unusual figure (Bình Phước 2023) to show the outlier flag.
                urbanShare = row.Code == "70" && year == 2023 ? 97.5 : urbanShare;
                var hazardous = row.Hazardous * Math.Pow(1.05, year - 2020);
                // Tây Ninh's hazardous waste treatment slips after 2022 (to show a deterioration).
                var hazShare = row.Code == "72" && year >= 2023 ? row.HazFrom - ((year - 2022) * 1.5) : row.HazFrom + ((row.HazTo - row.HazFrom) * t);
                db.WasteStatistics.Add(Waste(Old(row.Code), year, urban, Math.Min(100, urbanShare), hazardous, Math.Min(100, hazShare)));
            }
        }

        // 2025 belongs to the new provinces (valid on 31/12/2025); Tây Ninh has not reported hazardous waste yet.
        var end2025 = new DateOnly(2025, 12, 31);
        foreach (var code in new[] { "79", "75", "80" })
        {
            var unit = directory.Units.Single(u => u.Code == code && u.Kind == UnitKind.Province && u.ValidFrom <= end2025 && (u.ValidTo is null || end2025 <= u.ValidTo));
            var lineage = directory.Timeline.Lineage(unit.Id).Select(p => directory.ById[p.Id].Code).Distinct().ToList();
            var parts = s_waste.Where(w => lineage.Contains(w.Code)).ToList();
            var urban = parts.Sum(p => p.Urban * Math.Pow(1.035, 5));
            var urbanTreated = parts.Sum(p => p.Urban * Math.Pow(1.035, 5) * Math.Min(100, p.UrbanTo + 0.6) / 100);
            var hazardous = parts.Sum(p => p.Hazardous * Math.Pow(1.05, 5));
            var hazTreated = parts.Sum(p => p.Hazardous * Math.Pow(1.05, 5) * Math.Min(100, p.HazTo + 0.8) / 100);
            var stat = Waste(unit, 2025, urban, 100 * urbanTreated / urban, hazardous, 100 * hazTreated / hazardous);
            if (code == "80")
            {
                stat.HazardousGenerated = null;
                stat.HazardousTreated = null;
            }

            db.WasteStatistics.Add(stat);
        }

        await db.SaveChangesAsync(ct);
    }

    private static WasteStatistic Waste(Unit unit, int year, double urban, double urbanShare, double hazardous, double hazardousShare) => new()
    {
        UnitId = unit.Id,
        Year = year,
        UrbanGenerated = Math.Round((decimal)urban, 1),
        UrbanCollected = Math.Round((decimal)(urban * Math.Min(1, (urbanShare / 100) + 0.01)), 1),
        UrbanTreated = Math.Round((decimal)(urban * urbanShare / 100), 1),
        HazardousGenerated = Math.Round((decimal)hazardous, 0),
        HazardousTreated = Math.Round((decimal)(hazardous * hazardousShare / 100), 0),
        Source = "Số liệu minh họa, không phải số liệu chính thức",
        IsDemo = true,
        UpdatedBy = Actor,
    };
}
