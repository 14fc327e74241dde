using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Water.Licences;

/// <summary>
/// Creates and changes abstraction licences (Nghị định 54/2024/NĐ-CP) and records reported monthly
/// volumes. Editors are those who keep water data (data stewards, admins), as for stations and imports;
/// every change is audited by the interceptor.
/// </summary>
public sealed class LicenceRegister(AppDbContext db)
{
    /// <summary>Fields left out of an update keep their value; on creation all but the station are required.</summary>
    public sealed record SaveRequest(
        string? Number, string? Holder, string? Source, string? WaterBody, string? Province, decimal? Latitude, decimal? Longitude,
        string? Purpose, decimal? MaxM3PerDay, DateOnly? ValidFrom, DateOnly? ValidTo, string? IssuingBody, string? State, string? StationCode = null);

    public sealed record VolumeItem(int? Year, int? Month, decimal? VolumeM3);

    public sealed record VolumesRequest(IReadOnlyList<VolumeItem>? Items);

    public static bool MayEdit(ClaimsPrincipal user) => user.IsInRole(Roles.DataSteward) || user.IsInRole(Roles.Admin);

    /// <summary>Saves a licence: <paramref name="number"/> null creates one, otherwise updates it. Answers the licence number.</summary>
    public Task<UseCaseResult<string>> SaveAsync(string? number, SaveRequest request, ClaimsPrincipal user, CancellationToken ct = default) =>
        ConcurrentSave.RunAsync(db, () => SaveOnceAsync(number, request, user, ct), () => (UseCaseResult<string>)UseCaseResult.Conflict(
            "Giấy phép vừa được người khác lưu cùng lúc; hãy tải lại và lưu lại.", "The licence was saved by someone else at the same moment; reload and save again."), ct);

    private async Task<UseCaseResult<string>> SaveOnceAsync(string? number, SaveRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!MayEdit(user))
        {
            return UseCaseResult.Forbidden("Bạn không được sửa sổ giấy phép khai thác nước.", "You may not change the abstraction licence register.");
        }

        WaterLicence? licence = null;
        if (number is not null)
        {
            licence = await FindAsync(db, number, ct);
            if (licence is null)
            {
                return UseCaseResult.NotFound($"Không có giấy phép số {number}.", $"No licence {number}.");
            }
        }

        var problems = new List<ItemProblem>();
        void Add(string field, string vi, string en) => problems.Add(new(0, field, vi, en));
        string? Required(string field, string? value, string? current, string vi, string en)
        {
            var text = string.IsNullOrWhiteSpace(value) ? current : value.Trim();
            if (text is null)
            {
                Add(field, $"Thiếu {vi}.", $"{en} is required.");
            }

            return text;
        }

        var newNumber = Required("number", request.Number, licence?.Number, "số giấy phép", "The licence number");
        var holder = Required("holder", request.Holder, licence?.Holder, "tổ chức, cá nhân được cấp phép", "The holder");
        var body = Required("waterBody", request.WaterBody, licence?.WaterBody, "nguồn nước hoặc tầng chứa nước", "The water body or aquifer");
        var purpose = Required("purpose", request.Purpose, licence?.Purpose, "mục đích sử dụng", "The purpose");
        var issuer = Required("issuingBody", request.IssuingBody, licence?.IssuingBody, "cơ quan cấp phép", "The issuing body");
        var province = Required("province", request.Province, licence?.Province, "mã tỉnh", "The province code");
        WaterSource? source = licence?.Source;
        if (request.Source is { } s)
        {
            source = LicenceLabels.SourceOf(s);
            if (source is null)
            {
                Add("source", $"Nguồn \"{s}\" phải là surface (nước mặt) hoặc ground (nước dưới đất).", $"Source \"{s}\" must be surface or ground.");
            }
        }
        else if (source is null)
        {
            Add("source", "Thiếu loại nguồn nước (surface hoặc ground).", "The source (surface or ground) is required.");
        }

        var state = licence?.State ?? LicenceState.Active;
        if (request.State is { } st)
        {
            if (LicenceLabels.StateOf(st) is { } known)
            {
                state = known;
            }
            else
            {
                Add("state", $"Trạng thái \"{st}\" phải là active, suspended hoặc revoked.", $"State \"{st}\" must be active, suspended or revoked.");
            }
        }

        var lat = request.Latitude ?? licence?.Latitude;
        var lon = request.Longitude ?? licence?.Longitude;
        if (lat is not { } la || la is < -90 or > 90 || lon is not { } lo || lo is < -180 or > 180)
        {
            Add("latitude", "Vị trí cần vĩ độ (−90…90) và kinh độ (−180…180) theo EPSG:4326.", "The location needs a latitude (−90…90) and a longitude (−180…180), EPSG:4326.");
        }

        var max = request.MaxM3PerDay ?? licence?.MaxM3PerDay;
        if (max is not > 0)
        {
            Add("maxM3PerDay", "Lưu lượng khai thác tối đa (m³/ngày) phải lớn hơn 0.", "The licensed maximum (m³/day) must be greater than 0.");
        }

