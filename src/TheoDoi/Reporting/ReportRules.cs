using System.Globalization;
using TheoDoi.Core.Texts;
using TheoDoi.Shared;

namespace TheoDoi.Reporting;

/// <summary>The workflow's rules, each refusal with the reason a person can act on.</summary>
public static class ReportRules
{
    private static readonly CultureInfo s_vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo s_en = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Null when the unit may edit the report now; otherwise why it may not.</summary>
    public static Bilingual? WhyLocked(UnitReport report, DateTime utcNow)
    {
        return report.State switch
        {
            ReportState.Accepted =>
                new Bilingual(
                    $"Báo cáo đã được chấp nhận ngày {Local(report.AcceptedAt, s_vi)} ({report.AcceptedBy}) nên đã khóa.",
                    $"The report was accepted on {Local(report.AcceptedAt, s_en)} ({report.AcceptedBy}) and is locked."),
            ReportState.Submitted or ReportState.Resubmitted =>
                new Bilingual(
                    $"Báo cáo đã gửi ngày {Local(report.LastSubmittedAt, s_vi)} và đang chờ Vụ Kế hoạch - Tài chính xem xét; chỉ sửa được khi bị trả lại.",
                    $"The report was submitted on {Local(report.LastSubmittedAt, s_en)} and awaits the Planning and Finance Department's review; it can be edited again only if returned."),
            _ when report.Cycle.State == CycleState.Closed && !(report.LateEntryUntil > utcNow) =>
                new Bilingual(
                    $"Kỳ báo cáo năm {report.Cycle.Year} đã đóng; cần Vụ Kế hoạch - Tài chính cho phép nhập muộn.",
                    $"The {report.Cycle.Year} reporting cycle is closed; the Planning and Finance Department must grant a late-entry exception."),
            _ => null,
        };
    }

    /// <summary>Null when the transition is allowed from the report's state; otherwise why not.</summary>
    public static Bilingual? WhyNot(UnitReport report, ReportState to, DateTime utcNow)
    {
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
            return new Bilingual(
                $"Không thể chuyển báo cáo từ trạng thái \"{ReportingLabels.State(from)}\" sang \"{ReportingLabels.State(to)}\".",
                $"A report cannot go from \"{from}\" to \"{to}\".");
        }

        // Submitting needs the report to be open for the unit (a closed cycle needs an exception).
        return to is ReportState.Submitted or ReportState.Resubmitted ? WhyLocked(report, utcNow) : null;
    }

    private static string Local(DateTime? utc, CultureInfo culture) =>
        utc is { } value ? Format.DateTimeIn(value, culture) : "?";
}
