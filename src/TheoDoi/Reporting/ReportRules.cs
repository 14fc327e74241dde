using System.Globalization;
using TheoDoi.Web;

namespace TheoDoi.Reporting;

/// <summary>The workflow's rules, each refusal with the reason a person can act on.</summary>
public static class ReportRules
{
    private static readonly CultureInfo s_vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Null when the unit may edit the report now; otherwise why it may not.</summary>
    public static string? WhyLocked(UnitReport report, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.State switch
        {
            ReportState.Accepted =>
                $"Báo cáo đã được chấp nhận ngày {Local(report.AcceptedAt)} ({report.AcceptedBy}) nên đã khóa. (Accepted, therefore locked.)",
            ReportState.Submitted or ReportState.Resubmitted =>
                $"Báo cáo đã gửi ngày {Local(report.LastSubmittedAt)} và đang chờ Vụ Kế hoạch - Tài chính xem xét; chỉ sửa được khi bị trả lại. (Submitted; editable again only if returned.)",
            _ when report.Cycle.State == CycleState.Closed && !(report.LateEntryUntil > utcNow) =>
                $"Kỳ báo cáo năm {report.Cycle.Year} đã đóng; cần Vụ Kế hoạch - Tài chính cho phép nhập muộn. (The cycle is closed; a late-entry exception is needed.)",
            _ => null,
        };
    }

    /// <summary>Null when the transition is allowed from the report's state; otherwise why not.</summary>
    public static string? WhyNot(UnitReport report, ReportState to, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(report);
        var from = report.State;
        var allowed = (from, to) switch
        {
            (ReportState.Draft, ReportState.Submitted) => true,
            (ReportState.Returned, ReportState.Resubmitted) => true,
            (ReportState.Submitted or ReportState.Resubmitted, ReportState.Returned) => true,
            (ReportState.Submitted or ReportState.Resubmitted, ReportState.Accepted) => true,
            _ => false,
        };
        if (!allowed)
        {
            return $"Không thể chuyển báo cáo từ trạng thái \"{ReportingLabels.State(from)}\" sang \"{ReportingLabels.State(to)}\". (Cannot go from {from} to {to}.)";
        }

        // Submitting needs the report to be open for the unit (a closed cycle needs an exception).
        return to is ReportState.Submitted or ReportState.Resubmitted ? WhyLocked(report, utcNow) : null;
    }

    private static string Local(DateTime? utc) =>
        utc is { } value ? Format.DateTimeIn(value, s_vi) : "?";
}
