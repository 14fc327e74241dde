using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TheoDoi.Core.Dates;
using TheoDoi.Core.Numbers;
using TheoDoi.Core.Texts;
using TheoDoi.Data;
using TheoDoi.Imports;
using TheoDoi.Indicators;
using TheoDoi.Shared;

namespace TheoDoi.Registries;

/// <summary>
/// XLSX export and import of both registries. The export is also the import template. An import is
/// all or nothing; every problem names sheet, row, column and reason.
/// </summary>
public sealed class RegistryWorkbook(AppDbContext db, ParkRegistry parks, WasteRegistry waste, ILogger<RegistryWorkbook> logger)
{
    public const string ParkSheet = "KCN";
    public const string CheckSheet = "Kiem tra";
    public const string WasteSheet = "Chat thai";

    private static readonly string[] s_parkHeaders =
        ["Mã KCN", "Tên", "Loại (KCN/KCX)", "Mã tỉnh", "Diện tích (ha)", "Hoạt động từ", "Trạng thái", "Có NMXLNT tập trung", "Vận hành NMXLNT từ", "Công suất (m³/ngày)", "Kết nối quan trắc tự động", "Ghi chú"];

    private static readonly string[] s_checkHeaders = ["Mã KCN", "Ngày", "Đạt quy chuẩn", "Hình thức", "Văn bản, kết quả", "Quy chuẩn", "Ghi chú"];

    private static readonly string[] s_wasteHeaders =
        ["Mã tỉnh", "Đơn vị", "Năm", "CTRSH đô thị phát sinh (tấn/ngày)", "CTRSH đô thị thu gom (tấn/ngày)", "CTRSH đô thị xử lý theo quy định (tấn/ngày)", "CTNH phát sinh (tấn/năm)", "CTNH thu gom, vận chuyển, xử lý (tấn/năm)", "Nguồn", "Ghi chú"];

    public async Task<MemoryStream> ExportParksAsync(CancellationToken ct)
    {
        var list = await db.IndustrialParks.AsNoTracking().Include(p => p.Checks).Include(p => p.Unit).OrderBy(p => p.Code).ToListAsync(ct);
        var sheets = new Dictionary<string, object>
        {
            [ParkSheet] = list.Select(p => Row(s_parkHeaders, p.Code, p.Name, p.Kind == ParkKind.ExportProcessingZone ? "KCX" : "KCN", p.Unit.Code, p.AreaHa,
                Date(p.OperatingSince), RegistryLabels.State(p.State), p.HasCentralPlant ? "Có" : "Không", Date(p.PlantSince), p.PlantCapacity,
                p.ConnectedToAutoMonitoring ? "Có" : "Không", p.Note)).ToList(),
            [CheckSheet] = list.SelectMany(p => p.Checks.OrderBy(c => c.Date).Select(c => Row(s_checkHeaders, p.Code, Date(c.Date),
                c.MeetsStandard ? "Có" : "Không", RegistryLabels.Method(c.Method), c.Reference, c.Standard, c.Note))).ToList(),
        };
        if (list.Count == 0)
        {
            sheets[ParkSheet] = new List<Dictionary<string, object?>> { Row(s_parkHeaders) };
            sheets[CheckSheet] = new List<Dictionary<string, object?>> { Row(s_checkHeaders) };
        }

        return await SaveAsync(sheets, ct);
    }

    public async Task<MemoryStream> ExportWasteAsync(int? year, CancellationToken ct)
    {
        var list = await db.WasteStatistics.AsNoTracking().Include(w => w.Unit).Where(w => year == null || w.Year == year)
            .OrderBy(w => w.Year).ThenBy(w => w.Unit.Code).ToListAsync(ct);
        var rows = list.Select(w => Row(s_wasteHeaders, w.Unit.Code, w.Unit.Name, w.Year, w.UrbanGenerated, w.UrbanCollected, w.UrbanTreated,
            w.HazardousGenerated, w.HazardousTreated, w.Source, w.Note)).ToList();
        return await SaveAsync(new Dictionary<string, object> { [WasteSheet] = rows.Count > 0 ? rows : [Row(s_wasteHeaders)] }, ct);
    }

