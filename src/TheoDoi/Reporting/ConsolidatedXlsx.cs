using TheoDoi.Tasks;
using static TheoDoi.Reporting.XlsxBook;

namespace TheoDoi.Reporting;

/// <summary>
/// The annex: tasks × units with status and results; the indicators — the regional figure (as the
/// indicator feature computes it) and each unit's submission; the units' reports with their dates; the
/// basin's water-security scorecard by area and dimension.
/// Each sheet has a title row with the plan's number and the year; the headers are on row 3.
/// </summary>
public static class ConsolidatedXlsx
{
    public const string TasksSheet = "Nhiem vu";
    public const string IndicatorsSheet = "Chi tieu";
    public const string UnitsSheet = "Don vi";
    public const string WaterSecuritySheet = "An ninh nguon nuoc";
    public const string RegionLabel = "TOÀN VÙNG (số liệu chỉ tiêu)";

    public static void Write(ConsolidatedReport report, Stream output)
    {
        var banner = report.Demo ? ConsolidatedReport.DemoBanner : report.Draft ? ConsolidatedDocx.DraftMark : null;
        var suffix = $" — Kế hoạch số {report.Cycle.Plan.Number}, năm {report.Cycle.Year}";
        using var book = new XlsxBook(output, "Phụ lục: " + report.Subject, report.Ministry, report.IssueDate.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc));

        book.AddSheet(TasksSheet, "PHỤ LỤC I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO ĐƠN VỊ" + suffix, banner,
            [new("Mã", 7), new("Nhiệm vụ", 45), new("Đơn vị", 28), new("Mã đơn vị", 10), new("Trạng thái", 16), new("Kết quả", 50), new("Khó khăn", 35), new("Đề xuất", 35)],
            report.Groups.SelectMany(g => g.Tasks).SelectMany(t => t.Entries.Select(e => new object?[]
            {
                t.Task.Code, t.Task.Title, e.Unit.Name, e.Unit.Code, TaskLabels.Status(e.Entry.Status), e.Entry.Results, e.Entry.Difficulties, e.Entry.Proposals,
            })));

        book.AddSheet(IndicatorsSheet, "PHỤ LỤC II. CÁC CHỈ TIÊU ĐẾN NĂM 2030" + suffix, banner,
            [new("Mã chỉ tiêu", 12), new("Chỉ tiêu", 45), new("Đơn vị", 30), new("Tử số", 12, Kind.Number), new("Mẫu số", 12, Kind.Number),
             new("Tỷ lệ", 10, Kind.Percent), new("Mục tiêu 2030", 12, Kind.Percent), new("Ghi chú", 45)],
            report.Indicators.SelectMany(row => row.Values.Select(v => new object?[]
            {
                row.Indicator.Code, row.Indicator.Name, v.Unit.Name + " (báo cáo của đơn vị)", v.Entry.Numerator, v.Entry.Denominator,
                v.Entry.Value / 100m, row.Target2030 / 100m, v.Entry.Note,
            }).Prepend(
            [
                row.Indicator.Code, row.Indicator.Name, RegionLabel, row.Region?.Numerator, row.Region?.Denominator,
                row.Region?.Value is { } value ? Math.Round((decimal)value, 4) / 100m : null, row.Target2030 / 100m,
                row.Source + (row.Region?.Partial == true ? " (*: thiếu số liệu của một số đơn vị)" : ""),
            ])));

        book.AddSheet(UnitsSheet, "PHỤ LỤC III. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ" + suffix, banner,
            [new("Đơn vị", 35), new("Mã đơn vị", 10), new("Trạng thái", 16), new("Gửi lần đầu", 13, Kind.Date), new("Chấp nhận", 13, Kind.Date), new("Tình hình chung", 60)],
            report.Included.Select(r => new object?[]
            {
                r.Unit.Name, r.Unit.Code, ReportingLabels.State(r.State), ToVietnam(r.SubmittedAt), ToVietnam(r.AcceptedAt), r.Narrative,
            }).Concat(report.Missing.Select(u => new object?[] { u.Name, u.Code, "Chưa tổng hợp" })));

        if (report.WaterSecurity is { } water)
        {
            var areas = water.Scorecard.SubBasins.Prepend(water.Scorecard.Basin);
            book.AddSheet(WaterSecuritySheet, "PHỤ LỤC IV. AN NINH NGUỒN NƯỚC LƯU VỰC SÔNG ĐỒNG NAI – SÀI GÒN" + suffix + " (số liệu đã kiểm định)", banner,
                [new("Khu vực", 32), new("Mã", 10), new("Khía cạnh", 22), new("Đánh giá", 16), new("Căn cứ (số liệu và phép tính)", 90)],
                areas.SelectMany(a => a.Dimensions.Select(d => new object?[] { a.Name, a.Code, d.Name, d.StatusName, d.Reason })));
        }
    }

    private static DateOnly? ToVietnam(DateTime? utc) =>
        utc is { } value ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), Core.Time.VietnamTime.Zone)) : null;
}
