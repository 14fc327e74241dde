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

    public static async Task LoadAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        using var actor = Audit.AuditActor.As(Seed.BuiltInDataLoader.Actor);
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
        if (await db.WaterBasins.AnyAsync(b => b.Code == Basin, cancellationToken))
        {
            return;
        }

        var basin = new WaterBasin
        {
            Code = Basin,
            Name = "Lưu vực sông Đồng Nai – Sài Gòn",
            NameEn = "Đồng Nai – Sài Gòn river basin",
            AreaKm2 = 37400m,
            Note = "Quyết định 22/QĐ-TTg (08/01/2024) phê duyệt quy hoạch tổng hợp lưu vực sông Đồng Nai",
        };
        db.WaterBasins.Add(basin);
        await db.SaveChangesAsync(cancellationToken);
        var subBasins = new[]
        {
            new WaterBasin { Code = "DN-SG-SG", Name = "Tiểu lưu vực sông Sài Gòn", NameEn = "Sài Gòn sub-basin", ParentId = basin.Id },
            new WaterBasin { Code = "DN-SG-DN", Name = "Tiểu lưu vực sông Đồng Nai", NameEn = "Đồng Nai main stem sub-basin", ParentId = basin.Id },
            new WaterBasin { Code = "DN-SG-BE", Name = "Tiểu lưu vực sông Bé", NameEn = "Sông Bé sub-basin", ParentId = basin.Id },
            new WaterBasin { Code = "DN-SG-VC", Name = "Tiểu lưu vực sông Vàm Cỏ", NameEn = "Vàm Cỏ sub-basin", ParentId = basin.Id },
        };
        db.WaterBasins.AddRange(subBasins);
        await db.SaveChangesAsync(cancellationToken);
        var saigon = subBasins[0];
        var bodies = new[]
        {
            new WaterBody { Code = "SG", Name = "Sông Sài Gòn", Kind = WaterBodyKind.River, BasinId = saigon.Id },
            new WaterBody { Code = "TT", Name = "Sông Thị Tính", Kind = WaterBodyKind.River, BasinId = saigon.Id },
            new WaterBody { Code = "DN", Name = "Sông Đồng Nai", Kind = WaterBodyKind.River, BasinId = subBasins[1].Id },
            new WaterBody { Code = "BE", Name = "Sông Bé", Kind = WaterBodyKind.River, BasinId = subBasins[2].Id },
            new WaterBody { Code = "VCD", Name = "Sông Vàm Cỏ Đông", Kind = WaterBodyKind.River, BasinId = subBasins[3].Id },
            new WaterBody { Code = "TRIAN", Name = "Hồ Trị An", Kind = WaterBodyKind.Reservoir, BasinId = subBasins[1].Id },
            new WaterBody { Code = "DAUTIENG", Name = "Hồ Dầu Tiếng", Kind = WaterBodyKind.Reservoir, BasinId = saigon.Id },
            new WaterBody { Code = "THACMO", Name = "Hồ Thác Mơ", Kind = WaterBodyKind.Reservoir, BasinId = subBasins[2].Id },
        };
        db.WaterBodies.AddRange(bodies);
        await db.SaveChangesAsync(cancellationToken);

        var units = await db.Units.Where(u => u.SeedKey != null).ToDictionaryAsync(u => u.SeedKey!, cancellationToken);
        foreach (var known2 in s_stations)
        {
            var station = new WaterStation
            {
                Code = known2.Code,
                Name = known2.Name,
                Kind = StationKind.Periodic,
                Latitude = known2.Lat,
                Longitude = known2.Lon,
                BasinId = saigon.Id,
                WaterBodyId = bodies.Single(b => b.Code == known2.Body).Id,
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
    }
}