        var from = request.ValidFrom ?? licence?.ValidFrom;
        var to = request.ValidTo ?? licence?.ValidTo;
        if (from is null || to is null)
        {
            Add("validFrom", "Cần ngày có hiệu lực và ngày hết hiệu lực.", "Valid from and valid to are required.");
        }
        else if (to < from)
        {
            Add("validTo", $"Ngày hết hiệu lực {Format.Date(to.Value)} trước ngày có hiệu lực {Format.Date(from.Value)}.", $"Valid to {to:yyyy-MM-dd} is before valid from {from:yyyy-MM-dd}.");
        }

        if (province is not null && !await db.Units.AnyAsync(u => u.Code == province, ct))
        {
            Add("province", $"Không có tỉnh, thành phố mã {province}.", $"No province {province}.");
        }

        var station = string.IsNullOrWhiteSpace(request.StationCode) ? licence?.StationCode : request.StationCode.Trim();
        if (station is not null)
        {
            var found = await db.WaterStations.WithCode(w => w.Code, station).Select(w => w.Code).FirstOrDefaultAsync(ct);
            if (found is null)
            {
                Add("stationCode", $"Không có trạm {station}.", $"No station {station}.");
            }

            station = found ?? station;
        }

        if (newNumber is not null && newNumber != licence?.Number && await FindAsync(db, newNumber, ct) is not null)
        {
            Add("number", $"Đã có giấy phép số {newNumber}.", $"Licence {newNumber} already exists.");
        }

        if (problems.Count > 0)
        {
            return UseCaseResult.Refused(Outcome.Invalid, problems);
        }

        if (licence is null)
        {
            licence = new WaterLicence { Number = newNumber!, Holder = holder!, WaterBody = body!, Province = province!, Purpose = purpose!, IssuingBody = issuer! };
            db.WaterLicences.Add(licence);
        }

        licence.Number = newNumber!;
        licence.Holder = holder!;
        licence.Source = source!.Value;
        licence.WaterBody = body!;
        licence.Province = province!;
        licence.Latitude = lat!.Value;
        licence.Longitude = lon!.Value;
        licence.Purpose = purpose!;
        licence.MaxM3PerDay = max!.Value;
        licence.ValidFrom = from!.Value;
        licence.ValidTo = to!.Value;
        licence.IssuingBody = issuer!;
        licence.State = state;
        licence.StationCode = station;
        licence.UpdatedBy = user.Identity?.Name;
        licence.IsDemo = false;
        licence.Version++;
        await db.SaveChangesAsync(ct);
        return UseCaseResult.Done(licence.Number);
    }

    /// <summary>Records reported monthly volumes (a month reported again replaces its figure). All or nothing.</summary>
    public async Task<UseCaseResult<int>> ReportVolumesAsync(string number, VolumesRequest request, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!MayEdit(user))
        {
            return UseCaseResult.Forbidden("Bạn không được nhập sản lượng khai thác.", "You may not report abstracted volumes.");
        }

        if (await FindAsync(db, number, ct) is not { } licence)
        {
            return UseCaseResult.NotFound($"Không có giấy phép số {number}.", $"No licence {number}.");
        }

        var items = request.Items ?? [];
        var problems = new List<ItemProblem>();
        var seen = new HashSet<(int, int)>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Year is not (>= 1990 and <= 2100) || item.Month is not (>= 1 and <= 12))
            {
                problems.Add(new(i, "month", "Năm hoặc tháng không hợp lệ.", "Invalid year or month."));
            }
            else if (!seen.Add((item.Year.Value, item.Month.Value)))
            {
                problems.Add(new(i, "month", $"Trùng tháng {item.Month}/{item.Year}.", $"Duplicate month {item.Year}-{item.Month}."));
            }

            if (item.VolumeM3 is not >= 0)
            {
                problems.Add(new(i, "volumeM3", "Sản lượng (m³) phải là số không âm.", "The volume (m³) must be a number not below zero."));
            }
        }

        if (items.Count == 0)
        {
            problems.Add(new(-1, "items", "Cần ít nhất một tháng.", "Send at least one month."));
        }

        if (problems.Count > 0)
        {
            return UseCaseResult.Refused(Outcome.Invalid, problems);
        }

        var existing = await db.LicenceVolumes.Where(v => v.LicenceId == licence.Id).ToListAsync(ct);
        foreach (var item in items)
        {
            var row = existing.FirstOrDefault(v => v.Year == item.Year && v.Month == item.Month);
            if (row is null)
            {
                row = new LicenceVolume { LicenceId = licence.Id, Year = item.Year!.Value, Month = item.Month!.Value };
                db.LicenceVolumes.Add(row);
                existing.Add(row);
            }

            row.VolumeM3 = item.VolumeM3!.Value;
            row.Source = "reported";
            row.IsDemo = false;
        }

        await db.SaveChangesAsync(ct);
        return UseCaseResult.Done(items.Count);
    }

    /// <summary>Licence numbers are matched without regard to case, like every code.</summary>
    public static async Task<WaterLicence?> FindAsync(AppDbContext db, string number, CancellationToken ct)
    {
        return await db.WaterLicences.WithCode(l => l.Number, number.Trim()).FirstOrDefaultAsync(ct);
    }
}
