using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Audit;
using TheoDoi.Data;

namespace TheoDoi.Water;

/// <summary>
/// Water-security demo data (<c>--demo</c>, issue 9): four reservoirs with level–volume tables and daily
/// levels, two river stations, twelve wells in three aquifers, salinity at Hòa Phú and Nhà Bè, and
/// thirty abstraction licences (<see cref="Licences.LicenceDemoData"/>). Every station is marked demo with
/// a note saying which facts are the reference's (docs/reference/water-security.md) and which are made
/// up. Values go through the normal importer from generated canonical CSV with the quality demo's source
/// "Dữ liệu minh họa (demo)": older than the last two months validated, the rest raw. Loading twice
/// changes nothing.
/// </summary>
public static class WaterSecurityDemoData
{
    /// <summary>The files' names start with this; a batch with it means the demo is loaded.</summary>
    public const string FilePrefix = "demo-security-";

    /// <summary>A demo station: where it is (sub-basin, water body, province history key) and its type's columns.</summary>
    internal sealed record Site(string Code, string Name, StationType Type, decimal Lat, decimal Lon, string? Body, string Basin, string Region,
        string? Aquifer = null, string? Datum = null, decimal? Threshold = null, decimal? CapacityHm3 = null, string? Note = null);

    /// <summary>Former province → province after the 2025 mergers (unit seed keys; Đồng Nai became a city on 30/04/2026).</summary>
    private static readonly Dictionary<string, (string Key, DateOnly From, DateOnly? To)[]> s_provinces = new()
    {
        ["HCM"] = [("79-1976", new(2000, 1, 1), new(2025, 6, 30)), ("79-2025", new(2025, 7, 1), null)],
        ["BD"] = [("74", new(2000, 1, 1), new(2025, 6, 30)), ("79-2025", new(2025, 7, 1), null)],
        ["DN"] = [("75-1976", new(2000, 1, 1), new(2025, 6, 30)), ("75-2025", new(2025, 7, 1), new(2026, 4, 29)), ("75-2026", new(2026, 4, 30), null)],
        ["BP"] = [("70", new(2000, 1, 1), new(2025, 6, 30)), ("75-2025", new(2025, 7, 1), new(2026, 4, 29)), ("75-2026", new(2026, 4, 30), null)],
        ["TN"] = [("72", new(2000, 1, 1), new(2025, 6, 30)), ("80-2025", new(2025, 7, 1), null)],
    };

    internal static IEnumerable<Site> Sites =>
        [.. WaterSecurityDemoReservoirs.Reservoirs.Select(r => r.Site), .. WaterSecurityDemoReservoirs.Rivers,
            .. WaterSecurityDemoWells.Wells.Select(w => w.Site), WaterSecurityDemoSalinity.HoaPhu, WaterSecurityDemoSalinity.NhaBe];

    public static async Task LoadAsync(IServiceProvider scoped, CancellationToken cancellationToken = default)
    {
        var db = scoped.GetRequiredService<AppDbContext>();
        var clock = scoped.GetRequiredService<TimeProvider>();
        using var actor = AuditActor.As("demo");
        await Licences.LicenceDemoData.LoadAsync(db, Core.Time.VietnamTime.Today(clock), cancellationToken);
        if (await db.WaterImportBatches.AnyAsync(b => b.FileName.StartsWith(FilePrefix), cancellationToken))
        {
            return;
        }

        await RegisterAsync(db, Sites, cancellationToken);
        var replace = scoped.GetRequiredService<ReplaceLevelVolume>();
        foreach (var reservoir in WaterSecurityDemoReservoirs.Reservoirs)
        {
            var table = "level_m,volume_hm3\n" + string.Concat(WaterSecurityDemoReservoirs.Table(reservoir)
                .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.LevelM},{r.VolumeHm3}\n")));
            var stored = await replace.RunAsync(reservoir.Site.Code, new StringReader(table), cancellationToken);
            if (!stored.IsDone)
            {
                throw new InvalidOperationException("demo level–volume table rejected: " + string.Join("; ", stored.Problems.Take(3).Select(p => p.Located().En)));
            }
        }

        var now = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7));
        var csv = new WaterSecurityDemoCsv(new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, now.Offset).AddMonths(-2), now);
        foreach (var reservoir in WaterSecurityDemoReservoirs.Reservoirs)
        {
            WaterSecurityDemoReservoirs.Levels(reservoir, csv);
        }

        foreach (var river in WaterSecurityDemoReservoirs.Rivers)
        {
            WaterSecurityDemoReservoirs.Flows(river, csv);
        }

        foreach (var well in WaterSecurityDemoWells.Wells)
        {
            WaterSecurityDemoWells.Depths(well, csv);
        }

        WaterSecurityDemoSalinity.Readings(csv);
        await csv.ImportAsync(scoped.GetRequiredService<WaterImportRun>(), FilePrefix, cancellationToken);
    }

    /// <summary>Adds the stations not there yet (a start killed half-way leaves some), marked demo, in their sub-basins.</summary>
    internal static async Task RegisterAsync(AppDbContext db, IEnumerable<Site> sites, CancellationToken cancellationToken)
    {
        var existing = await db.WaterStations.Select(s => s.Code).ToListAsync(cancellationToken);
        var basins = await db.WaterBasins.ToDictionaryAsync(b => b.Code, b => b.Id, cancellationToken);
        var bodies = await db.WaterBodies.ToDictionaryAsync(b => b.Code, b => b.Id, cancellationToken);
        var units = await db.Units.Where(u => u.SeedKey != null).ToDictionaryAsync(u => u.SeedKey!, u => u.Id, cancellationToken);
        foreach (var site in sites.Where(s => !existing.Contains(s.Code)))
        {
            var station = new WaterStation
            {
                Code = site.Code,
                Name = site.Name,
                Kind = site.Type is StationType.Groundwater or StationType.Quality ? StationKind.Periodic : StationKind.Automatic,
                Latitude = site.Lat,
                Longitude = site.Lon,
                BasinId = basins[site.Basin],
                WaterBodyId = site.Body is null ? null : bodies[site.Body],
                IsDemo = true,
                Note = site.Note,
            };
            new StationTypeColumns(site.Type, site.Aquifer, site.Datum, site.Threshold, site.CapacityHm3).ApplyTo(station);
            foreach (var (key, from, to) in s_provinces[site.Region])
            {
                if (units.TryGetValue(key, out var unit))
                {
                    station.Units.Add(new WaterStationUnit { UnitId = unit, ValidFrom = from, ValidTo = to });
                }
            }

            db.WaterStations.Add(station);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
