using MiniExcelLibs;
using TheoDoi.Core.Texts;

namespace TheoDoi.Tasks;

/// <summary>The task list as a spreadsheet (MiniExcel streams rows; no Office needed).</summary>
public static class TaskExport
{
    public static MemoryStream ToXlsx(IEnumerable<TaskRow> rows)
    {
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            ["Mã"] = r.Item.Code,
            ["Nhiệm vụ"] = r.Item.Title,
            ["Nhóm"] = r.Group?.Code,
            ["Chủ trì"] = string.Join("; ", r.LeadUnits.Select(u => u.Name)),
            ["Phối hợp"] = string.Join("; ", r.CoordinatingUnits.Select(u => u.Name)),
            ["Bắt đầu"] = r.Item.StartDate?.ToDateTime(TimeOnly.MinValue),
            ["Hạn"] = r.Flags.Due?.ToDateTime(TimeOnly.MinValue),
            ["Trạng thái"] = TaskLabels.Status(r.Item.Status),
            ["Tiến độ (%)"] = r.Item.Progress,
            ["Kỳ vọng (%)"] = r.Flags.ExpectedProgress,
            ["Quá hạn"] = r.Flags.Overdue ? "Có" : "",
            ["Số ngày quá hạn"] = r.Flags.Overdue ? r.Flags.DaysOverdue : null,
            ["Chậm tiến độ"] = r.Flags.BehindPace ? "Có" : "",
            ["Giải thích"] = r.Explanation.Vi,
        }).Select(SpreadsheetText.NeutraliseRow).ToList();
        var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: "Nhiem vu");
        stream.Position = 0;
        return stream;
    }
}
