using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Numbers;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Shared;
using TheoDoi.Units;
namespace TheoDoi.Indicators;

/// <summary>Values entry for one indicator and year, for the units the user may enter; XLSX template and upload.</summary>
public sealed class Entry(AppDbContext db, TimeProvider clock, Texts texts) : PageModel
{
    public sealed record RowForm(string? Unit, string? Numerator, string? Denominator, string? Value, string? Source, string? Comment);

    public sealed record Row(string Code, string Name, IndicatorValue? Existing);

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public int ThisYear { get; private set; }
    public bool IsCoordinator { get; private set; }
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];
    public Indicator? Indicator { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(List<RowForm>? rows, ValueState state, [FromServices] SaveValues save, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var errors = new List<string>();
        var items = new List<SaveValues.Item>();
        var names = new List<string>();
        foreach (var row in rows ?? [])
        {
            if (string.IsNullOrWhiteSpace(row.Numerator) && string.IsNullOrWhiteSpace(row.Denominator) && string.IsNullOrWhiteSpace(row.Value))
            {
                continue;
            }

            var name = Rows.FirstOrDefault(r => r.Code == row.Unit)?.Name ?? row.Unit ?? "?";
            items.Add(new SaveValues.Item(row.Unit, Year, Parse(row.Value, name, "Giá trị", errors, NumberKind.Decimal), Parse(row.Numerator, name, "Tử số", errors, NumberKind.Ratio),
                Parse(row.Denominator, name, "Mẫu số", errors, NumberKind.Ratio), row.Source, row.Comment, state));
            names.Add(name);
        }

        if (errors.Count == 0 && items.Count == 0)
        {
            errors.Add("Chưa nhập số liệu nào.");
        }

        if (errors.Count == 0)
        {
            var result = await save.RunAsync(Code ?? "", new SaveValues.Request(items), User, ValueOrigin.Form, cancellationToken);
            if (result.IsDone)
            {
                var saved = result.Done().Values;
                var stateName = texts[IndicatorLabels.State(state)].ToLowerInvariant();
                // The quality flag is stored in Vietnamese (ValueQuality.OutlierFlag); it is shown as stored.
                Saved = new Bilingual($"Đã lưu {saved.Count} giá trị ({stateName}).", $"Saved {saved.Count} value(s) ({stateName}).").Pick()
                    + string.Concat(saved.Where(s => s.QualityFlag is not null).Select(s => $" {texts["Lưu ý"]} {s.Unit}: {s.QualityFlag}"));
                return Redirect($"/indicators/entry?code={Uri.EscapeDataString(Code ?? "")}&year={Year}");
            }

            errors.AddRange(result.Problems.OfType<ItemProblem>().Select(p => (p.Index >= 0 ? names[p.Index] + ": " : "") + p.Why().Pick()));
            Response.StatusCode = UseCaseProblem.StatusFor(result.Outcome);
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Errors = errors;
        return Page();
    }

    public async Task<IActionResult> OnGetTemplateAsync([FromServices] ValueWorkbook workbook, CancellationToken cancellationToken)
    {
        var year = Year == 0 ? VietnamTime.Today(clock).Year - 1 : Year;
        var stream = await workbook.TemplateAsync(year, null, null, User, cancellationToken);
        return File(stream, ValueWorkbook.ContentType, $"mau-chi-tieu-{year}.xlsx");
    }

    public async Task<IActionResult> OnPostUploadAsync(bool reopenApproved, [FromServices] ValueWorkbook workbook, [FromServices] SaveValues save, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!await save.MayWriteAsync(User, cancellationToken))
        {
            Errors = ["Bạn không được nhập số liệu chỉ tiêu."];
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        var file = Request.HasFormContentType ? Request.Form.Files.GetFile("file") : null;
        if (file is null || file.Length == 0)
        {
            Errors = ["Chưa chọn tệp."];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await using var stream = file.OpenReadStream();
        var result = await workbook.ImportAsync(stream, file.FileName, User, cancellationToken, reopenApproved && IsCoordinator);
        if (result.IsDone)
        {
            var imported = result.Done();
            Saved = imported.Saved == 0
                ? $"Đã nhận tệp {file.FileName}: không có giá trị nào thay đổi ({imported.Unchanged} giá trị giống số liệu đã có), không ghi gì."
                : $"Đã nhận tệp {file.FileName}: {imported.Saved} giá trị (nháp), {imported.Unchanged} giá trị không đổi. Bấm \"Gửi duyệt\" khi đã kiểm tra.";
            return Redirect($"/indicators/entry?code={Uri.EscapeDataString(Code ?? "")}&year={Year}");
        }

        Errors = result.Errors;
        Response.StatusCode = UseCaseProblem.StatusFor(result.Outcome);
        return Page();
    }

    private static decimal? Parse(string? text, string unit, string field, List<string> errors, NumberKind kind)
    {
        var parsed = FormNumber.Parse(text, kind);
        if (parsed.Error is { } error)
        {
            errors.Add($"{unit}: {field}: {error.Pick()}");
        }

        return parsed.Value;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        ThisYear = today.Year;
        Year = Year is >= 2000 && Year <= today.Year ? Year : today.Year - 1;
        Indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Id).ToListAsync(cancellationToken);
        Indicator = Indicators.FirstOrDefault(i => Shared.Codes.Same(i.Code, Code)) ?? Indicators.FirstOrDefault();
        Code = Indicator?.Code;
        if (Indicator is null)
        {
            return;
        }

        var directory = await UnitDirectory.LoadAsync(db, cancellationToken);
        var geography = new IndicatorGeography(directory, today);
        var access = IndicatorAccess.For(User, directory, today);
        IsCoordinator = access.IsCoordinator;
        var values = await db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == Indicator.Id && v.Year == Year).ToListAsync(cancellationToken);
        var rows = geography.RegionInputs(Year, includeLongAn: true).Where(u => access.CanEnter(u.Id))
            .Select(u => new Row(u.Code, u.Name, values.FirstOrDefault(v => v.UnitId == u.Id))).ToList();
        if (access.IsCoordinator)
        {
            rows.Add(new Row(IndicatorTable.NationalKey, "Cả nước (tham chiếu)", values.FirstOrDefault(v => v.Series == ValueSeries.National)));
        }

        Rows = rows;
    }
}
