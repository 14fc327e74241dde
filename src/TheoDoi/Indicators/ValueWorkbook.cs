using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TheoDoi.Core.Numbers;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Imports;
using TheoDoi.Units;

namespace TheoDoi.Indicators;

/// <summary>
/// The XLSX template for indicator values (one sheet per indicator, one row per unit and year, filled
/// with the values already known) and its upload: all or nothing, every problem named by sheet, row,
/// column and reason — in Vietnamese for the page, in English in the log.
/// </summary>
public sealed class ValueWorkbook(AppDbContext db, SaveValues save, TimeProvider clock, ILogger<ValueWorkbook> logger)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string InstructionsSheet = "Huong dan";

    private static readonly (string Column, string Header, string Field)[] s_columns =
    [
        ("A", "Mã đơn vị", "unit"),
        ("B", "Đơn vị", "name"),
        ("C", "Năm", "year"),
        ("D", "Tử số", "numerator"),
        ("E", "Mẫu số", "denominator"),
        ("F", "Giá trị", "value"),
        ("G", "Nguồn", "source"),
        ("H", "Ghi chú", "comment"),
    ];

    /// <summary>A problem in the file: sheet, row and column as a spreadsheet shows them.</summary>
    public sealed record Problem(string Sheet, int Row, string Column, string Header, string Vi, string En)
    {
        public string Text => Row > 0 ? $"Trang tính {Sheet}, dòng {Row}, cột {Column} ({Header}): {Vi}" : $"Trang tính {Sheet}: {Vi}";
        public string TextEn => Row > 0 ? $"sheet {Sheet}, row {Row}, column {Column} ({Header}): {En}" : $"sheet {Sheet}: {En}";
    }

    public sealed record ImportResult(bool Saved, int Count, IReadOnlyList<Problem> Problems, bool Forbidden, int Unchanged = 0);

    /// <summary>A template for <paramref name="year"/> and the given unit codes (default: every unit the user may enter).</summary>
    public async Task<MemoryStream> TemplateAsync(int year, IReadOnlyList<string>? unitCodes, IReadOnlyList<string>? indicatorCodes, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var today = VietnamTime.Today(clock);
        var directory = await UnitDirectory.LoadAsync(db, cancellationToken);
        var geography = new IndicatorGeography(directory, today);
        var access = IndicatorAccess.For(user, directory, today);
        var units = unitCodes is { Count: > 0 }
            ? unitCodes.Select(c => c.Trim()).Distinct().Select(c => (Code: c, Unit: c == IndicatorTable.NationalKey ? null : geography.PeriodFor(c, year)))
                .Where(x => x.Code == IndicatorTable.NationalKey || x.Unit is not null).ToList()
            : geography.RegionPeriods.Where(u => IndicatorGeography.IsValid(u, IndicatorGeography.YearEnd(year)) && access.CanEnter(u.Id))
                .Select(u => (Code: u.Code, Unit: (Unit?)u)).ToList();
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var values = await db.IndicatorValues.AsNoTracking().Where(v => v.Year == year).ToListAsync(cancellationToken);
        var sheets = new Dictionary<string, object>
        {
            [InstructionsSheet] = Instructions(year),
        };
        foreach (var indicator in indicators.Where(i => indicatorCodes is not { Count: > 0 } || indicatorCodes.Contains(i.Code)))
        {
            sheets[indicator.Code] = units.Select(u =>
            {
                var known = values.FirstOrDefault(v => v.IndicatorId == indicator.Id && v.SeriesKey == IndicatorValue.KeyFor(u.Unit?.Id) && access.CanSee(v));
                return new Dictionary<string, object?>
                {
                    ["Mã đơn vị"] = u.Code,
                    ["Đơn vị"] = u.Unit?.Name ?? "Cả nước",
                    ["Năm"] = year,
                    ["Tử số"] = known?.Numerator,
                    ["Mẫu số"] = known?.Denominator,
                    ["Giá trị"] = known?.Value,
                    ["Nguồn"] = known?.Source,
                    ["Ghi chú"] = known?.Comment,
                };
            }).ToList();
        }

        var stream = new MemoryStream();
        await stream.SaveAsAsync(SpreadsheetText.NeutraliseSheets(sheets), cancellationToken: cancellationToken);
        stream.Position = 0;
        return stream;
    }

    private static List<Dictionary<string, object?>> Instructions(int year) =>
    [
        Line("Mẫu nhập số liệu chỉ tiêu Kế hoạch 512-KH/BCSĐTNMT, năm " + year),
        Line("Mỗi trang tính là một chỉ tiêu (tên trang tính là mã chỉ tiêu); mỗi dòng là một đơn vị và một năm."),
        Line("Nhập tử số và mẫu số (ví dụ số KCN đạt chuẩn và tổng số KCN đang hoạt động), hoặc chỉ nhập giá trị (%) khi không có tử số, mẫu số."),
        Line("Tử số không được lớn hơn mẫu số; tỷ lệ từ 0 đến 100. Số thập phân dùng dấu phẩy hoặc dấu chấm."),
        Line("Mã đơn vị là mã tỉnh, thành phố có hiệu lực ngày 31/12 của năm (ví dụ 74 là Bình Dương đến năm 2024; từ năm 2025 là 79)."),
        Line("Tệp được nhận cả hoặc không: nếu có lỗi, không dòng nào được ghi và trang web liệt kê từng lỗi theo trang tính, dòng, cột."),
        Line("Số liệu tải lên ở trạng thái nháp; đơn vị gửi duyệt trên trang Nhập số liệu, Vụ Kế hoạch - Tài chính duyệt."),
    ];

    private static Dictionary<string, object?> Line(string text) => new() { ["Hướng dẫn"] = text };

    /// <param name="reopenApproved">The coordinator's explicit choice to replace approved values whose content changed.</param>
    public async Task<ImportResult> ImportAsync(Stream file, string fileName, ClaimsPrincipal user, CancellationToken cancellationToken = default, bool reopenApproved = false)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(user);
        if (!await save.MayWriteAsync(user, cancellationToken))
        {
            return new(false, 0, [new(fileName, 0, "", "", "Bạn không được nhập số liệu chỉ tiêu.", "You may not enter indicator values.")], true);
        }

        var indicators = await db.Indicators.AsNoTracking().Select(i => i.Code).ToListAsync(cancellationToken);
        var problems = new List<Problem>();
        var batches = new List<(string Sheet, List<SaveValues.Item> Items, List<int> Rows)>();
        try
        {
            using var workbook = XlsxReader.Open(file, XlsxLimits.Workbook, cancellationToken);
            foreach (var sheet in workbook.SheetNames.Where(s => s != InstructionsSheet))
            {
                if (!indicators.Contains(sheet))
                {
                    problems.Add(new(sheet, 0, "", "", $"Tên trang tính không phải mã chỉ tiêu ({string.Join(", ", indicators)}).", $"The sheet name is not an indicator code ({string.Join(", ", indicators)})."));
                    continue;
                }

                var (items, rowNumbers) = ReadSheet(sheet, workbook.ReadAll(sheet, cancellationToken), problems);
                batches.Add((sheet, items, rowNumbers));
            }
        }
        catch (XlsxRejectedException rejected)
        {
            var problem = FromRejection(fileName, rejected);
            Log(fileName, [problem]);
            return new(false, 0, [problem], false);
        }

        if (problems.Count == 0 && batches.All(b => b.Items.Count == 0))
        {
            problems.Add(new(fileName, 0, "", "", "Tệp không có dòng số liệu nào.", "The file has no value rows."));
        }

        if (batches.All(b => b.Items.Count == 0))
        {
            Log(fileName, problems);
            return new(false, 0, problems, false);
        }

        // Rows that could be read are checked too, so one upload lists every problem; nothing is kept unless none remains.
        var forbidden = false;
        var count = 0;
        var unchanged = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (sheet, items, rowNumbers) in batches.Where(b => b.Items.Count > 0))
        {
            var result = await save.RunAsync(sheet, new SaveValues.Request(items, reopenApproved), user, ValueOrigin.Xlsx, cancellationToken);
            forbidden |= result.Outcome == SaveValues.Outcome.Forbidden;
            count += result.Saved.Count;
            unchanged += result.Unchanged;
            foreach (var problem in result.Problems)
            {
                var column = s_columns.FirstOrDefault(c => c.Field == problem.Field);
                problems.Add(new(sheet, problem.Index >= 0 ? rowNumbers[problem.Index] : 0, column.Column ?? "", column.Header ?? "", problem.Vi, problem.En));
            }
        }

        if (problems.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            Log(fileName, problems);
            return new(false, 0, problems, forbidden);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Indicator upload {File}: {Count} value(s) saved, {Unchanged} unchanged", fileName, count, unchanged);
        return new(true, count, [], false, unchanged);
    }

    private static (List<SaveValues.Item> Items, List<int> Rows) ReadSheet(string sheet, List<XlsxRow> rows, List<Problem> problems)
    {
        var items = new List<SaveValues.Item>();
        var rowNumbers = new List<int>();
        foreach (var cells in rows.Where(r => r.Number > 1 && !r.IsBlank))
        {
            var row = SpreadsheetText.RestoreRow(cells.ByLetter());
            var number = cells.Number;
            var before = problems.Count;
            var unit = CellNumber.Text(Cell(row, "A"));
            var year = Integer(row, "C", sheet, number, problems);
            var numerator = Number(row, "D", NumberKind.Ratio, sheet, number, problems);
            var denominator = Number(row, "E", NumberKind.Ratio, sheet, number, problems);
            var value = Number(row, "F", NumberKind.Decimal, sheet, number, problems);
            if (problems.Count > before)
            {
                continue;
            }

            if (numerator is null && denominator is null && value is null)
            {
                continue; // a template row left empty: nothing to enter for that unit
            }

            items.Add(new SaveValues.Item(unit, year, value, numerator, denominator, CellNumber.Text(Cell(row, "G")), CellNumber.Text(Cell(row, "H")), ValueState.Draft));
            rowNumbers.Add(number);
        }

        return (items, rowNumbers);
    }

    /// <summary>A refused workbook as a problem placed at its sheet, row and column when the reader knows them.</summary>
    internal static Problem FromRejection(string fileName, XlsxRejectedException rejected)
    {
        if (rejected.Cell is { } cell && XlsxReader.TryParseReference(cell, out var column, out var row))
        {
            var letter = XlsxReader.ColumnName(column);
            var header = s_columns.FirstOrDefault(c => c.Column == letter).Header ?? letter;
            return new(rejected.Sheet ?? fileName, row, letter, header, rejected.Reason.Vi, rejected.Reason.En);
        }

        return new(rejected.Sheet ?? fileName, 0, "", "", rejected.Reason.Vi, rejected.Reason.En);
    }

    private void Log(string fileName, List<Problem> problems) =>
        logger.LogWarning("Indicator upload {File} refused, nothing saved: {Problems}", fileName, string.Join("; ", problems.Select(p => p.TextEn)));

    private static object? Cell(IDictionary<string, object?> row, string column) => row.TryGetValue(column, out var value) ? value : null;

    private static bool IsBlank(object? value) => value is null || (value is string s && string.IsNullOrWhiteSpace(s));

    private static decimal? Number(IDictionary<string, object?> row, string column, NumberKind kind, string sheet, int number, List<Problem> problems)
    {
        var parsed = CellNumber.Read(Cell(row, column), kind);
        if (parsed.Error is { } error)
        {
            var header = s_columns.First(c => c.Column == column).Header;
            problems.Add(new(sheet, number, column, header, error.Vi, error.En));
        }

        return parsed.Value;
    }

    private static int? Integer(IDictionary<string, object?> row, string column, string sheet, int number, List<Problem> problems)
    {
        var before = problems.Count;
        var value = Number(row, column, NumberKind.Count, sheet, number, problems);
        if (problems.Count > before || value is null)
        {
            return null;
        }

        if (value is < 1900 or > 2100)
        {
            problems.Add(new(sheet, number, column, "Năm", $"\"{value}\" không phải là năm.", $"\"{value}\" is not a year."));
            return null;
        }

        return (int)value.Value;
    }
}
