using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Indicators;
using TheoDoi.Shared;
using TheoDoi.Units;

namespace TheoDoi.Registries;

/// <summary>Who may change registry data: coordinators, stewards and admins everywhere; a reporter for its own unit (and the units it succeeded).</summary>
public sealed record RegistryAccess(bool All, IReadOnlySet<int> OwnUnitIds)
{
    public static RegistryAccess For(ClaimsPrincipal user, UnitDirectory directory, DateOnly today)
    {
        var all = user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Admin) || user.IsInRole(Roles.DataSteward);
        return new(all, IndicatorAccess.For(user, directory, today).OwnUnitIds);
    }

    public bool CanEdit(int unitId) => All || OwnUnitIds.Contains(unitId);

    public bool CanEditAny => All || OwnUnitIds.Count > 0;
}

/// <summary>A park as it stood on a day: operating, with a plant, compliant, and the check that showed it.</summary>
public sealed record ParkOnDay(IndustrialPark Park, Unit Holder, bool Operating, bool HasPlant, bool Compliant, ParkComplianceCheck? Check);

/// <summary>Indicator 1 for one unit on a day, with the parks behind each number.</summary>
public sealed record ParkIndicatorRow(string Key, string Name, Unit? Unit, IReadOnlyList<ParkOnDay> Operating, IReadOnlyList<ParkOnDay> Compliant)
{
    public double? Value => Operating.Count > 0 ? 100.0 * Compliant.Count / Operating.Count : null;
}

/// <summary>The industrial park register: the parks on a day, indicator 1 at a date, and the changes (save a park, record a check).</summary>
public sealed class ParkRegistry(AppDbContext db, TimeProvider clock)
{
    public sealed record SaveRequest(
        string? Code, string? Name, ParkKind? Kind, string? Unit, decimal? AreaHa, DateOnly? OperatingSince, ParkState? State, DateOnly? ClosedOn,
        bool? HasCentralPlant, DateOnly? PlantSince, decimal? PlantCapacity, bool? ConnectedToAutoMonitoring, string? Note);

    public sealed record CheckRequest(DateOnly? Date, bool? MeetsStandard, CheckMethod? Method, string? Reference, string? Standard, string? Note);