    public async Task<UseCaseResult<int>> ImportParksAsync(Stream file, string fileName, ClaimsPrincipal user, CancellationToken ct)
    {
        var (sheets, problem) = WorkbookSheets.Read(file, fileName, [ParkSheet, CheckSheet], ct);
        if (problem is not null)
        {
            return Refuse(fileName, [problem], false);
        }

        var problems = new List<CellProblem>();
        var forbidden = false;
        var count = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (number, row) in sheets[ParkSheet])
        {
            var reader = new CellReader(ParkSheet, number, row, s_parkHeaders, problems);
            var request = new ParkRegistry.SaveRequest(
                reader.Text("A"), reader.Text("B"), reader.Text("C") is { } kind ? kind.Equals("KCX", StringComparison.OrdinalIgnoreCase) ? ParkKind.ExportProcessingZone : ParkKind.IndustrialPark : null,
                reader.Text("D"), reader.Number("E"), reader.Date("F"), reader.Choice("G", RegistryLabels.States), reader.Date("M"),
                reader.YesNo("H"), reader.Date("I"), reader.Number("J"), reader.YesNo("K"), reader.Text("L"));
            if (!reader.Ok)
            {
                continue;
            }

            var id = request.Code is { } code ? await db.IndustrialParks.Where(p => p.Code == code).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct) : null;
            var result = await parks.SaveAsync(id, request, user, ct);
            forbidden |= result.Outcome == Outcome.Forbidden;
            problems.AddRange(result.Messages.Select(m => new CellProblem(ParkSheet, number, "A", s_parkHeaders[0], m.Vi, m.En)));
            count += result.IsDone ? 1 : 0;
        }

        foreach (var (number, row) in sheets[CheckSheet])
        {
            var reader = new CellReader(CheckSheet, number, row, s_checkHeaders, problems);
            var code = reader.Text("A");
            var request = new ParkRegistry.CheckRequest(reader.Date("B"), reader.YesNo("C"), reader.Choice("D", RegistryLabels.Methods), reader.Text("E"), reader.Text("F"), reader.Text("G"));
            if (!reader.Ok)
            {
                continue;
            }

            var id = await db.IndustrialParks.Where(p => p.Code == code).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
            if (id is null)
            {
                problems.Add(new(CheckSheet, number, "A", s_checkHeaders[0], $"Không có KCN mã {code}.", $"No park {code}."));
                continue;
            }

            if (await db.ParkComplianceChecks.AnyAsync(c => c.ParkId == id && c.Date == request.Date && c.Reference == request.Reference, ct))
            {
                continue; // the same check exported and imported again
            }

            var result = await parks.AddCheckAsync(id.Value, request, user, ct);
            forbidden |= result.Outcome == Outcome.Forbidden;
            problems.AddRange(result.Messages.Select(m => new CellProblem(CheckSheet, number, "B", s_checkHeaders[1], m.Vi, m.En)));
            count += result.IsDone ? 1 : 0;
        }

        return await FinishAsync(transaction, fileName, problems, forbidden, count, ct);
    }

    public async Task<UseCaseResult<int>> ImportWasteAsync(Stream file, string fileName, ClaimsPrincipal user, CancellationToken ct)
    {
        var (sheets, problem) = WorkbookSheets.Read(file, fileName, [WasteSheet], ct);
        if (problem is not null)
        {
            return Refuse(fileName, [problem], false);
        }

        var problems = new List<CellProblem>();
        var items = new List<WasteRegistry.Item>();
        var numbers = new List<int>();
        foreach (var (number, row) in sheets[WasteSheet])
        {
            var reader = new CellReader(WasteSheet, number, row, s_wasteHeaders, problems);
            var item = new WasteRegistry.Item(reader.Text("A"), (int?)reader.Number("C", NumberKind.Count), reader.Number("D"), reader.Number("E"), reader.Number("F"),
                reader.Number("G"), reader.Number("H"), reader.Text("I"), reader.Text("J"));
            if (reader.Ok)
            {
                items.Add(item);
                numbers.Add(number);
            }
        }

        if (problems.Count > 0 || items.Count == 0)
        {
            return Refuse(fileName, problems.Count > 0 ? problems : [new(WasteSheet, 0, "", "", "Không có dòng số liệu nào.", "No rows.")], false);
        }

        var result = await waste.SaveAsync(new WasteRegistry.Request(items), user, ct);
        string[] columns = ["A", "B", "C", "D", "E", "F", "G", "H"];
        string[] fields = ["unit", "name", "year", "urbanGenerated", "urbanCollected", "urbanTreated", "hazardousGenerated", "hazardousTreated"];
        var mapped = result.Problems.OfType<ItemProblem>().Select(p =>
        {
            var at = Math.Max(0, Array.IndexOf(fields, p.Field));
            return new CellProblem(WasteSheet, p.Index >= 0 ? numbers[p.Index] : 0, columns[at], s_wasteHeaders[at], p.Vi, p.En);
        }).ToList();
        return result.IsDone
            ? UseCaseResult.Done(result.Done().Values.Count)
            : Refuse(fileName, mapped, result.Outcome == Outcome.Forbidden);
    }

    private async Task<UseCaseResult<int>> FinishAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, string fileName, List<CellProblem> problems, bool forbidden, int count, CancellationToken ct)
    {
        if (problems.Count > 0 || count == 0)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Refuse(fileName, problems.Count > 0 ? problems : [new(fileName, 0, "", "", "Không có dòng số liệu mới nào.", "No new rows.")], forbidden);
        }

        await transaction.CommitAsync(ct);
        logger.LogInformation("Registry upload {File}: {Count} row(s) saved", fileName, count);
        return UseCaseResult.Done(count);
    }

    private UseCaseResult Refuse(string fileName, IReadOnlyList<CellProblem> problems, bool forbidden)
    {
        logger.LogWarning("Registry upload {File} refused, nothing saved: {Problems}", fileName, string.Join("; ", problems.Select(p => p.TextEn)));
        return UseCaseResult.Refused(forbidden ? Outcome.Forbidden : Outcome.Invalid, problems);
    }

    private static async Task<MemoryStream> SaveAsync(Dictionary<string, object> sheets, CancellationToken ct)
    {
        var stream = new MemoryStream();
        await stream.SaveAsAsync(SpreadsheetText.NeutraliseSheets(sheets), cancellationToken: ct);
        stream.Position = 0;
        return stream;
    }

    private static Dictionary<string, object?> Row(string[] headers, params object?[] values)
    {
        var row = new Dictionary<string, object?>();
        for (var i = 0; i < headers.Length; i++)
        {
            row[headers[i]] = i < values.Length ? values[i] : null;
        }

        return row;
    }

    private static DateTime? Date(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);
}
