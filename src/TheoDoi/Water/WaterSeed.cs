using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Water;
using TheoDoi.Data;

namespace TheoDoi.Water;

/// <summary>
/// Built-in reference data of the water feature: the parameter catalogue (Core's codes), the Đồng Nai –
/// Sài Gòn basin with its main water bodies, and the known monitoring points on the Sài Gòn river
/// (docs/reference/southeast-region.md §5) with the province each lay in, before and after the 2025 mergers.
/// Loading twice changes nothing.
/// </summary>
public static class WaterSeed
{
    public const string Basin = "DN-SG";

    private sealed record KnownStation(string Code, string Name, decimal Lat, decimal Lon, string Body, string UnitBefore, string UnitAfter, string? Note = null);

    // Province: the 2024 polygon (wwwroot/geo) that contains the coordinates. The river is the border here,
    // and the polygons are simplified by up to ~220 m, so a point on the river may fall on either bank.
    private static readonly KnownStation[] s_stations =
    [
        new("SG-01", "Bến Củi (cầu Dầu Tiếng)", 11.2794m, 106.3552m, "SG", "74", "79-2025"),
        new("SG-02", "Bến Súc", 11.1561m, 106.4517m, "SG", "79-1976", "79-2025"),
        new("SG-03", "Thị Tính (cầu Ông Cộ)", 11.0484m, 106.6111m, "TT", "74", "79-2025", "Trên sông Thị Tính, phụ lưu sông Sài Gòn"),
        new("SG-04", "Trung An", 11.0342m, 106.5990m, "SG", "74", "79-2025"),
        new("SG-05", "Hòa Phú (cửa lấy nước thô nhà máy Tân Hiệp)", 10.9866m, 106.6191m, "SG", "79-1976", "79-2025"),
        new("SG-06", "Cầu Phú Cường", 10.9812m, 106.6432m, "SG", "79-1976", "79-2025"),
        new("SG-07", "Rạch Tra", 10.9195m, 106.6492m, "SG", "79-1976", "79-2025"),
    ];

    public static readonly DateOnly MergerDay = new(2025, 7, 1);

    private sealed record KnownBasin(string Code, string Name, string NameEn);

    private sealed record KnownBody(string Code, string Name, WaterBodyKind Kind, string Basin);

    private static readonly KnownBasin[] s_subBasins =
    [
        new("DN-SG-SG", "Tiểu lưu vực sông Sài Gòn", "Sài Gòn sub-basin"),
        new("DN-SG-DN", "Tiểu lưu vực sông Đồng Nai", "Đồng Nai main stem sub-basin"),
        new("DN-SG-BE", "Tiểu lưu vực sông Bé", "Sông Bé sub-basin"),
        new("DN-SG-VC", "Tiểu lưu vực sông Vàm Cỏ", "Vàm Cỏ sub-basin"),
    ];

    private static readonly KnownBody[] s_bodies =
    [
        new("SG", "Sông Sài Gòn", WaterBodyKind.River, "DN-SG-SG"),
        new("TT", "Sông Thị Tính", WaterBodyKind.River, "DN-SG-SG"),
        new("DN", "Sông Đồng Nai", WaterBodyKind.River, "DN-SG-DN"),
        new("BE", "Sông Bé", WaterBodyKind.River, "DN-SG-BE"),
        new("VCD", "Sông Vàm Cỏ Đông", WaterBodyKind.River, "DN-SG-VC"),
        new("TRIAN", "Hồ Trị An", WaterBodyKind.Reservoir, "DN-SG-DN"),
        new("DAUTIENG", "Hồ Dầu Tiếng", WaterBodyKind.Reservoir, "DN-SG-SG"),
        new("THACMO", "Hồ Thác Mơ", WaterBodyKind.Reservoir, "DN-SG-BE"),
    ];

    /// <summary>
    /// Adds what is missing, in one transaction. Each piece is looked up by its code rather than the
    /// basin standing for all of it: a process killed half-way through an older, step-by-step load
    /// left the basin without its stations, and every later start then skipped the stations for good
    /// (imports refused "unknown station SG-01"; seen by the crash test).
    /// </summary>
    public static async Task LoadAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        using var actor = Audit.AuditActor.As(Seed.BuiltInDataLoader.Actor);
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var known = await db.WaterParameters.Select(p => p.Code).ToListAsync(cancellationToken);
        var id = 0;
        foreach (var parameter in WaterParameters.All)
        {
            id++;
            if (!known.Contains(parameter.Code))
            {
                db.WaterParameters.Add(new WaterParameterEntry
                {
                    Id = id,
                    Code = parameter.Code,
                    NameVi = parameter.VietnameseName,
                    NameEn = parameter.EnglishName,
                    Unit = parameter.CanonicalUnit,
                    Group = parameter.Group?.ToString(),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var basins = await db.WaterBasins.ToDictionaryAsync(b => b.Code, cancellationToken);
        if (!basins.TryGetValue(Basin, out var basin))
        {
            basin = new WaterBasin
            {
                Code = Basin,
                Name = "Lưu vực sông Đồng Nai – Sài Gòn",
                NameEn = "Đồng Nai – Sài Gòn river basin",
                AreaKm2 = 37400m,
                Note = "Quyết định 22/QĐ-TTg (08/01/2024) phê duyệt quy hoạch tổng hợp lưu vực sông Đồng Nai",
            };
            db.WaterBasins.Add(basin);
            await db.SaveChangesAsync(cancellationToken);
            basins[Basin] = basin;
        }

        foreach (var sub in s_subBasins.Where(b => !basins.ContainsKey(b.Code)))
        {
            basins[sub.Code] = db.WaterBasins.Add(new WaterBasin { Code = sub.Code, Name = sub.Name, NameEn = sub.NameEn, ParentId = basin.Id }).Entity;
        }

        await db.SaveChangesAsync(cancellationToken);
        var bodies = await db.WaterBodies.ToDictionaryAsync(b => b.Code, cancellationToken);
        foreach (var body in s_bodies.Where(b => !bodies.ContainsKey(b.Code)))
        {
            bodies[body.Code] = db.WaterBodies.Add(new WaterBody { Code = body.Code, Name = body.Name, Kind = body.Kind, BasinId = basins[body.Basin].Id }).Entity;
        }

        await db.SaveChangesAsync(cancellationToken);
        var stations = await db.WaterStations.Select(s => s.Code).ToListAsync(cancellationToken);
        var units = await db.Units.Where(u => u.SeedKey != null).ToDictionaryAsync(u => u.SeedKey!, cancellationToken);
        var saigon = basins["DN-SG-SG"];
        foreach (var known2 in s_stations.Where(k => !stations.Contains(k.Code, StringComparer.OrdinalIgnoreCase)))
        {
            var station = new WaterStation
            {
                Code = known2.Code,
                Name = known2.Name,
                Kind = StationKind.Periodic,
                Latitude = known2.Lat,
                Longitude = known2.Lon,
                BasinId = saigon.Id,
                WaterBodyId = bodies[known2.Body].Id,
                Note = known2.Note,
            };
            if (units.TryGetValue(known2.UnitBefore, out var before) && units.TryGetValue(known2.UnitAfter, out var after))
            {
                station.Units.Add(new WaterStationUnit { UnitId = before.Id, ValidFrom = new DateOnly(2000, 1, 1), ValidTo = MergerDay.AddDays(-1) });
                station.Units.Add(new WaterStationUnit { UnitId = after.Id, ValidFrom = MergerDay });
            }

            db.WaterStations.Add(station);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
