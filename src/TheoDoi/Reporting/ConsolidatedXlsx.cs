using MiniExcelLibs;
using TheoDoi.Core.Texts;
using TheoDoi.Tasks;

namespace TheoDoi.Reporting;

/// <summary>The annex: tasks × units with status and results; indicators by unit with the aggregate.</summary>
public static class ConsolidatedXlsx
{
    public const string TasksSheet = "Nhiem vu";
    public const string IndicatorsSheet = "Chi tieu";

    public static void Write(ConsolidatedReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tasks = report.Groups.SelectMany(g => g.Tasks).SelectMany(t => t.Entries.Select(e => new Dictionary<string, object?>
        {
            ["Mã"] = t.Task.Code,
            ["Nhiệm vụ"] = t.Task.Title,
            ["Đơn vị"] = e.Unit.Name,
            ["Mã đơn vị"] = e.Unit.Code,
            ["Trạng thái"] = TaskLabels.Status(e.Entry.Status),
            ["Kết quả"] = e.Entry.Results,
            ["Khó khăn"] = e.Entry.Difficulties,
            ["Đề xuất"] = e.Entry.Proposals,
        })).ToList();
        var indicators = report.Indicators.SelectMany(row => row.Values.Select(v => new Dictionary<string, object?>
        {
            ["Mã chỉ tiêu"] = row.Indicator.Code,
            ["Chỉ tiêu"] = row.Indicator.Name,
            ["Đơn vị"] = v.Unit.Name,
            ["Tử số"] = v.Entry.Numerator,
            ["Mẫu số"] = v.Entry.Denominator,
            ["Tỷ lệ (%)"] = v.Entry.Value,
            ["Ghi chú"] = v.Entry.Note,
        }).Append(new Dictionary<string, object?>
        {
            ["Mã chỉ tiêu"] = row.Indicator.Code,
            ["Chỉ tiêu"] = row.Indicator.Name,
            ["Đơn vị"] = "TỔNG HỢP (Σ tử số / Σ mẫu số)",
            ["Tử số"] = row.Aggregate.Used.Count > 0 ? (decimal?)row.Aggregate.NumeratorSum : null,
            ["Mẫu số"] = row.Aggregate.Used.Count > 0 ? (decimal?)row.Aggregate.DenominatorSum : null,
            ["Tỷ lệ (%)"] = row.Aggregate.Value is { } value ? Math.Round((decimal)value, 2) : null,
            ["Ghi chú"] = row.Target2030 is { } target ? $"Mục tiêu 2030: {target:0.#}%" : null,
        })).ToList();
        output.SaveAs(SpreadsheetText.NeutraliseSheets(new Dictionary<string, object> { [TasksSheet] = tasks, [IndicatorsSheet] = indicators }));
    }
}
