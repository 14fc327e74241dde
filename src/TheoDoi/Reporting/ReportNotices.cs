using TheoDoi.Accounts;
using TheoDoi.Notifications;

namespace TheoDoi.Reporting;

/// <summary>
/// Who is told about a step of the report's road: the unit when its report is returned (with the
/// reason) or accepted, the coordinators when a report is submitted or resubmitted. One notice per
/// step: the key carries the report's version after the step, so a step is never announced twice.
/// </summary>
public static class ReportNotices
{
    public static Notifier.Notice? For(UnitReport report, ReportState to, string? reason)
    {
        var year = report.Cycle.Year;
        var unit = report.Unit;
        var key = $"report:{year}:{unit.Code}:{to.ToString().ToLowerInvariant()}:v{report.Version}";
        var link = $"/reporting/{year}/{unit.Code}";
        return to switch
        {
            ReportState.Returned => new Notifier.Notice(key, unit.Code, null,
                $"Báo cáo năm {year} bị trả lại",
                $"Vụ Kế hoạch - Tài chính đã trả lại báo cáo năm {year} của {unit.Name}. Lý do: {reason}", link),
            ReportState.Accepted => new Notifier.Notice(key, unit.Code, null,
                $"Báo cáo năm {year} đã được chấp nhận",
                $"Vụ Kế hoạch - Tài chính đã chấp nhận báo cáo năm {year} của {unit.Name}; báo cáo được đưa vào báo cáo tổng hợp.", link),
            ReportState.Submitted => new Notifier.Notice(key, null, Roles.Coordinator,
                $"{unit.Name} đã gửi báo cáo năm {year}",
                $"{unit.Name} đã gửi báo cáo kết quả thực hiện Kế hoạch năm {year}; báo cáo chờ xem xét.", link),
            ReportState.Resubmitted => new Notifier.Notice(key, null, Roles.Coordinator,
                $"{unit.Name} đã gửi lại báo cáo năm {year}",
                $"{unit.Name} đã gửi lại báo cáo năm {year} sau khi bổ sung theo yêu cầu; báo cáo chờ xem xét.", link),
            _ => null,
        };
    }
}
