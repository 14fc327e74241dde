using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Indicators;
using TheoDoi.Shared;
using TheoDoi.Units;

namespace TheoDoi.Registries;

/// <summary>Waste statistics per unit and year, saved in batches, all or nothing.</summary>
public sealed class WasteRegistry(AppDbContext db, TimeProvider clock)
{
    public sealed record Item(
        string? Unit, int? Year, decimal? UrbanGenerated, decimal? UrbanCollected, decimal? UrbanTreated,
        decimal? HazardousGenerated, decimal? HazardousTreated, string? Source = null, string? Note = null);

    public sealed record Request(IReadOnlyList<Item>? Items);

    public Task<UseCaseResult<SaveValues.Saved>> SaveAsync(Request request, ClaimsPrincipal user, CancellationToken ct = default) =>
        ConcurrentSave.RunAsync(db, () => SaveOnceAsync(request, user, ct), () => (UseCaseResult<SaveValues.Saved>)UseCaseResult.Refused(Outcome.Invalid,
            [new ItemProblem(-1, "items", "Số liệu vừa được người khác lưu cùng lúc; hãy tải lại trang và lưu lại.", "The figures were saved by someone else at the same moment; reload and save again.")]), ct);

    private async Task<UseCaseResult<SaveValues.Saved>> SaveOnceAsync(Request request, ClaimsPrincipal user, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var directory = await UnitDirectory.LoadAsync(db, ct);
        var geography = new IndicatorGeography(directory, today);
        var access = RegistryAccess.For(user, directory, today);
        var items = request.Items ?? [];
        if (!access.CanEditAny)
        {
            return UseCaseResult.Refused(Outcome.Forbidden, [new ItemProblem(-1, "", "Bạn không được sửa thống kê chất thải.", "You may not edit waste statistics.")]);
        }

        if (items.Count is 0 or > SaveValues.MaxItems)
        {
            return UseCaseResult.Refused(Outcome.Invalid, [new ItemProblem(-1, "items", "Cần ít nhất một dòng.", "Send at least one item.")]);
        }

        var problems = new List<ItemProblem>();
        var forbidden = false;
        var planned = new List<(Item Item, Unit Unit)>();
        var seen = new HashSet<(int, int)>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var index = i;
            void Add(string field, string vi, string en) => problems.Add(new(index, field, vi, en));
            if (item.Year is not { } year || year < 2000 || year > today.Year)
            {
                Add("year", "Năm không hợp lệ.", "Invalid year.");
                continue;
            }

            if (item.Unit is not { Length: > 0 } code || geography.PeriodFor(code.Trim(), year) is not { } unit)
            {
                Add("unit", $"Không có tỉnh, thành phố mã {item.Unit} vào ngày 31/12/{year}.", $"No province {item.Unit} on 31/12/{year}.");
                continue;
            }

            if (!access.CanEdit(unit.Id))
            {
                forbidden = true;
                Add("unit", $"Bạn chỉ được nhập thống kê của đơn vị mình, không phải {unit.Name}.", $"Own unit only, not {unit.NameEn ?? unit.Name}.");
                continue;
            }

            if (!seen.Add((unit.Id, year)))
            {
                Add("unit", $"Trùng {unit.Name} năm {year}.", $"Duplicate {unit.Code} {year}.");
                continue;
            }

            decimal?[] all = [item.UrbanGenerated, item.UrbanCollected, item.UrbanTreated, item.HazardousGenerated, item.HazardousTreated];
            if (all.Any(v => v is < 0))
            {
                Add("urbanGenerated", "Khối lượng không được âm.", "Amounts must not be negative.");
            }

            if (item.UrbanCollected > item.UrbanGenerated)
            {
                Add("urbanCollected", "Khối lượng thu gom lớn hơn khối lượng phát sinh.", "Collected exceeds generated.");
            }

            if (item.UrbanTreated > (item.UrbanCollected ?? item.UrbanGenerated))
            {
                Add("urbanTreated", "Khối lượng xử lý theo quy định lớn hơn khối lượng thu gom.", "Treated exceeds collected.");
            }

            if (item.HazardousTreated > item.HazardousGenerated)
            {
                Add("hazardousTreated", "Chất thải nguy hại được xử lý lớn hơn khối lượng phát sinh.", "Hazardous treated exceeds generated.");
            }

            planned.Add((item, unit));
        }

        if (problems.Count > 0)
        {
            return UseCaseResult.Refused(forbidden ? Outcome.Forbidden : Outcome.Invalid, problems);
        }

        var ids = planned.Select(p => p.Unit.Id).ToList();
        var existing = await db.WasteStatistics.Where(w => ids.Contains(w.UnitId)).ToListAsync(ct);
        foreach (var (item, unit) in planned)
        {
            var row = existing.FirstOrDefault(w => w.UnitId == unit.Id && w.Year == item.Year);
            if (row is null)
            {
                row = new WasteStatistic { UnitId = unit.Id, Year = item.Year!.Value };
                db.WasteStatistics.Add(row);
            }

            row.UrbanGenerated = item.UrbanGenerated;
            row.UrbanCollected = item.UrbanCollected;
            row.UrbanTreated = item.UrbanTreated;
            row.HazardousGenerated = item.HazardousGenerated;
            row.HazardousTreated = item.HazardousTreated;
            row.Source = string.IsNullOrWhiteSpace(item.Source) ? null : item.Source.Trim();
            row.Note = string.IsNullOrWhiteSpace(item.Note) ? null : item.Note.Trim();
            row.UpdatedBy = user.Identity?.Name;
            row.IsDemo = false;
            row.Version++;
        }

        await db.SaveChangesAsync(ct);
        return UseCaseResult.Done(new SaveValues.Saved(planned.Select(p => new SaveValues.SavedValue(p.Unit.Code, p.Item.Year!.Value, 0, ValueState.Draft, null)).ToList(), 0));
    }
}