    public static async Task<(List<IndustrialPark> Parks, UnitDirectory Directory)> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var parks = await db.IndustrialParks.AsNoTracking().Include(p => p.Checks).OrderBy(p => p.Code).ToListAsync(ct);
        return (parks, await UnitDirectory.LoadAsync(db, ct));
    }

    /// <summary>Each park on <paramref name="day"/>, held by the unit valid then (or, with <paramref name="holderDay"/>, on that day).</summary>
    public static IReadOnlyList<ParkOnDay> OnDay(IEnumerable<IndustrialPark> parks, UnitDirectory directory, DateOnly day, DateOnly? holderDay = null)
    {
        return parks.Select(p =>
        {
            var unit = directory.ById[p.UnitId];
            var holder = directory.HoldersOn(unit, holderDay ?? day).FirstOrDefault() ?? unit;
            var operating = p.IsOperatingOn(day);
            return new ParkOnDay(p, holder, operating, p.HasPlantOn(day), operating && p.IsCompliantOn(day), p.LatestCheckOn(day));
        }).ToList();
    }

    /// <summary>Indicator 1 on <paramref name="day"/> by unit (the units valid that day, or today's with <paramref name="byToday"/>) and for the region.</summary>
    public static IReadOnlyList<ParkIndicatorRow> IndicatorAt(IEnumerable<IndustrialPark> parks, UnitDirectory directory, DateOnly day, DateOnly today, bool byToday)
    {
        var onDay = OnDay(parks, directory, day, byToday ? today : null);
        var rows = onDay.Where(p => p.Operating).GroupBy(p => p.Holder.Id)
            .Select(g => new ParkIndicatorRow(g.First().Holder.Code, g.First().Holder.ShortName ?? g.First().Holder.Name, g.First().Holder,
                g.ToList(), g.Where(p => p.Compliant).ToList()))
            .OrderBy(r => r.Unit!.Code == "79" ? 0 : 1).ThenBy(r => r.Name, Shared.VietnameseOrder.Names)
            .ToList();
        var operating = onDay.Where(p => p.Operating).ToList();
        rows.Add(new ParkIndicatorRow(IndicatorTable.RegionKey, "Toàn vùng (các KCN trong sổ đăng ký)", null, operating, operating.Where(p => p.Compliant).ToList()));
        return rows;
    }

    public async Task<UseCaseResult<int>> SaveAsync(int? id, SaveRequest request, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        var directory = await UnitDirectory.LoadAsync(db, ct);
        var access = RegistryAccess.For(user, directory, today);
        if (!access.CanEditAny)
        {
            return UseCaseResult.Forbidden("Bạn không được sửa sổ đăng ký KCN.", "You may not edit the park register.");
        }

        IndustrialPark? park = null;
        if (id is { } parkId)
        {
            park = await db.IndustrialParks.SingleOrDefaultAsync(p => p.Id == parkId, ct);
            if (park is null)
            {
                return UseCaseResult.NotFound($"Không có KCN {parkId}.", $"No park {parkId}.");
            }
        }

        var errors = new List<Bilingual>();
        var code = request.Code?.Trim() ?? park?.Code;
        if (string.IsNullOrEmpty(code) || code.Length > 32)
        {
            errors.Add(new("Cần mã KCN (tối đa 32 ký tự).", "The park code is required (at most 32 characters)."));
        }
        else if (await db.IndustrialParks.AnyAsync(p => p.Code == code && p.Id != (id ?? 0), ct))
        {
            errors.Add(new($"Mã {code} đã có.", $"The code {code} already exists."));
        }

        var name = request.Name?.Trim() ?? park?.Name;
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(new("Cần tên KCN.", "The park name is required."));
        }

        var since = request.OperatingSince ?? park?.OperatingSince;
        Unit? unit = park is null ? null : directory.ById[park.UnitId];
        if (request.Unit is { Length: > 0 } unitCode)
        {
            unit = ResolveProvince(directory, unitCode.Trim(), since ?? today);
            if (unit is null)
            {
                errors.Add(new($"Không có tỉnh, thành phố mã {unitCode}.", $"No province with code {unitCode}."));
            }
        }
        else if (unit is null)
        {
            errors.Add(new("Cần mã tỉnh, thành phố.", "The province code is required."));
        }

        if (request.AreaHa is < 0 || request.PlantCapacity is < 0)
        {
            errors.Add(new("Diện tích, công suất không được âm.", "Area and capacity must not be negative."));
        }

        if (since is { } s && s > today)
        {
            errors.Add(new("Ngày bắt đầu hoạt động không được sau hôm nay.", "The operating-since date must not be in the future."));
        }

        var state = request.State ?? park?.State ?? ParkState.Operating;
        var closedOn = request.ClosedOn ?? park?.ClosedOn;
        if (state == ParkState.Closed && closedOn is null)
        {
            errors.Add(new("KCN đã đóng cần ngày đóng.", "A closed park needs its closing date."));
        }

        if (unit is not null && !access.CanEdit(unit.Id) || park is not null && !access.CanEdit(park.UnitId))
        {
            return UseCaseResult.Forbidden("Bạn chỉ được sửa KCN của đơn vị mình.", "You may edit your own unit's parks only.");
        }

        if (errors.Count > 0)
        {
            return UseCaseResult.Invalid([.. errors]);
        }

        if (park is null)
        {
            park = new IndustrialPark { Code = code!, Name = name! };
            db.IndustrialParks.Add(park);
        }

        park.Code = code!;
        park.Name = name!;
        park.Kind = request.Kind ?? park.Kind;
        park.UnitId = unit!.Id;
        park.AreaHa = request.AreaHa ?? park.AreaHa;
        park.OperatingSince = since;
        park.State = state;
        park.ClosedOn = state == ParkState.Closed ? closedOn : null;
        park.HasCentralPlant = request.HasCentralPlant ?? park.HasCentralPlant;
        park.PlantSince = request.PlantSince ?? park.PlantSince;
        park.PlantCapacity = request.PlantCapacity ?? park.PlantCapacity;
        park.ConnectedToAutoMonitoring = request.ConnectedToAutoMonitoring ?? park.ConnectedToAutoMonitoring;
        park.Note = request.Note is null ? park.Note : string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        park.Version++;
        await db.SaveChangesAsync(ct);
        return UseCaseResult.Done(park.Id);
    }

    public async Task<UseCaseResult<int>> AddCheckAsync(int id, CheckRequest request, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        var park = await db.IndustrialParks.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (park is null)
        {
            return UseCaseResult.NotFound($"Không có KCN {id}.", $"No park {id}.");
        }

        var access = RegistryAccess.For(user, await UnitDirectory.LoadAsync(db, ct), today);
        if (!access.CanEdit(park.UnitId))
        {
            return UseCaseResult.Forbidden("Bạn chỉ được ghi kết quả kiểm tra cho KCN của đơn vị mình.", "You may record checks for your own unit's parks only.");
        }

        var errors = new List<Bilingual>();
        if (request.Date is not { } date || date > today)
        {
            errors.Add(new("Cần ngày kiểm tra, quan trắc, không sau hôm nay.", "The check date is required and must not be in the future."));
        }

        if (request.MeetsStandard is null)
        {
            errors.Add(new("Cần kết quả: đạt hay không đạt quy chuẩn.", "The result is required: meets the standard or not."));
        }

        if (string.IsNullOrWhiteSpace(request.Reference))
        {
            errors.Add(new("Cần văn bản, kết quả quan trắc làm căn cứ.", "The inspection record or monitoring report is required."));
        }

        if (!park.HasCentralPlant)
        {
            errors.Add(new("KCN chưa có nhà máy xử lý nước thải tập trung.", "The park has no central plant."));
        }

        if (errors.Count > 0)
        {
            return UseCaseResult.Invalid([.. errors]);
        }

        var check = new ParkComplianceCheck
        {
            ParkId = park.Id,
            Date = request.Date!.Value,
            MeetsStandard = request.MeetsStandard!.Value,
            Method = request.Method ?? CheckMethod.Inspection,
            Reference = request.Reference!.Trim(),
            Standard = string.IsNullOrWhiteSpace(request.Standard) ? "QCVN 40:2011/BTNMT" : request.Standard.Trim(),
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            RecordedBy = user.Identity?.Name,
        };
        db.ParkComplianceChecks.Add(check);
        await db.SaveChangesAsync(ct);
        return UseCaseResult.Done(check.Id);
    }

    /// <summary>A province code as of a day: the period valid then, else the latest period with that code.</summary>
    public static Unit? ResolveProvince(UnitDirectory directory, string code, DateOnly day)
    {
        var periods = directory.Units.Where(u => u.Code == code && u.Kind == UnitKind.Province).ToList();
        return periods.FirstOrDefault(u => IndicatorGeography.IsValid(u, day)) ?? periods.MaxBy(u => u.ValidFrom ?? DateOnly.MinValue);
    }
}
