using TheoDoi.Core.Reporting;

namespace TheoDoi.Reporting;

/// <summary>How reporting terms read on pages (Vietnamese keys; English through <see cref="Shared.Texts"/>).</summary>
public static class ReportingLabels
{
    public static string State(ReportState state) => state switch
    {
        ReportState.Draft => "Đang soạn",
        ReportState.Submitted => "Đã gửi",
        ReportState.Returned => "Bị trả lại",
        ReportState.Resubmitted => "Đã gửi lại",
        ReportState.Accepted => "Đã chấp nhận",
        _ => state.ToString(),
    };

    public static string Timeliness(TimelinessStatus status) => status switch
    {
        TimelinessStatus.OnTime => "Đúng hạn",
        TimelinessStatus.Late => "Nộp muộn",
        TimelinessStatus.Pending => "Chưa nộp (còn hạn)",
        TimelinessStatus.Overdue => "Chưa nộp (quá hạn)",
        _ => status.ToString(),
    };

    public static string StateClass(ReportState state) => state switch
    {
        ReportState.Accepted => "done",
        ReportState.Returned => "paused",
        ReportState.Draft => "notstarted",
        _ => "progress",
    };
}
