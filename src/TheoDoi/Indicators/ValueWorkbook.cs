using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TheoDoi.Core.Numbers;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Imports;
using TheoDoi.Shared;
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

    private static readonly string[] s_headers = s_columns.Select(c => c.Header).ToArray();

    /// <param name="Unchanged">Rows equal to what is stored: not written.</param>
    public sealed record Imported(int Saved, int Unchanged);

    /// <summary>A template for <paramref name="year"/> and the given unit codes (default: every unit the user may enter).</summary>
    public async Task<MemoryStream> TemplateAsync(int year, IReadOnlyList<string>? unitCodes, IReadOnlyList<string>? indicatorCodes, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
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
    public async Task<UseCaseResult<Imported>> ImportAsync(Stream file, string fileName, ClaimsPrincipal user, CancellationToken cancellationToken = default, bool reopenApproved = false)
    {
        if (!await save.MayWriteAsync(user, cancellationToken))
        {
            return UseCaseResult.Refused(Outcome.Forbidden, [new CellProblem(fileName, 0, "", "", "Bạn không được nhập số liệu chỉ tiêu.", "You may not enter indicator values.")]);
        }

        var indicators = await db.Indicators.AsNoTracking().Select(i => i.Code).ToListAsync(cancellationToken);
        var problems = new List<CellProblem>();
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
            return Refuse(fileName, [problem], forbidden: false);
        }

        if (problems.Count == 0 && batches.All(b => b.Items.Count == 0))
        {
            problems.Add(new(fileName, 0, "", "", "Tệp không có dòng số liệu nào.", "The file has no value rows."));
        }

        if (batches.All(b => b.Items.Count == 0))
        {
            return Refuse(fileName, problems, forbidden: false);
        }

        // Rows that could be read are checked too, so one upload lists every problem; nothing is kept unless none remains.
        var forbidden = false;
        var count = 0;
        var unchanged = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (sheet, items, rowNumbers) in batches.Where(b => b.Items.Count > 0))
        {
            var result = await save.RunAsync(sheet, new SaveValues.Request(items, reopenApproved), user, ValueOrigin.Xlsx, cancellationToken);
            forbidden |= result.Outcome == Outcome.Forbidden;
            if (result.IsDone)
            {
                count += result.Done().Values.Count;
                unchanged += result.Done().Unchanged;
            }

            foreach (var problem in result.Problems.OfType<ItemProblem>())
            {
                var column = s_columns.FirstOrDefault(c => c.Field == problem.Field);
                problems.Add(new(sheet, problem.Index >= 0 ? rowNumbers[problem.Index] : 0, column.Column ?? "", column.Header ?? "", problem.Vi, problem.En));
            }
        }

        if (problems.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return Refuse(fileName, problems, forbidden);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Indicator upload {File}: {Count} value(s) saved, {Unchanged} unchanged", fileName, count, unchanged);
        return UseCaseResult.Done(new Imported(count, unchanged));
    }

    private static (List<SaveValues.Item> Items, List<int> Rows) ReadSheet(string sheet, List<XlsxRow> rows, List<CellProblem> problems)
    {
        var items = new List<SaveValues.Item>();
        var rowNumbers = new List<int>();
        foreach (var cells in rows.Where(r => r.Number > 1 && !r.IsBlank))
        {
            var number = cells.Number;
            var reader = new CellReader(sheet, number, SpreadsheetText.RestoreRow(cells.ByLetter()), s_headers, problems);
            var unit = reader.Text("A");
            var year = reader.Year("C");
            var numerator = reader.Number("D", NumberKind.Ratio);
            var denominator = reader.Number("E", NumberKind.Ratio);
            var value = reader.Number("F", NumberKind.Decimal);
            var source = reader.Text("G");
            var comment = reader.Text("H");
            if (!reader.Ok)
            {
                continue;
            }

            if (numerator is null && denominator is null && value is null)
            {
                continue; // a template row left empty: nothing to enter for that unit
            }

            items.Add(new SaveValues.Item(unit, year, value, numerator, denominator, source, comment, ValueState.Draft));
            rowNumbers.Add(number);
        }

        return (items, rowNumbers);
    }

    /// <summary>A refused workbook as a problem placed at its sheet, row and column when the reader knows them.</summary>
    internal static CellProblem FromRejection(string fileName, XlsxRejectedException rejected)
    {
        if (rejected.Cell is { } cell && XlsxReader.TryParseReference(cell, out var column, out var row))
        {
            var letter = XlsxReader.ColumnName(column);
            var header = s_columns.FirstOrDefault(c => c.Column == letter).Header ?? letter;
            return new(rejected.Sheet ?? fileName, row, letter, header, rejected.Reason.Vi, rejected.Reason.En);
        }

        return new(rejected.Sheet ?? fileName, 0, "", "", rejected.Reason.Vi, rejected.Reason.En);
    }

    private UseCaseResult Refuse(string fileName, List<CellProblem> problems, bool forbidden)
    {
        logger.LogWarning("Indicator upload {File} refused, nothing saved: {Problems}", fileName, string.Join("; ", problems.Select(p => p.TextEn)));
        return UseCaseResult.Refused(forbidden ? Outcome.Forbidden : Outcome.Invalid, problems);
    }
}
